import { AUTH_NETWORK_ERROR, AUTH_RETRIES_EXHAUSTED, AUTH_TIMEOUT } from "@cloud-sdks/auth";
import { CLIENT_ERROR_CODES, CloudSdksClientError } from "./errors.js";

/** No HTTP answer came back (DNS, refused or dropped connection, TLS), after the transport's retries. */
export class ApiConnectionError extends CloudSdksClientError {
  readonly provider: string;
  readonly operation: string;

  constructor(provider: string, operation: string, cause: unknown) {
    super(
      CLIENT_ERROR_CODES.connection,
      `@cloud-sdks/${provider}: ${operation} got no answer (${describeCause(cause)}). Check the network and \`baseUrl\`; the request may or may not have reached the provider.`,
      { cause },
    );
    this.provider = provider;
    this.operation = operation;
  }
}

/** An attempt ran past its timeout (the client's `timeoutMs` or the call's `timeout`), after the transport's retries. */
export class ApiTimeoutError extends CloudSdksClientError {
  readonly provider: string;
  readonly operation: string;
  /** The per-attempt limit that ran out, when known. */
  readonly timeoutMs: number | undefined;

  constructor(provider: string, operation: string, timeoutMs: number | undefined, cause: unknown) {
    super(
      CLIENT_ERROR_CODES.timeout,
      `@cloud-sdks/${provider}: ${operation} timed out${timeoutMs === undefined ? "" : ` after ${timeoutMs} ms`}. Raise \`timeout\` for this call or \`timeoutMs\` for the client if the provider is just slow.`,
      { cause },
    );
    this.provider = provider;
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }
}

// Only the error's class and code: a network error's message can carry the URL with its query.
function describeCause(cause: unknown): string {
  const { code, name } = (cause ?? {}) as { code?: unknown; name?: unknown };
  return [name, code].filter((part) => typeof part === "string").join(" ") || typeof cause;
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/**
 * The auth layer's transport failures as ApiTimeoutError / ApiConnectionError (the original in
 * `cause`): a timeout, a network error it did not retry, or retries that ran out on one of those.
 * Undefined for anything else: an abort by the caller, an OAuthError, retries that ended on a
 * status, and a TypeError that is no network failure (a bug in a custom fetch, a body cut off
 * while read), which the auth layer passes on as it is.
 */
export function transportErrorOf(provider: string, operation: string, error: unknown): CloudSdksClientError | undefined {
  const code = codeOf(error);
  // The auth layer retries only network failures and timeouts; the last one is the cause.
  const last = code === AUTH_RETRIES_EXHAUSTED ? (error as { cause?: unknown }).cause : error;
  if (last === undefined) return undefined; // the retries ended on a status
  if (codeOf(last) === AUTH_TIMEOUT) return new ApiTimeoutError(provider, operation, (last as { timeoutMs?: number }).timeoutMs, error);
  if (code === AUTH_RETRIES_EXHAUSTED || code === AUTH_NETWORK_ERROR) return new ApiConnectionError(provider, operation, error);
  return undefined;
}

type Call = (path: string, init?: unknown) => Promise<unknown>;

/**
 * Rethrows the transport's failures as ApiConnectionError / ApiTimeoutError named by method and
 * schema path, around each of the client's methods rather than as a middleware: any registered
 * middleware makes openapi-fetch build per-call state (an id, a frozen options object)
 * for every request, ~0.7 µs a call, while this acts only on a failure. User middleware still sees
 * the raw error first: its onError runs inside the call.
 */
export function typeTransportErrors(client: object, provider: string): void {
  const methods = client as Record<string, Call> & { request: (method: string, path: string, init?: unknown) => Promise<unknown> };
  const typed = (error: unknown, method: string, path: string): never => {
    throw transportErrorOf(provider, `${method.toUpperCase()} ${path}`, error) ?? error;
  };
  // openapi-fetch's GET, POST, ...: every method named in capitals.
  for (const method of Object.keys(client).filter((name) => /^[A-Z]+$/.test(name))) {
    const call = methods[method]!;
    methods[method] = (path, init) => call(path, init).catch((error: unknown) => typed(error, method, path));
  }
  const { request } = methods;
  methods.request = (method, path, init) => request(method, path, init).catch((error: unknown) => typed(error, method, path));
}
