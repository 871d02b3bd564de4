import { describe, expect, it } from "vitest";
import { createdIdOf, locationOf } from "../src/index.js";

function answered(location: string | null, url: string): { response: Response } {
  const response = new Response(null, { status: 201, headers: location === null ? {} : { location } });
  Object.defineProperty(response, "url", { value: url });
  return { response };
}

describe("locationOf / createdIdOf", () => {
  const request = "https://api.cloudmore.com/api/resellers/r1/Organizations";

  it("resolves a relative Location against the request URL", () => {
    const created = answered("/api/resellers/r1/Organizations/3f2b8c1e", request);
    expect(locationOf(created)).toBe("https://api.cloudmore.com/api/resellers/r1/Organizations/3f2b8c1e");
    expect(createdIdOf(created)).toBe("3f2b8c1e");
  });

  it("keeps an absolute Location and drops a trailing slash from the id", () => {
    const created = answered("https://api.cloudmore.com/api/resellers/r1/Organizations/abc/", request);
    expect(locationOf(created)).toBe("https://api.cloudmore.com/api/resellers/r1/Organizations/abc/");
    expect(createdIdOf(created)).toBe("abc");
  });

  it("is undefined without a Location header", () => {
    expect(locationOf(answered(null, request))).toBeUndefined();
    expect(createdIdOf(answered(null, request))).toBeUndefined();
  });
});
