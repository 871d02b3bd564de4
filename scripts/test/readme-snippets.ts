import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** One fenced ```ts block of a README, with the line its code starts on. */
export interface Snippet {
  readonly readme: string;
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of a markdown file, each a module of its own. */
export function snippetsOf(readme: string): Snippet[] {
  const lines = readFileSync(readme, "utf8").split("\n");
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index]!.trim() !== "```ts") continue;
    const start = index + 1;
    while (index + 1 < lines.length && lines[index + 1]!.trim() !== "```") index += 1;
    snippets.push({ readme, line: start + 1, code: lines.slice(start, index + 1).join("\n") });
    index += 1;
  }
  return snippets;
}

/** Provider packages: the ones generated from a spec. */
export function providerPackages(root: string): string[] {
  return readdirSync(join(root, "packages")).filter((name) => existsSync(join(root, "packages", name, "src/generated"))).sort();
}

/**
 * Type-checks each snippet as a module beside the package's README, as a user of the published
 * package would write it: `@cloud-sdks/*` resolve to the workspace sources, so nothing needs
 * building first. Returns tsc's diagnostics as `README.md:line: message`.
 */
export function typeCheckSnippets(root: string, snippets: readonly Snippet[]): string[] {
  const files = new Map(snippets.map((snippet, index) => [join(snippet.readme, "..", `README.snippet-${index}.ts`), snippet]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    typeRoots: [join(root, "scripts/node_modules/@types")],
    baseUrl: root,
    paths: {
      "@cloud-sdks/core/public": ["packages/core/src/public.ts"],
      "@cloud-sdks/*": ["packages/*/src/index.ts"],
    },
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name)?.code ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const snippet = files.get(name);
    // A module (it has imports), so top-level await is allowed, as in an ESM user's file.
    return snippet ? ts.createSourceFile(name, `${snippet.code}\nexport {};\n`, language) : getSourceFile.call(host, name, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file !== undefined && files.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const snippet = files.get(diagnostic.file!.fileName)!;
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return `${snippet.readme.slice(root.length + 1)}:${snippet.line + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    });
}
