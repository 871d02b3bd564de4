import { inject } from 'vitest';
import './vitest-context.js';

/** The Prism base URL for one spec, as started by the harness's vitest global setup. */
export function prismUrl(specName: string): string {
  const urls = inject('prismUrls') as Record<string, string> | undefined;
  if (urls === undefined) {
    throw new Error(
      'No Prism URLs were provided: add "@cloud-sdks/prism-harness/vitest-global-setup" to globalSetup in vitest.config.ts.',
    );
  }
  const url = urls[specName];
  if (url === undefined) {
    throw new Error(`No Prism mock for spec "${specName}"; started: ${Object.keys(urls).join(', ') || 'none'}.`);
  }
  return url;
}
