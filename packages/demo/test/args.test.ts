import { describe, expect, it } from "vitest";
import { DemoUsageError, parseDemoArgs } from "../src/args.js";

const PROVIDERS = ["cloudmore", "cloudcherry", "cloudlx"];

describe("parseDemoArgs", () => {
  it("reads no arguments as the mock demo, --live <provider> as the live one, --help and -h as help", () => {
    expect(parseDemoArgs([], PROVIDERS)).toEqual({ mode: "mock" });
    expect(parseDemoArgs(["--"], PROVIDERS)).toEqual({ mode: "mock" });
    expect(parseDemoArgs(["--live", "cloudlx"], PROVIDERS)).toEqual({ mode: "live", provider: "cloudlx" });
    expect(parseDemoArgs(["--", "--live=cloudmore"], PROVIDERS)).toEqual({ mode: "live", provider: "cloudmore" });
    expect(parseDemoArgs(["-h"], PROVIDERS)).toEqual({ mode: "help" });
    expect(parseDemoArgs(["--help"], PROVIDERS)).toEqual({ mode: "help" });
  });

  it.each([
    [["--live"], "--live needs a provider: one of cloudmore, cloudcherry, cloudlx."],
    [["--live", "--bogus"], "--live needs a provider: one of cloudmore, cloudcherry, cloudlx."],
    [["--live", "nowhere"], 'unknown provider "nowhere": choose one of cloudmore, cloudcherry, cloudlx.'],
    [["--bogus"], 'unknown argument "--bogus".'],
    [["cloudlx"], 'unknown argument "cloudlx".'],
    [["--live", "cloudlx", "extra"], 'unexpected argument "extra".'],
  ])("refuses %j: %s", (argv, message) => {
    expect(() => parseDemoArgs(argv, PROVIDERS)).toThrow(DemoUsageError);
    expect(() => parseDemoArgs(argv, PROVIDERS)).toThrow(message);
  });
});
