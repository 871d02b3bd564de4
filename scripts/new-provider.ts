/**
 * `pnpm new-provider <name> [--root <dir>] [--no-install]`
 *
 * Scaffolds packages/<name>/ (package.json, tsconfigs, turbo.json, src/index.ts, a contract test,
 * README), a starter specs/<name>.yaml when there is none, and .changeset/<name>-initial.md, and
 * generates packages/<name>/src/generated/ from the spec. The client factory and the contract
 * test are derived from the spec's security: the OAuth2 flow (client credentials or password),
 * its tokenUrl and refreshUrl, the token operations (`security: []`), or HTTP Basic / bearer when
 * that is all there is. Then it runs `pnpm install`, so the workspace links the new package and
 * pnpm-lock.yaml gains its entry: right after this one command,
 * `turbo run build typecheck lint test --filter=@cloud-sdks/<name>` passes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCommandLine, UsageError } from "./args.js";
import { PROVIDER_NAME } from "./codegen/cli.js";
import { SpecError } from "./codegen/errors.js";
import { generatedDirOf, generateProvider, specPathOf } from "./codegen/generate.js";
import { loadSpec } from "./codegen/load-spec.js";
import { pascalCase } from "./codegen/names.js";
import { writeGenerated } from "./codegen/sync.js";
import { ScaffoldError } from "./scaffold/errors.js";
import { deriveProviderPlan, type Json, type ProviderPlan } from "./scaffold/provider-plan.js";
import { authTemplateValues, endpointText } from "./scaffold/template-values.js";

const SCRIPTS_DIR = dirname(fileURLToPath(import.meta.url));
const TEMPLATES_DIR = join(SCRIPTS_DIR, "templates");

/** Template name -> path relative to the repository root. */
function plannedFiles(name: string): Array<readonly [string, string]> {
  return [
    ["package.json.tmpl", `packages/${name}/package.json`],
    ["tsconfig.json.tmpl", `packages/${name}/tsconfig.json`],
    ["tsconfig.build.json.tmpl", `packages/${name}/tsconfig.build.json`],
    ["turbo.json.tmpl", `packages/${name}/turbo.json`],
    ["index.ts.tmpl", `packages/${name}/src/index.ts`],
    ["validation.ts.tmpl", `packages/${name}/src/validation.ts`],
    ["vitest.config.ts.tmpl", `packages/${name}/vitest.config.ts`],
    ["contract.test.ts.tmpl", `packages/${name}/test/contract/${name}.contract.test.ts`],
    ["testing.ts.tmpl", `packages/${name}/src/testing.ts`],
    ["testing.test.ts.tmpl", `packages/${name}/test/testing/${name}.testing.test.ts`],
    ["README.md.tmpl", `packages/${name}/README.md`],
  ];
}

export function validateProviderName(name: string | undefined): string {
  if (name === undefined || name === "") {
    throw new ScaffoldError("new-provider needs a name: `pnpm new-provider <name>`, e.g. `pnpm new-provider acme-cloud`.");
  }
  if (!PROVIDER_NAME.test(name)) {
    throw new ScaffoldError(
      `${JSON.stringify(name)} is not a valid provider name: use lowercase letters, digits and single dashes, starting with a letter (e.g. \`acme-cloud\`). It becomes the package name @cloud-sdks/<name> and the file specs/<name>.yaml.`,
    );
  }
  return name;
}

function render(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match);
}

export interface ScaffoldResult {
  readonly created: readonly string[];
  readonly specCreated: boolean;
  readonly plan: ProviderPlan;
}

export async function scaffoldProvider(root: string, rawName: string | undefined): Promise<ScaffoldResult> {
  const name = validateProviderName(rawName);
  const packageDir = join(root, "packages", name);
  if (existsSync(packageDir)) {
    throw new ScaffoldError(`packages/${name} already exists; new-provider never overwrites a package. Choose another name, or delete packages/${name} first if it is a leftover.`);
  }
  const created: string[] = [];
  const write = async (relativePath: string, contents: string) => {
    await mkdir(dirname(join(root, relativePath)), { recursive: true });
    await writeFile(join(root, relativePath), contents, { flag: "wx" });
    created.push(relativePath);
  };
  const values: Record<string, string> = { name, Name: pascalCase(name), camelName: pascalCase(name).replace(/^./, (first) => first.toLowerCase()), CONSTANT: name.toUpperCase().replace(/-/g, "_") };

  const specPath = specPathOf(name);
  const specCreated = !existsSync(join(root, specPath));
  if (specCreated) await write(specPath, render(await readFile(join(TEMPLATES_DIR, "spec.yaml.tmpl"), "utf8"), values));

  // Generate (and read the spec's security) before writing the package: a spec that cannot be
  // generated from, or whose auth cannot be derived, leaves no half-made package behind.
  const files = await generateProvider(root, name);
  const { document } = await loadSpec(join(root, specPath), specPath);
  const plan = deriveProviderPlan(document as unknown as Json, name);
  Object.assign(values, authTemplateValues(plan, name));

  for (const [template, target] of plannedFiles(name)) {
    await write(target, render(await readFile(join(TEMPLATES_DIR, template), "utf8"), values));
  }
  const changeset = `.changeset/${name}-initial.md`;
  if (!existsSync(join(root, changeset))) await write(changeset, render(await readFile(join(TEMPLATES_DIR, "changeset.md.tmpl"), "utf8"), values));

  await writeGenerated(root, generatedDirOf(name), files);
  created.push(...files.map((file) => file.path));
  return { created, specCreated, plan };
}

