import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { providerPackages, snippetsOf, typeCheckSnippets } from "./readme-snippets.js";
import { REPO_ROOT } from "./helpers.js";

describe("provider READMEs", () => {
  const providers = providerPackages(REPO_ROOT);

  it("finds the three providers", () => {
    expect(providers).toEqual(expect.arrayContaining(["cloudcherry", "cloudlx", "cloudmore"]));
  });

  // One program for every README: type-checking the clients' sources once is most of the cost.
  it("every ```ts block of every provider README type-checks against the package's sources", { timeout: 240_000 }, () => {
    const snippets = providers.map((provider) => snippetsOf(join(REPO_ROOT, "packages", provider, "README.md")));
    for (const [index, found] of snippets.entries()) expect(found.length, providers[index]).toBeGreaterThan(0);
    expect(typeCheckSnippets(REPO_ROOT, snippets.flat())).toEqual([]);
  });

  it("reports a snippet that does not type-check, at its README line", { timeout: 240_000 }, () => {
    const readme = join(REPO_ROOT, "packages/cloudmore/README.md");
    const broken = { readme, line: 10, code: 'import { createCloudmoreClient } from "@cloud-sdks/cloudmore";\nconst cm = createCloudmoreClient({});\ncm.GET("/nope");' };
    const diagnostics = typeCheckSnippets(REPO_ROOT, [broken]);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.startsWith("packages/cloudmore/README.md:1"))).toBe(true);
  });
});
