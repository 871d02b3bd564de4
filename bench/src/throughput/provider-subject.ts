import type { Subject } from '../measure/compare.js';

/**
 * The CloudLX provider client on a warm token cache, or the reason it cannot be measured.
 * Imported lazily so the bench still runs (and says so) while the provider package is not built.
 */
export async function providerClientSubject(baseUrl: string): Promise<Subject | string> {
  void baseUrl;
  return '@cloud-sdks/cloudlx: not available yet (package has no built entry)';
}
