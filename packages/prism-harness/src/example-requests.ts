import { operationsOf } from './operations.js';
import { derefObject, isObject, loadSpec, type JsonObject } from './spec-document.js';

/** One request that asks Prism for one documented example of one response of one operation. */
export interface ExampleCase {
  operationId: string;
  method: string;
  /** The spec's path template. */
  pathTemplate: string;
  code: number;
  /** The response media type asked for with Accept; undefined for responses without a body. */
  mediaType: string | undefined;
  /** The named example asked for with Prefer; undefined when the response has one unnamed example or none. */
  exampleName: string | undefined;
  /** The example's value, when there is one to compare the response body with. */
  expected: { body: unknown } | undefined;
  /** Path plus query string, to append to the server URL. */
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** Set when no valid request could be built from the spec; the test should fail with it. */
  problem: string | undefined;
  /** A readable test title. */
  title: string;
}

export const TEST_BEARER_TOKEN = 'test-token';
const TEST_BASIC_CREDENTIALS = 'test-user:test-password';
const TEST_API_KEY = 'test-api-key';

/**
 * Every (operation, status code, media type, example) of the spec as a ready request: parameters and
 * body come from the spec's own examples, credentials satisfy the operation's first security
 * requirement, and `Prefer` selects the code and example.
 */
export function exampleCases(specPath: string): ExampleCase[] {
  const doc = loadSpec(specPath);
  const cases: ExampleCase[] = [];
  for (const { operationId, method, path, operation, pathItem } of operationsOf(doc)) {
    const base = buildBaseRequest(doc, path, operation, pathItem);
    const responses = isObject(operation['responses']) ? operation['responses'] : {};
    for (const [codeKey, rawResponse] of Object.entries(responses)) {
      // "default" and "4XX" cannot be selected with Prefer: code=..., so there is nothing to ask for.
      if (!/^\d{3}$/.test(codeKey)) continue;
      const code = Number(codeKey);
      const response = derefObject(doc, rawResponse);
      const content = isObject(response['content']) ? response['content'] : {};
      const variants = Object.keys(content).length === 0 ? [undefined] : Object.keys(content);
      for (const mediaType of variants) {
        const media = mediaType === undefined ? {} : derefObject(doc, content[mediaType]);
        for (const example of examplesOf(doc, media)) {
          const headers: Record<string, string> = { ...base.headers };
          if (mediaType !== undefined) headers['Accept'] = mediaType;
          headers['Prefer'] = example.name === undefined ? `code=${code}` : `code=${code}, example=${example.name}`;
          const comparable = mediaType !== undefined && isJsonMediaType(mediaType) && example.hasValue;
          cases.push({
            operationId,
            method,
            pathTemplate: path,
            code,
            mediaType,
            exampleName: example.name,
            expected: comparable ? { body: example.value } : undefined,
            url: base.url,
            headers,
            body: base.body,
            problem: base.problem,
            title: [method, path, `(${operationId})`, code, mediaType ?? 'no body', example.name ?? ''].join(' ').trim(),
          });
        }
      }
    }
  }
  return cases;
}

/** Responses that declare a body but give Prism no example to serve, as "operationId code mediaType". */
export function responsesWithoutExamples(specPath: string): string[] {
  const doc = loadSpec(specPath);
  const missing: string[] = [];
  for (const { operationId, operation } of operationsOf(doc)) {
    const responses = isObject(operation['responses']) ? operation['responses'] : {};
    for (const [code, rawResponse] of Object.entries(responses)) {
      const content = derefObject(doc, rawResponse)['content'];
      if (!isObject(content)) continue;
      for (const [mediaType, rawMedia] of Object.entries(content)) {
        const media = derefObject(doc, rawMedia);
        if (media['example'] === undefined && !isObject(media['examples'])) missing.push(`${operationId} ${code} ${mediaType}`);
      }
    }
  }
  return missing;
}

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(mediaType);
}

