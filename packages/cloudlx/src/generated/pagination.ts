// generated from specs/cloudlx.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

/** Paged operations by path, from their `x-cloud-sdks-pagination`: what `client.paginate` can iterate. */
export const pagination = {} as const;

/** Per paged path: its method, page and size parameter names, and the type of one item. */
export type Paging = {};
