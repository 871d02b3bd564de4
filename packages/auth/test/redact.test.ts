import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scrub } from "../src/redact.js";
import { createMemoryTokenStore } from "../src/store.js";
import type { TokenSet } from "../src/store.js";

const SECRET = "p@ss w0rd/!x'(y)*";

describe("scrub", () => {
  it.each([
    ["as is", SECRET],
    ["URI-encoded", encodeURIComponent(SECRET)],
    ["form-encoded, as a token request body sends it", new URLSearchParams({ password: SECRET }).toString().slice("password=".length)],
    ["inside an echoed Basic credential", `Basic ${btoa(`client-1:${encodeURIComponent(SECRET)}`)}`],
    ["inside an echoed Basic credential, base64url", btoa(`client-1:${SECRET}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")],
  ])("removes a secret sent %s", (_form, echoed) => {
    const text = scrub(`The server says: ${echoed} is wrong.`, [SECRET]);
    expect(text).not.toContain(echoed.replace(/^Basic /, ""));
    expect(text).toContain("[REDACTED]");
    expect(text.startsWith("The server says: ")).toBe(true);
  });

  it("withholds text that contains a secret too short to replace safely", () => {
    expect(scrub("invalid key k9z for client", ["k9z"])).not.toContain("k9z");
    expect(scrub("nothing to hide here", ["k9z"])).toBe("nothing to hide here");
  });

  it("withholds the text when a secret would survive inside the replacement marker", () => {
    expect(scrub("bad key REDA", ["REDA"])).not.toContain("REDA");
  });

  it("leaves base64 that does not decode to a secret, and ignores empty secrets", () => {
    const text = `trace ${btoa("just an id, nothing secret")} done`;
    expect(scrub(text, [SECRET, ""])).toBe(text);
  });

  it("never returns a secret it was given, in any sent form, whatever surrounds it", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4 }), fc.string(), fc.string(), fc.constantFrom<(s: string) => string>((s) => s, encodeURIComponent, (s) => new URLSearchParams({ s }).toString().slice(2)), (secret, before, after, form) => {
        const result = scrub(`${before}${form(secret)}${after}`, [secret]);
        expect(result.includes(form(secret))).toBe(false);
      }),
    );
  });
});

describe("createMemoryTokenStore", () => {
  it("counts TTLs on the injected clock", async () => {
    let now = 1_000;
    const store = createMemoryTokenStore(() => now);
    await store.set("k", { accessToken: "a" } as TokenSet, 500);
    now = 1_499;
    expect(await store.get("k")).toBeDefined();
    now = 1_500;
    expect(await store.get("k")).toBeUndefined();
  });
});
