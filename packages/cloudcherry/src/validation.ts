import type { ResponseSchemaLookup } from "@cloud-sdks/core";
import { responseSchemaFor } from "./generated/zod.js";

// Imported lazily by the client when `validate` is on, so the zod schemas stay out of other bundles.
export const lookupResponseSchema: ResponseSchemaLookup = (method, schemaPath, status) =>
  responseSchemaFor(`${method} ${schemaPath}`, status);
