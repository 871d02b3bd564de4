import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleCases, responsesWithoutExamples } from '../src/index.js';

const petstore = fileURLToPath(new URL('./fixtures/petstore-like.yaml', import.meta.url));
const PET_ID = '0b8e7a5c-3f4d-4c1a-9a55-2f9f0c1d1e11';

describe('exampleCases', () => {
  const cases = exampleCases(petstore);
  const find = (operationId: string, code: number, exampleName?: string) =>
    cases.find((c) => c.operationId === operationId && c.code === code && c.exampleName === exampleName);

  it('makes one case per operation, code, media type and named example', () => {
    expect(cases.map((c) => `${c.operationId} ${c.code} ${c.exampleName ?? '-'}`)).toEqual([
      'getToken 200 issued',
      'getToken 400 invalidGrant',
      'getToken 400 unsupportedGrantType',
      'listPets 200 some',
      'listPets 200 none',
      'listPets 401 deniedAuthorization',
      'createPet 201 rex',
      'createPet 401 deniedAuthorization',
      'getPet 200 -',
      'getPet 404 notFound',
      'deletePet 204 -',
      'deletePet 401 deniedAuthorization',
      'listMyPets 200 none',
    ]);
    expect(cases.every((c) => c.problem === undefined)).toBe(true);
  });

  it('sends the token request form-encoded and without credentials', () => {
    const token = find('getToken', 400, 'invalidGrant');
    expect(token?.headers).toEqual({
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      Prefer: 'code=400, example=invalidGrant',
    });
    expect(token?.body).toBe('grant_type=password&username=alice%40example.com&password=not-a-real-password&scope=api');
    expect(token?.expected).toEqual({ body: { error: 'invalid_grant' } });
  });

  it('fills path and query parameters from their examples and sends the bearer', () => {
    expect(find('listPets', 200, 'some')?.url).toBe('/pets?limit=10');
    expect(find('listPets', 200, 'some')?.headers['Accept']).toBe('application/vnd.petstore.v1+json');
    const pet = find('getPet', 200);
    expect(pet?.url).toBe(`/pets/${PET_ID}`);
    expect(pet?.headers['Authorization']).toBe('Bearer test-token');
    expect(pet?.headers['Prefer']).toBe('code=200');
  });

  it('sends JSON bodies from the body example and resolves $ref examples', () => {
    const create = find('createPet', 201, 'rex');
    expect(create?.headers['Content-Type']).toBe('application/json');
    expect(create?.body).toBe('{"name":"Rex"}');
    expect(create?.expected).toEqual({ body: { id: PET_ID, name: 'Rex', status: 'available' } });
  });

  it('has nothing to compare for a response without a body', () => {
    const deleted = find('deletePet', 204);
    expect(deleted?.mediaType).toBeUndefined();
    expect(deleted?.expected).toBeUndefined();
    expect(deleted?.headers['Accept']).toBeUndefined();
  });
});

describe('responsesWithoutExamples', () => {
  it('is empty for a spec whose every body has an example', () => {
    expect(responsesWithoutExamples(petstore)).toEqual([]);
  });
});
