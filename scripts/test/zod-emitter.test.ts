import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { FIXTURES_DIR, makeTempRepo, responseExamples, runScript } from "./helpers.js";

type Schema = z.ZodMiniType;
interface ZodModule {
  readonly responseSchemas: Record<string, Record<string, Schema>>;
  responseSchemaFor(operationKey: string, status: number): Schema | undefined;
  readonly [name: string]: unknown;
}
interface OperationInfo {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly key: string;
  readonly tags: readonly string[];
  readonly security: "none" | "required";
}
interface OperationsModule {
  readonly operations: Record<string, OperationInfo>;
  matchOperation(method: string, pathname: string, basePath?: string): OperationInfo | undefined;
}

let repo: ReturnType<typeof makeTempRepo>;
const modules: Record<string, { zod: ZodModule; operations: OperationsModule }> = {};

beforeAll(async () => {
  repo = makeTempRepo(["petshop", "recursion"]);
  const result = runScript("codegen/cli.ts", ["--root", repo.root]);
  if (result.status !== 0) throw new Error(result.stderr);
  for (const provider of ["petshop", "recursion"]) {
    const dir = join(repo.root, "packages", provider, "src/generated");
    modules[provider] = {
      zod: (await import(join(dir, "zod.ts"))) as ZodModule,
      operations: (await import(join(dir, "operations.ts"))) as OperationsModule,
    };
  }
});
afterAll(() => repo.cleanup());

function petshop() {
  return modules["petshop"]!;
}
function schema(name: string): Schema {
  const found = petshop().zod[name];
  if (found === undefined) throw new Error(`zod.ts exports no ${name}`);
  return found as Schema;
}

const validPet = {
  id: "5b0a4b8e-2d4c-4b8f-9d0b-1f0d2f7c9a11",
  name: "Rex",
  kind: "dog",
  owner: { email: "ann@example.com", homepage: "https://ann.example.com" },
  createdAt: "2024-05-01T10:00:00+02:00",
  weight: null,
};

describe("generated zod schemas", () => {
  it.each(["petshop", "recursion"])("accept every response example of the %s fixture", (provider) => {
    const examples = responseExamples(join(FIXTURES_DIR, `${provider}.yaml`));
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const responseSchema = modules[provider]!.zod.responseSchemas[example.operationKey]?.[example.status];
      expect(responseSchema, `${example.operationKey} ${example.status}`).toBeDefined();
      const result = z.safeParse(responseSchema!, example.value);
      expect(result.success, `${example.operationKey} ${example.status} ${example.name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it("accept a valid pet and keep unknown fields", () => {
    const parsed = z.parse(schema("PetSchema"), { ...validPet, extra: 1 });
    expect(parsed).toMatchObject({ ...validPet, extra: 1 });
  });

  it.each([
    ["a missing required property", { ...validPet, id: undefined }],
    ["a malformed uuid", { ...validPet, id: "not-a-uuid" }],
    ["a value outside the enum", { ...validPet, kind: "fish" }],
    ["a string over maxLength", { ...validPet, name: "R".repeat(65) }],
    ["a string against its pattern", { ...validPet, name: "Rex2" }],
    ["a bad email", { ...validPet, owner: { email: "not-an-email" } }],
    ["an extra property where additionalProperties is false", { ...validPet, owner: { email: "a@b.co", age: 3 } }],
    ["a date-time without a zone", { ...validPet, createdAt: "2024-05-01 10:00" }],
    ["a number at an exclusive minimum", { ...validPet, weight: 0 }],
    ["a non-string map value", { ...validPet, attributes: { colour: 3 } }],
    ["null where the property is not nullable", { ...validPet, name: null }],
  ])("reject a pet with %s", (_label, instance) => {
    expect(z.safeParse(schema("PetSchema"), instance).success).toBe(false);
  });

  it("enforce integer bounds, const and array limits", () => {
    const token = schema("TokenSchema");
    expect(z.safeParse(token, { access_token: "a", token_type: "Bearer", expires_in: 3600 }).success).toBe(true);
    expect(z.safeParse(token, { access_token: "a", token_type: "Bearer", expires_in: 1.5 }).success).toBe(false);
    expect(z.safeParse(token, { access_token: "a", token_type: "Bearer", expires_in: -1 }).success).toBe(false);
    expect(z.safeParse(schema("ProblemSchema"), { success: true, message: "x" }).success).toBe(false);
    const list = schema("ListPetsResponse200Schema");
    expect(z.safeParse(list, { pets: Array.from({ length: 101 }, () => validPet) }).success).toBe(false);
  });

  it("validate recursive schemas all the way down", () => {
    const tree = schema("TreeNodeSchema");
    const deep = { label: "a", children: [{ label: "b", children: [{ label: "c", children: [] }] }] };
    expect(z.safeParse(tree, deep).success).toBe(true);
    const broken = { label: "a", children: [{ label: "b", children: [{ label: 3, children: [] }] }] };
    expect(z.safeParse(tree, broken).success).toBe(false);
    expect(z.safeParse(tree, { label: "a", children: [], result: { kind: "maybe" } }).success).toBe(false);
    const forest = modules["recursion"]!.zod["ForestSchema"] as Schema;
    expect(z.safeParse(forest, { oak: { acorn: {} } }).success).toBe(true);
    expect(z.safeParse(forest, { oak: { acorn: 1 } }).success).toBe(false);
    const folder = modules["recursion"]!.zod["FolderSchema"] as Schema;
    expect(z.safeParse(folder, { name: "r", files: [{ name: "f", parent: { name: "r", files: 3 } }] }).success).toBe(false);
  });

  it("find a response schema by exact status, then range, then default", () => {
    const { responseSchemaFor } = petshop().zod;
    expect(responseSchemaFor("GET /pets/{petId}", 200)).toBe(schema("PetSchema"));
    expect(responseSchemaFor("GET /pets/{petId}", 404)).toBe(schema("ProblemSchema"));
    expect(responseSchemaFor("GET /pets/{petId}", 500)).toBeUndefined();
    expect(responseSchemaFor("DELETE /pets/{petId}", 204)).toBeUndefined();
    expect(responseSchemaFor("GET /nowhere", 200)).toBeUndefined();
  });
});

describe("generated operation table", () => {
  it("lists every operation with its security", () => {
    const { operations } = petshop().operations;
    expect(Object.keys(operations)).toEqual(["createToken", "listPets", "createPet", "getPet", "deletePet", "searchPets"]);
    expect(operations["createToken"]).toEqual({
      operationId: "createToken",
      method: "POST",
      path: "/oauth/token",
      key: "POST /oauth/token",
      tags: ["auth"],
      security: "none",
      responses: { "200": ["application/json"], "400": ["application/json"] },
      pathParams: [],
      requiredQuery: [],
    });
    expect(operations["getPet"]?.security).toBe("required");
  });

  it("matches request paths to templates, literal segments first", () => {
    const { matchOperation } = petshop().operations;
    expect(matchOperation("get", "/pets/search")?.operationId).toBe("searchPets");
    expect(matchOperation("GET", "/pets/123")?.operationId).toBe("getPet");
    expect(matchOperation("DELETE", "/pets/123/")?.operationId).toBe("deletePet");
    expect(matchOperation("GET", "/v2/pets/123", "/v2/")?.operationId).toBe("getPet");
    expect(matchOperation("PUT", "/pets/123")).toBeUndefined();
    expect(matchOperation("GET", "/pets/123/toys")).toBeUndefined();
    expect(matchOperation("GET", "/pets/")?.operationId).toBe("listPets");
  });
});
