import { clientCredentials, createAuth } from '@cloud-sdks/auth';
import { createProviderClient } from '@cloud-sdks/core';
import createClient from 'openapi-fetch';
import { createClient as createHeyApiClient } from '../peers/generated/hey-api/client/index.js';
import { listServices } from '../peers/generated/hey-api/sdk.gen.js';
import type { paths } from '../peers/generated/cloudlx-paths.js';
import type { Subject } from '../measure/compare.js';
import { CLIENT_ID, CLIENT_SECRET, SERVICES_PATH, STATIC_TOKEN, TOKEN_PATH } from '../server/api-server.js';

export const ACCEPT = 'application/vnd.cloudlx.v1+json';
const staticHeaders = { authorization: `Bearer ${STATIC_TOKEN}`, accept: ACCEPT };

/** The limit: no client at all, one fetch with a static header and the body parsed. */
export function rawFetchSubject(baseUrl: string): Subject {
  const url = `${baseUrl}${SERVICES_PATH}`;
  return {
    name: 'raw fetch + static header',
    call: async () => {
      const response = await fetch(url, { headers: staticHeaders });
      await response.json();
      return response.ok;
    },
  };
}

/** What a user of openapi-fetch without our packages writes. */
export function openapiFetchSubject(baseUrl: string, name = 'openapi-fetch + static header'): Subject {
  const client = createClient<paths>({ baseUrl, headers: staticHeaders });
  return {
    name,
    call: async () => (await client.GET('/api/services')).data !== undefined,
  };
}

/** The peer generator's fetch client, configured the way its docs show for a bearer. */
export function heyApiSubject(baseUrl: string): Subject {
  const client = createHeyApiClient({ baseUrl, headers: staticHeaders });
  return {
    name: '@hey-api/openapi-ts fetch client + static header',
    call: async () => (await listServices({ client })).data !== undefined,
  };
}

/**
 * Our stack composed the way the provider packages compose it (auth + core over openapi-fetch),
 * with the token warmed. Used while a provider package is not built yet, and to show the glue cost.
 */
export async function composedSubject(baseUrl: string): Promise<Subject> {
  const auth = createAuth({
    credentials: clientCredentials({ tokenUrl: `${baseUrl}${TOKEN_PATH}`, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
    apiBaseUrl: baseUrl,
    headers: { accept: ACCEPT },
  });
  await auth.getAccessToken();
  const client = createProviderClient<paths>({ provider: 'cloudlx', baseUrl, fetch: auth.fetch });
  return {
    name: 'ours: auth + core (composed), warm token',
    call: async () => (await client.GET('/api/services')).data !== undefined,
  };
}
