export type GrantType = 'client_credentials' | 'password' | 'refresh_token';

export interface OAuthClientConfig {
  id: string;
  secret: string;
  /** Grants this client may use; any other known grant answers `unauthorized_client`. */
  grants: readonly GrantType[];
  /** Scopes this client may ask for; overrides the server-wide `scopes`. */
  scopes?: readonly string[];
  /** Seconds; overrides the server-wide lifetime for this client only. */
  accessTokenLifetime?: number;
}

export interface OAuthUserConfig {
  username: string;
  /** A password, or an API key used as the password of a password grant. */
  password: string;
}

export interface OAuthServerOptions {
  clients: readonly OAuthClientConfig[];
  users?: readonly OAuthUserConfig[];
  /** Seconds. Default 3600. Use 1–2 for expiry tests on real time. */
  accessTokenLifetime?: number;
  /** Seconds. Default 604800 (7 days, as CloudLX states). */
  refreshTokenLifetime?: number;
  /**
   * Default true: every refresh revokes the refresh token it used and issues a new one, so a reused
   * (rotated) token answers `invalid_grant`. False: the refresh response carries no `refresh_token`
   * and the old one stays valid.
   */
  rotateRefreshTokens?: boolean;
  /**
   * Only without rotation: repeat the presented `refresh_token` in the refresh response (as some
   * servers do) instead of leaving it out. Default false.
   */
  repeatRefreshToken?: boolean;
  /** Scopes any client may ask for (unless the client lists its own). Absent: any scope is granted. */
  scopes?: readonly string[];
  /** Default true. False lets a public client refresh with only `client_id`. */
  requireClientSecretForRefresh?: boolean;
  /** Default `/oauth/token`. */
  tokenPath?: string;
  /**
   * A second, refresh-only endpoint (CloudLX: `/api/oauth2/refresh-token`). It accepts only
   * `grant_type=refresh_token` and wants `client_id` and `client_secret` in the form body.
   */
  refreshPath?: string;
  /** Default `/api/resource`; sub-paths are served too. */
  resourcePath?: string;
  /** CloudLX also hands out a refresh token with `client_credentials`. Default false (RFC 6749 §4.4.3). */
  clientCredentialsRefreshToken?: boolean;
  /** `jwt` issues HS256 JWTs carrying `exp`, for clients that read expiry from the token. Default `opaque`. */
  accessTokenFormat?: 'opaque' | 'jwt';
  /** Leave `expires_in` out of token responses (the client must fall back to JWT `exp` or a default). */
  omitExpiresIn?: boolean;
  /** Extra fields merged into every successful token response (e.g. `refresh_token_expires_in`). */
  extraTokenFields?: Record<string, unknown>;
}

export const DEFAULT_TOKEN_PATH = '/oauth/token';
export const DEFAULT_RESOURCE_PATH = '/api/resource';
export const DEFAULT_ACCESS_TOKEN_LIFETIME = 3600;
export const DEFAULT_REFRESH_TOKEN_LIFETIME = 604_800;
