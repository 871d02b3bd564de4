/**
 * What `scripts/codegen/emit-testing.ts` writes to `src/generated/testing.ts` of each provider:
 * the spec reduced to what the testing kit needs. Schemas are JSON Schema 2020-12 with component
 * references as `#/$defs/<Name>`.
 */
export interface MockSpec {
  readonly provider: string;
  /** `specs/<provider>.yaml`, named in violation messages. */
  readonly spec: string;
  readonly servers: readonly string[];
  readonly oauth2?: MockOAuth2;
  readonly operations: readonly MockOperation[];
  readonly defs: Readonly<Record<string, unknown>>;
}

export interface MockOAuth2 {
  readonly grantType: "client_credentials" | "password";
  readonly tokenUrl: string;
  readonly refreshUrl?: string;
  /** Seconds, from `x-refresh-token-lifetime`. */
  readonly refreshTokenLifetime?: number;
  /** `x-client-authentication` of the token operation (RFC 7591 names), e.g. `client_secret_basic`. */
  readonly clientAuthentication: readonly string[];
}

export interface MockParameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly schema: unknown;
}

export interface MockContent {
  readonly mediaType: string;
  readonly schema?: unknown;
  /** Example values by name, in spec order. */
  readonly examples: Readonly<Record<string, unknown>>;
}

export interface MockResponse {
  /** `200`, `4XX` or `default`. */
  readonly status: string;
  readonly content: readonly MockContent[];
}

export interface MockOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** Alternatives; each lists the scheme kinds it needs (`oauth2`: a token the kit issued; `bearer`, `basic`). `[]` or `[[]]`: public. */
  readonly security: readonly (readonly string[])[];
  readonly parameters: readonly MockParameter[];
  readonly requestBody?: { readonly required: boolean; readonly content: readonly MockContent[] };
  readonly responses: readonly MockResponse[];
}
