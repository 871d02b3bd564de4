import { createContractFetch } from "@cloud-sdks/prism-harness";
import { afterAll, describe, expect, it } from "vitest";
import { clientOn } from "./support.js";

// Prism answers every page with the spec's example, `currentPage: 1` of `totalPages: 1`, so the
// iteration ends after one request: what this proves is that paginate's requests are ones the spec
// accepts (Prism checks path, parameters and body) and that the end rule reads the body as documented.
const contract = createContractFetch();
const cc = clientOn(contract, { validate: true });
const pageRequests = () => contract.calls.filter((call) => new URL(call.url).pathname.includes("/page/"));

describe("paginate against Prism serving specs/cloudcherry.yaml", () => {
  it("answers: one request for page 1 with the page size, the example's answers, then the end", async () => {
    const ids: string[] = [];
    for await (const answer of cc.paginate("/api/answers/page/{page}/{rows}", { body: { afterdate: "2019-04-15T00:00:00Z" } }, { pageSize: 100 })) ids.push(answer.id);
    expect(ids).toEqual(["5cbd91c71c9d440001a3c102", "5cbd92051c9d440001a3c117"]);
    expect(pageRequests().map((call) => new URL(call.url).pathname)).toEqual(["/api/answers/page/1/100"]);
  });

  it("survey tokens: the example's token, one request", async () => {
    const before = pageRequests().length;
    const tokens = [];
    for await (const token of cc.paginate("/api/surveytoken/page/{page}/all")) tokens.push(token.id);
    expect(tokens).toEqual(["DM-21988"]);
    expect(pageRequests().slice(before).map((call) => new URL(call.url).pathname)).toEqual(["/api/surveytoken/page/1/all"]);
  });

  afterAll(() => contract.assertNoViolations());
});
