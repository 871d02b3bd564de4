// Issue 3: "Prism started with --errors on each spec serves every example of every operation without a
// violation". For each spec in specs/, each operation, status code, media type and named example, a
// valid request is built from the spec alone and sent with `Prefer: code=..., example=...`.
import {
  exampleCases,
  findSpecFiles,
  isJsonMediaType,
  responsesWithoutExamples,
  sendExampleCase,
  startPrism,
  type RunningPrism,
} from '@cloud-sdks/prism-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const specs = findSpecFiles();

let prism: RunningPrism;
beforeAll(async () => {
  prism = await startPrism({ specs, errors: true });
});
afterAll(() => prism?.stop());

it('finds the specs to check', () => {
  expect(Object.keys(specs).length).toBeGreaterThan(0);
});

describe.each(Object.entries(specs))('%s', (name, specPath) => {
  it('gives every response body an example for Prism to serve', () => {
    expect(responsesWithoutExamples(specPath)).toEqual([]);
  });

  it.each(exampleCases(specPath).map((example) => [example.title, example] as const))('%s', async (_title, example) => {
    expect(example.problem, 'the spec lacks what a valid request needs').toBeUndefined();
    const baseUrl = prism.urls[name];
    if (baseUrl === undefined) throw new Error(`Prism did not start a server for spec "${name}".`);
    const response = await sendExampleCase(baseUrl, example);
    const violations = response.headers.get('sl-violations');
    const text = await response.text();
    expect(violations, `Prism reported violations (body: ${text.slice(0, 500)})`).toBeNull();
    expect(response.status, text.slice(0, 500)).toBe(example.code);
    if (example.expected !== undefined) {
      expect(isJsonMediaType(response.headers.get('content-type') ?? '')).toBe(true);
      expect(JSON.parse(text)).toEqual(example.expected.body);
    }
  });
});
