import { describe, expect, it } from "vitest";
import { parseCloudlxTimestamp } from "../src/index.js";

describe("parseCloudlxTimestamp", () => {
  it("reads CloudLX's zone-less `YYYY-MM-DD HH:MM:SS` as UTC by default", () => {
    expect(parseCloudlxTimestamp("2018-07-31 11:11:25")?.toISOString()).toBe("2018-07-31T11:11:25.000Z");
  });

  it("applies an assumed offset, and keeps an offset the value carries", () => {
    expect(parseCloudlxTimestamp("2018-07-31 11:11:25", "+01:00")?.toISOString()).toBe("2018-07-31T10:11:25.000Z");
    expect(parseCloudlxTimestamp("2018-07-06T09:52:17+02:00", "-05:00")?.toISOString()).toBe("2018-07-06T07:52:17.000Z");
  });

  it.each([null, undefined, "", "31/07/2018 11:11", "2018-13-45 99:99:99"])("gives undefined for %j", (value) => {
    expect(parseCloudlxTimestamp(value)).toBeUndefined();
  });
});
