import { withResponseDocs, type ResponseSchemaLookup } from "@cloud-sdks/core";
import { toJSONSchema } from "zod/mini";
import { operations } from "./generated/operations.js";
import { responseSchemaFor } from "./generated/zod.js";

// Imported lazily by the client when `validate` (or `onResponseViolation`) is on, so the zod
// schemas stay out of other bundles. The operation table and JSON Schemas serve the record mode.
export const lookupResponseSchema: ResponseSchemaLookup = withResponseDocs(
  (method: string, schemaPath: string, status: number) => responseSchemaFor(`${method} ${schemaPath}`, status),
  operations,
  (schema) => toJSONSchema(schema, { unrepresentable: "any", io: "output" }),
);
