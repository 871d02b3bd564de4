import type { LoadedSpec } from "./load-spec.js";
import { pagingModels, type PagingModel } from "./pagination-model.js";

function indexed(base: string, segments: readonly string[]): string {
  // NonNullable at each step: an optional property would otherwise add undefined to the item type.
  return segments.reduce((type, segment) => `NonNullable<${type}[${JSON.stringify(segment)}]>`, base);
}

function itemType(model: PagingModel): string {
  const body = `paths[${JSON.stringify(model.path)}][${JSON.stringify(model.method)}]["responses"][200]["content"][${JSON.stringify(model.mediaType)}]`;
  return `${indexed(body, model.items)}[number]`;
}

function runtimeEntry(model: PagingModel): string {
  const rule = {
    method: model.method.toUpperCase(),
    page: model.page,
    ...(model.size === undefined ? {} : { size: model.size }),
    firstPage: model.firstPage,
    items: model.items,
    end: model.end,
    ...(model.totalPages === undefined ? {} : { totalPages: model.totalPages }),
  };
  return `  ${JSON.stringify(model.path)}: ${JSON.stringify(rule)},`;
}

function typeEntry(model: PagingModel): string {
  return [
    `  ${JSON.stringify(model.path)}: {`,
    `    method: ${JSON.stringify(model.method)};`,
    `    page: ${JSON.stringify(model.page.name)};`,
    `    size: ${model.size === undefined ? "never" : JSON.stringify(model.size.name)};`,
    `    item: ${itemType(model)};`,
    "  };",
  ].join("\n");
}

/**
 * The paged operations (`x-cloud-sdks-pagination`) as a runtime table for `paginate` and a
 * `Paging` type that gives each path its parameter names and item type, taken from `paths`.
 * A module of its own: the client entry needs only this table, so importing the client neither
 * loads nor parses the operation table, and no chunk is shared with the validation entry.
 */
export function emitPagination(spec: LoadedSpec): string {
  const models = pagingModels(spec);
  return [
    ...(models.length === 0 ? [] : ['import type { paths } from "./schema.js";', ""]),
    "/** Paged operations by path, from their `x-cloud-sdks-pagination`: what `client.paginate` can iterate. */",
    `export const pagination = {${models.length === 0 ? "" : `\n${models.map(runtimeEntry).join("\n")}\n`}} as const;`,
    "",
    "/** Per paged path: its method, page and size parameter names, and the type of one item. */",
    `export type Paging = {${models.length === 0 ? "" : `\n${models.map(typeEntry).join("\n")}\n`}};`,
    "",
  ].join("\n");
}
