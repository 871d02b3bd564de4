import { CLIENT_ERROR_CODES, CloudSdksClientError } from "./errors.js";
import { requestIdOf } from "./request-id.js";

export interface ApiErrorDetails<TBody> {
  readonly provider: string;
  /** `METHOD /path/{template}` as the spec names it: never the filled-in URL or query string. */
  readonly operation: string;
  readonly status: number;
  readonly statusText: string;
  readonly body: TBody;
  readonly requestId: string | undefined;
}

/** A non-2xx answer from a provider API, with the body parsed as the spec documents it. */
export class ApiError<TBody = unknown> extends CloudSdksClientError {
  readonly provider: string;
  readonly operation: string;
  readonly status: number;
  readonly body: TBody;
  readonly requestId: string | undefined;

  constructor(details: ApiErrorDetails<TBody>) {
    super(CLIENT_ERROR_CODES.apiError, describe(details));
    this.provider = details.provider;
    this.operation = details.operation;
    this.status = details.status;
    this.body = details.body;
    this.requestId = details.requestId;
  }

  /** Reads and parses the body of `response` (JSON when it parses, else text, else undefined). */
  static async fromResponse(
    provider: string,
    operation: string,
    response: Response,
  ): Promise<ApiError> {
    return new ApiError({
      provider,
      operation,
      status: response.status,
      statusText: response.statusText,
      body: await parseBody(response),
      requestId: requestIdOf(response.headers),
    });
  }
}

/** JSON when it parses, else the text, else undefined (an empty body). */
export async function parseBody(response: Response): Promise<unknown> {
  const text = await response.clone().text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(details: ApiErrorDetails<unknown>): string {
  const status = `${details.status}${details.statusText ? ` ${details.statusText}` : ""}`;
  const said = providerMessage(details.body);
  const id = details.requestId ? ` (request id ${details.requestId})` : "";
  return `@cloud-sdks/${details.provider}: ${details.operation} answered ${status}${said ? `: ${said}` : ""}${id}`;
}

// Only the fields providers use for human-readable text; never the whole body, which may be large.
function providerMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  for (const key of ["message", "error_description", "error", "title", "detail"]) {
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === "string" && value.length > 0) return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  }
  return undefined;
}
