import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formEncode } from "../src/form-encoding.js";
import { MAX_QUOTED_CHARS, quote, scrub } from "../src/redact.js";
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

/** Secrets built from the characters that defeated exact-form scrubbing, at least 8 long. */
const secretArb = fc
  .array(fc.constantFrom(..."abcdXYZ019 ~!'()*&<>\"éü€+/=%:-_."), { minLength: 8, maxLength: 40 })
  .map((chars) => chars.join(""));

/**
 * How servers write back what they received, sent or re-encoded. Base64 of `id:secret` starts
 * with characters that encode only the client id: those may stay.
 */
const NOT_SECRET_PREFIX: Record<string, number> = { basic: 12, basicUrl: 4 };
/** How servers write back what they received, sent or re-encoded. */
const ECHOES: Record<string, (secret: string) => string> = {
  raw: (secret) => secret,
  uri: encodeURIComponent,
  form: formEncode,
  lowerHex: (secret) => formEncode(secret).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
  html: (secret) => secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"),
  htmlNumeric: (secret) => Array.from(secret, (char) => (/[a-z0-9]/i.test(char) ? char : `&#${char.codePointAt(0)};`)).join(""),
  unicodeEscapes: (secret) => JSON.stringify(secret).slice(1, -1).replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`),
  truncated80: (secret) => secret.slice(0, Math.ceil(secret.length * 0.8)),
  basic: (secret) => Buffer.from(`client-1:${formEncode(secret)}`).toString("base64"),
  basicUrl: (secret) => Buffer.from(`c:${formEncode(secret)}`).toString("base64url"),
  base64: (secret) => Buffer.from(secret).toString("base64"),
};

describe("scrub against echoes in any spelling (generated)", () => {
  it.each(Object.keys(ECHOES))("no 8-character run of a %s echo survives, whatever it is glued to", (name) => {
    const echo = ECHOES[name]!;
    fc.assert(
      fc.property(secretArb, fc.constantFrom("", "+", "%20", "42", "x", " "), fc.string({ maxLength: 20 }), (secret, glue, after) => {
        const echoed = echo(secret).slice(NOT_SECRET_PREFIX[name] ?? 0);
        const result = scrub(`denied${glue}${echo(secret)}${glue}${after}`, [secret]);
        // The echo's 8-character runs are what a reader could recover the secret from.
        for (let start = 0; start + 8 <= echoed.length; start++) expect(result.includes(echoed.slice(start, start + 8))).toBe(false);
        expect(result.includes(secret)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it("is linear: 10 MB of base64-alphabet text, no stack overflow", () => {
    const huge = "QUJD".repeat(2_500_000);
    expect(() => scrub(huge, ["some-client-secret-1"])).not.toThrow();
  });

  it("quote caps what a message carries", () => {
    const quoted = quote("x".repeat(50_000), ["some-client-secret-1"]);
    expect(quoted.length).toBeLessThan(MAX_QUOTED_CHARS + 40);
    expect(quoted).toContain("more characters");
  });
});

describe("formEncode", () => {
  it("is the token body's encoding (URLSearchParams), also for !'()~ and spaces, so Basic and the body agree", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(formEncode(text)).toBe(new URLSearchParams({ k: text }).toString().slice(2));
      }),
    );
    expect(formEncode("a b~!'()")).toBe("a+b%7E%21%27%28%29");
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
