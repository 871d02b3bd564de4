/** The slice of OpenAPI 3.x the generator reads; everything else passes through untyped. */
export type JsonSchema = boolean | { readonly [key: string]: unknown };

export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: Record<string, unknown>;
  readonly paths: Record<string, unknown>;
  readonly components?: Record<string, unknown>;
  readonly security?: unknown;
  readonly [key: string]: unknown;
}

/** Order in which operations of one path are listed everywhere, so output never depends on YAML key order within a path. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
