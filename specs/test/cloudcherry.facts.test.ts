import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadSpecWalker } from "./support/spec-walker.js";
import { RFC6749_ERROR_CODES, tokenErrorFacts } from "./support/token-errors.js";

// The parsed spec is untyped JSON; the checks walk it dynamically, so `any` is deliberate here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const specPath = fileURLToPath(new URL("../cloudcherry.yaml", import.meta.url));
const spec: Json = parse(readFileSync(specPath, "utf8"));
const walker = loadSpecWalker(specPath);

const SEED = "seeds/001 (CloudCherry API Authentication guide)";
const PROVIDERS = "providers.md, CloudCherry section";
const HOST = "https://api.getcloudcherry.com";
const DENIED = "Authorization has been denied for this request.";

function resolve(node: Json): Json {
  if (node && typeof node === "object" && typeof node.$ref === "string") {
    const target = (node.$ref as string)
      .slice(2)
      .split("/")
      .reduce((parent: Json, key: string) => parent?.[key], spec);
    if (target === undefined) throw new Error(`unresolvable $ref ${node.$ref}`);
    return resolve(target);
  }
  return node;
}

function operation(path: string, method: string): Json {
  const op = spec.paths?.[path]?.[method];
  if (!op) throw new Error(`spec has no ${method.toUpperCase()} ${path}`);
  return op;
}

function jsonSchemaOf(path: string, method: string, status: string): Json {
  const response = resolve(operation(path, method).responses?.[status]);
  return resolve(response?.content?.["application/json"]?.schema);
}

function jsonExamplesOf(path: string, method: string, status: string): Record<string, Json> {
  const response = resolve(operation(path, method).responses?.[status]);
  const examples = response?.content?.["application/json"]?.examples ?? {};
  return Object.fromEntries(
    Object.entries(examples).map(([name, example]) => [name, resolve(example).value]),
  );
}

const token = () => operation("/api/LoginToken", "post");
const tokenForm = () =>
  resolve(token().requestBody.content["application/x-www-form-urlencoded"].schema);
const tokenResponse = () => jsonSchemaOf("/api/LoginToken", "post", "200");
const tokenExample = () => jsonExamplesOf("/api/LoginToken", "post", "200").ok;
const prop = (schema: Json, name: string) => resolve(schema.properties?.[name]);

const resourceOperations = (): Array<[string, string, Json]> =>
  Object.entries(spec.paths as Record<string, Json>).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Json>)
      .filter(([method]) => ["get", "post", "put", "delete", "patch"].includes(method))
      .filter(([, op]) => op.operationId !== "loginToken")
      .map(([method, op]): [string, string, Json] => [path, method, op]),
  );

interface Fact {
  fact: string;
  source: string;
  check: () => void;
}

const SEED_TOKEN_FIELDS = [
  "access_token",
  "token_type",
  "expires_in",
  "userName",
  "email",
  "primaryRole",
  "managedBy",
  "preview",
  "station",
  "hash",
  ".issued",
  ".expires",
];

const RESOURCE_ENDPOINTS: Array<[method: string, path: string, operationId: string]> = [
  ["get", "/api/GenerateAPIKey", "generateApiKey"],
  ["get", "/api/GetAPIKey", "getApiKey"],
  ["get", "/api/account/logout", "logout"],
  ["get", "/api/questions", "listQuestions"],
  ["get", "/api/questions/active", "listActiveQuestions"],
  ["post", "/api/questions/add", "addQuestion"],
  ["post", "/api/questions/update/{id}", "updateQuestion"],
  ["get", "/api/questions/delete/{id}", "deleteQuestion"],
  ["post", "/api/answers", "listAnswers"],
  ["post", "/api/answers/page/{page}/{rows}", "listAnswersPage"],
  ["post", "/api/answers/count", "countAnswers"],
  ["get", "/api/answer/{id}", "getAnswer"],
  ["post", "/api/surveytoken", "createSurveyToken"],
  ["get", "/api/surveytoken/page/{page}/all", "listSurveyTokensPage"],
  ["get", "/api/SurveyToken/Id/{id}", "getSurveyToken"],
  ["get", "/api/account/getsubusers", "listSubUsers"],
  ["post", "/api/account/register", "registerUser"],
  ["get", "/api/settings", "getSettings"],
  ["post", "/api/FlashNPS", "getFlashNps"],
];

