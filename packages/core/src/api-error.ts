import { CLIENT_ERROR_CODES, CloudSdksClientError } from "./errors.js";
import { requestIdOf } from "./request-id.js";
import { capped, scrubDeep, scrubText } from "./scrub.js";
import { secretsSentWith } from "./sent-secrets.js";

export interface ApiErrorDetails<TBody> {
  readonly provider: string;
  /** `METHOD /path/{template}` as the spec names it: never the filled-in URL or query string. */
  readonly operation: string;
  readonly status: number;
  readonly statusText: string;
  readonly body: TBody;
  readonly requestId: string | undefined;
}

// A message is read by people and loggers: long enough for any provider's sentence, never a dump.
const MAX_MESSAGE = 1_000;
const MAX_QUOTE = 200;
const MAX_REQUEST_ID = 100;

/**
 * A non-2xx answer from a provider API, with the body parsed as the spec documents it. Everything
 * the server said (body, status text, request id) is scrubbed of the credentials the request was
 * sent with and the client's own secrets, so logging the error never logs a live token.
 */
export class ApiError<TBody = unknown> extends CloudSdksClientError {
  readonly provider: string;
  readonly operation: string;
  readonly status: number;
  /** The parsed body, with every string scrubbed of credentials. */
  readonly body: TBody;
  readonly requestId: string | undefined;

  /** `secrets` are scrubbed from everything server-supplied; they are not kept on the error. */
  constructor(details: ApiErrorDetails<TBody>, secrets: readonly string[] = []) {
    const safe = scrubDetails(details, secrets);
    super(CLIENT_ERROR_CODES.apiError, describe(safe));
    this.provider = safe.provider;
    this.operation = safe.operation;
    this.status = safe.status;
    this.body = safe.body;
    this.requestId = safe.requestId;
  }

  /**
   * Reads and parses the body of `response` (JSON when it parses, else text, else undefined).
   * `secrets` defaults to what the provider client recorded for this response.
   */
  static async fromResponse(
    provider: string,
    operation: string,
    response: Response,
    secrets: readonly string[] = secretsSentWith(response),
  ): Promise<ApiError> {
    return new ApiError(await detailsFromResponse(provider, operation, response), secrets);
  }
}

function scrubDetails<TBody>(details: ApiErrorDetails<TBody>, secrets: readonly string[]): ApiErrorDetails<TBody> {
  return {
    provider: details.provider,
    operation: scrubText(details.operation, secrets),
    status: details.status,
    statusText: scrubText(details.statusText, secrets),
    body: scrubDeep(details.body, secrets) as TBody,
    requestId: details.requestId === undefined ? undefined : scrubText(details.requestId, secrets),
  };
}

/** What an ApiError (or a subclass) reports about `response`; its body is read from a clone. */
export async function detailsFromResponse(provider: string, operation: string, response: Response): Promise<ApiErrorDetails<unknown>> {
  const { status, statusText, headers } = response;
  return { provider, operation, status, statusText, body: await parseBody(response), requestId: requestIdOf(headers) };
}

/** JSON when it parses, else the text, else undefined (an empty body). */
async function parseBody(response: Response): Promise<unknown> {
  const text = await response.clone().text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(details: ApiErrorDetails<unknown>): string {
  const status = `${details.status}${details.statusText ? ` ${capped(details.statusText, MAX_QUOTE)}` : ""}`;
  const said = providerMessage(details.body);
  const id = details.requestId ? ` (request id ${capped(details.requestId, MAX_REQUEST_ID)})` : "";
  return capped(`@cloud-sdks/${details.provider}: ${details.operation} answered ${status}${said ? `: ${said}` : ""}${id}`, MAX_MESSAGE);
}

// Only the fields providers use for human-readable text; never the whole body, which may be large.
function providerMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  for (const key of ["message", "error_description", "error", "title", "detail"]) {
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === "string" && value.length > 0) return capped(value, MAX_QUOTE);
  }
  return undefined;
}