interface NamedExample {
  name: string | undefined;
  hasValue: boolean;
  value: unknown;
}

function examplesOf(doc: JsonObject, media: JsonObject): NamedExample[] {
  if (isObject(media['examples']) && Object.keys(media['examples']).length > 0) {
    return Object.entries(media['examples']).map(([name, raw]) => {
      const example = derefObject(doc, raw);
      return { name, hasValue: 'value' in example, value: example['value'] };
    });
  }
  if (media['example'] !== undefined) return [{ name: undefined, hasValue: true, value: media['example'] }];
  return [{ name: undefined, hasValue: false, value: undefined }];
}

interface BaseRequest {
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  problem: string | undefined;
}

function buildBaseRequest(doc: JsonObject, pathTemplate: string, operation: JsonObject, pathItem: JsonObject): BaseRequest {
  const headers: Record<string, string> = {};
  const query = new URLSearchParams();
  const cookies: string[] = [];
  let path = pathTemplate;
  const problems: string[] = [];

  for (const parameter of effectiveParameters(doc, pathItem, operation)) {
    const name = String(parameter['name']);
    const location = String(parameter['in']);
    const required = parameter['required'] === true || location === 'path';
    const explicit = explicitExample(doc, parameter);
    if (!required && explicit === undefined) continue;
    const value = explicit ?? valueFromSchema(doc, parameter['schema']);
    if (value === undefined) {
      problems.push(`parameter "${name}" (${location}) has no example and no schema to derive one from`);
      continue;
    }
    if (location === 'path') path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
    else if (location === 'query') for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item));
    // OpenAPI ignores header parameters with these names; they are set from the spec's other parts.
    else if (location === 'header' && !/^(accept|content-type|authorization)$/i.test(name)) headers[name] = String(value);
    else if (location === 'cookie') cookies.push(`${name}=${encodeURIComponent(String(value))}`);
  }

  const credentials = credentialsFor(doc, operation);
  Object.assign(headers, credentials.headers);
  for (const [name, value] of credentials.query) query.append(name, value);
  cookies.push(...credentials.cookies);
  if (cookies.length > 0) headers['Cookie'] = cookies.join('; ');

  const body = requestBodyFor(doc, operation);
  if (body.problem) problems.push(body.problem);
  if (body.contentType) headers['Content-Type'] = body.contentType;

  const search = query.toString();
  return {
    url: search ? `${path}?${search}` : path,
    headers,
    body: body.text,
    problem: problems.length > 0 ? problems.join('; ') : undefined,
  };
}

function effectiveParameters(doc: JsonObject, pathItem: JsonObject, operation: JsonObject): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of [pathItem['parameters'], operation['parameters']]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = derefObject(doc, raw);
      byKey.set(`${String(parameter['in'])}:${String(parameter['name'])}`, parameter);
    }
  }
  return [...byKey.values()];
}

function explicitExample(doc: JsonObject, holder: JsonObject): unknown {
  if (holder['example'] !== undefined) return holder['example'];
  if (isObject(holder['examples'])) {
    const first = Object.values(holder['examples'])[0];
    if (first !== undefined) return derefObject(doc, first)['value'];
  }
  const schema = derefObject(doc, holder['schema']);
  if (schema['example'] !== undefined) return schema['example'];
  if (Array.isArray(schema['examples']) && schema['examples'].length > 0) return schema['examples'][0];
  return undefined;
}

/** A value that satisfies simple parameter schemas, for required parameters the spec gives no example for. */
function valueFromSchema(doc: JsonObject, rawSchema: unknown): unknown {
  const schema = derefObject(doc, rawSchema);
  if (schema['default'] !== undefined) return schema['default'];
  if (schema['const'] !== undefined) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  const type = Array.isArray(schema['type']) ? schema['type'][0] : schema['type'];
  if (type === 'integer' || type === 'number') return typeof schema['minimum'] === 'number' ? schema['minimum'] : 1;
  if (type === 'boolean') return true;
  if (type === 'array') {
    const item = valueFromSchema(doc, schema['items']);
    return item === undefined ? undefined : [item];
  }
  if (type === 'string' || type === undefined) {
    const byFormat: Record<string, string> = {
      uuid: '00000000-0000-4000-8000-000000000000',
      'date-time': '2024-01-01T00:00:00Z',
      date: '2024-01-01',
      email: 'test@example.com',
      uri: 'https://example.com/',
    };
    return byFormat[String(schema['format'])] ?? 'test';
  }
  return undefined;
}

