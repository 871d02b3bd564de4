import { exampleCases, type ExampleCase } from './example-requests.js';

/** openapi-fetch's `client.request`, loosely typed: example cases carry filled-in URLs, not templates. */
export type ClientRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<{ response: Response; error?: unknown }>;

/**
 * The first documented 2xx example of every operation, except those at `skipPaths` (token
 * endpoints, which the client's own auth flow calls). Contract tests call each through the
 * client, so coverage grows with the spec.
 */
export function successCases(specPath: string, skipPaths: readonly string[] = []): ExampleCase[] {
  const seen = new Set<string>();
  return exampleCases(specPath).filter((c) => {
    if (c.code >= 300 || skipPaths.includes(c.pathTemplate) || seen.has(c.operationId)) return false;
    seen.add(c.operationId);
    return true;
  });
}

/** Sends one example case through an openapi-fetch client (its auth, middleware and fetch). */
export function sendThroughClient(request: unknown, example: ExampleCase): Promise<{ response: Response; error?: unknown }> {
  return (request as ClientRequest)(example.method.toLowerCase(), example.url, {
    ...(example.body === undefined ? {} : { body: JSON.parse(example.body) as unknown }),
    headers: { prefer: example.headers['Prefer'] ?? '' },
  });
}
