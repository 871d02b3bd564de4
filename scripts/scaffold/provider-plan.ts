// What a spec says about a provider's hosts and authentication: the plan new-provider scaffolds from.
import { resolvePointer } from "../codegen/load-spec.js";
import { HTTP_METHODS } from "../codegen/openapi.js";
import { ScaffoldError } from "./errors.js";

export type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows local `$ref`s until a non-reference object (or an empty one). */
function deref(document: unknown, node: unknown): Json {
  let current = node;
  for (let hops = 0; isRecord(current) && typeof current["$ref"] === "string" && hops < 32; hops += 1) {
    current = resolvePointer(document, current["$ref"]);
  }
  return isRecord(current) ? current : {};
}

/** Where an endpoint of the spec lives, relative to the client's (overridable) base URL. */
export type EndpointLocation =
  /** Under the server URL: `${baseUrl}${path}`; `path` is also the spec's path template. */
  | { readonly kind: "server"; readonly path: string }
  /** On the API host but outside the server's base path: `new URL(path, baseUrl)`. */
  | { readonly kind: "origin"; readonly path: string }
  /** Another host (a separate authorization server): used as is. */
  | { readonly kind: "external"; readonly url: string };

export interface TokenOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
}

interface AuthPlanBase {
  /** The security scheme the client satisfies. */
  readonly schemeName: string;
  /** Operations the client's auth flow calls itself (`security: []` token endpoints): contract tests skip them. */
  readonly tokenOperations: readonly TokenOperation[];
  /** Credentials the contract test passes, from the token operation's request examples when there are some. */
  readonly testCredentials: Readonly<Record<string, string>>;
}

export interface OAuth2Plan extends AuthPlanBase {
  readonly kind: "oauth2";
  readonly grant: "client_credentials" | "password";
  readonly token: EndpointLocation;
  readonly refresh: EndpointLocation | undefined;
  /** Client id and secret: not sent at all, optional, or required (client credentials always). */
  readonly client: "none" | "optional" | "required";
  readonly clientAuthentication: "client_secret_post" | "client_secret_basic";
  /** The scopes the spec's security requirements ask for, space-separated; undefined for none. */
  readonly scope: string | undefined;
  /** `x-refresh-token-lifetime` of the token response, when the spec states it. */
  readonly refreshTokenLifetimeSeconds: number | undefined;
}

export interface HeaderPlan extends AuthPlanBase {
  readonly kind: "basic" | "bearer";
}

export type AuthPlan = OAuth2Plan | HeaderPlan;

export interface ProviderPlan {
  /** Named hosts from `servers`, production first. */
  readonly hosts: Readonly<Record<string, string>>;
  readonly auth: AuthPlan;
  /** An `Accept` for every request when the spec's JSON bodies use other media types than application/json. */
  readonly accept: string | undefined;
}

interface OperationEntry {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly operation: Json;
}

function operationsOf(document: Json): OperationEntry[] {
  const found: OperationEntry[] = [];
  const paths = isRecord(document["paths"]) ? document["paths"] : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(document, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const operationId = typeof operation["operationId"] === "string" ? operation["operationId"] : `${method.toUpperCase()} ${path}`;
      found.push({ operationId, method: method.toUpperCase(), path, operation });
    }
  }
  return found;
}

function serverUrls(document: Json): string[] {
  const servers = Array.isArray(document["servers"]) ? document["servers"] : [];
  return servers.filter(isRecord).flatMap((server) => {
    if (typeof server["url"] !== "string") return [];
    const variables = isRecord(server["variables"]) ? server["variables"] : {};
    const url = server["url"].replace(/\{([^}]+)\}/g, (match, name: string) => {
      const variable = variables[name];
      return isRecord(variable) && typeof variable["default"] === "string" ? variable["default"] : match;
    });
    return [url.replace(/\/+$/, "")];
  });
}

