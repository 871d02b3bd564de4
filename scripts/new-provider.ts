/**
 * `pnpm new-provider <name> [--root <dir>] [--no-install]`
 *
 * Scaffolds packages/<name>/ (package.json, tsconfigs, turbo.json, src/index.ts, a contract test,
 * README), a starter specs/<name>.yaml when there is none, and .changeset/<name>-initial.md, and
 * generates packages/<name>/src/generated/ from the spec. The client factory and the contract
 * test are derived from the spec's security: the OAuth2 flow (client credentials or password),
 * its tokenUrl and refreshUrl, the token operations (`security: []`), or HTTP Basic / bearer when
 * that is all there is. Then it runs `pnpm install`, so the workspace links the new package and
 * pnpm-lock.yaml gains its entry: right after this one command,
 * `turbo run build typecheck lint test --filter=@cloud-sdks/<name>` passes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PROVIDER_NAME } from "./codegen/cli.js";
import { SpecError } from "./codegen/errors.js";
import { generatedDirOf, generateProvider, specPathOf } from "./codegen/generate.js";
import { loadSpec, resolvePointer } from "./codegen/load-spec.js";
import { pascalCase } from "./codegen/names.js";
import { writeGenerated } from "./codegen/sync.js";

const SCRIPTS_DIR = dirname(fileURLToPath(import.meta.url));
const TEMPLATES_DIR = join(SCRIPTS_DIR, "templates");

export class ScaffoldError extends Error {
  override readonly name = "ScaffoldError";
}

/** Template name -> path relative to the repository root. */
function plannedFiles(name: string): Array<readonly [string, string]> {
  return [
    ["package.json.tmpl", `packages/${name}/package.json`],
    ["tsconfig.json.tmpl", `packages/${name}/tsconfig.json`],
    ["tsconfig.build.json.tmpl", `packages/${name}/tsconfig.build.json`],
    ["turbo.json.tmpl", `packages/${name}/turbo.json`],
    ["index.ts.tmpl", `packages/${name}/src/index.ts`],
    ["validation.ts.tmpl", `packages/${name}/src/validation.ts`],
    ["vitest.config.ts.tmpl", `packages/${name}/vitest.config.ts`],
    ["contract.test.ts.tmpl", `packages/${name}/test/contract/${name}.contract.test.ts`],
    ["README.md.tmpl", `packages/${name}/README.md`],
  ];
}

export function validateProviderName(name: string | undefined): string {
  if (name === undefined || name === "") {
    throw new ScaffoldError("new-provider needs a name: `pnpm new-provider <name>`, e.g. `pnpm new-provider acme-cloud`.");
  }
  if (!PROVIDER_NAME.test(name)) {
    throw new ScaffoldError(
      `${JSON.stringify(name)} is not a valid provider name: use lowercase letters, digits and single dashes, starting with a letter (e.g. \`acme-cloud\`). It becomes the package name @cloud-sdks/<name> and the file specs/<name>.yaml.`,
    );
  }
  return name;
}

function render(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match);
}

// ---------------------------------------------------------------------------------------------
// What the spec says about hosts and authentication.
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

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
function specPathOfEndpoint(location: EndpointLocation | undefined): string | undefined {
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

// ---------------------------------------------------------------------------------------------
// Code for the plan.
// ---------------------------------------------------------------------------------------------

const q = (text: string) => JSON.stringify(text);

function endpointCode(location: EndpointLocation): string {
  if (location.kind === "server") return `\`\${baseUrl}${location.path.replace(/[`$\\]/g, "\\$&")}\``;
  if (location.kind === "origin") return `new URL(${q(location.path)}, baseUrl).href`;
  return q(location.url);
}

function endpointText(location: EndpointLocation): string {
  return location.kind === "external" ? location.url : `${location.path} on the API host`;
}

