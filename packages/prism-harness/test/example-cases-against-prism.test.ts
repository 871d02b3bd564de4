import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCases, sendExampleCase, startPrism, type RunningPrism } from '../src/index.js';

const petstore = fileURLToPath(new URL('./fixtures/petstore-like.yaml', import.meta.url));
const broken = fileURLToPath(new URL('./fixtures/broken-contract.yaml', import.meta.url));

describe('example cases sent to Prism', () => {
  let prism: RunningPrism;
  beforeAll(async () => {
    prism = await startPrism({ specs: { petstore, broken } });
  });
  afterAll(() => prism.stop());

  it.each(exampleCases(petstore).map((c) => [c.title, c] as const))('petstore fixture: %s', async (_title, example) => {
    const response = await sendExampleCase(prism.urls['petstore'] ?? '', example);
    const text = await response.text();
    expect(response.headers.get('sl-violations'), text).toBeNull();
    expect(response.status).toBe(example.code);
    if (example.expected) expect(JSON.parse(text)).toEqual(example.expected.body);
  });

  it('the example that contradicts its schema comes back with a violation', async () => {
    const [example] = exampleCases(broken);
    expect(example?.exampleName).toBe('wrongType');
    const response = await sendExampleCase(prism.urls['broken'] ?? '', example!);
    expect(response.status).toBe(500);
    expect(response.headers.get('sl-violations')).toContain('Response body property count must be integer');
  });

  it('asking for the wrong example makes the body comparison fail', async () => {
    const cases = exampleCases(petstore).filter((c) => c.operationId === 'listPets' && c.code === 200);
    const [some, none] = cases;
    const response = await sendExampleCase(prism.urls['petstore'] ?? '', { ...some!, headers: none!.headers });
    expect(await response.json()).not.toEqual(some!.expected?.body);
  });
});
