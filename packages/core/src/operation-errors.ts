import type { ErrorStatus, HttpMethod } from "openapi-typescript-helpers";
import type {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./api-error-classes.js";
import { ApiError } from "./api-error.js";

/** `"GET /api/answer/{id}"`: every operation of `Paths`, named as `ApiError.operation` names it. */
export type OperationKey<Paths> = {
  [Path in keyof Paths & string]: {
    [Method in keyof Paths[Path] & HttpMethod]: NonNullable<Paths[Path][Method]> extends never ? never : `${Uppercase<Method>} ${Path}`;
  }[keyof Paths[Path] & HttpMethod];
}[keyof Paths & string];

type OperationOf<Paths, Key> = Key extends `${infer Method} ${infer Path}`
  ? Path extends keyof Paths
    ? Lowercase<Method> extends keyof Paths[Path]
      ? NonNullable<Paths[Path][Lowercase<Method>]>
      : never
    : never
  : never;

type ResponsesOf<Op> = Op extends { responses: infer Responses } ? Responses : never;

/** The error statuses the spec documents for an operation (numeric ones; ranges and `default` are not a single status). */
export type DocumentedErrorStatus<Paths, Key> = keyof ResponsesOf<OperationOf<Paths, Key>> & ErrorStatus & number;

/** The documented JSON body of a response (undefined when it documents none). */
type BodyOf<Response> = Response extends { content: infer Content } ? Content[keyof Content] : undefined;

type FamilyOf<Status, Body> = Status extends 400
  ? BadRequestError<Body>
  : Status extends 401
    ? AuthenticationError<Body>
    : Status extends 403
      ? PermissionDeniedError<Body>
      : Status extends 404
        ? NotFoundError<Body>
        : Status extends 409
          ? ConflictError<Body>
          : Status extends 422
            ? UnprocessableEntityError<Body>
            : Status extends 429
              ? RateLimitError<Body>
              : Status extends 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 510 | 511
                ? InternalServerError<Body>
                : ApiError<Body>;

/** The error an operation throws for a documented status, its body typed from the spec. */
export type ApiErrorOf<Paths, Key, Status extends number> = FamilyOf<Status, BodyOf<ResponsesOf<OperationOf<Paths, Key>>[Status & keyof ResponsesOf<OperationOf<Paths, Key>>]>> & {
  readonly status: Status;
};

/**
 * Narrows a caught error to the ApiError of one operation and status, with the body the spec
 * documents for it: `if (client.isApiError(error, "GET /api/answer/{id}", 404)) error.body.message`.
 */
export type IsApiError<Paths> = <Key extends OperationKey<Paths>, Status extends DocumentedErrorStatus<Paths, Key>>(
  error: unknown,
  operation: Key,
  status: Status,
) => error is ApiErrorOf<Paths, Key, Status>;

export function isApiErrorOf(error: unknown, operation: string, status: number): boolean {
  return error instanceof ApiError && error.operation === operation && error.status === status;
}
