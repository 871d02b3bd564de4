// Token endpoint error facts shared by the three facts tables: every token endpoint lists all RFC 6749
// section 5.2 error codes in its error enum and carries a named example for each code issue 3 names.
import { isRecord, type Json } from './spec-walker.js';

/** RFC 6749 section 5.2, in the RFC's order. */
export const RFC6749_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
] as const;

/** The codes issue 3 requires a named example for, with the example name each spec uses. */
export const REQUIRED_ERROR_EXAMPLES = [
  { code: 'invalid_grant', example: 'invalidGrant' },
  { code: 'invalid_scope', example: 'invalidScope' },
  { code: 'unsupported_grant_type', example: 'unsupportedGrantType' },
  { code: 'invalid_client', example: 'invalidClient' },
] as const;

interface Walker {
  at: (root: Json, ...keys: string[]) => Json;
  record: (value: Json, what: string) => Record<string, Json>;
  op: (path: string, method: string) => Record<string, Json>;
}

export interface TokenErrorResponse {
  status: string;
  media: string;
  schema: Json;
  examples: Record<string, Json>;
}

/** Every 4xx response of the token operation with an `error` property in its body schema. */
export function tokenErrorResponses(walker: Walker, path: string): TokenErrorResponse[] {
  const { at, record, op } = walker;
  const responses = record(op(path, 'post').responses, `${path} responses`);
  const found: TokenErrorResponse[] = [];
  for (const status of Object.keys(responses).filter((code) => /^4\d\d$/.test(code))) {
    const response = record(at(responses, status), `${path} ${status}`);
    if (!isRecord(response.content)) continue;
    for (const media of Object.keys(response.content)) {
      const schema = at(response.content, media, 'schema');
      if (!isRecord(schema) || !isRecord(schema.properties) || !('error' in schema.properties)) continue;
      const mediaObject = record(at(response.content, media), `${path} ${status} ${media}`);
      const examples = isRecord(mediaObject.examples) ? record(at(mediaObject, 'examples'), `${path} ${status} examples`) : {};
      found.push({ status, media, schema, examples });
    }
  }
  if (found.length === 0) throw new Error(`${path} has no OAuth error response`);
  return found;
}

/** The `error` enum of each OAuth error response of the token operation. */
export function errorEnums(walker: Walker, path: string): { status: string; codes: string[] }[] {
  return tokenErrorResponses(walker, path).map(({ status, schema }) => {
    const codes = walker.at(schema, 'properties', 'error', 'enum');
    if (!Array.isArray(codes)) throw new Error(`${path} ${status}: error has no enum`);
    return { status, codes: codes.map(String) };
  });
}

/** The named example `name` among the token operation's OAuth error responses, with where it is. */
export function namedErrorExample(
  walker: Walker,
  path: string,
  name: string,
): { status: string; description: string; value: Record<string, Json> } {
  for (const { status, examples } of tokenErrorResponses(walker, path)) {
    if (!(name in examples)) continue;
    const example = walker.record(walker.at(examples, name), `${path} ${status} example ${name}`);
    const description = typeof example.description === 'string' ? example.description : '';
    return { status, description, value: walker.record(example.value, `${name} value`) };
  }
  throw new Error(`${path} has no error example named ${name}`);
}

/** Every named error example's code, over all OAuth error responses of the token operation. */
export function exampleCodes(walker: Walker, path: string): string[] {
  return tokenErrorResponses(walker, path).flatMap(({ examples }) =>
    Object.keys(examples).map((name) => String(walker.at(examples, name, 'value', 'error'))),
  );
}

export interface TokenErrorFact {
  fact: string;
  source: string;
  check: () => void;
}

/**
 * Fact rows for one token endpoint: its error enum lists every RFC 6749 section 5.2 code; it has a
 * named example (invalidGrant, invalidScope, unsupportedGrantType, invalidClient) for each code issue 3
 * names, whose description quotes the seed's remedy where the seed documents the code (`documented`)
 * and otherwise says it is the RFC 6749 code the server may send; and every example uses a listed code.
 */
export function tokenErrorFacts(
  walker: Walker,
  path: string,
  documented: Readonly<Record<string, string>>,
  seed: string,
): TokenErrorFact[] {
  const fail = (message: string): never => {
    throw new Error(message);
  };
  return [
    ...RFC6749_ERROR_CODES.map(
      (code): TokenErrorFact => ({
        fact: `POST ${path}: every error response's error enum lists the RFC 6749 code ${code}`,
        source: 'RFC 6749 section 5.2; issue 3: "the documented OAuth2 error codes as enums"',
        check: () => {
          for (const { status, codes } of errorEnums(walker, path)) {
            if (!codes.includes(code)) fail(`POST ${path} ${status}: error enum [${codes.join(', ')}] lacks ${code}`);
          }
        },
      }),
    ),
    ...REQUIRED_ERROR_EXAMPLES.map(
      ({ code, example }): TokenErrorFact => ({
        fact: `POST ${path} has a named example ${example} with error ${code}, described ${code in documented ? 'with the seed\'s remedy' : 'as the RFC 6749 code the server may send'}`,
        source: code in documented ? `${seed}: ${code} — "${documented[code]}"` : `${seed} documents no ${code}; RFC 6749 section 5.2`,
        check: () => {
          const found = namedErrorExample(walker, path, example);
          if (found.value.error !== code) fail(`POST ${path} example ${example} has error ${String(found.value.error)}, not ${code}`);
          const remedy = documented[code];
          if (remedy !== undefined) {
            if (!found.description.includes(remedy)) fail(`POST ${path} example ${example}'s description does not quote "${remedy}"`);
          } else if (!/RFC 6749/.test(found.description) || !/may send/.test(found.description)) {
            fail(`POST ${path} example ${example}'s description does not say ${code} is the RFC 6749 code the server may send`);
          }
        },
      }),
    ),
    {
      fact: `POST ${path}: every RFC 6749 code has a named error example, and every error example uses a listed code`,
      source: 'issue 3: "an example for each"',
      check: () => {
        const used = new Set(exampleCodes(walker, path));
        for (const code of RFC6749_ERROR_CODES) if (!used.has(code)) fail(`POST ${path} has no error example for ${code}`);
        for (const code of used) if (!(RFC6749_ERROR_CODES as readonly string[]).includes(code)) fail(`POST ${path} example uses unknown code ${code}`);
      },
    },
  ];
}
