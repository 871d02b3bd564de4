// The CloudLX seed's documented facts, as a table, each checked against specs/cloudlx.yaml.
// Removing or changing a fact in the spec makes its row fail, naming the fact and its source.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRecord, loadSpecWalker, type Json } from './support/spec-walker.js';
import { RFC6749_ERROR_CODES, tokenErrorFacts } from './support/token-errors.js';

const specPath = fileURLToPath(new URL('../cloudlx.yaml', import.meta.url));
const walker = loadSpecWalker(specPath);
const { spec, deref, at, record, op } = walker;

const MEDIA_TYPE = 'application/vnd.cloudlx.v1+json';
const FORM = 'application/x-www-form-urlencoded';
const TOKEN_OPS = ['/api/oauth2/access-token', '/api/oauth2/refresh-token'] as const;
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

/** Seed values, copied from /work/shared/seeds/002_63cd93c6199029a1.txt. */
const SEED = {
  clientId: 'xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB',
  clientSecret: 'nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS',
  refreshToken: 'PlaIgVUTpQpGKWgRqIXjfNn3GWQzkizPraHQLhGQ',
  tokenResponse: {
    access_token: 'cxl784Nu0NNbsUhotFWNFOyC2noFs7ImlnEtNoCr',
    token_type: 'Bearer',
    expires_in: 3600,
    refresh_token: 'PlaIgVUTpQpGKWgRqIXjfNn3GWQzkizPraHQLhGQ',
  },
} as const;

function properties(schema: Json): Record<string, Json> {
  const resolved = record(deref(schema), 'schema');
  const own = isRecord(resolved.properties) ? resolved.properties : {};
  const parts = Array.isArray(resolved.allOf) ? resolved.allOf.map(properties) : [];
  return Object.assign({}, ...parts, own) as Record<string, Json>;
}

function required(schema: Json): string[] {
  const resolved = record(deref(schema), 'schema');
  const own = Array.isArray(resolved.required) ? resolved.required.map(String) : [];
  const parts = Array.isArray(resolved.allOf) ? resolved.allOf.flatMap(required) : [];
  return [...parts, ...own];
}

function prop(schema: Json, name: string): Record<string, Json> {
  const found = properties(schema)[name];
  if (found === undefined) throw new Error(`schema has no property ${name}`);
  return record(deref(found), `property ${name}`);
}

function formSchema(path: string): Json {
  return at(op(path, 'post'), 'requestBody', 'content', FORM, 'schema');
}

function responseSchema(path: string, method: string, status: string): Json {
  return at(op(path, method), 'responses', status, 'content', MEDIA_TYPE, 'schema');
}

function examplesOf(path: string, method: string, status: string): Record<string, Json> {
  return record(
    at(op(path, method), 'responses', status, 'content', MEDIA_TYPE, 'examples'),
    `${path} ${status} examples`,
  );
}

function exampleValue(example: Json): Json {
  return at(example, 'value');
}

function allOperations(): { path: string; method: string; operation: Record<string, Json> }[] {
  const paths = record(at(spec, 'paths'), 'paths');
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(record(deref(item), path))
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]) => ({ path, method, operation: record(operation, `${method} ${path}`) })),
  );
}

const resourceOperations = () => allOperations().filter(({ path }) => !(TOKEN_OPS as readonly string[]).includes(path));

function text(value: Json): string {
  if (typeof value !== 'string') throw new Error('expected a string');
  return value;
}

interface Fact {
  fact: string;
  source: string;
  check: () => void;
}

