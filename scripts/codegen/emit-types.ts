import openapiTS, { astToString } from "openapi-typescript";
import { SpecError } from "./errors.js";
import type { LoadedSpec } from "./load-spec.js";

/**
 * `paths`, `components`, `operations` for openapi-fetch, plus `Schema<Name>` aliases (rootTypes)
 * so clients can name a component type without indexing. `enum: false` keeps unions of literals:
 * TS enums would add runtime code to a types-only file.
 */
export async function emitTypes(spec: LoadedSpec): Promise<string> {
  try {
    // A deep copy: openapi-typescript annotates the objects it is given.
    const ast = await openapiTS(structuredClone(spec.document) as unknown as Parameters<typeof openapiTS>[0], {
      silent: true,
      rootTypes: true,
      enum: false,
      // A field with a default is optional to send: openapi-typescript would otherwise make it
      // required in request bodies (createService demanded disable_auto_renew).
      defaultNonNullable: false,
    });
    return astToString(ast);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new SpecError(
      spec.displayPath,
      undefined,
      `could not be turned into TypeScript types by openapi-typescript (${reason}).`,
      `Run \`pnpm lint:specs ${spec.displayPath}\` for the exact location and fix what it reports.`,
    );
  }
}