/** Runs `pnpm install` at the root so the workspace links the new package; reports whether the lockfile changed. */
function installWorkspace(root: string): { ok: boolean; lockfileChanged: boolean; detail: string } {
  const lockfile = join(root, "pnpm-lock.yaml");
  const before = existsSync(lockfile) ? readFileSync(lockfile, "utf8") : undefined;
  // --no-frozen-lockfile: the new package is not in the lockfile yet (and CI=true would freeze it).
  const result = spawnSync("pnpm", ["install", "--no-frozen-lockfile"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  const after = existsSync(lockfile) ? readFileSync(lockfile, "utf8") : undefined;
  const detail = result.error ? result.error.message : `exit code ${String(result.status)}`;
  return { ok: result.status === 0, lockfileChanged: before !== after, detail };
}

function describePlan(plan: ProviderPlan): string {
  const auth = plan.auth;
  if (auth.kind !== "oauth2") return auth.kind === "basic" ? `HTTP Basic (${auth.schemeName})` : `static bearer token (${auth.schemeName})`;
  const parts = [`OAuth2 ${auth.grant} grant (${auth.schemeName}) at ${endpointText(auth.token)}`];
  if (auth.refresh) parts.push(`refresh at ${endpointText(auth.refresh)}`);
  parts.push(auth.client === "none" ? "no client credentials" : `client credentials ${auth.client} (${auth.clientAuthentication})`);
  if (auth.scope) parts.push(`scope "${auth.scope}"`);
  if (auth.tokenOperations.length > 0) parts.push(`token operations ${auth.tokenOperations.map((op) => op.operationId).join(", ")}`);
  return parts.join("; ");
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv, { root: { type: "string" }, "no-install": { type: "boolean" } }, "Usage: pnpm new-provider <name> [--root <dir>] [--no-install]");
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`new-provider: ${error.message}`);
    return 2;
  }
  const root = resolve(parsed.values.root ?? resolve(SCRIPTS_DIR, ".."));
  const install = parsed.values["no-install"] !== true;
  const names = parsed.positionals;
  let scaffolded = false;
  try {
    if (names.length > 1) throw new ScaffoldError(`new-provider takes one name, got ${names.length}: ${names.join(" ")}.`);
    const { created, specCreated, plan } = await scaffoldProvider(root, names[0]);
    scaffolded = true;
    const name = names[0]!;
    console.log([`Scaffolded @cloud-sdks/${name}:`, ...created.map((path) => `  ${path}`), "", `Auth (from ${specPathOf(name)}): ${describePlan(plan)}.`].join("\n"));
    const steps: string[] = [];
    if (install) {
      console.log("\nRunning pnpm install to link the new workspace package…");
      const installed = installWorkspace(root);
      if (!installed.ok) {
        console.error(`new-provider: the package was scaffolded and generated, but \`pnpm install\` failed (${installed.detail}). Fix that and run \`pnpm install\` yourself.`);
        return 1;
      }
      if (installed.lockfileChanged) console.log("\npnpm-lock.yaml changed (it now lists the new package): commit it together with the new files.");
    } else {
      steps.push("pnpm install (links the new workspace package and updates pnpm-lock.yaml; commit the lockfile)");
    }
    steps.push(
      specCreated ? `replace the starter operations in ${specPathOf(name)}, then \`pnpm lint:specs ${specPathOf(name)} && pnpm generate\`` : `pnpm lint:specs ${specPathOf(name)}`,
      `pnpm turbo run build typecheck lint test --filter=@cloud-sdks/${name}`,
      "commit the new files (and pnpm-lock.yaml)",
    );
    console.log(["", "Next:", ...steps.map((step, index) => `  ${index + 1}. ${step}`)].join("\n"));
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(`new-provider: ${error.message}`);
      return 1;
    }
    if (error instanceof SpecError) {
      console.error(`new-provider: ${scaffolded ? "the package was scaffolded, but generation failed" : "the package was not scaffolded: the spec cannot be generated from"}: ${error.message}`);
      return 1;
    }
    console.error(`new-provider: unexpected failure (${error instanceof Error ? error.message : String(error)}).`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