/** The template values that carry the auth setup into src/index.ts, the contract test and the README. */
export function authTemplateValues(plan: ProviderPlan, name: string): Record<string, string> {
  const auth = plan.auth;
  const req = (option: string) => `requireString(${q(name)}, ${q(option)}, options.${option})`;
  const authImports = ["createAuth", "type Auth"];
  const fields: string[] = [];
  const credentialLines: string[] = [];
  let factory: string;
  let summary: string;

  if (auth.kind === "oauth2") {
    factory = auth.grant === "client_credentials" ? "clientCredentials" : "passwordGrant";
    summary =
      `OAuth2 ${auth.grant === "client_credentials" ? "client credentials" : "password"} grant (securityScheme \`${auth.schemeName}\`) at ${endpointText(auth.token)}` +
      (auth.refresh ? `, refreshed at ${endpointText(auth.refresh)}` : "") +
      (auth.scope ? `, scope \`${auth.scope}\`` : "");
    credentialLines.push(`tokenUrl: options.tokenUrl ?? ${endpointCode(auth.token)},`);
    if (auth.grant === "password") {
      fields.push("  /** The resource owner's user name. */", "  readonly username: string;");
      fields.push("  /** That user's password. Keep it out of code. */", "  readonly password: string;");
      credentialLines.push(`username: ${req("username")},`, `password: ${req("password")},`);
    }
    if (auth.client !== "none") {
      const optional = auth.client === "optional" ? "?" : "";
      fields.push("  /** The API client id. */", `  readonly clientId${optional}: string;`);
      fields.push("  /** The API client secret. Keep it out of code. */", `  readonly clientSecret${optional}: string;`);
      fields.push(
        `  /** How the client id and secret reach the token endpoint; default \`${auth.clientAuthentication}\` (from the spec). */`,
        "  readonly clientAuthentication?: ClientAuthentication;",
      );
      authImports.push("type ClientAuthentication");
      if (auth.client === "required") credentialLines.push(`clientId: ${req("clientId")},`, `clientSecret: ${req("clientSecret")},`);
      else {
        credentialLines.push(
          `...(options.clientId === undefined ? {} : { clientId: ${req("clientId")} }),`,
          `...(options.clientSecret === undefined ? {} : { clientSecret: ${req("clientSecret")} }),`,
        );
      }
      credentialLines.push(`clientAuthentication: options.clientAuthentication ?? ${q(auth.clientAuthentication)},`);
    }
    if (auth.scope !== undefined) {
      fields.push(`  /** The scope to request; default \`${auth.scope}\` (what the spec's operations require). */`, "  readonly scope?: string;");
      credentialLines.push(`scope: options.scope ?? ${q(auth.scope)},`);
    }
    fields.push(`  /** Overrides the token endpoint; default ${endpointText(auth.token)} (the spec's tokenUrl). */`, "  readonly tokenUrl?: string;");
    if (auth.refresh !== undefined || auth.refreshTokenLifetimeSeconds !== undefined) {
      const refresh: string[] = [];
      if (auth.refresh !== undefined) refresh.push(`tokenUrl: ${endpointCode(auth.refresh)}`);
      if (auth.refreshTokenLifetimeSeconds !== undefined) refresh.push(`refreshTokenLifetimeSeconds: ${auth.refreshTokenLifetimeSeconds}`);
      credentialLines.push(`refresh: { ${refresh.join(", ")} },`);
    }
  } else if (auth.kind === "basic") {
    factory = "httpBasic";
    summary = `HTTP Basic (securityScheme \`${auth.schemeName}\`) on every request`;
    fields.push("  /** The user name sent with HTTP Basic. */", "  readonly username: string;");
    fields.push("  /** The password sent with HTTP Basic. Keep it out of code. */", "  readonly password: string;");
    credentialLines.push(`username: ${req("username")},`, `password: ${req("password")},`);
  } else {
    factory = "staticBearer";
    summary = `a bearer token (securityScheme \`${auth.schemeName}\`) on every request`;
    fields.push("  /** The bearer token sent on every request. Keep it out of code. */", "  readonly token: string;");
    credentialLines.push(`token: ${req("token")},`);
  }
  authImports.unshift(factory);

  const sortedImports = [...authImports.filter((i) => !i.startsWith("type ")).sort(), ...authImports.filter((i) => i.startsWith("type ")).sort()];
  const credentials = [`credentials: ${factory}({`, ...credentialLines.map((line) => `  ${line}`), "}),"].map((line) => `    ${line}`).join("\n");
  const acceptConst = plan.accept === undefined ? "" : `\n/** The media types the spec's responses use, sent as Accept on every request and token request. */\nconst ACCEPT = ${q(plan.accept)};\n`;
  const tokenPaths = auth.tokenOperations.map((operation) => operation.path);
  const refreshPath = auth.kind === "oauth2" ? specPathOfEndpoint(auth.refresh) : undefined;

  return {
    hosts: `{ ${Object.entries(plan.hosts).map(([key, url]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : q(key)}: ${q(url)}`).join(", ")} }`,
    authImports: sortedImports.join(", "),
    authSummary: summary,
    optionFields: fields.join("\n"),
    credentials,
    acceptConst,
    authHeaders: plan.accept === undefined ? "" : "\n    headers: { accept: ACCEPT },",
    clientHeaders: plan.accept === undefined ? "" : "\n    headers: { accept: ACCEPT },",
    testCredentials: `{ ${Object.entries(auth.testCredentials).map(([key, value]) => `${key}: ${q(value)}`).join(", ")} }`,
    tokenPaths: `[${tokenPaths.map(q).join(", ")}]`,
    refreshTest:
      refreshPath === undefined || !tokenPaths.includes(refreshPath)
        ? ""
        : [
            "",
            `  it("refreshes the expired access token at ${refreshPath}", async () => {`,
            "    const { expiresAt, refreshToken } = await client.auth.getTokens();",
            "    expect(refreshToken).toBeDefined();",
            "    now = expiresAt + 1_000;",
            "    await client.auth.getAccessToken();",
            "    const last = contract.calls[contract.calls.length - 1];",
            `    expect(last === undefined ? undefined : \`\${last.method} \${new URL(last.url).pathname}\`).toBe(${q(`POST ${refreshPath}`)});`,
            "  });",
          ].join("\n"),
    exampleOptions: `{ ${Object.keys(auth.testCredentials).map((key) => `${key}: "…"`).join(", ")} }`,
  };
}

