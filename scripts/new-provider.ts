/**
 * `pnpm new-provider <name> [--root <dir>]`
 *
 * Scaffolds packages/<name>/ (package.json, tsconfigs, turbo.json, src/index.ts, README), a
 * starter specs/<name>.yaml when there is none, and .changeset/<name>-initial.md, then generates
 * packages/<name>/src/generated/ from the spec.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { PROVIDER_NAME } from "./codegen/cli.js";
import { SpecError } from "./codegen/errors.js";
import { generatedDirOf, generateProvider, specPathOf } from "./codegen/generate.js";
import { pascalCase } from "./codegen/names.js";
import { writeGenerated } from "./codegen/sync.js";

const SCRIPTS_DIR = dirname(fileURLToPath(import.meta.url));
const TEMPLATES_DIR = join(SCRIPTS_DIR, "templates");

export class ScaffoldError extends Error {
  override readonly name = "ScaffoldError";
}

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

async function firstServerUrl(specFile: string, fallback: string): Promise<string> {
  try {
    const document = parse(await readFile(specFile, "utf8")) as { servers?: Array<{ url?: unknown }> } | null;
    const url = document?.servers?.[0]?.url;
    return typeof url === "string" ? url : fallback;
  } catch {
    // An unreadable spec is reported by the generation step, with its line.
    return fallback;
  }
}

export interface ScaffoldResult {
  readonly created: readonly string[];
  readonly specCreated: boolean;
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
  const values: Record<string, string> = { name, Name: pascalCase(name), CONSTANT: name.toUpperCase().replace(/-/g, "_") };

  const specPath = specPathOf(name);
  const specCreated = !existsSync(join(root, specPath));
  if (specCreated) await write(specPath, render(await readFile(join(TEMPLATES_DIR, "spec.yaml.tmpl"), "utf8"), values));
  values["baseUrl"] = await firstServerUrl(join(root, specPath), `https://api.${name}.test`);

  for (const [template, target] of plannedFiles(name)) {
    await write(target, render(await readFile(join(TEMPLATES_DIR, template), "utf8"), values));
  }
  const changeset = `.changeset/${name}-initial.md`;
  if (!existsSync(join(root, changeset))) await write(changeset, render(await readFile(join(TEMPLATES_DIR, "changeset.md.tmpl"), "utf8"), values));

  const files = await generateProvider(root, name);
  await writeGenerated(root, generatedDirOf(name), files);
  created.push(...files.map((file) => file.path));
  return { created, specCreated };
}

async function main(argv: readonly string[]): Promise<number> {
  let root = resolve(SCRIPTS_DIR, "..");
  const names: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === "--root") root = resolve(argv[(index += 1)] ?? ".");
    else if (arg !== "--") names.push(arg);
  }
  try {
    if (names.length > 1) throw new ScaffoldError(`new-provider takes one name, got ${names.length}: ${names.join(" ")}.`);
    const { created, specCreated } = await scaffoldProvider(root, names[0]);
    const name = names[0]!;
    console.log(
      [
        `Scaffolded @cloud-sdks/${name}:`,
        ...created.map((path) => `  ${path}`),
        "",
        "Next:",
        "  1. pnpm install (links the new workspace package)",
        specCreated ? `  2. replace the starter operations in ${specPathOf(name)}` : `  2. review ${specPathOf(name)} (kept as it was)`,
        `  3. pnpm lint:specs ${specPathOf(name)} && pnpm generate`,
        `  4. pnpm --filter @cloud-sdks/${name} build`,
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(`new-provider: ${error.message}`);
      return 1;
    }
    if (error instanceof SpecError) {
      console.error(`new-provider: the package was scaffolded, but generation failed: ${error.message} Then run \`pnpm generate\`.`);
      return 1;
    }
    console.error(`new-provider: unexpected failure (${error instanceof Error ? error.message : String(error)}).`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