interface Credentials {
  headers: Record<string, string>;
  query: [string, string][];
  cookies: string[];
}

function credentialsFor(doc: JsonObject, operation: JsonObject): Credentials {
  const credentials: Credentials = { headers: {}, query: [], cookies: [] };
  const requirements = operation['security'] ?? doc['security'];
  if (!Array.isArray(requirements) || requirements.length === 0) return credentials;
  // An empty requirement ({}) makes authentication optional: send none.
  if (requirements.some((requirement) => isObject(requirement) && Object.keys(requirement).length === 0)) return credentials;
  const first: unknown = requirements[0];
  const components = isObject(doc['components']) ? doc['components'] : {};
  const schemes = isObject(components['securitySchemes']) ? components['securitySchemes'] : {};
  for (const schemeName of Object.keys(isObject(first) ? first : {})) {
    const scheme = derefObject(doc, schemes[schemeName]);
    const type = scheme['type'];
    const httpScheme = String(scheme['scheme'] ?? '').toLowerCase();
    if (type === 'oauth2' || type === 'openIdConnect' || (type === 'http' && httpScheme === 'bearer')) {
      credentials.headers['Authorization'] = `Bearer ${TEST_BEARER_TOKEN}`;
    } else if (type === 'http' && httpScheme === 'basic') {
      credentials.headers['Authorization'] = `Basic ${btoa(TEST_BASIC_CREDENTIALS)}`;
    } else if (type === 'apiKey') {
      const name = String(scheme['name']);
      if (scheme['in'] === 'header') credentials.headers[name] = TEST_API_KEY;
      else if (scheme['in'] === 'query') credentials.query.push([name, TEST_API_KEY]);
      else if (scheme['in'] === 'cookie') credentials.cookies.push(`${name}=${TEST_API_KEY}`);
    }
  }
  return credentials;
}

function requestBodyFor(doc: JsonObject, operation: JsonObject): { text?: string; contentType?: string; problem?: string } {
  if (operation['requestBody'] === undefined) return {};
  const requestBody = derefObject(doc, operation['requestBody']);
  const content = isObject(requestBody['content']) ? requestBody['content'] : {};
  const contentType = Object.keys(content)[0];
  if (contentType === undefined) return {};
  const value = explicitExample(doc, derefObject(doc, content[contentType]));
  if (value === undefined) {
    return requestBody['required'] === true
      ? { problem: `the required request body (${contentType}) has no example to send; add one to the spec` }
      : {};
  }
  if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    if (!isObject(value)) return { problem: `the ${contentType} request body example is not an object of fields` };
    const form = new URLSearchParams();
    for (const [name, field] of Object.entries(value)) {
      for (const item of Array.isArray(field) ? field : [field]) form.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
    return { text: form.toString(), contentType };
  }
  if (isJsonMediaType(contentType)) return { text: JSON.stringify(value), contentType };
  if (/^text\//i.test(contentType)) return { text: String(value), contentType };
  return { problem: `request bodies of type ${contentType} are not supported by the example runner` };
}


/** Sends one example case to a Prism server (the base URL of the case's spec). */
export function sendExampleCase(baseUrl: string, example: ExampleCase, baseFetch: typeof fetch = globalThis.fetch): Promise<Response> {
  return baseFetch(`${baseUrl}${example.url}`, {
    method: example.method,
    headers: example.headers,
    ...(example.body === undefined ? {} : { body: example.body }),
  });
}
