import { AUTH_OAUTH_ERROR, clientCredentials, OAuthError } from "@cloud-sdks/auth";
import fc from "fast-check";
import { check } from "../src/check.js";
import { errorViews, leakedSecrets } from "../src/views.js";
import type { FaultCase } from "../src/fault-case.js";
import { TOKEN_PATH, tokenWorld } from "../src/token-world.js";

/** What RFC 6749 2.3.1 sends inside Basic, as URLSearchParams writes it. */
const formEncode = (text: string) => new URLSearchParams({ s: text }).toString().slice(2);
const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/**
 * Generated client secrets: 12-40 characters drawn with the ones that broke exact-form scrubbing
 * (space, ~!'()*, &<>", non-ASCII, +/=%:). A fixed seed keeps the cases stable.
 */
const SECRETS = fc.sample(
  fc
    .array(fc.constantFrom(..."abcXYZ0189 ~!'()*&<>\"éü€+/=%:-_."), { minLength: 12, maxLength: 40 })
    .map((chars) => `S${chars.join("")}`),
  { seed: 12, numRuns: 6 },
);

/** How a careless server writes back the client secret it received via Basic. */
const ECHOES: readonly [id: string, words: string, echo: (secret: string, basic: string) => string][] = [
  ["raw", "as received", (secret) => secret],
  ["lower-case-percent", "form-encoded with lower-case %xx", (secret) => lowerHex(formEncode(secret))],
  ["uri-encoded", "encodeURIComponent'ed", (secret) => encodeURIComponent(secret)],
  ["html-entities", "HTML-escaped (&amp; &lt; &#39;)", (secret) => secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")],
  ["unicode-escapes", "JSON with every non-ASCII character as \\uXXXX", (secret) => JSON.stringify(secret).slice(1, -1).replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)],
  ["truncated-80", "cut to its first 80%", (secret) => secret.slice(0, Math.ceil(secret.length * 0.8))],
  ["basic-glued-plus", "the Basic credential glued between + signs", (_secret, basic) => `x+${basic}+x`],
  ["basic-glued-percent20", "the Basic credential glued to %20 and digits", (_secret, basic) => `%20${basic}%2012345`],
  ["base64-of-secret", "base64 of the secret alone, glued to digits", (secret) => `42${base64(secret)}42`],
];

/** The part of an echo that must not survive: all of it, or its middle when it is glued to filler. */
const core = (echoed: string) => (echoed.length > 16 ? echoed.slice(4, -4) : echoed);
const secretForms = (secret: string, echoed: string) => [secret, core(echoed)];

const cases: readonly FaultCase[] = ECHOES.map(([id, words, echo]) => ({
  id: `echo.client-secret-${id}`,
  fault: `invalid_client whose error_description echoes the client secret (sent as HTTP Basic) ${words}; ${SECRETS.length} generated secrets`,
  does: "OAuthError with the echo replaced or the description withheld: no form of the secret survives",
  expect: { code: AUTH_OAUTH_ERROR },
  async run(probe) {
    const world = await tokenWorld(probe);
    let last: unknown;
    for (const generated of SECRETS) {
      const clientSecret = probe.secret(generated);
      const basic = base64(`client-1:${formEncode(clientSecret)}`);
      const echoed = echo(clientSecret, basic);
      // The echoed spelling must not survive either (at least its 8-character core).
      probe.secret(core(echoed));
      world.fault.enqueue(TOKEN_PATH, { status: 401, json: { error: "invalid_client", error_description: `client authentication failed for ${echoed} (try again)` } });
      const auth = world.makeAuth({ credentials: clientCredentials({ tokenUrl: world.fault.urlFor(TOKEN_PATH), clientId: "client-1", clientSecret }) });
      last = await auth.getAccessToken().catch((caught: unknown) => caught);
      check(last instanceof OAuthError && last.error === "invalid_client", "an OAuthError");
      // Every secret's error is swept here; the runner sweeps the last one again, with the log.
      check(leakedSecrets(secretForms(clientSecret, echoed), errorViews(last)).length === 0, "no form of the secret in any view of the error");
    }
    check(world.fault.count(TOKEN_PATH) === SECRETS.length, "one request per secret");
    throw last;
  },
}));

export default cases;
