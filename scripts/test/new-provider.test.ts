import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lintSpecs } from "../lint-specs.js";
import { entryConditions } from "../package-entries.js";
import { ScaffoldError } from "../scaffold/errors.js";
import { deriveAuthPlan, deriveProviderPlan, locateEndpoint } from "../scaffold/provider-plan.js";
import { authTemplateValues } from "../scaffold/template-values.js";
import { FIXTURES_DIR, REPO_ROOT, runScript, SCRIPTS_DIR } from "./helpers.js";

const roots: string[] = [];
afterEach(() => {
  while (roots.length > 0) rmSync(roots.pop()!, { recursive: true, force: true });
});

/** A temp repository root with what a scaffolded package extends: the base tsconfig and a changeset dir. */
function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "cloud-sdks-new-provider-"));
  roots.push(root);
  mkdirSync(join(root, "packages"));
  mkdirSync(join(root, ".changeset"));
  cpSync(join(REPO_ROOT, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  return root;
}

/** tsc over the scaffolded package's tsconfig.json (src, test, vitest.config.ts), with cloudmore's dependencies. */
function expectCompiles(pkgDir: string): void {
  symlinkSync(join(REPO_ROOT, "packages/cloudmore/node_modules"), join(pkgDir, "node_modules"), "dir");
  const tsc = spawnSync(join(SCRIPTS_DIR, "node_modules/.bin/tsc"), ["-p", "tsconfig.json", "--noEmit"], { cwd: pkgDir, encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
}

function specDocument(name: string): Record<string, unknown> {
  return parse(readFileSync(join(REPO_ROOT, "specs", `${name}.yaml`), "utf8")) as Record<string, unknown>;
}

/** A minimal spec with the given security schemes, one secured operation and an optional global requirement. */
function syntheticSpec(securitySchemes: Record<string, unknown>, security: unknown[]): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    servers: [{ url: "https://api.example.test/v1" }],
    security,
    paths: { "/things": { get: { operationId: "listThings", responses: { "200": { description: "ok", content: { "application/json": { example: [] } } } } } } },
    components: { securitySchemes },
  };
}

// The scaffold's auth comes from the spec (issue 2): no full install, no Prism, just the derivation.
describe("the auth setup new-provider derives from a spec", () => {
  it("CloudCherry shape: password grant at /api/LoginToken, no client credentials, no scope", () => {
    const plan = deriveProviderPlan(specDocument("cloudcherry"), "zeta");
    expect(plan.auth).toMatchObject({
      kind: "oauth2",
      grant: "password",
      schemeName: "oauth2",
      token: { kind: "server", path: "/api/LoginToken" },
      refresh: undefined,
      client: "none",
      scope: undefined,
      tokenOperations: [{ operationId: "loginToken", method: "POST", path: "/api/LoginToken" }],
      testCredentials: { username: "acmecx", password: "correct-horse-battery-staple" },
    });
    expect(plan.hosts).toEqual({ production: "https://api.getcloudcherry.com" });
    expect(plan.accept).toBeUndefined();
    const values = authTemplateValues(plan, "zeta");
    expect(values["tokenPaths"]).toBe('["/api/LoginToken"]');
    expect(values["credentials"]).toContain("passwordGrant({");
    expect(values["credentials"]).not.toContain("/oauth/token");
  });

  it("Cloudmore shape: password grant at /connect/token with required client credentials in the form and scope api", () => {
    const plan = deriveProviderPlan(specDocument("cloudmore"), "zeta");
    expect(plan.auth).toMatchObject({
      kind: "oauth2",
      grant: "password",
      token: { kind: "server", path: "/connect/token" },
      client: "required",
      clientAuthentication: "client_secret_post",
      scope: "api",
      tokenOperations: [{ operationId: "requestToken", path: "/connect/token" }],
    });
    expect(Object.keys(plan.auth.testCredentials).sort()).toEqual(["clientId", "clientSecret", "password", "username"]);
    expect(plan.hosts).toEqual({ production: "https://api.cloudmore.com", staging: "https://api-staging.cloudmore.com" });
    expect(authTemplateValues(plan, "zeta")["credentials"]).toContain('scope: options.scope ?? "api",');
  });

  it("CloudLX shape: client credentials with a refreshUrl, the stated refresh token lifetime and the vendor media type", () => {
    const plan = deriveProviderPlan(specDocument("cloudlx"), "zeta");
    expect(plan.auth).toMatchObject({
      kind: "oauth2",
      grant: "client_credentials",
      token: { kind: "server", path: "/api/oauth2/access-token" },
      refresh: { kind: "server", path: "/api/oauth2/refresh-token" },
      client: "required",
      clientAuthentication: "client_secret_post",
      refreshTokenLifetimeSeconds: 604_800,
      tokenOperations: [
        { operationId: "requestAccessToken", path: "/api/oauth2/access-token" },
        { operationId: "refreshAccessToken", path: "/api/oauth2/refresh-token" },
      ],
    });
    expect(plan.accept).toBe("application/vnd.cloudlx.v1+json");
    const values = authTemplateValues(plan, "zeta");
    expect(values["credentials"]).toContain("refresh: { tokenUrl: `${baseUrl}/api/oauth2/refresh-token`, refreshTokenLifetimeSeconds: 604800 },");
    expect(values["refreshTest"]).toContain('"POST /api/oauth2/refresh-token"');
  });

  it("HTTP Basic when that is the only scheme, and a token URL under the server's base path", () => {
    expect(deriveAuthPlan(syntheticSpec({ basic: { type: "http", scheme: "basic" } }, [{ basic: [] }]))).toMatchObject({ kind: "basic", schemeName: "basic", tokenOperations: [] });
    const oauth = deriveAuthPlan(
      syntheticSpec({ oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://api.example.test/v1/oauth/token", scopes: {} } } } }, [{ oauth: [] }]),
    );
    expect(oauth).toMatchObject({ kind: "oauth2", grant: "client_credentials", token: { kind: "server", path: "/oauth/token" }, client: "required" });
    expect(locateEndpoint("/oauth/token", ["https://api.example.test/v1"])).toEqual({ kind: "origin", path: "/oauth/token" });
    expect(locateEndpoint("https://login.example.test/token", ["https://api.example.test"])).toEqual({ kind: "external", url: "https://login.example.test/token" });
  });

  it("refuses, readably, a spec whose only scheme it cannot drive", () => {
    expect(() => deriveAuthPlan(syntheticSpec({ key: { type: "apiKey", in: "header", name: "X-Key" } }, [{ key: [] }]))).toThrow(ScaffoldError);
    expect(() => deriveAuthPlan(syntheticSpec({ key: { type: "apiKey", in: "header", name: "X-Key" } }, [{ key: [] }]))).toThrow(/key \(apiKey\).*clientCredentials or password flow/);
  });
});

describe("pnpm new-provider", () => {
  it("scaffolds a package, a starter spec that lints clean, a changeset and the generated code", () => {
    const root = tempRoot();
    const result = runScript("new-provider.ts", ["acme-cloud", "--root", root, "--no-install"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);

    const pkgDir = join(root, "packages/acme-cloud");
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as Record<string, unknown>;
    const existingProviderBuild = (JSON.parse(readFileSync(join(REPO_ROOT, "packages/cloudlx/package.json"), "utf8")) as { scripts: { build: string } }).scripts.build;
    expect(existingProviderBuild).toContain("bundle-entries.ts");
    expect(pkg).toMatchObject({
      name: "@cloud-sdks/acme-cloud",
      type: "module",
      sideEffects: false,
      exports: { ".": entryConditions("./dist/index.js"), "./testing": entryConditions("./dist/testing.js"), "./validation": entryConditions("./dist/validation.js") },
      peerDependenciesMeta: { msw: { optional: true }, "openapi-msw": { optional: true } },
      // Built exactly as the existing providers are (tsc, one bundled file per entry, CommonJS wrappers).
      scripts: { generate: "tsx ../../scripts/codegen/cli.ts acme-cloud", build: existingProviderBuild },
      dependencies: { "@cloud-sdks/auth": "workspace:^", "openapi-fetch": "catalog:", zod: "catalog:" },
    });
    const turbo = JSON.parse(readFileSync(join(pkgDir, "turbo.json"), "utf8")) as { tasks: Record<string, { inputs: string[] }> };
    expect(turbo.tasks["generate"]?.inputs).toContain("$TURBO_ROOT$/specs/acme-cloud.yaml");
    for (const file of ["tsconfig.json", "tsconfig.build.json", "README.md", "src/index.ts", "src/testing.ts", "test/testing/acme-cloud.testing.test.ts", "src/generated/schema.ts", "src/generated/zod.ts", "src/generated/operations.ts", "src/generated/pagination.ts", "src/generated/testing.ts"]) {
      expect(existsSync(join(pkgDir, file)), file).toBe(true);
    }
    expect(readFileSync(join(pkgDir, "src/index.ts"), "utf8")).toContain("export function createAcmeCloudClient(");
    // The testing kit comes with the package: its entry, and a test that every documented request passes its checks.
    expect(readFileSync(join(pkgDir, "src/testing.ts"), "utf8")).toContain("export function createAcmeCloudMock(");
    expect(readFileSync(join(pkgDir, "src/generated/testing.ts"), "utf8")).toContain('"tokenUrl": "https://api.acme-cloud.test/oauth/token"');
    expect(readFileSync(join(root, ".changeset/acme-cloud-initial.md"), "utf8")).toContain('"@cloud-sdks/acme-cloud": minor');

    expect(lintSpecs([join(root, "specs/acme-cloud.yaml")], join(REPO_ROOT, "redocly.yaml"), REPO_ROOT).exitCode).toBe(0);
    expect(runScript("codegen/cli.ts", ["acme-cloud", "--check", "--root", root]).status).toBe(0);

    // The starter spec is client credentials at /oauth/token: the scaffold follows it.
    expect(readFileSync(join(pkgDir, "src/index.ts"), "utf8")).toContain("credentials: clientCredentials({");
    expect(readFileSync(join(pkgDir, "test/contract/acme-cloud.contract.test.ts"), "utf8")).toContain('TOKEN_PATHS: readonly string[] = ["/oauth/token"]');
    expect(result.stdout).toContain("pnpm install (links the new workspace package");

    // The scaffold (src and the contract test) compiles under the strict base config, with the real provider dependencies.
    expectCompiles(pkgDir);
    // ...and its testing kit works: the scaffolded kit test passes under msw/node (no Prism: its own config).
    writeFileSync(join(pkgDir, "vitest.kit.config.ts"), "export default {};\n");
    const kit = spawnSync(join(pkgDir, "node_modules/.bin/vitest"), ["run", "test/testing", "--config", "vitest.kit.config.ts"], { cwd: pkgDir, encoding: "utf8" });
    expect((kit.stdout + kit.stderr).replace(/\u001b\[[0-9;]*m/g, "")).toMatch(/Tests +\d+ passed \(\d+\)/);
    expect(kit.status).toBe(0);
    // Two tsc runs and a vitest run on a shared 2-core machine.
  }, 240_000);

  it("derives a password-grant client and contract test from a CloudCherry-shaped spec (no /oauth/token)", () => {
    const root = tempRoot();
    mkdirSync(join(root, "specs"));
    cpSync(join(REPO_ROOT, "specs/cloudcherry.yaml"), join(root, "specs/zeta.yaml"));
    const result = runScript("new-provider.ts", ["zeta", "--root", root, "--no-install"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("OAuth2 password grant (oauth2) at /api/LoginToken");

    const pkgDir = join(root, "packages/zeta");
    const index = readFileSync(join(pkgDir, "src/index.ts"), "utf8");
    expect(index).toContain("credentials: passwordGrant({");
    expect(index).toContain("tokenUrl: options.tokenUrl ?? `${baseUrl}/api/LoginToken`,");
    expect(index).not.toContain("clientId");
    expect(index).not.toContain("/oauth/token");
    const contract = readFileSync(join(pkgDir, "test/contract/zeta.contract.test.ts"), "utf8");
    expect(contract).toContain('TOKEN_PATHS: readonly string[] = ["/api/LoginToken"]');
    expect(contract).toContain('const CREDENTIALS = { username: "acmecx", password: "correct-horse-battery-staple" } as const;');
    expect(contract).not.toContain("/oauth/token");
    expectCompiles(pkgDir);
  });

  it("keeps an existing spec and generates from it", () => {
    const root = tempRoot();
    mkdirSync(join(root, "specs"));
    cpSync(join(FIXTURES_DIR, "petshop.yaml"), join(root, "specs/petshop.yaml"));
    const result = runScript("new-provider.ts", ["petshop", "--root", root, "--no-install"]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(root, "specs/petshop.yaml"), "utf8")).toBe(readFileSync(join(FIXTURES_DIR, "petshop.yaml"), "utf8"));
    expect(readFileSync(join(root, "packages/petshop/src/generated/operations.ts"), "utf8")).toContain("searchPets");
    expect(readFileSync(join(root, "packages/petshop/src/index.ts"), "utf8")).toContain('PETSHOP_HOSTS = { production: "https://api.petshop.test" }');
  });

  it("refuses to overwrite an existing package", () => {
    const root = tempRoot();
    mkdirSync(join(root, "packages/taken"));
    writeFileSync(join(root, "packages/taken/keep.txt"), "mine");
    const result = runScript("new-provider.ts", ["taken", "--root", root, "--no-install"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("packages/taken already exists");
    expect(readFileSync(join(root, "packages/taken/keep.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(root, "specs/taken.yaml"))).toBe(false);
  });

  it("reads a name starting with a dash as an option and says so (usage error, exit 2)", () => {
    const result = runScript("new-provider.ts", ["-acme", "--root", tempRoot(), "--no-install"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option -a. Usage: pnpm new-provider <name>");
  });

  it.each(["Acme", "acme_cloud", "9cloud", "acme--cloud", "acme/../x", ""])("refuses the bad name %j with a clear message", (name) => {
    const root = tempRoot();
    const result = runScript("new-provider.ts", [name, "--root", root, "--no-install"].filter((arg) => arg !== ""));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/lowercase letters, digits and (single )?dashes|needs a name/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
