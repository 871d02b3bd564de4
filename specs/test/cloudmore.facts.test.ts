// The Cloudmore seed's documented facts (and providers.md's Cloudmore section), as a table, each
// checked against specs/cloudmore.yaml. Removing or changing a fact in the spec fails its row, which
// names the fact and where it comes from.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRecord, loadSpecWalker, type Json } from './support/spec-walker.js';
import { RFC6749_ERROR_CODES, tokenErrorFacts } from './support/token-errors.js';

const specPath = fileURLToPath(new URL('../cloudmore.yaml', import.meta.url));
const walker = loadSpecWalker(specPath);
const { spec, deref, at, record, op } = walker;

const TOKEN_PATH = '/connect/token';
const FORM = 'application/x-www-form-urlencoded';
const JSON_MEDIA = 'application/json';
const SCHEME = 'cloudmoreOAuth2';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

/** Values copied from /work/shared/seeds/000_f0388f6b0d937ff8.txt. */
const SEED = {
  resellerId: 'ca6430d3-7f6a-0049-8075-72921f062eb8',
  invalidGrantBody: { error: 'invalid_grant', error_description: 'The user name or password is incorrect.' },
  /** The guide's prose example of the real response: the description starts with a space. */
  invalidGrantAsSent: { error: 'invalid_grant', error_description: ' The user name or password is incorrect.' },
  /** The remedies, with the guide's own curly quotes. */
  errors: [
    { code: 'invalid_grant', example: 'invalidGrant', remedy: 'Verify that the username and password are correct.' },
    { code: 'invalid_scope', example: 'invalidScope', remedy: 'Verify that the POST parameter \u201cscope\u201d has the correct value.' },
    {
      code: 'unsupported_grant_type',
      example: 'unsupportedGrantType',
      remedy: 'Verify that the POST parameter \u201cgrant_type\u201d has the correct value.',
    },
    {
      code: 'invalid_client',
      example: 'invalidClient',
      remedy: 'Verify that the POST parameters \u201cclient_secret\u201d and \u201cclient_id\u201d have correct values.',
    },
  ],
} as const;

function text(value: Json): string {
  if (typeof value !== 'string') throw new Error(`expected a string, got ${JSON.stringify(value)}`);
  return value;
}

function prop(schema: Json, name: string): Record<string, Json> {
  return record(at(schema, 'properties', name), `property ${name}`);
}

function requiredOf(schema: Json): string[] {
  const resolved = record(deref(schema), 'schema');
  return Array.isArray(resolved.required) ? resolved.required.map(String) : [];
}

interface Operation {
  path: string;
  method: string;
  op: Record<string, Json>;
  /** Path and operation parameters, dereferenced. */
  params: Record<string, Json>[];
}

function operations(): Operation[] {
  const paths = record(at(spec, 'paths'), 'paths');
  return Object.entries(paths).flatMap(([path, item]) => {
    const pathItem = record(item, path);
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    return HTTP_METHODS.filter((m) => m in pathItem).map((method) => {
      const operation = record(pathItem[method], `${method} ${path}`);
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const params = [...shared, ...own].map((p) => record(deref(p), `parameter of ${method} ${path}`));
      return { path, method, op: operation, params };
    });
  });
}

const resourceOperations = (): Operation[] => operations().filter((o) => o.path.startsWith('/api/'));

function responseCodes(operation: Record<string, Json>): string[] {
  return Object.keys(record(operation.responses, 'responses'));
}

function namedExamples(path: string, method: string, code: string, media = JSON_MEDIA): Record<string, Json> {
  return record(at(op(path, method), 'responses', code, 'content', media, 'examples'), `${code} examples`);
}

function exampleValue(path: string, method: string, code: string, name: string): Json {
  return at(namedExamples(path, method, code), name, 'value');
}

function tokenRequestSchema(): Json {
  return at(op(TOKEN_PATH, 'post'), 'requestBody', 'content', FORM, 'schema');
}

function tokenResponseSchema(): Json {
  return at(op(TOKEN_PATH, 'post'), 'responses', '200', 'content', JSON_MEDIA, 'schema');
}

function tokenErrorSchema(): Json {
  return at(op(TOKEN_PATH, 'post'), 'responses', '400', 'content', JSON_MEDIA, 'schema');
}

