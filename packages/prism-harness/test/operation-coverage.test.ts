import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertEveryOperationCalled, findUncalledOperations, listOperations, UncoveredOperationsError } from '../src/index.js';

const petstore = fileURLToPath(new URL('./fixtures/petstore-like.yaml', import.meta.url));
const base = 'http://127.0.0.1:4010';
const PET = `${base}/pets/0b8e7a5c-3f4d-4c1a-9a55-2f9f0c1d1e11`;

describe('listOperations', () => {
  it('lists every operation with its method and path template', () => {
    expect(listOperations(petstore)).toEqual([
      { operationId: 'getToken', method: 'POST', path: '/oauth/token' },
      { operationId: 'listPets', method: 'GET', path: '/pets' },
      { operationId: 'createPet', method: 'POST', path: '/pets' },
      { operationId: 'getPet', method: 'GET', path: '/pets/{petId}' },
      { operationId: 'deletePet', method: 'DELETE', path: '/pets/{petId}' },
      { operationId: 'listMyPets', method: 'GET', path: '/pets/mine' },
    ]);
  });
});

describe('assertEveryOperationCalled', () => {
  const allCalls = [
    { method: 'POST', url: `${base}/oauth/token` },
    { method: 'GET', url: `${base}/pets?limit=10` },
    { method: 'POST', url: `${base}/pets` },
    { method: 'GET', url: PET },
    { method: 'DELETE', url: PET },
    { method: 'GET', url: `${base}/pets/mine` },
  ];

  it('passes when every operation was called', () => {
    expect(() => assertEveryOperationCalled(petstore, allCalls)).not.toThrow();
  });

  it('fails naming each operation no call matched', () => {
    const calls = allCalls.filter((call) => call.method !== 'DELETE' && !call.url.endsWith('/oauth/token'));
    let thrown: unknown;
    try {
      assertEveryOperationCalled(petstore, calls);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UncoveredOperationsError);
    expect((thrown as Error).message).toContain('getToken (POST /oauth/token)');
    expect((thrown as Error).message).toContain('deletePet (DELETE /pets/{petId})');
    expect((thrown as UncoveredOperationsError).uncovered.map((op) => op.operationId)).toEqual(['getToken', 'deletePet']);
  });

  it('matches the most literal template, so /pets/mine does not count as getPet', () => {
    const uncalled = findUncalledOperations(petstore, [{ method: 'GET', url: `${base}/pets/mine` }]);
    expect(uncalled.map((op) => op.operationId)).toContain('getPet');
    expect(uncalled.map((op) => op.operationId)).not.toContain('listMyPets');
  });

  it('requires the method to match too', () => {
    const uncalled = findUncalledOperations(petstore, [{ method: 'PUT', url: PET }]);
    expect(uncalled.map((op) => op.operationId)).toContain('getPet');
    expect(uncalled.map((op) => op.operationId)).toContain('deletePet');
  });

  it('strips a base path when told to', () => {
    const calls = allCalls.map((call) => ({ ...call, url: call.url.replace(base, `${base}/v1`) }));
    expect(() => assertEveryOperationCalled(petstore, calls, { basePath: '/v1' })).not.toThrow();
    expect(findUncalledOperations(petstore, calls)).toHaveLength(6);
  });
});
