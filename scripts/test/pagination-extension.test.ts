import { describe, expect, it } from "vitest";
import { SpecError } from "../codegen/errors.js";
import { parseSpec } from "../codegen/load-spec.js";
import { pagingModels } from "../codegen/pagination-model.js";

/** A one-operation spec whose paging extension is `extension` (YAML lines, indented under it). */
function specWith(extension: string): string {
  return `openapi: 3.1.0
info: { title: Paged, version: "1" }
paths:
  /items/{page}:
    get:
      operationId: listItems
      x-cloud-sdks-pagination:
${extension.replace(/^/gm, "        ")}
      parameters:
        - { name: page, in: path, required: true, schema: { type: integer } }
        - { name: limit, in: query, schema: { type: integer } }
        - { name: q, in: query, schema: { type: string } }
      responses:
        "200":
          description: A page.
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { type: string } }
                  pages: { type: integer }
`;
}

function failure(extension: string): SpecError {
  try {
    pagingModels(parseSpec(specWith(extension), "specs/paged.yaml"));
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error("expected a SpecError");
}

describe("x-cloud-sdks-pagination", () => {
  it("reads a valid extension into the paging model", () => {
    const [model] = pagingModels(parseSpec(specWith("page: page\nsize: limit\nfirstPage: 0\nitems: /data\nend: short-page"), "specs/paged.yaml"));
    expect(model).toEqual({
      path: "/items/{page}",
      method: "get",
      page: { name: "page", in: "path" },
      size: { name: "limit", in: "query" },
      firstPage: 0,
      items: ["data"],
      end: "short-page",
      totalPages: undefined,
      mediaType: "application/json",
    });
  });

  it.each([
    ["page: p\nfirstPage: 1\nitems: /data\nend: empty-page", 8, "`page: p` is not a path or query parameter of the operation", "`page`, `limit`, `q`"],
    ["page: q\nfirstPage: 1\nitems: /data\nend: empty-page", 8, "the parameter `q` is not an integer", "type: integer"],
    ["page: page\nfirstPage: 1\nitems: /pages\nend: empty-page", 10, "`items: /pages` does not point at an array", "case-sensitive"],
    ["page: page\nfirstPage: 1\nitems: data\nend: empty-page", 10, "`items` must be a JSON pointer", "200 response body"],
    ["page: page\nfirstPage: 1\nitems: /data\nend: short-page", 11, "`end: short-page` needs `size`", "Add `size:`"],
    ["page: page\nfirstPage: 1\nitems: /data\nend: last", 11, "`end` must be one of total-pages, short-page, empty-page", "last page"],
    ["page: page\nfirstPage: 1\nitems: /data\nend: total-pages\ntotalPages: /data", 12, "`totalPages: /data` does not point at an integer", "Fix the pointer"],
    ["page: page\nfirstPage: -1\nitems: /data\nend: empty-page", 9, "`firstPage` must be a whole number >= 0", "first page number"],
    ["page: page\nfirstPage: 1\nitems: /data\nend: empty-page\ncursor: next", 12, "unknown key `cursor`", "Use only"],
  ])("refuses %j at its line, saying what to do", (extension, line, problem, fix) => {
    const error = failure(extension);
    expect(error.file).toBe("specs/paged.yaml");
    expect(error.line).toBe(line);
    expect(error.message).toContain("x-cloud-sdks-pagination of GET /items/{page}");
    expect(error.message).toContain(problem);
    expect(error.message).toContain(fix);
  });
});
