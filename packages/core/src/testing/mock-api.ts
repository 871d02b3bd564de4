import { http as mswHttp, type HttpHandler } from "msw";
import { createOpenApiHttp, type OpenApiHttpHandlers } from "openapi-msw";
import type { MockOperation, MockSpec } from "./mock-spec.js";
import { checkRequest, isJsonMedia, mediaEssence, vendorMediaType } from "./request-check.js";
import { answer, exampleForStatus, oauthErrorExample, successExample } from "./responses.js";
import { compileRoutes, matchRoute, type Route } from "./routes.js";
import { TokenLedger } from "./tokens.js";
import { describeViolations, SpecViolationError, type SpecViolation } from "./violation.js";

export interface MockApiOptions {
  /** Where the client under test sends requests; the spec's first server by default. */
  readonly baseUrl?: string;
  /**
   * The token request's credential fields the mock accepts (wire names, e.g. `client_id`,
   * `client_secret`, `username`, `password`); the spec's token request example by default.
   * Anything else gets the spec's documented error (`invalid_client`, `invalid_grant`).
   */
  readonly credentials?: Readonly<Record<string, string>>;
  /** Seconds an access token lives; the token response example's `expires_in` by default. */
  readonly tokenLifetime?: number;
  /** Milliseconds since the epoch; inject a fake clock to let tokens expire without waiting. */
  readonly now?: () => number;
}

/** A provider mocked from its spec, for MSW's `setupServer(...mock.handlers)` or `setupWorker(...)`. */
export interface MockApi<Paths extends object> {
  /** The token endpoints, every operation answering its spec example, and a catch-all for unknown routes. */
  readonly handlers: readonly HttpHandler[];
  /**
   * Typed per-operation overrides (openapi-msw): `server.use(mock.http.get("/path/{id}", ({ response }) =>
   * response(200).json({...})))`. Requests reaching an override are checked against the spec and
   * authenticated first, like the defaults.
   */
  readonly http: OpenApiHttpHandlers<Paths>;
  readonly baseUrl: string;
  /** Requests since the last `resetViolations()` that the provider would refuse. */
  readonly violations: readonly SpecViolation[];
  /** Throws a `SpecViolationError` listing every violation; call it in `afterEach`. */
  assertNoViolations(): void;
  resetViolations(): void;
  /** Every access token issued so far answers 401 from now on (the provider's documented body). */
  expireAccessTokens(): void;
  /** Every refresh token issued so far is refused with the documented `invalid_grant`. */
  expireRefreshTokens(): void;
  /** How many tokens the token (and refresh) endpoint issued. */
  readonly tokensIssued: number;
}

const CLIENT_FIELDS = /^client_/;
const NOT_CREDENTIALS = new Set(["grant_type", "scope", "refresh_token"]);

function pathnameOf(url: string): string {
  return new URL(url).pathname.replace(/\/$/, "");
}

function defaultCredentials(operation: MockOperation | undefined): Record<string, string> {
  const example = Object.values(operation?.requestBody?.content[0]?.examples ?? {})[0];
  if (typeof example !== "object" || example === null) return {};
  return Object.fromEntries(Object.entries(example).filter(([name, value]) => !NOT_CREDENTIALS.has(name) && typeof value === "string"));
}