/** `servers` as named hosts: the first is `production`, others are named by their description's first word. */
function hostsOf(document: Json, fallback: string): Record<string, string> {
  const servers = (Array.isArray(document["servers"]) ? document["servers"] : []).filter(isRecord);
  const urls = serverUrls(document);
  const hosts: Record<string, string> = {};
  urls.forEach((url, index) => {
    if (Object.values(hosts).includes(url)) return;
    const word = String(servers[index]?.["description"] ?? "").match(/^[A-Za-z][A-Za-z0-9]*/)?.[0]?.toLowerCase();
    let key = index === 0 ? "production" : word !== undefined && word !== "production" ? word : `server${index + 1}`;
    if (key in hosts) key = `server${index + 1}`;
    hosts[key] = url;
  });
  if (Object.keys(hosts).length === 0) hosts["production"] = fallback;
  return hosts;
}

/** Places an OAuth2 tokenUrl or refreshUrl relative to the spec's servers. */
export function locateEndpoint(url: string, servers: readonly string[]): EndpointLocation {
  const absoluteServers = servers.filter((server) => URL.canParse(server));
  let absolute: URL;
  try {
    absolute = new URL(url, `${absoluteServers[0] ?? "https://api.invalid"}/`);
  } catch {
    throw new ScaffoldError(`the OAuth2 token URL ${JSON.stringify(url)} in the spec is not a URL.`);
  }
  for (const server of absoluteServers) {
    if (absolute.href.startsWith(`${server}/`)) return { kind: "server", path: absolute.href.slice(server.length) };
  }
  if (absoluteServers.some((server) => new URL(server).origin === absolute.origin) || !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return { kind: "origin", path: `${absolute.pathname}${absolute.search}` };
  }
  return { kind: "external", url: absolute.href };
}

/** The spec path an endpoint is served at by Prism, when it is on the API host. */
export function specPathOfEndpoint(location: EndpointLocation | undefined): string | undefined {
  return location === undefined || location.kind === "external" ? undefined : location.path.split("?")[0];
}

function securityOf(document: Json, operation: Json): unknown[] | undefined {
  const requirements = operation["security"] ?? document["security"];
  return Array.isArray(requirements) ? requirements : undefined;
}

/** The form body schema and examples of a token operation. */
function formBodyOf(document: Json, operation: Json): { schema: Json; examples: Json[] } {
  const body = deref(document, operation["requestBody"]);
  const content = isRecord(body["content"]) ? body["content"] : {};
  const mediaType = Object.keys(content).find((type) => /^application\/x-www-form-urlencoded\b/i.test(type)) ?? Object.keys(content)[0];
  const media = mediaType === undefined ? {} : deref(document, content[mediaType]);
  const schema = deref(document, media["schema"]);
  const examples: Json[] = [];
  if (isRecord(media["example"])) examples.push(media["example"]);
  if (isRecord(media["examples"])) {
    for (const example of Object.values(media["examples"])) {
      const value = deref(document, example)["value"];
      if (isRecord(value)) examples.push(value);
    }
  }
  return { schema, examples };
}

function propertiesOf(document: Json, schema: Json): Json {
  const properties: Json = { ...(isRecord(schema["properties"]) ? schema["properties"] : {}) };
  for (const part of Array.isArray(schema["allOf"]) ? schema["allOf"] : []) Object.assign(properties, propertiesOf(document, deref(document, part)));
  return properties;
}

function requiredOf(document: Json, schema: Json): string[] {
  const required = Array.isArray(schema["required"]) ? schema["required"].map(String) : [];
  for (const part of Array.isArray(schema["allOf"]) ? schema["allOf"] : []) required.push(...requiredOf(document, deref(document, part)));
  return required;
}

/** The `grant_type` a form schema fixes (const or single enum), if any. */
function grantTypeOf(document: Json, schema: Json): string | undefined {
  const grantType = deref(document, propertiesOf(document, schema)["grant_type"]);
  if (typeof grantType["const"] === "string") return grantType["const"];
  if (Array.isArray(grantType["enum"]) && grantType["enum"].length === 1 && typeof grantType["enum"][0] === "string") return grantType["enum"][0];
  return undefined;
}

const GRANT_FLOWS = [
  ["clientCredentials", "client_credentials"],
  ["password", "password"],
] as const;