export interface ScaffoldResult {
  readonly created: readonly string[];
  readonly specCreated: boolean;
  readonly plan: ProviderPlan;
}

export async function scaffoldProvider(root: string, rawName: string | undefined): Promise<ScaffoldResult> {
  const name = validateProviderName(rawName);
  const packageDir = join(root, "packages", name);
  if (existsSync(packageDir)) {
    throw new ScaffoldError(`packages/${name} already exists; new-provider never overwrites a package. Choose another name, or delete packages/${name} first if it is a leftover.`);
  }
  const created: string[] = [];
  const write = async (relativePath: string, contents: string) => {
    await mkdir(dirname(join(root, relativePath)), { recursive: true });
    await writeFile(join(root, relativePath), contents, { flag: "wx" });
    created.push(relativePath);
  };
  const values: Record<string, string> = { name, Name: pascalCase(name), CONSTANT: name.toUpperCase().replace(/-/g, "_") };

  const specPath = specPathOf(name);
  const specCreated = !existsSync(join(root, specPath));
  if (specCreated) await write(specPath, render(await readFile(join(TEMPLATES_DIR, "spec.yaml.tmpl"), "utf8"), values));

  // Generate (and read the spec's security) before writing the package: a spec that cannot be
  // generated from, or whose auth cannot be derived, leaves no half-made package behind.
  const files = await generateProvider(root, name);
  const { document } = await loadSpec(join(root, specPath), specPath);
  const plan = deriveProviderPlan(document as unknown as Json, name);
  Object.assign(values, authTemplateValues(plan, name));

  for (const [template, target] of plannedFiles(name)) {
    await write(target, render(await readFile(join(TEMPLATES_DIR, template), "utf8"), values));
  }
  const changeset = `.changeset/${name}-initial.md`;
  if (!existsSync(join(root, changeset))) await write(changeset, render(await readFile(join(TEMPLATES_DIR, "changeset.md.tmpl"), "utf8"), values));

  await writeGenerated(root, generatedDirOf(name), files);
  created.push(...files.map((file) => file.path));
  return { created, specCreated, plan };
}

