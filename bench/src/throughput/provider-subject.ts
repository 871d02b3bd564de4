import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Subject } from '../measure/compare.js';
import { CLIENT_ID, CLIENT_SECRET } from '../server/api-server.js';

const distEntry = fileURLToPath(new URL('../../../packages/cloudlx/dist/index.js', import.meta.url));

/** The slice of @cloud-sdks/cloudlx the bench uses; checked at run time, not trusted. */
interface CloudlxModule {
  createCloudlxClient(options: Record<string, unknown>): {
    GET(path: '/api/services', init?: unknown): Promise<{ data?: unknown }>;
  };
}

/**
 * The CloudLX provider client on a warm token cache, or the reason it cannot be measured.
 * Loaded from the built entry by path so the bench still runs (and says so) before it exists.
 */
export async function providerClientSubject(baseUrl: string): Promise<Subject | string> {
  if (!existsSync(distEntry)) return '@cloud-sdks/cloudlx: not measured, the package has no built entry (packages/cloudlx/dist/index.js)';
  const module = (await import(pathToFileURL(distEntry).href)) as Partial<CloudlxModule>;
  if (typeof module.createCloudlxClient !== 'function') return '@cloud-sdks/cloudlx: not measured, its entry exports no createCloudlxClient';
  const client = module.createCloudlxClient({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, baseUrl, validate: false });
  try {
    const warm = await client.GET('/api/services');
    if (warm.data === undefined) return '@cloud-sdks/cloudlx: not measured, the warm-up call against the bench server returned no data';
  } catch (error) {
    return `@cloud-sdks/cloudlx: not measured, the warm-up call failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  return {
    name: 'ours: @cloud-sdks/cloudlx, warm token',
    call: async () => (await client.GET('/api/services')).data !== undefined,
  };
}