function decodeJwtPart(part: string): Record<string, Json> {
  return record(JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Json, 'JWT part');
}

const infoDescription = (): string => text(at(spec, 'info', 'description'));

interface Fact {
  fact: string;
  source: string;
  check: () => void;
}

const facts: Fact[] = [
  {
    fact: 'the spec is OpenAPI 3.1',
    source: 'spec-task: openapi 3.1.0',
    check: () => expect(at(spec, 'openapi')).toBe('3.1.0'),
  },
  {
    fact: 'production host https://api.cloudmore.com and staging host https://api-staging.cloudmore.com, both described',
    source: 'providers.md Cloudmore: Hosts',
    check: () => {
      const servers = at(spec, 'servers') as Json[];
      expect(servers.map((s) => at(s, 'url'))).toEqual(['https://api.cloudmore.com', 'https://api-staging.cloudmore.com']);
      for (const server of servers) expect(text(at(server, 'description')).length).toBeGreaterThan(0);
    },
  },
  {
    fact: 'all requests must be performed over HTTPS',
    source: 'seed: "all data is encrypted in transmission, all requests must be performed over HTTPS"',
    check: () => {
      for (const server of at(spec, 'servers') as Json[]) expect(text(at(server, 'url'))).toMatch(/^https:\/\//);
      expect(text(at(spec, 'components', 'securitySchemes', SCHEME, 'flows', 'password', 'tokenUrl'))).toMatch(/^https:\/\//);
      expect(infoDescription()).toMatch(/HTTPS/);
    },
  },
  {
    fact: 'only a Super Admin with "allow REST API access" may use the API',
    source: 'seed: "Only a user with the Super Admin role will be allowed access"; "Tick the allow REST API access"',
    check: () => {
      expect(infoDescription()).toMatch(/Super Admin/);
      expect(infoDescription()).toMatch(/allow REST API\s+access/);
    },
  },
  {
    fact: 'the API secret and reseller ID are requested from Cloudmore support',
    source: 'seed: "Request a REST API secret & reseller ID"',
    check: () => expect(infoDescription()).toMatch(/Cloudmore support[\s\S]*secret[\s\S]*reseller ID/),
  },
  {
    fact: 'the access request is confirmed by an email with a ticket reference number',
    source: 'seed: "You will receive a confirmation email with a ticket reference number."',
    check: () => expect(infoDescription()).toMatch(/confirmation email with a ticket reference number/),
  },
  {
    fact: 'a complex password is recommended because it is used in the API calls',
    source: 'seed: "It is recommended that you set a complex password as this is used in the API calls"',
    check: () => {
      expect(infoDescription()).toMatch(/complex password is recommended/);
      expect(text(prop(tokenRequestSchema(), 'password').description)).toMatch(/complex password is recommended, as it is used in the API calls/);
    },
  },
  {
    fact: 'the JWT identifies the current user and contains the user name and role',
    source: 'seed: "the JSON Web Token (JWT) that identifies current user and contains other information such as the user name and role"',
    check: () => {
      expect(infoDescription()).toMatch(/identifies the current user and\s+contains other information such as the user name and role/);
      const token = text(at(exampleValue(TOKEN_PATH, 'post', '200', 'ok'), 'access_token'));
      const claims = decodeJwtPart(token.split('.')[1] ?? '');
      expect(claims).toHaveProperty('name');
      expect(claims).toHaveProperty('role');
    },
  },
  {
    fact: 'authentication standard is OAuth 2.0: an oauth2 security scheme with the password flow',
    source: 'seed: Key Points for Authentication, "Authentication standard: OAuth 2.0"',
    check: () => {
      const scheme = record(at(spec, 'components', 'securitySchemes', SCHEME), SCHEME);
      expect(scheme.type).toBe('oauth2');
      expect(Object.keys(record(scheme.flows, 'flows'))).toEqual(['password']);
    },
  },
  {
    fact: 'the oauth2 token URL is the absolute production /connect/token and the only scope is api',
    source: 'seed: "POST <authentication_server_host>/connect/token"; providers.md: scope=api',
    check: () => {
      const flow = at(spec, 'components', 'securitySchemes', SCHEME, 'flows', 'password');
      expect(at(flow, 'tokenUrl')).toBe('https://api.cloudmore.com/connect/token');
      expect(Object.keys(record(at(flow, 'scopes'), 'scopes'))).toEqual(['api']);
    },
  },
  {
    fact: 'the guide calls the grant "client credentials" although the request is a password grant (quirk explained)',
    source: 'seed: "OAuth2 standard grant type called \u201cclient credentials\u201d" vs. username/password parameters',
    check: () => {
      expect(infoDescription()).toMatch(/client credentials/);
      expect(infoDescription()).toMatch(/grant_type=password/);
    },
  },
  {
    fact: 'the token server is IdentityServer4',
    source: 'seed: "Cloudmore has developed this using IdentiyServer4"',
    check: () => expect(infoDescription()).toMatch(/IdentityServer4/),
  },
  {
    fact: 'token endpoint is POST /connect/token (operationId requestToken) and needs no bearer token',
    source: 'seed: "POST <authentication_server_host>/connect/token"',
    check: () => {
      const token = op(TOKEN_PATH, 'post');
      expect(token.operationId).toBe('requestToken');
      expect(token.security).toEqual([]);
    },
  },
  {
    fact: 'token request Content-Type is application/x-www-form-urlencoded (and only that)',
    source: 'seed: "Content-Type: application/x-www-form-urlencoded"',
    check: () => expect(Object.keys(record(at(op(TOKEN_PATH, 'post'), 'requestBody', 'content'), 'content'))).toEqual([FORM]),
  },
  {
    fact: 'token form fields: grant_type const password, username, password, scope const api are required',
    source: 'seed: Request Parameters table; providers.md: grant_type=password, scope=api',
    check: () => {
      const schema = tokenRequestSchema();
      expect(requiredOf(schema).sort()).toEqual(['grant_type', 'password', 'scope', 'username']);
      expect(prop(schema, 'grant_type').const).toBe('password');
      expect(prop(schema, 'scope').const).toBe('api');
      expect(prop(schema, 'username').type).toBe('string');
      expect(prop(schema, 'password').type).toBe('string');
    },
  },
  {
    fact: 'username and password belong to the reseller account with REST API access enabled',
    source: 'seed: "Reseller account user name. Username must be for the account for which the REST API access has been enabled."',
    check: () => {
      expect(text(prop(tokenRequestSchema(), 'username').description)).toContain(
        'Reseller account user name. Username must be for the account for which the REST API access has been enabled',
      );
      expect(text(prop(tokenRequestSchema(), 'password').description)).toContain(
        'Reseller account password for the account for which the access via REST API has been enabled.',
      );
    },
  },
  {
    fact: 'client_id and client_secret are documented form fields; the secret is requested from Cloudmore separately',
    source: 'seed: "Client secret given by Cloudmore to the API user. The secret must be requested from Cloudmore separately"',
    check: () => {
      expect(prop(tokenRequestSchema(), 'client_id').type).toBe('string');
      expect(text(prop(tokenRequestSchema(), 'client_secret').description)).toMatch(/requested from Cloudmore separately/);
    },
  },
  {
    fact: "client_id and client_secret are the guide's POST parameters, and the spec attributes them to the guide",
    source: 'seed: request parameters of "POST <authentication_server_host>/connect/token" (form-encoded); invalid_client remedy "Verify that the POST parameters “client_secret” and “client_id” have correct values."',
    check: () => {
      const token = op(TOKEN_PATH, 'post');
      const description = text(token.description);
      expect(description).toMatch(/Cloudmore's guide lists `client_id` and `client_secret` among the\s+request parameters/);
      expect(description).toMatch(/POST\s+parameters `client_secret` and `client_id`/);
      // The guide shows no HTTP Basic: the spec must not say it does, nor credit the form body to others.
      expect(description).not.toMatch(/guide sends the client credentials as HTTP Basic/);
      expect(description).not.toMatch(/public sample code/);
      expect(description).toMatch(/guide never shows\s+HTTP Basic/);
      const examples = record(at(token, 'requestBody', 'content', FORM, 'examples'), 'examples');
      expect(text(at(examples, 'clientCredentialsInBody', 'summary'))).toMatch(/POST parameters \(Cloudmore's guide\)/);
      expect(text(at(examples, 'clientCredentialsAsBasic', 'summary'))).toMatch(/not shown in the guide/);
    },
  },
  {
    fact: 'client credentials may be sent as HTTP Basic or in the form body',
    source: 'providers.md Cloudmore: "support both"; the form body is the seed\'s, Basic is IdentityServer4\'s client_secret_basic',
    check: () => {
      const token = op(TOKEN_PATH, 'post');
      expect(token['x-client-authentication']).toEqual(['client_secret_basic', 'client_secret_post']);
      expect(text(token.description)).toMatch(/HTTP Basic/);
      const examples = record(at(token, 'requestBody', 'content', FORM, 'examples'), 'examples');
      expect(at(examples, 'clientCredentialsInBody', 'value', 'client_secret')).toEqual(expect.any(String));
      expect(record(at(examples, 'clientCredentialsAsBasic', 'value'), 'value')).not.toHaveProperty('client_secret');
    },
  },
  {
    fact: 'token response fields: access_token string, expires_in integer seconds, token_type "Bearer"',
    source: 'seed: JWT Access Token table',
    check: () => {
      const schema = tokenResponseSchema();
      expect(requiredOf(schema).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
      expect(prop(schema, 'access_token').type).toBe('string');
      expect(prop(schema, 'expires_in').type).toBe('integer');
      expect(text(prop(schema, 'expires_in').description)).toMatch(/seconds/);
      expect(prop(schema, 'token_type').const).toBe('Bearer');
    },
  },
  {
    fact: 'after the token expires a new one must be requested the same way',
    source: 'seed: "After the token has expired, a new token must be retrieved by repeating the process"',
    check: () => expect(text(prop(tokenResponseSchema(), 'expires_in').description)).toMatch(/new token must be retrieved/),
  },
  {
    fact: 'the whole access token goes in the header of every request',
    source: 'seed: "The whole token must be passed in the header of all the requests made to the Cloudmore REST API."',
    check: () => expect(text(prop(tokenResponseSchema(), 'access_token').description)).toMatch(/whole token must be passed/),
  },
  {
    fact: 'access token format is a JWT (RS256); the example is a three-part JWT that does not expire before 2100',
    source: 'seed: "Access token format: JWT"; example header "eyJhbGciOiJSUzI1NiIs..." (RS256); providers.md: RS256',
    check: () => {
      const pattern = new RegExp(text(prop(tokenResponseSchema(), 'access_token').pattern));
      const token = text(at(exampleValue(TOKEN_PATH, 'post', '200', 'ok'), 'access_token'));
      expect(token).toMatch(pattern);
      expect(token.startsWith('eyJhbGciOiJSUzI1NiIs')).toBe(true);
      const [header, payload] = token.split('.');
      expect(decodeJwtPart(header ?? '').alg).toBe('RS256');
      expect(decodeJwtPart(payload ?? '').exp).toBeGreaterThanOrEqual(Date.UTC(2100, 0, 1) / 1000);
      expect(text(prop(tokenResponseSchema(), 'access_token').description)).toMatch(/JWT/);
    },
  },
  {
    fact: 'token lifetime is 24 hours in practice (expires_in 86400) and token_type is Bearer in the example',
    source: 'providers.md Cloudmore: "expires_in (24 h in practice)"',
    check: () => {
      const ok = exampleValue(TOKEN_PATH, 'post', '200', 'ok');
      expect(at(ok, 'expires_in')).toBe(86400);
      expect(at(ok, 'token_type')).toBe('Bearer');
      expect(infoDescription()).toMatch(/86400/);
    },
  },
  {
    fact: 'failed token requests answer HTTP 400 with {error, error_description}',
    source: 'seed: "returns an HTTP error 400 \u201cBad request\u201d with a description of the error in JSON object"',
    check: () => {
      const schema = tokenErrorSchema();
      expect(requiredOf(schema)).toEqual(['error']);
      expect(prop(schema, 'error_description').type).toBe('string');
    },
  },
  {
    fact: 'token error codes are the guide\'s invalid_grant, invalid_scope, unsupported_grant_type, invalid_client plus the other RFC 6749 codes, no more',
    source: 'seed: Unsuccessful Authentication Error Codes table; RFC 6749 section 5.2',
    check: () => {
      const codes = prop(tokenErrorSchema(), 'error').enum;
      expect(codes).toEqual(expect.arrayContaining(SEED.errors.map((e) => e.code)));
      expect([...(codes as string[])].sort()).toEqual([...RFC6749_ERROR_CODES].sort());
      for (const code of ['invalid_request', 'unauthorized_client']) {
        expect(text(at(tokenErrorSchema(), 'description'))).toContain(code);
        expect(text(at(op(TOKEN_PATH, 'post'), 'responses', '400', 'description'))).toMatch(/not in the guide: they are RFC 6749 section 5.2\s+codes the server may send/);
      }
    },
  },
  {
    fact: 'the real server sends invalid_grant\'s description with a leading space: a named example carries it and the descriptions say so',
    source: 'seed: "returns an HTTP error 400 \u201cBad request\u201d with a description of the error in JSON object {\"error\":\"invalid_grant\",\"error_description\":\" The user name or password is incorrect.\"}"',
    check: () => {
      expect(exampleValue(TOKEN_PATH, 'post', '400', 'invalidGrantAsSent')).toEqual(SEED.invalidGrantAsSent);
      const example = record(namedExamples(TOKEN_PATH, 'post', '400').invalidGrantAsSent, 'invalidGrantAsSent');
      expect(text(example.description)).toMatch(/leading space/);
      expect(text(example.description)).toContain(SEED.errors[0].remedy);
      expect(text(prop(tokenErrorSchema(), 'error_description').description)).toContain('" The user name or password is incorrect.", with a leading space');
      expect(text(at(op(TOKEN_PATH, 'post'), 'responses', '400', 'description'))).toContain('leading space');
      expect(infoDescription()).toContain(JSON.stringify(SEED.invalidGrantAsSent));
    },
  },
  ...tokenErrorFacts(walker, TOKEN_PATH, Object.fromEntries(SEED.errors.map((e) => [e.code, e.remedy])), 'seed (Cloudmore guide) error table'),
  {
    fact: 'invalid_grant example is the seed body {"error":"invalid_grant","error_description":"The user name or password is incorrect."}',
    source: 'seed: invalid_grant row of the error table',
    check: () => expect(exampleValue(TOKEN_PATH, 'post', '400', 'invalidGrant')).toEqual(SEED.invalidGrantBody),
  },
  ...SEED.errors.map(
    (e): Fact => ({
      fact: `${e.code} has a named example (${e.example}) and its remedy "${e.remedy}"`,
      source: `seed: ${e.code} row of the error table`,
      check: () => {
        const example = record(namedExamples(TOKEN_PATH, 'post', '400')[e.example], e.example);
        expect(at(example, 'value', 'error')).toBe(e.code);
        expect(example.description).toBe(e.remedy);
        expect(text(at(tokenErrorSchema(), 'description'))).toContain(e.remedy);
        expect(text(at(op(TOKEN_PATH, 'post'), 'responses', '400', 'description'))).toContain(e.remedy);
      },
    }),
  ),
  {
    fact: 'every resource request carries "Authorization: Bearer <JWT>": security is the oauth2 scheme with scope api',
    source: 'seed: "Authorization: Bearer <access_token value>"',
    check: () => {
      const ops = resourceOperations();
      expect(ops.length).toBeGreaterThanOrEqual(25);
      for (const o of ops) expect(o.op.security, `${o.method} ${o.path}`).toEqual([{ [SCHEME]: ['api'] }]);
    },
  },
  {
    fact: 'supported request types are GET, POST, PUT and DELETE (and all four are used)',
    source: 'seed: "Supported request types: GET (list or get details), POST (create), PUT (update), DEL (delete)"',
    check: () => {
      const methods = new Set(resourceOperations().map((o) => o.method));
      expect([...methods].sort()).toEqual(['delete', 'get', 'post', 'put']);
    },
  },
  {
    fact: 'supported content type is application/json for every resource body',
    source: 'seed: "Supported content-type: application/json"',
    check: () => {
      for (const o of resourceOperations()) {
        if (isRecord(o.op.requestBody)) expect(Object.keys(record(at(o.op, 'requestBody', 'content'), 'c'))).toEqual([JSON_MEDIA]);
        for (const code of responseCodes(o.op)) {
          const response = record(at(o.op, 'responses', code), code);
          if (isRecord(response.content)) expect(Object.keys(response.content), `${o.method} ${o.path} ${code}`).toEqual([JSON_MEDIA]);
        }
      }
    },
  },
  {
    fact: 'the guide\'s example request GET api/resellers/ca6430d3-.../Organizations exists, with the reseller id as a uuid example',
    source: 'seed: "GET <rest_api_host>api/resellers/ca6430d3-7f6a-0049-8075-72921f062eb8/Organizations"',
    check: () => {
      const list = operations().find((o) => o.path === '/api/resellers/{resellerId}/Organizations' && o.method === 'get');
      expect(list?.op.operationId).toBe('listOrganizations');
      const reseller = list?.params.find((p) => p.name === 'resellerId');
      expect(reseller?.example).toBe(SEED.resellerId);
      expect(at(reseller, 'schema', 'format')).toBe('uuid');
    },
  },
  {
    fact: '200 OK on every GET; 201 Created on every POST; 204 No Content on every PUT and DELETE',
    source: 'seed: status code table (200 / 201 / 204)',
    check: () => {
      const expected: Record<string, string> = { get: '200', post: '201', put: '204', delete: '204' };
      for (const o of resourceOperations()) expect(responseCodes(o.op), `${o.method} ${o.path}`).toContain(expected[o.method]);
    },
  },
  {
    fact: '201 Created carries a Location header (uri) and the created object; 204 has no body',
    source: 'seed: "201 Created Object was successfully created."; "204 No content"; providers.md: Location carries the new id',
    check: () => {
      for (const o of resourceOperations()) {
        const codes = responseCodes(o.op);
        if (codes.includes('201')) {
          const created = record(at(o.op, 'responses', '201'), '201');
          expect(at(created, 'headers', 'Location', 'schema', 'format'), o.path).toBe('uri');
          expect(text(at(created, 'headers', 'Location', 'example'))).toMatch(/^https:\/\/api\.cloudmore\.com\/api\//);
          expect(isRecord(created.content), o.path).toBe(true);
        }
        if (codes.includes('204')) expect(record(at(o.op, 'responses', '204'), '204')).not.toHaveProperty('content');
      }
    },
  },
  {
    fact: '401 on every resource operation: the access token is either invalid or expired',
    source: 'seed: "401 Unauthorized The access token passed in the authorization header is either invalid or expired."',
    check: () => {
      for (const o of resourceOperations()) {
        expect(responseCodes(o.op), `${o.method} ${o.path}`).toContain('401');
        expect(text(at(o.op, 'responses', '401', 'description'))).toMatch(/either invalid or expired/);
      }
    },
  },
  {
    fact: '404 on every operation addressing an id: requested information was not found',
    source: 'seed: "404 Not found Requested information was not found."',
    check: () => {
      for (const o of resourceOperations().filter((x) => x.params.some((p) => p.in === 'path'))) {
        expect(responseCodes(o.op), `${o.method} ${o.path}`).toContain('404');
        expect(text(at(o.op, 'responses', '404', 'description'))).toMatch(/requested information was not found/);
      }
    },
  },
  {
    fact: '400 on every operation with a body or query: missing parameters or wrong format',
    source: 'seed: "400 Bad request The request contains missing parameters or they are in wrong format."',
    check: () => {
      const withInput = resourceOperations().filter((o) => isRecord(o.op.requestBody) || o.params.some((p) => p.in === 'query'));
      expect(withInput.length).toBeGreaterThan(0);
      for (const o of withInput) {
        expect(responseCodes(o.op), `${o.method} ${o.path}`).toContain('400');
        expect(text(at(o.op, 'responses', '400', 'description'))).toMatch(/missing parameters or they are in the wrong format/);
      }
    },
  },
  {
    fact: 'resource errors have no body because Cloudmore documents none; 403 is documented',
    source: 'providers.md Cloudmore: "No documented error body"; status codes include 403',
    check: () => {
      for (const o of resourceOperations()) {
        expect(responseCodes(o.op), `${o.method} ${o.path}`).toContain('403');
        for (const code of ['400', '401', '403', '404']) {
          if (!responseCodes(o.op).includes(code)) continue;
          const response = record(at(o.op, 'responses', code), code);
          expect(response, `${o.method} ${o.path} ${code}`).not.toHaveProperty('content');
          expect(text(response.description)).toMatch(/documents no error body/);
        }
      }
    },
  },
  {
    fact: 'lists are bare JSON arrays without pagination',
    source: 'providers.md Cloudmore: "Lists are bare JSON arrays, no pagination"',
    check: () => {
      const lists = resourceOperations().filter((o) => o.method === 'get' && !/\}$/.test(o.path));
      expect(lists.length).toBeGreaterThanOrEqual(10);
      for (const o of lists) {
        expect(at(o.op, 'responses', '200', 'content', JSON_MEDIA, 'schema', 'type'), o.path).toBe('array');
        expect(o.params.filter((p) => /page|offset|limit/i.test(text(p.name)))).toEqual([]);
      }
    },
  },
  {
    fact: 'all ids in paths are UUIDs',
    source: 'providers.md Cloudmore: "{resellerId} etc. are UUIDs"',
    check: () => {
      for (const o of resourceOperations()) {
        for (const p of o.params.filter((x) => x.in === 'path')) expect(at(p, 'schema', 'format'), `${o.path} ${String(p.name)}`).toBe('uuid');
      }
    },
  },
  {
    fact: 'documented resource paths and methods exist with the documented casing',
    source: 'providers.md Cloudmore: Resource paths',
    check: () => {
      const expected: [string, string[]][] = [
        ['/api/resellers/{resellerId}/Organizations', ['get', 'post']],
        ['/api/resellers/{resellerId}/Organizations/{organizationId}', ['get', 'put', 'delete']],
        ['/api/resellers/{resellerId}/organizations/{organizationId}/Users', ['get', 'post']],
        ['/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}', ['get', 'put', 'delete']],
        ['/api/resellers/{resellerId}/organizations/{organizationId}/OrganizationRoles', ['get']],
        ['/api/resellers/{resellerId}/ResellerAdministrators', ['get', 'post']],
        ['/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}', ['get', 'put', 'delete']],
        ['/api/resellers/{resellerId}/ResellerRoles', ['get']],
        ['/api/resellers/{resellerId}/organizations/{organizationId}/services', ['get', 'post']],
        ['/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}', ['get', 'put']],
        [
          '/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users',
          ['get', 'post', 'put'],
        ],
        [
          '/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users/{subscriptionUserId}',
          ['delete'],
        ],
        ['/api/sellers/{sellerId}/services', ['get', 'post']],
        ['/api/sellers/{sellerId}/services/{serviceId}', ['get', 'put', 'delete']],
        ['/api/services/categories', ['get']],
        ['/api/sellers/{sellerId}/services/{serviceId}/products', ['get', 'post']],
        ['/api/sellers/{sellerId}/services/{serviceId}/products/{productId}', ['get', 'put', 'delete']],
        ['/api/sellers/{sellerId}/subscriptions', ['get']],
        ['/api/sellers/{sellerId}/subscriptions/{subscriptionId}', ['get', 'delete']],
        ['/api/resellers/{resellerId}/services/{serviceId}/subscriptions', ['get']],
        ['/api/resellers/{resellerId}/organizations/{organizationId}/manualbilling', ['post']],
      ];
      for (const [path, methods] of expected) {
        const item = record(at(spec, 'paths', path), path);
        expect(HTTP_METHODS.filter((m) => m in item), path).toEqual(expect.arrayContaining(methods));
      }
    },
  },
  {
    fact: 'GET Organizations filters with the boolean query parameter showActive',
    source: 'providers.md Cloudmore: "/api/resellers/{resellerId}/Organizations GET (query showActive)"',
    check: () => {
      const showActive = record(at(op('/api/resellers/{resellerId}/Organizations', 'get'), 'parameters', '0'), 'showActive');
      expect(showActive).toMatchObject({ name: 'showActive', in: 'query', schema: { type: 'boolean' } });
    },
  },
  {
    fact: 'organization create body has name, registrationNumber, vat, contact{name,email,phone,cellPhone}, customerNumber, notificationEmail',
    source: 'providers.md Cloudmore: Organizations create body',
    check: () => {
      const body = at(op('/api/resellers/{resellerId}/Organizations', 'post'), 'requestBody', 'content', JSON_MEDIA, 'schema');
      for (const name of ['name', 'registrationNumber', 'vat', 'contact', 'customerNumber', 'notificationEmail']) prop(body, name);
      expect(prop(body, 'notificationEmail').format).toBe('email');
      expect(Object.keys(record(at(body, 'properties', 'contact', 'properties'), 'contact'))).toEqual(['name', 'email', 'phone', 'cellPhone']);
    },
  },
  {
    fact: 'ResellerRoles returns [{id:int, name}] including 1 "Super Admin"',
    source: 'providers.md Cloudmore: "ResellerRoles GET -> [{id:int, name}] (e.g. 1 \u201cSuper Admin\u201d)"',
    check: () => {
      const path = '/api/resellers/{resellerId}/ResellerRoles';
      const item = at(op(path, 'get'), 'responses', '200', 'content', JSON_MEDIA, 'schema', 'items');
      expect(prop(item, 'id').type).toBe('integer');
      expect(prop(item, 'name').type).toBe('string');
      expect(exampleValue(path, 'get', '200', 'ok')).toEqual(expect.arrayContaining([{ id: 1, name: 'Super Admin' }]));
    },
  },
  {
    fact: 'service categories are [{categoryId (uuid), name, description}]',
    source: 'providers.md Cloudmore: "/api/services/categories GET -> [{categoryId(uuid), name, description}]"',
    check: () => {
      const item = at(op('/api/services/categories', 'get'), 'responses', '200', 'content', JSON_MEDIA, 'schema', 'items');
      expect(prop(item, 'categoryId').format).toBe('uuid');
      prop(item, 'name');
      prop(item, 'description');
    },
  },
  {
    fact: 'a seller service has id, name, vendorName, allowMultipleUsers, customProperties[]',
    source: 'providers.md Cloudmore: "Service: id, name, vendorName, allowMultipleUsers, customProperties[]"',
    check: () => {
      const schema = at(op('/api/sellers/{sellerId}/services/{serviceId}', 'get'), 'responses', '200', 'content', JSON_MEDIA, 'schema');
      expect(prop(schema, 'id').format).toBe('uuid');
      prop(schema, 'name');
      prop(schema, 'vendorName');
      expect(prop(schema, 'allowMultipleUsers').type).toBe('boolean');
      expect(prop(schema, 'customProperties').type).toBe('array');
    },
  },
  {
    fact: 'manual billing takes {billingDate, serviceId, productId?}',
    source: 'providers.md Cloudmore: "manualbilling POST {billingDate, serviceId, productId?, ...}"',
    check: () => {
      const body = at(op('/api/resellers/{resellerId}/organizations/{organizationId}/manualbilling', 'post'), 'requestBody', 'content', JSON_MEDIA, 'schema');
      expect(requiredOf(body)).toEqual(expect.arrayContaining(['billingDate', 'serviceId']));
      expect(requiredOf(body)).not.toContain('productId');
      expect(prop(body, 'productId').format).toBe('uuid');
    },
  },
  {
    fact: '405 Method Not Allowed is a shared response (no body), on every resource operation and in the status-code list',
    source: 'providers.md Cloudmore: "Status codes used by resources: 200, 201, 204, 400, 401, 403, 404, 405, 500"',
    check: () => {
      const component = record(at(spec, 'components', 'responses', 'MethodNotAllowed'), 'MethodNotAllowed');
      expect(component).not.toHaveProperty('content');
      expect(text(component.description)).toMatch(/^Method Not Allowed: /);
      expect(text(component.description)).toMatch(/documents no error body/);
      for (const o of resourceOperations()) {
        expect(record(o.op.responses, 'responses')['405'], `${o.method} ${o.path}`).toEqual({ $ref: '#/components/responses/MethodNotAllowed' });
      }
      expect(infoDescription()).toMatch(/405 Method Not Allowed/);
    },
  },
  {
    fact: '500 Internal Server Error is documented on every resource operation and in the status-code list',
    source: 'providers.md Cloudmore: status codes include 500',
    check: () => {
      for (const o of resourceOperations()) {
        expect(record(o.op.responses, 'responses')['500'], `${o.method} ${o.path}`).toEqual({ $ref: '#/components/responses/InternalServerError' });
      }
      expect(infoDescription()).toMatch(/500 Internal\s+Server Error/);
    },
  },
];

describe('Cloudmore spec states every documented fact', () => {
  it.each(facts.map((row) => [`${row.fact} (${row.source})`, row] as const))('%s', (_label, row) => {
    row.check();
  });
});
