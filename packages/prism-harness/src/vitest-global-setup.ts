import type { TestProject } from 'vitest/node';
import { findSpecFiles, SPECS_DIR } from './spec-files.js';
import { startPrism } from './start-prism.js';
import './vitest-context.js';

/**
 * Vitest globalSetup: one Prism mock per OpenAPI document in specs/, started once per test run and
 * stopped when it ends. Reference it from a vitest.config.ts as
 * `globalSetup: [fileURLToPath(import.meta.resolve('@cloud-sdks/prism-harness/vitest-global-setup'))]`
 * and read the URLs in tests with `inject('prismUrls')` or `prismUrl(name)` from "@cloud-sdks/prism-harness/vitest".
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const specs = findSpecFiles();
  if (Object.keys(specs).length === 0) {
    throw new Error(`No OpenAPI documents found in ${SPECS_DIR}; the contract tests need the specs there.`);
  }
  const prism = await startPrism({ specs });
  project.provide('prismUrls', prism.urls);
  return () => prism.stop();
}