const facts: Fact[] = [
  // Hosts and media types
  {
    fact: `the production host is ${HOST}, host only`,
    source: `${PROVIDERS}: "Host: https://api.getcloudcherry.com"`,
    check: () => expect(spec.servers.map((s: Json) => s.url)).toContain(HOST),
  },
  {
    fact: "regional routing is automatic and the token's station names the region",
    source: `${PROVIDERS}: "regional routing is automatic; the token response's station names the region"`,
    check: () => {
      const server = spec.servers.find((s: Json) => s.url === HOST);
      expect(server.description).toMatch(/region/i);
      expect(server.description).toMatch(/station/);
    },
  },
  // Authentication schemes
  {
    fact: "HTTP Basic authentication (username + password or API key) is a security scheme",
    source: `${SEED}: "There are two ways to authenticate the API, Basic Authentication and OAuth2"`,
    check: () => {
      expect(spec.components.securitySchemes.basicAuth).toMatchObject({ type: "http", scheme: "basic" });
      expect(spec.components.securitySchemes.basicAuth.description).toMatch(/API key/);
    },
  },
  {
    fact: "OAuth2 password flow with the absolute token URL /api/LoginToken",
    source: `${SEED}: "Get a Bearer token by using the LoginToken API" / endPoint = baseURL + "/api/LoginToken"`,
    check: () =>
      expect(spec.components.securitySchemes.oauth2.flows.password.tokenUrl).toBe(`${HOST}/api/LoginToken`),
  },
  {
    fact: "every resource call accepts the bearer token OR HTTP Basic",
    source: `${SEED}: "add the header Authorization: Bearer {access_token} to every further API request"`,
    check: () => {
      const ops = resourceOperations();
      expect(ops.length).toBeGreaterThanOrEqual(15);
      for (const [, , op] of ops) expect(op.security).toEqual([{ oauth2: [] }, { basicAuth: [] }]);
    },
  },
  // Token endpoint request
  {
    fact: "the token endpoint is POST /api/LoginToken, unauthenticated (security: [])",
    source: `${SEED}: C# sample, new HttpRequestMessage(HttpMethod.Post, endPoint)`,
    check: () => {
      expect(token().operationId).toBe("loginToken");
      expect(token().security).toEqual([]);
    },
  },
  {
    fact: "the token request is application/x-www-form-urlencoded",
    source: `${SEED}: "--header 'Content-Type: application/x-www-form-urlencoded'"`,
    check: () =>
      expect(Object.keys(token().requestBody.content)).toEqual(["application/x-www-form-urlencoded"]),
  },
  {
    fact: "grant_type is the constant password",
    source: `${SEED}: "grant_type=password" / ("grant_type", "password") // Nothing to change here`,
    check: () => expect(prop(tokenForm(), "grant_type").const).toBe("password"),
  },
  {
    fact: "the form fields grant_type, username, password are all required",
    source: `${SEED}: "-d 'grant_type=password&username=<USERNAME>&password=<PASSWORD>'"`,
    check: () => {
      expect(tokenForm().required).toEqual(expect.arrayContaining(["grant_type", "username", "password"]));
      expect(prop(tokenForm(), "username").type).toBe("string");
      expect(prop(tokenForm(), "password").type).toBe("string");
    },
  },
  {
    fact: "an API key may stand in for the password",
    source: `${SEED}: "-d 'grant_type=password&username=<USERNAME>&password=<APIKEY>'"`,
    check: () => {
      expect(prop(tokenForm(), "password").description).toMatch(/API key/);
      expect(token().description).toMatch(/API key/);
    },
  },
  // Token endpoint response
  {
    fact: "the token response is JSON with exactly the guide's twelve fields, all required",
    source: `${SEED}: "Example Response Body"`,
    check: () => {
      expect(Object.keys(tokenResponse().properties).sort()).toEqual([...SEED_TOKEN_FIELDS].sort());
      expect([...tokenResponse().required].sort()).toEqual([...SEED_TOKEN_FIELDS].sort());
    },
  },
  {
    fact: "token_type is bearer in lower case",
    source: `${SEED}: "token_type": "bearer"`,
    check: () => expect(prop(tokenResponse(), "token_type").const).toBe("bearer"),
  },
  {
    fact: "expires_in is an integer number of seconds (43199 in the guide)",
    source: `${SEED}: "expires_in": 43199`,
    check: () => {
      expect(prop(tokenResponse(), "expires_in").type).toBe("integer");
      expect(prop(tokenResponse(), "expires_in").examples).toEqual(expect.arrayContaining([43199, 86399]));
    },
  },
  {
    fact: "preview is the STRING True, not a boolean",
    source: `${SEED}: "preview": "True"`,
    check: () => {
      expect(prop(tokenResponse(), "preview").type).toBe("string");
      expect(prop(tokenResponse(), "preview").enum).toContain("True");
    },
  },
  {
    fact: ".issued and .expires are HTTP-date strings",
    source: `${SEED}: ".issued": "Mon, 22 Apr 2019 10:48:47 GMT"`,
    check: () => {
      for (const field of [".issued", ".expires"]) {
        const schema = prop(tokenResponse(), field);
        expect(schema.type).toBe("string");
        expect(new RegExp(schema.pattern).test("Mon, 22 Apr 2019 10:48:47 GMT")).toBe(true);
      }
    },
  },
  {
    fact: "the profile fields userName, email, primaryRole, managedBy, station, hash and access_token are strings",
    source: `${SEED}: Example Response Body; the C# sample reads it as Dictionary<string, string>`,
    check: () => {
      for (const field of ["access_token", "userName", "email", "primaryRole", "managedBy", "station", "hash"]) {
        expect(prop(tokenResponse(), field).type, field).toBe("string");
      }
    },
  },
  {
    fact: "there is no refresh token",
    source: `${PROVIDERS}: "No refresh token."`,
    check: () => {
      expect(tokenResponse().properties).not.toHaveProperty("refresh_token");
      expect(spec.info.description).toMatch(/no refresh token/i);
    },
  },
  {
    fact: "the token response example is the guide's (access_token shortened, user renamed)",
    source: `${SEED}: Example Response Body`,
    check: () => {
      const example = tokenExample();
      expect(example.access_token.startsWith("qaLjSK8Fxa2vvLhsI-2un5HSpyuYpyJkpqtILA5n5mAb_6boH2kSN5k94Xdp9TTRPkEtXuI9E079")).toBe(true);
      expect(example).toMatchObject({
        token_type: "bearer",
        expires_in: 43199,
        email: "",
        primaryRole: "User",
        managedBy: "manageruserid",
        preview: "True",
        station: "uswest",
        hash: "ayoiY9J90Fg3Wbx0qjvaQoX03ngDUdxVd2cSZwh609o=",
        ".issued": "Mon, 22 Apr 2019 10:48:47 GMT",
        ".expires": "Mon, 22 Apr 2019 22:48:47 GMT",
      });
    },
  },
  {
    fact: "login failure is 400 {error, error_description}",
    source: `${PROVIDERS}: "Login failure: {error, error_description}"`,
    check: () => {
      const schema = jsonSchemaOf("/api/LoginToken", "post", "400");
      expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["error", "error_description"]));
      expect(schema.required).toContain("error");
    },
  },
  {
    fact: "invalid_grant says 'The user name or password is incorrect.'; every error code has an example",
    source: `${PROVIDERS}: OAuth2 token errors of the password grant`,
    check: () => {
      const codes: string[] = prop(jsonSchemaOf("/api/LoginToken", "post", "400"), "error").enum;
      expect(codes).toEqual(expect.arrayContaining(["invalid_grant", "unsupported_grant_type"]));
      const examples = Object.values(jsonExamplesOf("/api/LoginToken", "post", "400"));
      expect(examples).toContainEqual({
        error: "invalid_grant",
        error_description: "The user name or password is incorrect.",
      });
      for (const code of codes) expect(examples.map((e) => e.error)).toContain(code);
    },
  },
  {
    fact: "the login error enum lists every RFC 6749 section 5.2 code, and the guide documents none of them",
    source: `${SEED} documents no login error codes; RFC 6749 section 5.2`,
    check: () => {
      const codes: string[] = prop(jsonSchemaOf("/api/LoginToken", "post", "400"), "error").enum;
      expect([...codes].sort()).toEqual([...RFC6749_ERROR_CODES].sort());
      expect(operation("/api/LoginToken", "post").description).toMatch(/guide documents no error codes/);
    },
  },
  ...tokenErrorFacts(walker, "/api/LoginToken", {}, SEED),
  {
    fact: "the login request sends Accept: application/json (stated in the description; OpenAPI ignores Accept parameters)",
    source: `${SEED}: "curl -X POST --header 'Content-Type: application/x-www-form-urlencoded' --header 'Accept: application/json'"`,
    check: () => {
      expect(token().description).toContain("`Accept: application/json`");
      expect(token().description).toContain("`Content-Type: application/x-www-form-urlencoded`");
      expect(token().parameters ?? []).toEqual([]);
      expect(Object.keys(resolve(token().responses["200"]).content)).toEqual(["application/json"]);
    },
  },
  {
    fact: "retain the access_token for the rest of the session (or until expiry) and send it as a Bearer header",
    source: `${SEED}: "Retain the access_token for rest of session(or until expiry) ... Authorization: Bearer {access_token}"`,
    check: () => {
      expect(token().description).toMatch(/Retain the `access_token` for the rest of the\s+session \(or until expiry\)/);
      expect(token().description).toContain("Authorization: Bearer {access_token}");
    },
  },
  {
    fact: "HTTP Basic is the guide's easiest way: curl -u <USERNAME>, password or API key as the password",
    source: `${SEED}: "The easiest way to authenticate is using HTTP Basic authentication ... curl -u <USERNAME>"`,
    check: () => {
      expect(spec.info.description).toMatch(/easiest way/);
      expect(spec.info.description).toContain("curl -u <USERNAME>");
    },
  },
  {
    fact: "GenerateAPIKey and GetAPIKey are called with Accept: application/json",
    source: `${SEED}: "curl -X GET --header 'Accept: application/json'" for GenerateAPIKey and GetAPIKey`,
    check: () => {
      for (const path of ["/api/GenerateAPIKey", "/api/GetAPIKey"]) {
        expect(operation(path, "get").description, path).toContain("--header 'Accept: application/json'");
        expect(Object.keys(resolve(operation(path, "get").responses["200"]).content)).toEqual(["application/json"]);
      }
    },
  },
  // Token lifetime and expiry
  {
    fact: "tokens are valid 24 hours by default, configurable shorter per account",
    source: `${SEED}: "By default, the access token is valid for 24 hours ... to have a shorter life"`,
    check: () => {
      expect(spec.info.description).toMatch(/24 hours/);
      expect(spec.info.description).toMatch(/shorter/);
      expect(spec.info.description).toMatch(/Enterprise Security/);
    },
  },
  {
    fact: "an expired token gets HTTP 401 {message: 'Authorization has been denied for this request.'}",
    source: `${SEED}: "Expired tokens receive a HTTP 401 response"`,
    check: () => {
      const unauthorized = spec.components.responses.Unauthorized;
      const examples = Object.values(unauthorized.content["application/json"].examples) as Json[];
      expect(examples.map((e) => e.value)).toContainEqual({ message: DENIED });
      expect(resolve(unauthorized.content["application/json"].schema).required).toContain("message");
    },
  },
  {
    fact: "every resource operation documents that 401",
    source: `${SEED}: "Expired tokens receive a HTTP 401 response"`,
    check: () => {
      for (const [path, method, op] of resourceOperations()) {
        expect(op.responses["401"], `${method} ${path}`).toEqual({ $ref: "#/components/responses/Unauthorized" });
      }
    },
  },
  {
    fact: "tokens are not invalidated by new ones; use one until a 401, then log in again",
    source: `${SEED}: "Tokens are not invalidated when new tokens are requested ... use one until you receive an expired response"`,
    check: () => {
      expect(spec.info.description).toMatch(/does \*\*not\*\* invalidate/);
      expect(spec.info.description).toMatch(/until such a 401 arrives, then request a new token/);
    },
  },
  {
    fact: "tokens and API keys belong in environment variables, never in code or shipped apps",
    source: `${SEED}: "use them as environment variables in server side code. Do not distribute these in mobile or desktop apps"`,
    check: () => {
      expect(spec.info.description).toMatch(/environment variables/);
      expect(spec.info.description).toMatch(/mobile or\s+desktop apps/);
    },
  },
  // API keys
  {
    fact: "GenerateAPIKey and GetAPIKey are GETs returning a JSON string key",
    source: `${SEED}: "curl -X GET --header 'Accept: application/json'" for GenerateAPIKey and GetAPIKey`,
    check: () => {
      for (const path of ["/api/GenerateAPIKey", "/api/GetAPIKey"]) {
        expect(jsonSchemaOf(path, "get", "200").type).toBe("string");
      }
    },
  },
  // Rate limits and conventions
  {
    fact: "every resource operation documents 429; its Retry-After header is marked as an assumption no source states",
    source: `${PROVIDERS}: "Rate limited (HTTP 429)"; no seed or provider page mentions Retry-After`,
    check: () => {
      for (const [path, method, op] of resourceOperations()) {
        const tooMany = resolve(op.responses["429"]);
        expect(tooMany, `${method} ${path}`).toBeDefined();
        expect(tooMany.description).toMatch(/header is an assumption, stated by no source/);
        const retryAfter = resolve(tooMany.headers["Retry-After"]);
        expect(retryAfter.schema.type).toBe("integer");
        expect(retryAfter.required ?? false).toBe(false);
        expect(retryAfter.description).toMatch(/Assumption: no CloudCherry source states this header/);
      }
      expect(spec.info.description).toMatch(/Assumption: no source states a `Retry-After` header/);
    },
  },
  {
    fact: "dates in filters and tokens are ISO-8601 date-times",
    source: `${PROVIDERS}: "dates are ISO-8601 UTC"`,
    check: () => {
      const schemas = spec.components.schemas;
      expect(schemas.AnswerFilter.properties.afterdate.format).toBe("date-time");
      expect(schemas.AnswerFilter.properties.beforedate.format).toBe("date-time");
      expect(schemas.Answer.properties.responseDateTime.format).toBe("date-time");
      expect(schemas.SurveyTokenRequest.properties.validTill.format).toBe("date-time");
    },
  },
  {
    fact: "GET operations take no request body; POST bodies are JSON",
    source: `${PROVIDERS}: "GET/DELETE parameters go in the query string; POST/PUT take JSON"`,
    check: () => {
      for (const [path, method, op] of resourceOperations()) {
        if (method === "get") expect(op.requestBody, path).toBeUndefined();
        if (op.requestBody) expect(Object.keys(op.requestBody.content), path).toEqual(["application/json"]);
      }
    },
  },
  // Resources
  {
    fact: "the documented resource endpoints exist with their methods and operationIds",
    source: `${PROVIDERS}: Resources list`,
    check: () => {
      for (const [method, path, operationId] of RESOURCE_ENDPOINTS) {
        expect(operation(path, method).operationId).toBe(operationId);
      }
    },
  },
  {
    fact: "a question's displayType is one of the eleven documented types",
    source: `${PROVIDERS}: "displayType (Flag, Text, Number, Slider, Select, MultiSelect, OrderBy, File, Smile-5, Star-5, Scale)"`,
    check: () =>
      expect(spec.components.schemas.DisplayType.enum).toEqual([
        "Flag", "Text", "Number", "Slider", "Select", "MultiSelect", "OrderBy", "File", "Smile-5", "Star-5", "Scale",
      ]),
  },
  {
    fact: "a question has the documented fields",
    source: `${PROVIDERS}: Questions fields`,
    check: () =>
      expect(Object.keys(spec.components.schemas.Question.properties)).toEqual(
        expect.arrayContaining([
          "id", "text", "displayType", "multiSelect", "displayLocation", "questionTags", "staffFill",
          "apiFill", "isRequired", "isRetired", "note", "conditionalFilter",
        ]),
      ),
  },
  {
    fact: "the answers filter has the documented fields",
    source: `${PROVIDERS}: "{location[], afterdate, beforedate, filterquestions[{questionId, answerCheck[], number}], archived, days[], aftertime, beforetime}"`,
    check: () => {
      const filter = resolve(operation("/api/answers", "post").requestBody.content["application/json"].schema);
      expect(Object.keys(filter.properties).sort()).toEqual(
        ["afterdate", "aftertime", "archived", "beforedate", "beforetime", "days", "filterquestions", "location"],
      );
      expect(Object.keys(resolve(filter.properties.filterquestions.items).properties).sort()).toEqual(
        ["answerCheck", "number", "questionId"],
      );
    },
  },
  {
    fact: "POST /api/answers returns a bare array of responses with the documented fields",
    source: `${PROVIDERS}: "-> [{id, user, locationId, responseDateTime, responses[{questionId, questionText, textInput, numberInput}]}]"`,
    check: () => {
      const list = jsonSchemaOf("/api/answers", "post", "200");
      expect(list.type).toBe("array");
      const answer = resolve(list.items);
      expect(Object.keys(answer.properties).sort()).toEqual(["id", "locationId", "responseDateTime", "responses", "user"]);
      expect(Object.keys(resolve(answer.properties.responses.items).properties).sort()).toEqual(
        ["numberInput", "questionId", "questionText", "textInput"],
      );
    },
  },
  {
    fact: "the answers page uses a capitalised Responses key",
    source: `${PROVIDERS}: "{currentPage, Responses[], totalCount, totalPages}"`,
    check: () =>
      expect(jsonSchemaOf("/api/answers/page/{page}/{rows}", "post", "200").required.sort()).toEqual(
        ["Responses", "currentPage", "totalCount", "totalPages"],
      ),
  },
  {
    fact: "POST /api/answers/count returns an integer",
    source: `${PROVIDERS}: "POST /api/answers/count -> integer"`,
    check: () => expect(jsonSchemaOf("/api/answers/count", "post", "200").type).toBe("integer"),
  },
  {
    fact: "survey token ids look like DM-21988 and the page uses a capitalised Tokens key",
    source: `${PROVIDERS}: "-> {id:\\"DM-21988\\", ...}" and "{currentPage, Tokens[], totalCount, totalPages}"`,
    check: () => {
      const id = resolve(jsonSchemaOf("/api/surveytoken", "post", "200").properties.id);
      expect(id.examples).toContain("DM-21988");
      expect(operation("/api/SurveyToken/Id/{id}", "get").parameters[0].example).toBe("DM-21988");
      expect(jsonSchemaOf("/api/surveytoken/page/{page}/all", "get", "200").required.sort()).toEqual(
        ["Tokens", "currentPage", "totalCount", "totalPages"],
      );
    },
  },
  {
    fact: "a survey token request has the documented fields",
    source: `${PROVIDERS}: "{preFill[], validTill, validUses, location, rewardCode, emailQuestion, note}"`,
    check: () =>
      expect(Object.keys(spec.components.schemas.SurveyTokenRequest.properties).sort()).toEqual(
        ["emailQuestion", "location", "note", "preFill", "rewardCode", "validTill", "validUses"],
      ),
  },
  {
    fact: "settings carry businessName, locations[] and timeZoneOffset",
    source: `${PROVIDERS}: "GET /api/settings (businessName, locations[], timeZoneOffset, ...)"`,
    check: () => {
      const settings = jsonSchemaOf("/api/settings", "get", "200");
      expect(settings.properties.locations.type).toBe("array");
      expect(Object.keys(settings.properties)).toEqual(
        expect.arrayContaining(["businessName", "locations", "timeZoneOffset"]),
      );
    },
  },
  {
    fact: "FlashNPS returns {TotalResponses, NetPromoter{Promoters, Passive, Detractors, NetPromoters}}",
    source: `${PROVIDERS}: "POST /api/FlashNPS -> {TotalResponses, NetPromoter{...}}"`,
    check: () => {
      const nps = jsonSchemaOf("/api/FlashNPS", "post", "200");
      expect(nps.required.sort()).toEqual(["NetPromoter", "TotalResponses"]);
      expect(resolve(nps.properties.NetPromoter).required.sort()).toEqual(
        ["Detractors", "NetPromoters", "Passive", "Promoters"],
      );
    },
  },
];

describe("cloudcherry.yaml states every documented CloudCherry fact", () => {
  it.each(facts.map((row) => [row.fact, row] as const))("%s", (_name, row) => {
    expect(row.source.length).toBeGreaterThan(0);
    row.check();
  });
});
