import { responseValidation, withResponseDocs, type ResponseValidation } from "@cloud-sdks/core";
import { toJSONSchema } from "zod/mini";
import { operations } from "./generated/operations.js";
import { responseSchemaFor } from "./generated/zod.js";

// A subpath of its own (`@cloud-sdks/cloudcherry/validation`), imported by the user and never by the
// client entry, so a bundle that does not validate holds neither the schemas nor zod, whatever the
// bundler. The operation table and JSON Schemas serve the record mode (`onResponseViolation`).
/** Pass as `validate` to `createCloudcherryClient` to check each documented JSON response. */
export const cloudcherryValidation: ResponseValidation = responseValidation(
  "cloudcherry",
  withResponseDocs(
    (method: string, schemaPath: string, status: number) => responseSchemaFor(`${method} ${schemaPath}`, status),
    operations,
    (schema) => toJSONSchema(schema, { unrepresentable: "any", io: "output" }),
  ),
);

export * from "./generated/zod.js";