/** Runs `pnpm install` at the root so the workspace links the new package; reports whether the lockfile changed. */
function installWorkspace(root: string): { ok: boolean; lockfileChanged: boolean; detail: string } {
  const lockfile = join(root, "pnpm-lock.yaml");
  const before = existsSync(lockfile) ? readFileSync(lockfile, "utf8") : undefined;
  // --no-frozen-lockfile: the new package is not in the lockfile yet (and CI=true would freeze it).
  const result = spawnSync("pnpm", ["install", "--no-frozen-lockfile"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  const after = existsSync(lockfile) ? readFileSync(lockfile, "utf8") : undefined;
  const detail = result.error ? result.error.message : `exit code ${String(result.status)}`;
  return { ok: result.status === 0, lockfileChanged: before !== after, detail };
}

function describePlan(plan: ProviderPlan): string {
  const auth = plan.auth;
  if (auth.kind !== "oauth2") return auth.kind === "basic" ? `HTTP Basic (${auth.schemeName})` : `static bearer token (${auth.schemeName})`;
  const parts = [`OAuth2 ${auth.grant} grant (${auth.schemeName}) at ${endpointText(auth.token)}`];
  if (auth.refresh) parts.push(`refresh at ${endpointText(auth.refresh)}`);
  parts.push(auth.client === "none" ? "no client credentials" : `client credentials ${auth.client} (${auth.clientAuthentication})`);
  if (auth.scope) parts.push(`scope "${auth.scope}"`);
  if (auth.tokenOperations.length > 0) parts.push(`token operations ${auth.tokenOperations.map((op) => op.operationId).join(", ")}`);
  return parts.join("; ");
}

async function main(argv: readonly string[]): Promise<number> {
  let root = resolve(SCRIPTS_DIR, "..");
  let install = true;
  const names: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === "--root") root = resolve(argv[(index += 1)] ?? ".");
    else if (arg === "--no-install") install = false;
    else if (arg !== "--") names.push(arg);
  }
  let scaffolded = false;
  try {
    if (names.length > 1) throw new ScaffoldError(`new-provider takes one name, got ${names.length}: ${names.join(" ")}.`);
    const { created, specCreated, plan } = await scaffoldProvider(root, names[0]);
    scaffolded = true;
    const name = names[0]!;
    console.log([`Scaffolded @cloud-sdks/${name}:`, ...created.map((path) => `  ${path}`), "", `Auth (from ${specPathOf(name)}): ${describePlan(plan)}.`].join("\n"));
    const steps: string[] = [];
    if (install) {
      console.log("\nRunning pnpm install to link the new workspace package…");
      const installed = installWorkspace(root);
      if (!installed.ok) {
        console.error(`new-provider: the package was scaffolded and generated, but \`pnpm install\` failed (${installed.detail}). Fix that and run \`pnpm install\` yourself.`);
        return 1;
      }
      if (installed.lockfileChanged) console.log("\npnpm-lock.yaml changed (it now lists the new package): commit it together with the new files.");
    } else {
      steps.push("pnpm install (links the new workspace package and updates pnpm-lock.yaml; commit the lockfile)");
    }
    steps.push(
      specCreated ? `replace the starter operations in ${specPathOf(name)}, then \`pnpm lint:specs ${specPathOf(name)} && pnpm generate\`` : `pnpm lint:specs ${specPathOf(name)}`,
      `pnpm turbo run build typecheck lint test --filter=@cloud-sdks/${name}`,
      "commit the new files (and pnpm-lock.yaml)",
    );
    console.log(["", "Next:", ...steps.map((step, index) => `  ${index + 1}. ${step}`)].join("\n"));
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(`new-provider: ${error.message}`);
      return 1;
    }
    if (error instanceof SpecError) {
      console.error(`new-provider: ${scaffolded ? "the package was scaffolded, but generation failed" : "the package was not scaffolded: the spec cannot be generated from"}: ${error.message}`);
      return 1;
    }
    console.error(`new-provider: unexpected failure (${error instanceof Error ? error.message : String(error)}).`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
