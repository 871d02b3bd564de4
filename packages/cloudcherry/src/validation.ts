import type { ResponseSchemaLookup } from "@cloud-sdks/core";
import { responseSchemaFor } from "./generated/zod.js";

/**
 * The zod schema of one documented response. Imported lazily by the client when `validate` is on,
 * so the schemas stay out of bundles that never validate.
 */
export const lookupResponseSchema: ResponseSchemaLookup = (method, schemaPath, status) =>
  responseSchemaFor(`${method} ${schemaPath}`, status);
