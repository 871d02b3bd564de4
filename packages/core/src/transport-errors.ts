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
 * The transport's timeout or network failure as ApiTimeoutError / ApiConnectionError (the original
 * in `cause`); undefined for anything else (an abort by the caller, an OAuthError, a bug).
 */
export function transportErrorOf(provider: string, operation: string, error: unknown): CloudSdksClientError | undefined {
  if (error instanceof CloudSdksClientError) return undefined;
  const last = codeOf(error) === AUTH_RETRIES_EXHAUSTED ? (error as { cause?: unknown }).cause : error;
  if (codeOf(error) === AUTH_RETRIES_EXHAUSTED && last === undefined) return undefined; // it ended on a status
  if (codeOf(last) === AUTH_TIMEOUT) return new ApiTimeoutError(provider, operation, (last as { timeoutMs?: number }).timeoutMs, error);
  // fetch reports every network failure as a TypeError (undici, browsers, Deno, Bun alike); the
  // transport wraps one it does not retry (a POST, or retries off) in its NetworkError.
  if (last instanceof TypeError || codeOf(last) === AUTH_NETWORK_ERROR) return new ApiConnectionError(provider, operation, error);
  return undefined;
}

type Call = (path: string, init?: unknown) => Promise<unknown>;

/**
 * Rethrows the transport's failures as ApiConnectionError / ApiTimeoutError named by method and
 * schema path, around each of the client's methods rather than as a middleware: any registered
 * middleware makes openapi-fetch build per-call state (an id, a frozen options object)
 * for every request, ~0.7 µs a call, while this acts only on a failure. It takes only the auth
 * layer's transport failures (timeout, network error, retries exhausted on one): a TypeError that
 * is not one (a body cut off while read, an invalid header or URL) is thrown as it is, not as a
 * connection error. User middleware still sees the raw error first: its onError runs inside the call.
 */
export function typeTransportErrors(client: object, provider: string): void {
  const methods = client as Record<string, Call> & { request: (method: string, path: string, init?: unknown) => Promise<unknown> };
  const typed = (error: unknown, method: string, path: string): never => {
    const code = codeOf(error);
    throw (typeof code === "string" && code.startsWith("AUTH_") ? transportErrorOf(provider, `${method.toUpperCase()} ${path}`, error) : undefined) ?? error;
  };
  // openapi-fetch's GET, POST, ...: every method named in capitals.
  for (const method of Object.keys(client).filter((name) => /^[A-Z]+$/.test(name))) {
    const call = methods[method]!;
    methods[method] = (path, init) => call(path, init).catch((error: unknown) => typed(error, method, path));
  }
  const { request } = methods;
  methods.request = (method, path, init) => request(method, path, init).catch((error: unknown) => typed(error, method, path));
}
