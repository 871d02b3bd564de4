// generated from specs/cloudcherry.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

import type { paths } from "./schema.js";

/** Paged operations by path, from their `x-cloud-sdks-pagination`: what `client.paginate` can iterate. */
export const pagination = {
  "/api/answers/page/{page}/{rows}": {"method":"POST","page":{"name":"page","in":"path"},"size":{"name":"rows","in":"path"},"firstPage":1,"items":["Responses"],"end":"total-pages","totalPages":["totalPages"]},
  "/api/surveytoken/page/{page}/all": {"method":"GET","page":{"name":"page","in":"path"},"firstPage":1,"items":["Tokens"],"end":"total-pages","totalPages":["totalPages"]},
} as const;

/** Per paged path: its method, page and size parameter names, and the type of one item. */
export type Paging = {
  "/api/answers/page/{page}/{rows}": {
    method: "post";
    page: "page";
    size: "rows";
    item: NonNullable<paths["/api/answers/page/{page}/{rows}"]["post"]["responses"][200]["content"]["application/json"]["Responses"]>[number];
  };
  "/api/surveytoken/page/{page}/all": {
    method: "get";
    page: "page";
    size: never;
    item: NonNullable<paths["/api/surveytoken/page/{page}/all"]["get"]["responses"][200]["content"]["application/json"]["Tokens"]>[number];
  };
};