/** Security schemes in the order the spec's requirements name them (global first, then per operation). */
function requiredSchemeNames(document: Json): string[] {
  const names: string[] = [];
  const note = (requirements: unknown) => {
    if (!Array.isArray(requirements)) return;
    for (const requirement of requirements) if (isRecord(requirement)) for (const name of Object.keys(requirement)) if (!names.includes(name)) names.push(name);
  };
  note(document["security"]);
  for (const { operation } of operationsOf(document)) note(operation["security"]);
  return names;
}

function scopesFor(document: Json, schemeName: string): string[] {
  const scopes: string[] = [];
  const note = (requirements: unknown) => {
    if (!Array.isArray(requirements)) return;
    for (const requirement of requirements) {
      const wanted = isRecord(requirement) ? requirement[schemeName] : undefined;
      if (Array.isArray(wanted)) for (const scope of wanted) if (typeof scope === "string" && !scopes.includes(scope)) scopes.push(scope);
    }
  };
  note(document["security"]);
  for (const { operation } of operationsOf(document)) note(operation["security"]);
  return scopes;
}

const FALLBACK_CREDENTIALS: Readonly<Record<string, string>> = {
  username: "test-user",
  password: "test-password",
  clientId: "test-client-id",
  clientSecret: "test-client-secret",
  token: "test-token",
};

/** The first token request example that has a field, per option name; placeholders otherwise. */
function credentialsFromExamples(examples: readonly Json[], wanted: Readonly<Record<string, string>>): Record<string, string> {
  const credentials: Record<string, string> = {};
  for (const [option, field] of Object.entries(wanted)) {
    const found = examples.map((example) => example[field]).find((value) => typeof value === "string" && value !== "");
    credentials[option] = typeof found === "string" ? found : FALLBACK_CREDENTIALS[option]!;
  }
  return credentials;
}

/** `x-refresh-token-lifetime` on the token operation's 2xx response or its schema's refresh_token. */
function refreshTokenLifetimeOf(document: Json, operation: Json): number | undefined {
  const responses = isRecord(operation["responses"]) ? operation["responses"] : {};
  for (const [code, raw] of Object.entries(responses)) {
    if (!/^2/.test(code)) continue;
    const response = deref(document, raw);
    if (typeof response["x-refresh-token-lifetime"] === "number") return response["x-refresh-token-lifetime"];
    const content = isRecord(response["content"]) ? response["content"] : {};
    for (const media of Object.values(content)) {
      const schema = deref(document, deref(document, media)["schema"]);
      const lifetime = deref(document, propertiesOf(document, schema)["refresh_token"])["x-refresh-token-lifetime"];
      if (typeof lifetime === "number") return lifetime;
    }
  }
  return undefined;
}

/**
 * How the scaffolded client authenticates, read from the spec: an OAuth2 scheme with a
 * clientCredentials or password flow (tokenUrl, refreshUrl, scopes, and the token operation's
 * form fields for client authentication), else HTTP bearer, else HTTP Basic.
 */
