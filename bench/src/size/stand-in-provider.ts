// What a provider entry bundles while no provider client is built: the glue a provider writes
// (client-credentials auth bound to an openapi-fetch client through core) plus the error classes
// it re-exports. Replaced by packages/cloudlx/dist/index.js as soon as that exports a client.
import { clientCredentials, createAuth } from '@cloud-sdks/auth';
import { createProviderClient } from '@cloud-sdks/core';

export { OAuthError, RetriesExhaustedError, TimeoutError, TokenResponseError } from '@cloud-sdks/auth';
export { ApiError, ResponseValidationError } from '@cloud-sdks/core';

export interface StandInOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
}

export function createStandInClient(options: StandInOptions) {
  const baseUrl = options.baseUrl ?? 'https://api.cloudlx.example';
  const auth = createAuth({
    credentials: clientCredentials({ tokenUrl: `${baseUrl}/api/oauth2/access-token`, clientId: options.clientId, clientSecret: options.clientSecret }),
    apiBaseUrl: baseUrl,
    headers: { accept: 'application/vnd.cloudlx.v1+json' },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  return createProviderClient({ provider: 'cloudlx', baseUrl, fetch: auth.fetch });
}
