import { describe, expect, it } from "vitest";
import { parseArgs } from "../src/args.js";
import { CliUsageError } from "../src/errors.js";

describe("parseArgs", () => {
  it("reads the token command, its provider and --json in any order", () => {
    expect(parseArgs(["token", "cloudlx"])).toEqual({ command: "token", provider: "cloudlx", json: false });
    expect(parseArgs(["token", "--json", "cloudlx"])).toEqual({ command: "token", provider: "cloudlx", json: true });
    expect(parseArgs(["drift", "cloudlx", "--out", "r.json", "--param", "id=7", "--param=page=2"])).toEqual({
      command: "drift",
      provider: "cloudlx",
      out: "r.json",
      params: { id: "7", page: "2" },
    });
    expect(parseArgs(["drift", "cloudmore"])).toEqual({ command: "drift", provider: "cloudmore", params: {} });
  });

  it("answers --help, -h and help before anything else, then --version", () => {
    for (const argv of [["--help"], ["-h"], ["help"], ["token", "--bogus", "-h"]]) expect(parseArgs(argv), argv.join(" ")).toEqual({ command: "help" });
    expect(parseArgs(["--version"])).toEqual({ command: "version" });
  });

  it.each([
    [[], "no command given."],
    [["--json"], "no command given."],
    [["fetch", "cloudlx"], 'unknown command "fetch".'],
    [["token"], "token needs a provider."],
    [["token", "cloudlx", "--bogus"], 'unknown option "--bogus".'],
    [["token", "cloudlx", "-x"], 'unknown option "-x".'],
    [["token", "cloudlx", "--json=yes"], 'option "--json" takes no value.'],
    [["token", "cloudlx", "cloudmore"], 'unexpected argument "cloudmore".'],
    [["token", "cloudlx", "--", "--json"], 'unexpected argument "--json".'],
    [["token", "cloudlx", "--out", "x.json"], 'unknown option "--out".'],
    [["drift"], "drift needs a provider."],
    [["drift", "cloudlx", "--json"], 'unknown option "--json".'],
    [["drift", "cloudlx", "--out"], "--out needs a value."],
    [["drift", "cloudlx", "--param", "novalue"], '--param takes name=value, got "novalue".'],
  ])("refuses %j: %s", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(CliUsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
