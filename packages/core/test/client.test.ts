import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod/mini";
import {
  ApiError,
  ClientConfigError,
  createProviderClient,
  jsonPathOf,
  lookupFromTable,
  MissingEnvError,
  NotFoundError,
  readEnv,
  responseValidation,
  ResponseValidationError,
  unwrap,
} from "../src/index.js";

interface Paths {
  "/api/services/{id}": {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Record<string, unknown>; content: { "application/json": { id: string; vlan: number } } };
        404: { headers: Record<string, unknown>; content: { "application/json": { message: string } } };
      };
    };
    put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
}

const service = z.object({ id: z.string(), vlan: z.number().check(z.maximum(4098)) });
const demoValidation = responseValidation("demo", lookupFromTable({ "GET /api/services/{id}": { "200": service } }));

function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const seen: Request[] = [];
  const fetch = async (request: Request) => {
    seen.push(request);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
  };
  return { fetch, seen };
}

describe("createProviderClient", () => {
  it("returns openapi-fetch results through the given fetch", async () => {
    const { fetch, seen } = answering(200, { id: "a", vlan: 10 });
    const client = createProviderClient<Paths>({ provider: "demo", baseUrl: "https://api.example.test", fetch });
    const { data } = await client.GET("/api/services/{id}", { params: { path: { id: "a" } } });
    expect(data).toEqual({ id: "a", vlan: 10 });
    expect(seen[0]?.url).toBe("https://api.example.test/api/services/a");
  });

  it("throws ResponseValidationError naming the JSON path when validate is on", async () => {
    const { fetch } = answering(200, { id: "a", vlan: 5000 });
    const client = createProviderClient<Paths>({
      provider: "demo",
      baseUrl: "https://api.example.test",
      fetch,
      validate: demoValidation,
    });
    const failure = await client.GET("/api/services/{id}", { params: { path: { id: "a" } } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ResponseValidationError);
    const error = failure as ResponseValidationError;
    expect(error.code).toBe("CLIENT_RESPONSE_INVALID");
    expect(error.issues[0]?.path).toBe("$.vlan");
    expect(error.message).toContain("GET /api/services/{id} answered 200");
    expect(error.message).toContain("$.vlan");
  });

  it("accepts a valid body when validate is on", async () => {
    const { fetch } = answering(200, { id: "a", vlan: 7 });
    const client = createProviderClient<Paths>({ provider: "demo", baseUrl: "https://api.example.test", fetch, validate: demoValidation });
    const { data } = await client.GET("/api/services/{id}", { params: { path: { id: "a" } } });
    expect(data?.vlan).toBe(7);
  });

  it.each([
    ["true (the option before the schemas became an import)", true],
    ["another provider's schemas", { ...demoValidation, provider: "other" }],
  ])("refuses validate: %s, naming the import to use", (_name, validate) => {
    const { fetch } = answering(200, {});
    const create = () => createProviderClient<Paths>({ provider: "demo", baseUrl: "https://x.test", fetch, validate: validate as never });
    expect(create).toThrow(ClientConfigError);
    expect(create).toThrow('@cloud-sdks/demo: option `validate` takes the response schemas: import { demoValidation } from "@cloud-sdks/demo/validation"');
  });

  it("throws ApiError with status, parsed body and request id when throwOnError is on", async () => {
    const { fetch } = answering(404, { message: "Service not found" }, { "x-request-id": "req-42" });
    const client = createProviderClient<Paths>({ provider: "demo", baseUrl: "https://x.test", fetch, throwOnError: true });
    const error = await client.GET("/api/services/{id}", { params: { path: { id: "b" } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      code: "CLIENT_NOT_FOUND",
      status: 404,
      body: { message: "Service not found" },
      requestId: "req-42",
      operation: "GET /api/services/{id}",
    });
    expect((error as Error).message).toBe(
      "@cloud-sdks/demo: GET /api/services/{id} answered 404: Service not found (request id req-42)",
    );
  });

  it("returns the typed error result when throwOnError is off, and unwrap turns it into ApiError", async () => {
    const { fetch } = answering(404, { message: "gone" });
    const client = createProviderClient<Paths>({ provider: "demo", baseUrl: "https://x.test", fetch });
    const result = await client.GET("/api/services/{id}", { params: { path: { id: "b" } } });
    expect(result.error).toEqual({ message: "gone" });
    await expect(unwrap(result, "demo")).rejects.toMatchObject({ status: 404, body: { message: "gone" } });
  });

  it("unwrap returns data on success", async () => {
    const { fetch } = answering(200, { id: "c", vlan: 1 });
    const client = createProviderClient<Paths>({ provider: "demo", baseUrl: "https://x.test", fetch });
    const data = await unwrap(client.GET("/api/services/{id}", { params: { path: { id: "c" } } }));
    expect(data.id).toBe("c");
  });
});

describe("jsonPathOf", () => {
  it("renders indexes, identifiers and odd keys", () => {
    expect(jsonPathOf(["services", 0, "vlan"])).toBe("$.services[0].vlan");
    expect(jsonPathOf([{ key: ".expires" }])).toBe('$[".expires"]');
    expect(jsonPathOf(undefined)).toBe("$");
  });
});

describe("readEnv", () => {
  it("names every missing variable and never a value", () => {
    const env = { DEMO_ID: "id-1", DEMO_SECRET: "", OTHER: "s3cr3t" };
    const error = (() => {
      try {
        readEnv("demo", { required: ["DEMO_ID", "DEMO_SECRET", "DEMO_USER"] }, env);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(MissingEnvError);
    expect((error as MissingEnvError).variables).toEqual(["DEMO_SECRET", "DEMO_USER"]);
    expect((error as Error).message).toBe("@cloud-sdks/demo: set DEMO_SECRET, DEMO_USER in the environment.");
    expect(JSON.stringify(error)).not.toContain("id-1");
  });

  it("returns required and present optional variables", () => {
    const values = readEnv("demo", { required: ["A"], optional: ["B", "C"] }, { A: "1", B: "2" });
    expect(values).toEqual({ A: "1", B: "2" });
  });
});

describe("unwrap types", () => {
  it("drops undefined even when the operation documents no error body", () => {
    type Result =
      | { data: { id: string }[]; error?: never; response: Response }
      | { data?: never; error: never; response: Response };
    expectTypeOf<Awaited<ReturnType<typeof unwrap<Result>>>>().toEqualTypeOf<{ id: string }[]>();
  });
});
