import { describe, expect, it } from "vitest";
import { parseCommandLine, UsageError } from "../args.js";
import { runScript } from "./helpers.js";

const OPTIONS = { root: { type: "string" }, check: { type: "boolean" } } as const;
const USAGE = "Usage: x [name...] [--check] [--root <dir>]";

describe("parseCommandLine", () => {
  it("reads options and positionals in any order and drops the -- that pnpm passes through", () => {
    const { values, positionals } = parseCommandLine(["a", "--", "--root", "/tmp", "b", "--check"], OPTIONS, USAGE);
    expect(values).toEqual({ root: "/tmp", check: true });
    expect(positionals).toEqual(["a", "b"]);
  });

  it.each([
    [["--bogus"], "unknown option --bogus. Usage: x [name...] [--check] [--root <dir>]"],
    [["--root"], "--root needs a value. Usage: x [name...] [--check] [--root <dir>]"],
    [["--check=yes"], "Usage: x [name...]"],
  ])("turns node's error for %j into a usage error", (argv, message) => {
    expect(() => parseCommandLine(argv, OPTIONS, USAGE)).toThrow(UsageError);
    expect(() => parseCommandLine(argv, OPTIONS, USAGE)).toThrow(message);
  });

  it("makes each script refuse an unknown option with its usage and exit code 2", () => {
    for (const [script, usage] of [
      ["codegen/cli.ts", "Usage: generate [provider...]"],
      ["new-provider.ts", "Usage: pnpm new-provider <name>"],
      ["lint-specs.ts", "Usage: pnpm lint:specs"],
      ["pack-release.ts", "Usage: pnpm pack:release"],
    ] as const) {
      const result = runScript(script, ["--bogus"]);
      expect(result.stderr, script).toContain(`unknown option --bogus. ${usage}`);
      expect(result.status, script).toBe(script === "codegen/cli.ts" ? 1 : 2);
    }
    // Four tsx start-ups in a row: slow on a loaded 2-core machine.
  }, 240_000);
});