export function deriveAuthPlan(document: Json): AuthPlan {
  const components = isRecord(document["components"]) ? document["components"] : {};
  const schemes = isRecord(components["securitySchemes"]) ? components["securitySchemes"] : {};
  const servers = serverUrls(document);
  const operations = operationsOf(document);
  const unsecured = operations.filter(({ operation }) => {
    const security = securityOf(document, operation);
    return security === undefined || security.length === 0;
  });
  const named = requiredSchemeNames(document);
  const candidates = [...named, ...Object.keys(schemes).filter((name) => !named.includes(name))].map((name) => [name, deref(document, schemes[name])] as const);

  for (const [schemeName, scheme] of candidates) {
    if (scheme["type"] !== "oauth2" || !isRecord(scheme["flows"])) continue;
    const flows = scheme["flows"];
    const chosen = GRANT_FLOWS.find(([flow]) => isRecord(flows[flow]) && typeof flows[flow]["tokenUrl"] === "string");
    if (chosen === undefined) continue;
    const [flowName, grant] = chosen;
    const flow = flows[flowName] as Json;
    const token = locateEndpoint(String(flow["tokenUrl"]), servers);
    const refresh = typeof flow["refreshUrl"] === "string" ? locateEndpoint(flow["refreshUrl"], servers) : undefined;
    const tokenPath = specPathOfEndpoint(token);
    const refreshPath = specPathOfEndpoint(refresh);

    // Token operations: the tokenUrl/refreshUrl paths, and any other `security: []` form grant.
    const tokenOperations = unsecured.filter(
      ({ path, operation }) => path === tokenPath || path === refreshPath || grantTypeOf(document, formBodyOf(document, operation).schema) !== undefined,
    );
    const tokenOperation = tokenOperations.find(({ path }) => path === tokenPath) ??
      tokenOperations.find(({ operation }) => grantTypeOf(document, formBodyOf(document, operation).schema) === grant);
    const form = tokenOperation === undefined ? { schema: {}, examples: [] } : formBodyOf(document, tokenOperation.operation);
    const properties = propertiesOf(document, form.schema);
    const required = requiredOf(document, form.schema);
    const declared = tokenOperation?.operation["x-client-authentication"];
    const methods = Array.isArray(declared) ? declared.map(String) : [];
    const formHasClient = "client_id" in properties;
    let client: OAuth2Plan["client"];
    if (grant === "client_credentials") client = "required";
    else if (required.includes("client_id") || methods.length > 0) client = "required";
    else if (formHasClient) client = "optional";
    else client = tokenOperation === undefined ? "optional" : "none";
    const clientAuthentication =
      formHasClient || methods.includes("client_secret_post") || (methods.length === 0 && tokenOperation !== undefined)
        ? "client_secret_post"
        : "client_secret_basic";
    const scopes = scopesFor(document, schemeName);
    const wanted: Record<string, string> = {};
    if (grant === "password") Object.assign(wanted, { username: "username", password: "password" });
    if (client !== "none") Object.assign(wanted, { clientId: "client_id", clientSecret: "client_secret" });
    return {
      kind: "oauth2",
      schemeName,
      grant,
      token,
      refresh,
      client,
      clientAuthentication,
      scope: scopes.length > 0 ? scopes.join(" ") : undefined,
      refreshTokenLifetimeSeconds: tokenOperation === undefined ? undefined : refreshTokenLifetimeOf(document, tokenOperation.operation),
      tokenOperations: tokenOperations.map(({ operationId, method, path }) => ({ operationId, method, path })),
      testCredentials: credentialsFromExamples(form.examples, wanted),
    };
  }

  for (const wantedScheme of ["bearer", "basic"] as const) {
    const found = candidates.find(([, scheme]) => scheme["type"] === "http" && String(scheme["scheme"]).toLowerCase() === wantedScheme);
    if (found === undefined) continue;
    return {
      kind: wantedScheme,
      schemeName: found[0],
      tokenOperations: [],
      testCredentials: wantedScheme === "basic" ? { username: "test-user", password: "test-password" } : { token: "test-token" },
    };
  }

  const described = candidates.map(([name, scheme]) => `${name} (${String(scheme["type"])}${isRecord(scheme["flows"]) ? `: ${Object.keys(scheme["flows"]).join(", ")}` : ""})`);
  throw new ScaffoldError(
    `cannot derive the client's authentication from the spec's securitySchemes (${described.join("; ") || "none"}). ` +
      "new-provider supports an oauth2 scheme with a clientCredentials or password flow (tokenUrl, optional refreshUrl), HTTP bearer, or HTTP Basic. " +
      "Add one of those to components.securitySchemes and the operations' security, then run it again.",
  );
}

/** Every JSON media type of the spec's responses; an Accept is needed when it is not just application/json. */
function acceptOf(document: Json): string | undefined {
  const types = new Set<string>();
  for (const { operation } of operationsOf(document)) {
    const responses = isRecord(operation["responses"]) ? operation["responses"] : {};
    for (const raw of Object.values(responses)) {
      const content = deref(document, raw)["content"];
      if (!isRecord(content)) continue;
      for (const type of Object.keys(content)) if (/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) types.add(type.split(";")[0]!.trim());
    }
  }
  if (types.size === 0 || (types.size === 1 && types.has("application/json"))) return undefined;
  return [...types].join(", ");
}

export function deriveProviderPlan(document: Json, name: string): ProviderPlan {
  return { hosts: hostsOf(document, `https://api.${name}.test`), auth: deriveAuthPlan(document), accept: acceptOf(document) };
}