function basicCredentials(request: Request): [string, string] | undefined {
  const match = /^Basic\s+(.+)$/i.exec(request.headers.get("authorization") ?? "");
  if (match === null) return undefined;
  const decoded = atob(match[1]!);
  const colon = decoded.indexOf(":");
  return colon < 0 ? undefined : [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
}

export function createMockApi<Paths extends object>(spec: MockSpec, options: MockApiOptions = {}): MockApi<Paths> {
  const baseUrl = (options.baseUrl ?? spec.servers[0] ?? "http://localhost").replace(/\/$/, "");
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, "");
  const routes = compileRoutes(spec.operations);
  const now = options.now ?? Date.now;
  const ledger = new TokenLedger(now, spec.oauth2?.refreshTokenLifetime);
  const violations: SpecViolation[] = [];
  const onServer = (url: string | undefined): MockOperation | undefined => {
    if (url === undefined) return undefined;
    const path = pathnameOf(url);
    return spec.operations.find((operation) => operation.method === "POST" && spec.servers.some((server) => pathnameOf(`${server.replace(/\/$/, "")}${operation.path}`) === path));
  };
  const tokenOperation = onServer(spec.oauth2?.tokenUrl);
  const refreshOperation = onServer(spec.oauth2?.refreshUrl);
  const credentials = options.credentials ?? defaultCredentials(tokenOperation);

  const violation = (operation: string, problems: readonly string[]): Response => {
    violations.push({ operation, problems });
    const message = `${operation} does not match ${spec.spec}: ${problems.join("; ")}`;
    return Response.json({ error: "request_does_not_match_spec", message }, { status: 400, headers: { "x-cloud-sdks-testing": "spec-violation" } });
  };

  const oauthError = (operation: MockOperation, code: string): Response =>
    answer(oauthErrorExample(operation, code) ?? { status: 400, mediaType: "application/json", value: { error: code } });

  const wrongCredentialFields = (form: Record<string, string>, request: Request, only?: RegExp): string[] => {
    const sent = { ...form };
    const basic = basicCredentials(request);
    if (basic !== undefined) [sent["client_id"], sent["client_secret"]] = basic;
    return Object.entries(credentials).filter(([name, value]) => (only === undefined || only.test(name)) && sent[name] !== value).map(([name]) => name);
  };

  const issue = (operation: MockOperation): Response => {
    const example = successExample(operation);
    const issued = ledger.issue((example.value ?? {}) as Record<string, unknown>, options.tokenLifetime);
    return answer({ ...example, value: issued.body }, { "cache-control": "no-store" });
  };

  const tokenAnswer = (operation: MockOperation, form: Record<string, string>, request: Request): Response => {
    if (form["grant_type"] !== spec.oauth2?.grantType) return oauthError(operation, "unsupported_grant_type");
    const wrong = wrongCredentialFields(form, request);
    if (wrong.length > 0) return oauthError(operation, wrong.some((name) => CLIENT_FIELDS.test(name)) ? "invalid_client" : "invalid_grant");
    return issue(operation);
  };

  const refreshAnswer = (operation: MockOperation, form: Record<string, string>, request: Request): Response => {
    if (form["grant_type"] !== "refresh_token") return oauthError(operation, "unsupported_grant_type");
    if (wrongCredentialFields(form, request, CLIENT_FIELDS).length > 0) return oauthError(operation, "invalid_client");
    if (ledger.refreshStatus(form["refresh_token"] ?? "") !== "valid") return oauthError(operation, "invalid_grant");
    return issue(operation);
  };

  /** The provider's own 401 for this operation, as the spec documents it. */
  const unauthorized = (operation: MockOperation): Response => answer(exampleForStatus(operation, 401) ?? { status: 401, mediaType: undefined, value: undefined });

  const authenticated = (operation: MockOperation, request: Request): boolean => {
    if (operation.security.length === 0 || operation.security.some((alternative) => alternative.length === 0)) return true;
    const authorization = request.headers.get("authorization") ?? "";
    return operation.security.some((alternative) =>
      alternative.every((kind) => {
        const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1];
        if (kind === "oauth2") return token !== undefined && ledger.accessStatus(token) === "valid";
        // A static bearer (HTTP bearer scheme): the one in `credentials.token`, or any when none is set.
        if (kind === "bearer") return token !== undefined && (credentials["token"] === undefined || token === credentials["token"]);
        if (kind === "basic") {
          const basic = basicCredentials(request);
          return basic !== undefined && basic[0] === credentials["username"] && basic[1] === credentials["password"];
        }
        return true;
      }),
    );
  };

  /** Spec check, then token endpoints, then authentication; undefined when the request may be answered. */
  const gate = async (operation: MockOperation, params: Record<string, string>, request: Request): Promise<Response | undefined> => {
    const checked = await checkRequest(spec, operation, params, request);
    const name = `${operation.method} ${operation.path}`;
    if (checked.problems.length > 0) return violation(name, checked.problems);
    const form = (checked.body ?? {}) as Record<string, string>;
    if (operation === tokenOperation) return tokenAnswer(operation, form, request);
    if (operation === refreshOperation) return refreshAnswer(operation, form, request);
    if (!authenticated(operation, request)) return unauthorized(operation);
    return undefined;
  };

  const relative = (url: string): string => {
    const pathname = new URL(url).pathname;
    return pathname.startsWith(basePath) ? pathname.slice(basePath.length) || "/" : pathname;
  };

  const catchAll = mswHttp.all(`${baseUrl}/*`, async ({ request }) => {
    const matched = matchRoute(routes, request.method, relative(request.url));
    if (matched === undefined) {
      const sameMethod = routes.filter((route) => route.pattern.test(relative(request.url))).map((route) => route.operation.method);
      const hint = sameMethod.length > 0 ? `the spec has ${sameMethod.join(", ")} for this path` : "no operation of the spec has this path";
      return violation(`${request.method} ${relative(request.url)}`, [hint]);
    }
    return (await gate(matched.route.operation, matched.params, request)) ?? answer(successExample(matched.route.operation));
  });

  const typed = createOpenApiHttp<Paths>({ baseUrl });
  const override = <Method extends "get" | "put" | "post" | "delete" | "options" | "head" | "patch">(method: Method) =>
    ((path: string, resolver: (info: unknown) => unknown, handlerOptions?: unknown) => {
      const route = routes.find((candidate: Route) => candidate.operation.method === method.toUpperCase() && candidate.operation.path === path);
      if (route === undefined) throw new TypeError(`@cloud-sdks/${spec.provider}/testing: ${method.toUpperCase()} ${path} is not an operation of ${spec.spec}.`);
      const wrapped = async (info: { request: Request; params: Record<string, string> }) =>
        (await gate(route.operation, info.params, info.request)) ?? withDocumentedMediaType(route.operation, (await resolver(info)) as Response | undefined);
      return (typed[method] as (p: string, r: unknown, o?: unknown) => HttpHandler)(path, wrapped, handlerOptions);
    }) as unknown as OpenApiHttpHandlers<Paths>[Method];

  return {
    handlers: [catchAll],
    http: {
      get: override("get"),
      put: override("put"),
      post: override("post"),
      delete: override("delete"),
      options: override("options"),
      head: override("head"),
      patch: override("patch"),
      untyped: typed.untyped,
    },
    baseUrl,
    violations,
    assertNoViolations() {
      if (violations.length > 0) throw new SpecViolationError(spec.provider, spec.spec, [...violations]);
    },
    resetViolations() {
      violations.length = 0;
    },
    expireAccessTokens: () => ledger.expireAccessTokens(),
    expireRefreshTokens: () => ledger.expireRefreshTokens(),
    get tokensIssued() {
      return ledger.issuedCount;
    },
  };
}

/** openapi-msw's `json()` always says application/json; a versioned provider answers with its vendor type. */
function withDocumentedMediaType(operation: MockOperation, response: Response | undefined): Response | undefined {
  const vendor = vendorMediaType(operation);
  if (response === undefined || vendor === undefined) return response;
  const type = response.headers.get("content-type");
  if (type === null || !isJsonMedia(type) || mediaEssence(type) === vendor) return response;
  const headers = new Headers(response.headers);
  headers.set("content-type", vendor);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export { describeViolations };
