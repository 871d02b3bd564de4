import { responseValidation, type ResponseValidation } from "@cloud-sdks/core";
import { responseSchemaFor } from "./generated/zod.js";

// A subpath of its own (`@cloud-sdks/cloudcherry/validation`), imported by the user and never by the
// client entry, so a bundle that does not validate holds neither the schemas nor zod, whatever the bundler.
/** Pass as `validate` to `createCloudcherryClient` to check each documented JSON response. */
export const cloudcherryValidation: ResponseValidation = responseValidation("cloudcherry", (method, schemaPath, status) =>
  responseSchemaFor(`${method} ${schemaPath}`, status),
);

export * from "./generated/zod.js";
