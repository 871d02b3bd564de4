export interface OAuthServerStats {
  /** Every request that reached the token or refresh endpoint. */
  tokenRequests: number;
  tokenSuccesses: number;
  tokenFailures: number;
  /** Keyed by the `grant_type` sent (`(none)` when absent). */
  byGrant: Record<string, { succeeded: number; failed: number }>;
  /** Keyed by the OAuth `error` code answered (`invalid_grant`, ...). */
  byError: Record<string, number>;
  /**
   * Token requests by how the client authenticated: `client_secret_basic` (an HTTP Basic
   * `Authorization` header), `client_secret_post` (`client_secret` in the form body), both joined
   * by `+`, or `none`.
   */
  byClientAuthentication: Record<string, number>;
  /** Requests that went to the separate refresh endpoint (also counted in `tokenRequests`). */
  refreshEndpointRequests: number;
  /** Refresh requests that presented a refresh token this server had already rotated or revoked. */
  reusedRefreshTokens: number;
  resourceRequests: number;
  resourceSucceeded: number;
  /** 401 from the resource: missing, unknown, expired or revoked bearer. */
  resourceUnauthorized: number;
  /** Any other failure of the resource (400 malformed header, ...). */
  resourceFailed: number;
}

export function emptyStats(): OAuthServerStats {
  return {
    tokenRequests: 0,
    tokenSuccesses: 0,
    tokenFailures: 0,
    byGrant: {},
    byError: {},
    byClientAuthentication: {},
    refreshEndpointRequests: 0,
    reusedRefreshTokens: 0,
    resourceRequests: 0,
    resourceSucceeded: 0,
    resourceUnauthorized: 0,
    resourceFailed: 0,
  };
}

export function countTokenOutcome(stats: OAuthServerStats, grantType: string, error: string | undefined): void {
  const bucket = (stats.byGrant[grantType] ??= { succeeded: 0, failed: 0 });
  if (error === undefined) {
    stats.tokenSuccesses++;
    bucket.succeeded++;
  } else {
    stats.tokenFailures++;
    bucket.failed++;
    stats.byError[error] = (stats.byError[error] ?? 0) + 1;
  }
}

/** How a token request authenticated its client, as counted in `byClientAuthentication`. */
export function clientAuthenticationOf(authorization: string | undefined, form: Record<string, string>): string {
  const methods = [
    ...(/^basic\s/i.test(authorization ?? '') ? ['client_secret_basic'] : []),
    ...(form['client_secret'] !== undefined ? ['client_secret_post'] : []),
  ];
  return methods.length > 0 ? methods.join('+') : 'none';
}