const facts: Fact[] = [
  // Hosts and versioning
  {
    fact: 'production host is https://cloudlx.epsilontel.com',
    source: 'providers.md CloudLX: Host',
    check: () => expect(at(spec, 'servers', '0', 'url')).toBe('https://cloudlx.epsilontel.com'),
  },
  {
    fact: 'demo host is https://democloudlx.epsilontel.com',
    source: 'providers.md CloudLX: demo host',
    check: () => expect(at(spec, 'servers', '1', 'url')).toBe('https://democloudlx.epsilontel.com'),
  },
  {
    fact: 'every response body uses the media type application/vnd.cloudlx.v1+json',
    source: 'seed "API Versioning": Accept: application/vnd.cloudlx.v1+json',
    check: () => {
      let seen = 0;
      for (const { path, method, operation } of allOperations()) {
        for (const [status, response] of Object.entries(record(operation.responses, `${path} responses`))) {
          const content = record(deref(response), `${method} ${path} ${status}`).content;
          if (content === undefined) continue;
          expect(Object.keys(record(content, 'content')), `${method} ${path} ${status}`).toEqual([MEDIA_TYPE]);
          seen++;
        }
      }
      expect(seen).toBeGreaterThan(30);
    },
  },
  {
    fact: 'info.description gives the Accept header and when versions change (and when not)',
    source: 'seed "API Versioning"',
    check: () => {
      const description = text(at(spec, 'info', 'description'));
      expect(description).toContain('Accept: application/vnd.cloudlx.v1+json');
      expect(description).toMatch(/breaking change to the semantics of an existing endpoint/i);
      expect(description).toMatch(/deprecating an existing endpoint/i);
      expect(description).toMatch(/authentication mechanism changes/i);
      expect(description).toMatch(/not\*\* increased for additional fields added to the existing semantics/i);
      expect(description).toMatch(/additional endpoints\s+created/i);
    },
  },
  // Token endpoint: client credentials
  {
    fact: 'POST /api/oauth2/access-token is the token operation requestAccessToken, without security',
    source: 'seed "Obtaining an access token": Endpoint, Method',
    check: () => {
      const operation = op('/api/oauth2/access-token', 'post');
      expect(operation.operationId).toBe('requestAccessToken');
      expect(operation.security).toEqual([]);
    },
  },
  {
    fact: 'access token request is form-encoded with grant_type, client_id, client_secret all required',
    source: 'seed "Obtaining an access token": Required Parameters',
    check: () => {
      expect(required(formSchema('/api/oauth2/access-token')).sort()).toEqual(['client_id', 'client_secret', 'grant_type']);
      for (const name of ['grant_type', 'client_id', 'client_secret']) {
        expect(prop(formSchema('/api/oauth2/access-token'), name).type).toBe('string');
      }
    },
  },
  {
    fact: "token requests accept a form and JSON, with one schema: the guide states no content type, the provider's PHP client sends JSON",
    source: "seed: no Content-Type for either token request; PHP client Client.php posts json_encode($accessTokenRequest) with Content-Type application/json",
    check: () => {
      for (const path of TOKEN_OPS) {
        const content = record(at(op(path, 'post'), 'requestBody', 'content'), 'content');
        expect(Object.keys(content).sort(), path).toEqual(['application/json', FORM]);
        expect(at(content, 'application/json', 'schema')).toEqual(at(content, FORM, 'schema'));
        expect(String(op(path, 'post').description)).toMatch(/states no\s+(request )?content type/);
      }
      expect(String(at(spec, 'info', 'description'))).toMatch(/which is what the provider's own PHP client sends/);
    },
  },
  {
    fact: 'access token grant_type is the constant client_credentials',
    source: 'seed: grant_type "should always be client_credentials"',
    check: () => expect(prop(formSchema('/api/oauth2/access-token'), 'grant_type').const).toBe('client_credentials'),
  },
  {
    fact: 'client_id and client_secret carry the seed examples',
    source: 'seed "Obtaining an access token": client_id / client_secret Example',
    check: () => {
      expect(prop(formSchema('/api/oauth2/access-token'), 'client_id').example).toBe(SEED.clientId);
      expect(prop(formSchema('/api/oauth2/access-token'), 'client_secret').example).toBe(SEED.clientSecret);
    },
  },
  // Token endpoint: refresh
  {
    fact: 'POST /api/oauth2/refresh-token is refreshAccessToken, without security',
    source: 'seed "Obtaining an access token from a refresh token": Endpoint, Method',
    check: () => {
      const operation = op('/api/oauth2/refresh-token', 'post');
      expect(operation.operationId).toBe('refreshAccessToken');
      expect(operation.security).toEqual([]);
    },
  },
  {
    fact: 'refresh request is form-encoded with refresh_token, grant_type, client_id, client_secret all required',
    source: 'seed "Obtaining an access token from a refresh token": Required Parameters',
    check: () =>
      expect(required(formSchema('/api/oauth2/refresh-token')).sort()).toEqual([
        'client_id',
        'client_secret',
        'grant_type',
        'refresh_token',
      ]),
  },
  {
    fact: 'refresh grant_type is the constant refresh_token; refresh_token has the seed example',
    source: 'seed: grant_type "should always be refresh_token"; refresh_token Example',
    check: () => {
      expect(prop(formSchema('/api/oauth2/refresh-token'), 'grant_type').const).toBe('refresh_token');
      expect(prop(formSchema('/api/oauth2/refresh-token'), 'refresh_token').example).toBe(SEED.refreshToken);
    },
  },
  {
    fact: 'token request examples use the seed values',
    source: 'seed: Required Parameters examples',
    check: () => {
      const accessExamples = record(at(op('/api/oauth2/access-token', 'post'), 'requestBody', 'content', FORM, 'examples'), 'examples');
      expect(Object.values(accessExamples).map(exampleValue)).toContainEqual({
        grant_type: 'client_credentials',
        client_id: SEED.clientId,
        client_secret: SEED.clientSecret,
      });
      const refreshExamples = record(at(op('/api/oauth2/refresh-token', 'post'), 'requestBody', 'content', FORM, 'examples'), 'examples');
      expect(Object.values(refreshExamples).map(exampleValue)).toContainEqual({
        grant_type: 'refresh_token',
        refresh_token: SEED.refreshToken,
        client_id: SEED.clientId,
        client_secret: SEED.clientSecret,
      });
    },
  },
  // Token response
  ...TOKEN_OPS.map(
    (path): Fact => ({
      fact: `${path} answers 200 with access_token, token_type, expires_in, refresh_token (all required)`,
      source: 'seed "Response" field tables',
      check: () => {
        const schema = responseSchema(path, 'post', '200');
        expect(required(schema).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type']);
        expect(prop(schema, 'access_token').type).toBe('string');
        expect(prop(schema, 'token_type').type).toBe('string');
        expect(prop(schema, 'expires_in').type).toBe('integer');
      },
    }),
  ),
  ...TOKEN_OPS.map(
    (path): Fact => ({
      fact: `${path} token_type is always Bearer`,
      source: 'seed: token_type "will always be Bearer"',
      check: () => expect(prop(responseSchema(path, 'post', '200'), 'token_type').const).toBe('Bearer'),
    }),
  ),
  ...TOKEN_OPS.map(
    (path): Fact => ({
      fact: `${path} refresh_token is a string (the seed table's "Integer, 604800" is its lifetime), and says so`,
      source: 'seed: refresh_token Type Integer / Example 604800 vs. the response example',
      check: () => {
        const refresh = prop(responseSchema(path, 'post', '200'), 'refresh_token');
        expect(refresh.type).toBe('string');
        expect(text(refresh.description)).toMatch(/Integer/);
        expect(text(refresh.description)).toContain('604800');
      },
    }),
  ),
  {
    fact: 'a YAML comment explains why refresh_token is a string',
    source: 'seed: refresh_token Type Integer / Example 604800',
    check: () =>
      expect(readFileSync(specPath, 'utf8')).toMatch(/#[^\n]*refresh_token[^\n]*\n(#[^\n]*\n)*\s*#[^\n]*string/i),
  },
  ...TOKEN_OPS.map(
    (path): Fact => ({
      fact: `${path} example response is the seed's example`,
      source: 'seed "Response" Example',
      check: () => expect(exampleValue(examplesOf(path, 'post', '200').ok)).toEqual(SEED.tokenResponse),
    }),
  ),
  {
    fact: 'access tokens live 3600 s and refresh tokens 604800 s (7 days), then client credentials again',
    source: 'seed "Authorisation"',
    check: () => {
      const description = text(at(spec, 'info', 'description'));
      expect(description).toContain('3600 seconds');
      expect(description).toContain('604800 seconds (7 days)');
      expect(description).toMatch(/client credentials grant must be used again/);
      const tokenIssued = record(at(spec, 'components', 'responses', 'TokenIssued'), 'TokenIssued');
      expect(text(tokenIssued.description)).toContain('604800');
      expect(tokenIssued['x-refresh-token-lifetime']).toBe(604800);
      expect(prop(responseSchema('/api/oauth2/access-token', 'post', '200'), 'expires_in').example).toBe(3600);
    },
  },
  {
    fact: "a token's permissions mirror the portal user who owns the API client",
    source: 'seed "Permissions"',
    check: () => expect(text(at(spec, 'info', 'description'))).toMatch(/mirror that user's portal permissions/),
  },
  // Security schemes
  {
    fact: 'oauth2 client credentials flow with absolute token and refresh URLs',
    source: 'seed "Authorisation" + endpoints',
    check: () => {
      const flow = record(at(spec, 'components', 'securitySchemes', 'cloudlxOAuth2', 'flows', 'clientCredentials'), 'flow');
      expect(at(spec, 'components', 'securitySchemes', 'cloudlxOAuth2', 'type')).toBe('oauth2');
      expect(flow.tokenUrl).toBe('https://cloudlx.epsilontel.com/api/oauth2/access-token');
      expect(flow.refreshUrl).toBe('https://cloudlx.epsilontel.com/api/oauth2/refresh-token');
    },
  },
  {
    fact: 'every resource operation requires the oauth2 bearer token and documents 401',
    source: 'seed "Authorisation": access tokens for all secure endpoints',
    check: () => {
      const operations = resourceOperations();
      expect(operations.length).toBeGreaterThanOrEqual(12);
      for (const { path, method, operation } of operations) {
        expect(operation.security, `${method} ${path}`).toEqual([{ cloudlxOAuth2: [] }]);
        expect(Object.keys(record(operation.responses, 'responses')), `${method} ${path}`).toContain('401');
      }
    },
  },
  // Token errors
  {
    fact: 'token errors use exactly the RFC 6749 section 5.2 codes (the guide documents none)',
    source: 'providers.md CloudLX token endpoints / RFC 6749 §5.2',
    check: () => {
      const codes = prop(at(spec, 'components', 'schemas', 'OAuthError'), 'error').enum;
      expect([...(codes as string[])].sort()).toEqual([...RFC6749_ERROR_CODES].sort());
      for (const path of TOKEN_OPS) expect(text(op(path, 'post').description)).toMatch(/guide documents\s+no error codes/);
    },
  },
  ...TOKEN_OPS.flatMap((path) => tokenErrorFacts(walker, path, {}, 'seed (CloudLX guide)')),
  ...TOKEN_OPS.map(
    (path): Fact => ({
      fact: `${path} is called with Accept: application/vnd.cloudlx.v1+json (stated in the description, and the response media type)`,
      source: 'seed: "Headers: Accept: application/vnd.cloudlx.v1+json" for both token endpoints',
      check: () => {
        expect(text(op(path, 'post').description)).toContain('`Accept: application/vnd.cloudlx.v1+json`');
        expect(Object.keys(record(at(op(path, 'post'), 'responses', '200', 'content'), 'content'))).toEqual([MEDIA_TYPE]);
      },
    }),
  ),
  {
    fact: 'every OAuth2 error code has a token-endpoint example, and every example uses a listed code',
    source: 'providers.md CloudLX token endpoints',
    check: () => {
      const codes = prop(at(spec, 'components', 'schemas', 'OAuthError'), 'error').enum;
      if (!Array.isArray(codes)) throw new Error('OAuthError.error has no enum');
      const used = new Set<string>();
      for (const path of TOKEN_OPS) {
        for (const status of ['400', '401']) {
          for (const example of Object.values(examplesOf(path, 'post', status))) {
            const code = text(at(example, 'value', 'error'));
            expect(codes).toContain(code);
            used.add(code);
          }
        }
      }
      expect([...used].sort()).toEqual([...codes].map(String).sort());
    },
  },
  {
    fact: 'an expired refresh token (after 7 days) is an invalid_grant example on the refresh endpoint',
    source: 'seed "Authorisation": refresh tokens expire after 604800 seconds',
    check: () => expect(at(examplesOf('/api/oauth2/refresh-token', 'post', '400').invalidGrant, 'value', 'error')).toBe('invalid_grant'),
  },
  {
    fact: 'wrong client credentials answer 401 invalid_client on both token endpoints',
    source: 'seed: client_id / client_secret from the portal API Applications section',
    check: () => {
      for (const path of TOKEN_OPS) {
        expect(at(examplesOf(path, 'post', '401').invalidClient, 'value', 'error')).toBe('invalid_client');
      }
    },
  },
  // Resources (providers.md)
  ...(
    [
      ['get', '/api/services', 'listServices'],
      ['get', '/api/services/{id}/service', 'getService'],
      ['post', '/api/services/create', 'createService'],
      ['post', '/api/services/{id}/service/upgrade', 'upgradeService'],
      ['get', '/api/services/pricing', 'getServicePricing'],
      ['get', '/api/services/types', 'listServiceTypes'],
      ['get', '/api/services/types/{id}/type', 'getServiceType'],
      ['get', '/api/services/ports-available', 'listAvailableServicePorts'],
      ['get', '/api/ports/available', 'listAvailablePorts'],
      ['get', '/api/ports/{id}/port', 'getPort'],
      ['get', '/api/services/{id}/graph/{type}', 'getServiceGraph'],
      ['post', '/api/ports/purchase', 'purchasePort'],
    ] as const
  ).map(
    ([method, path, operationId]): Fact => ({
      fact: `${method.toUpperCase()} ${path} exists as ${operationId}`,
      source: 'providers.md CloudLX: Resources',
      check: () => expect(op(path, method).operationId).toBe(operationId),
    }),
  ),
  {
    fact: 'every {id} route documents 404',
    source: 'providers.md CloudLX (task brief: 404 on id routes)',
    check: () => {
      for (const { path, method, operation } of resourceOperations().filter(({ path }) => path.includes('{id}'))) {
        expect(Object.keys(record(operation.responses, 'responses')), `${method} ${path}`).toContain('404');
      }
    },
  },
  {
    fact: 'GET /api/services answers {services:[Service]} with the documented fields',
    source: 'providers.md CloudLX: GET /api/services',
    check: () => {
      const list = responseSchema('/api/services', 'get', '200');
      expect(required(list)).toContain('services');
      const service = at(prop(list, 'services'), 'items');
      for (const name of ['id', 'name', 'vlan', 'nni_vlan', 'created', 'cancellation_date', 'bandwidth', 'paused', 'expired', 'type', 'port']) {
        expect(properties(service), name).toHaveProperty(name);
      }
      expect(prop(service, 'paused').type).toBe('boolean');
      expect(prop(service, 'expired').type).toBe('boolean');
      expect(prop(service, 'bandwidth').example).toBe('200Mbps');
      expect(JSON.stringify(prop(service, 'cancellation_date'))).toContain('"null"');
      expect(properties(prop(service, 'port'))).toHaveProperty('id');
      expect(properties(prop(service, 'port'))).toHaveProperty('name');
    },
  },
  {
    fact: 'GET /api/services/{id}/service adds status and statistics items {name, lastvalue, lastvalue_raw}',
    source: 'providers.md CloudLX: GET /api/services/{id}/service',
    check: () => {
      const detail = responseSchema('/api/services/{id}/service', 'get', '200');
      expect(properties(detail)).toHaveProperty('status');
      const statistic = at(spec, 'components', 'schemas', 'ServiceStatistic');
      expect(required(statistic).sort()).toEqual(['lastvalue', 'lastvalue_raw', 'name']);
      expect(JSON.stringify(prop(detail, 'statistics'))).toContain('#/components/schemas/ServiceStatistic');
    },
  },
  {
    fact: 'POST /api/services/create takes port_id, service_port_id, product_id, name, vlan (1-4098), disable_auto_renew?',
    source: 'providers.md CloudLX: POST /api/services/create',
    check: () => {
      const cloud = at(spec, 'components', 'schemas', 'CreateCloudServiceRequest');
      expect(required(cloud).sort()).toEqual(['name', 'port_id', 'product_id', 'service_port_id', 'vlan']);
      expect(prop(cloud, 'disable_auto_renew').type).toBe('boolean');
      expect(prop(cloud, 'vlan')).toMatchObject({ type: 'integer', minimum: 1, maximum: 4098 });
      expect(Object.keys(at(op('/api/services/create', 'post'), 'requestBody', 'content') as object)).toEqual(['application/json']);
    },
  },
  {
    fact: 'the interconnect variant adds far_end_port_id, cvlan_mapping_type (bundled|range|translation|virtual-untagged|epline) and its VLAN list',
    source: 'providers.md CloudLX: interconnect variant',
    check: () => {
      const interconnect = at(spec, 'components', 'schemas', 'CreateInterconnectServiceRequest');
      expect(required(interconnect)).toEqual(expect.arrayContaining(['far_end_port_id', 'cvlan_mapping_type']));
      expect(prop(interconnect, 'cvlan_mapping_type').enum).toEqual(['bundled', 'range', 'translation', 'virtual-untagged', 'epline']);
      expect(prop(interconnect, 'cvlans').type).toBe('array');
      const variants = at(spec, 'components', 'schemas', 'CreateServiceRequest', 'oneOf');
      expect(JSON.stringify(variants)).toContain('CreateInterconnectServiceRequest');
    },
  },
  {
    fact: 'POST /api/services/{id}/service/upgrade takes {product_id}, answers {success, message}, refuses a second upgrade the same day',
    source: 'providers.md CloudLX: upgrade (once a day)',
    check: () => {
      const path = '/api/services/{id}/service/upgrade';
      expect(required(at(op(path, 'post'), 'requestBody', 'content', 'application/json', 'schema'))).toEqual(['product_id']);
      expect(required(responseSchema(path, 'post', '200')).sort()).toEqual(['message', 'success']);
      expect(text(at(op(path, 'post'), 'responses', '400', 'description'))).toMatch(/once a day/);
      expect(exampleValue(examplesOf(path, 'post', '400').upgradedToday)).toMatchObject({ success: false });
    },
  },
  {
    fact: 'GET /api/services/pricing takes port_id, service_port_id, a_datacentre, z_datacentre, protected and answers products',
    source: 'providers.md CloudLX: GET /api/services/pricing',
    check: () => {
      const names = (at(op('/api/services/pricing', 'get'), 'parameters') as Json[]).map((p) => at(p, 'name'));
      expect(names).toEqual(['port_id', 'service_port_id', 'a_datacentre', 'z_datacentre', 'protected']);
      const product = at(prop(responseSchema('/api/services/pricing', 'get', '200'), 'products'), 'items');
      expect(required(product).sort()).toEqual(['currency', 'id', 'period_length', 'period_type', 'price', 'speed', 'speed_raw']);
    },
  },
  {
    fact: 'GET /api/services/ports-available takes datacentre_id, city_id, continent_id, service_type and answers {ports}',
    source: 'providers.md CloudLX: GET /api/services/ports-available',
    check: () => {
      const names = (at(op('/api/services/ports-available', 'get'), 'parameters') as Json[]).map((p) => at(p, 'name'));
      expect(names).toEqual(['datacentre_id', 'city_id', 'continent_id', 'service_type']);
      expect(required(responseSchema('/api/services/ports-available', 'get', '200'))).toEqual(['ports']);
    },
  },
  {
    fact: 'GET /api/ports/available takes datacentre_id, city_id, continent_id and can_enni',
    source: "providers.md CloudLX: GET /api/ports/available (can_enni); the provider's PHP client getPurchasablePorts (datacentre_id, city_id, continent_id)",
    check: () => {
      const names = (at(op('/api/ports/available', 'get'), 'parameters') as Json[]).map((p) => at(p, 'name'));
      expect(names).toEqual(['datacentre_id', 'city_id', 'continent_id', 'can_enni']);
    },
  },
  {
    fact: 'GET /api/services/{id}/graph/{type} answers {graph}, its shape and types said to be undocumented',
    source: "the provider's PHP client: getServiceGraph, resource map 'services/{1}/graph/{2}' => Graph (reads `graph`)",
    check: () => {
      const graph = op('/api/services/{id}/graph/{type}', 'get');
      expect(graph.operationId).toBe('getServiceGraph');
      expect((at(graph, 'parameters') as Json[]).map((p) => at(p, 'name'))).toEqual(['id', 'type']);
      expect(required(responseSchema('/api/services/{id}/graph/{type}', 'get', '200'))).toEqual(['graph']);
      expect(String(graph.description)).toMatch(/Neither\s+the graph types nor the shape of `graph` is documented/);
    },
  },
  {
    fact: 'POST /api/ports/purchase takes {model: limited|unlimited, port_id, name, term} and answers {success, message}',
    source: 'providers.md CloudLX: POST /api/ports/purchase',
    check: () => {
      const body = at(op('/api/ports/purchase', 'post'), 'requestBody', 'content', 'application/json', 'schema');
      expect(required(body).sort()).toEqual(['model', 'name', 'port_id', 'term']);
      expect(prop(body, 'model').enum).toEqual(['limited', 'unlimited']);
      expect(required(responseSchema('/api/ports/purchase', 'post', '200')).sort()).toEqual(['message', 'success']);
    },
  },
  {
    fact: 'no documented error body: resource error schemas say so',
    source: 'providers.md CloudLX: No documented error body or pagination',
    check: () => {
      for (const name of ['Unauthorized', 'NotFound', 'ValidationFailed']) {
        expect(text(at(spec, 'components', 'responses', name, 'description')), name).toMatch(/not documented by the\s+provider/);
      }
    },
  },
];

describe('CloudLX spec states every documented fact', () => {
  it.each(facts.map((row) => [`${row.fact} (${row.source})`, row] as const))('%s', (_label, row) => {
    row.check();
  });
});
