import { responseValidation, type ResponseValidation } from "@cloud-sdks/core";
import { responseSchemaFor } from "./generated/zod.js";

// A subpath of its own (`@cloud-sdks/cloudlx/validation`), imported by the user and never by the
// client entry, so a bundle that does not validate holds neither the schemas nor zod, whatever the bundler.
/** Pass as `validate` to `createCloudlxClient` to check each documented JSON response. */
export const cloudlxValidation: ResponseValidation = responseValidation("cloudlx", (method, schemaPath, status) =>
  responseSchemaFor(`${method} ${schemaPath}`, status),
);

export * from "./generated/zod.js";
