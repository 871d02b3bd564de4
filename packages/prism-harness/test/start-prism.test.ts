import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractViolationError, createContractFetch, startPrism, type RunningPrism } from '../src/index.js';

const petstore = fileURLToPath(new URL('./fixtures/petstore-like.yaml', import.meta.url));
const broken = fileURLToPath(new URL('./fixtures/broken-contract.yaml', import.meta.url));
const PET_ID = '0b8e7a5c-3f4d-4c1a-9a55-2f9f0c1d1e11';

function isListening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('startPrism', () => {
  let prism: RunningPrism;
  beforeAll(async () => {
    prism = await startPrism({ specs: { pets: petstore, broken } });
  });
  afterAll(() => prism.stop());

  it('serves each spec on its own 127.0.0.1 URL', async () => {
    expect(Object.keys(prism.urls).sort()).toEqual(['broken', 'pets']);
    expect(prism.urls['pets']).not.toEqual(prism.urls['broken']);
    for (const url of Object.values(prism.urls)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(prism.startupMs).toBeGreaterThan(0);

    const pet = await fetch(`${prism.urls['pets']}/pets/${PET_ID}`, { headers: { Authorization: 'Bearer test-token' } });
    expect(pet.status).toBe(200);
    expect(pet.headers.get('sl-violations')).toBeNull();
    expect(await pet.json()).toEqual({ id: PET_ID, name: 'Rex', status: 'sold' });

    // The broken spec has no security, so a bare request reaches its (contract-breaking) example.
    const other = await fetch(`${prism.urls['broken']}/broken`);
    expect(other.headers.get('sl-violations')).toContain('count');
  });

  it('answers 401 with a violation when the bearer is missing', async () => {
    const response = await fetch(`${prism.urls['pets']}/pets?limit=10`);
    expect(response.status).toBe(401);
    expect(response.headers.get('sl-violations')).toContain('security');
  });

  it('answers 422 naming the violation when the body breaks the schema', async () => {
    const response = await fetch(`${prism.urls['pets']}/pets`, {
      method: 'POST',
      headers: { Authorization: 'Bearer test-token', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 42 }),
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { validation: { location: string[]; message: string }[] };
    expect(problem.validation).toContainEqual(expect.objectContaining({ location: ['body', 'name'] }));
  });

  it('flags a response whose example contradicts its schema, and createContractFetch throws on it', async () => {
    const contract = createContractFetch();
    const error = await contract.fetch(`${prism.urls['broken']}/broken`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as Error).message).toContain('GET /broken');
    expect((error as Error).message).toContain('Response body property count must be integer');
    expect(contract.calls).toHaveLength(1);
    expect(contract.calls[0]?.responseHeaders['sl-violations']).toBeDefined();
  });

  it('createContractFetch records clean calls and lets them through', async () => {
    const contract = createContractFetch();
    const response = await contract.fetch(
      new Request(`${prism.urls['pets']}/pets/mine`, { headers: { Authorization: 'Bearer test-token' } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect(contract.calls).toEqual([
      expect.objectContaining({ method: 'GET', url: `${prism.urls['pets']}/pets/mine`, status: 200, violations: [] }),
    ]);
    expect(() => contract.assertNoViolations()).not.toThrow();
  });

  it('createContractFetch counts a Prism-made 422 (no header) as a violation', async () => {
    const contract = createContractFetch(fetch, { onViolation: 'record' });
    const response = await contract.fetch(`${prism.urls['pets']}/pets`, {
      method: 'POST',
      headers: { Authorization: 'Bearer test-token', 'Content-Type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(422);
    expect(contract.failures()).toHaveLength(1);
    expect(() => contract.assertNoViolations()).toThrow(/POST \/pets -> 422[\s\S]*name/);
  });

  it('keeps credentials out of its logs', async () => {
    await fetch(`${prism.urls['pets']}/pets`, {
      method: 'POST',
      headers: { Authorization: 'Bearer secret-bearer-value', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 7, password: 'secret-body-value' }),
    });
    const logs = prism.logs().join('\n');
    expect(logs).toContain('Request terminated with error');
    expect(logs).not.toContain('secret-bearer-value');
    expect(logs).not.toContain('secret-body-value');
  });
});

describe('stop()', () => {
  it('leaves nothing listening', async () => {
    const prism = await startPrism({ specs: { a: petstore, b: petstore } });
    const urls = Object.values(prism.urls);
    for (const url of urls) expect(await isListening(url)).toBe(true);
    await prism.stop();
    for (const url of urls) expect(await isListening(url)).toBe(false);
  });

  it('rejects a missing spec file with a clear error and starts nothing', async () => {
    await expect(startPrism({ specs: { pets: petstore, nope: '/does/not/exist.yaml' } })).rejects.toThrow(
      /Spec "nope" not found at \/does\/not\/exist\.yaml/,
    );
  });
});
