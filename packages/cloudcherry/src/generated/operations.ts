// generated from specs/cloudcherry.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

export interface OperationInfo {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template as written in the spec, e.g. `/pets/{petId}`. */
  readonly path: string;
  /** `"METHOD /path/template"`: the key of `responseSchemas` in ./zod.js. */
  readonly key: string;
  readonly tags: readonly string[];
  /** `none`: the spec opts the operation out of authentication (`security: []`), as for token endpoints. */
  readonly security: "none" | "required";
  /** Each documented status (`200`, `4XX`, `default`) with its media types; none for a body-less response. */
  readonly responses: Readonly<Record<string, readonly string[]>>;
  /** The path template's parameters, in order. */
  readonly pathParams: readonly string[];
  /** The query parameters the operation requires. */
  readonly requiredQuery: readonly string[];
}

/** Every operation of the spec by operationId, in spec order. */
export const operations = {
  loginToken: {
    operationId: "loginToken",
    method: "POST",
    path: "/api/LoginToken",
    key: "POST /api/LoginToken",
    tags: ["Authentication"],
    security: "none",
    responses: { "200": ["application/json"], "400": ["application/json"] },
    pathParams: [],
    requiredQuery: [],
  },
  logout: {
    operationId: "logout",
    method: "GET",
    path: "/api/account/logout",
    key: "GET /api/account/logout",
    tags: ["Authentication"],
    security: "required",
    responses: { "200": [], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  generateApiKey: {
    operationId: "generateApiKey",
    method: "GET",
    path: "/api/GenerateAPIKey",
    key: "GET /api/GenerateAPIKey",
    tags: ["ApiKeys"],
    security: "required",
    responses: { "200": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  getApiKey: {
    operationId: "getApiKey",
    method: "GET",
    path: "/api/GetAPIKey",
    key: "GET /api/GetAPIKey",
    tags: ["ApiKeys"],
    security: "required",
    responses: { "200": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  listQuestions: {
    operationId: "listQuestions",
    method: "GET",
    path: "/api/questions",
    key: "GET /api/questions",
    tags: ["Questions"],
    security: "required",
    responses: { "200": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  listActiveQuestions: {
    operationId: "listActiveQuestions",
    method: "GET",
    path: "/api/questions/active",
    key: "GET /api/questions/active",
    tags: ["Questions"],
    security: "required",
    responses: { "200": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  addQuestion: {
    operationId: "addQuestion",
    method: "POST",
    path: "/api/questions/add",
    key: "POST /api/questions/add",
    tags: ["Questions"],
    security: "required",
    responses: { "200": ["application/json"], "400": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  updateQuestion: {
    operationId: "updateQuestion",
    method: "POST",
    path: "/api/questions/update/{id}",
    key: "POST /api/questions/update/{id}",
    tags: ["Questions"],
    security: "required",
    responses: { "200": ["application/json"], "400": ["application/json"], "401": ["application/json"], "404": ["application/json"], "429": [] },
    pathParams: ["id"],
    requiredQuery: [],
  },
  deleteQuestion: {
    operationId: "deleteQuestion",
    method: "GET",
    path: "/api/questions/delete/{id}",
    key: "GET /api/questions/delete/{id}",
    tags: ["Questions"],
    security: "required",
    responses: { "200": [], "401": ["application/json"], "404": ["application/json"], "429": [] },
    pathParams: ["id"],
    requiredQuery: [],
  },
  listAnswers: {
    operationId: "listAnswers",
    method: "POST",
    path: "/api/answers",
    key: "POST /api/answers",
    tags: ["Answers"],
    security: "required",
    responses: { "200": ["application/json"], "400": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  listAnswersPage: {
    operationId: "listAnswersPage",
    method: "POST",
    path: "/api/answers/page/{page}/{rows}",
    key: "POST /api/answers/page/{page}/{rows}",
    tags: ["Answers"],
    security: "required",
    responses: { "200": ["application/json"], "400": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: ["page", "rows"],
    requiredQuery: [],
  },
  countAnswers: {
    operationId: "countAnswers",
    method: "POST",
    path: "/api/answers/count",
    key: "POST /api/answers/count",
    tags: ["Answers"],
    security: "required",
    responses: { "200": ["application/json"], "400": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  getAnswer: {
    operationId: "getAnswer",
    method: "GET",
    path: "/api/answer/{id}",
    key: "GET /api/answer/{id}",
    tags: ["Answers"],
    security: "required",
    responses: { "200": ["application/json"], "401": ["application/json"], "404": ["application/json"], "429": [] },
    pathParams: ["id"],
    requiredQuery: [],
  },
  createSurveyToken: {
    operationId: "createSurveyToken",
    method: "POST",
    path: "/api/surveytoken",
    key: "POST /api/surveytoken",
    tags: ["SurveyTokens"],
    security: "required",
    responses: { "200": ["application/json"], "400": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  listSurveyTokensPage: {
    operationId: "listSurveyTokensPage",
    method: "GET",
    path: "/api/surveytoken/page/{page}/all",
    key: "GET /api/surveytoken/page/{page}/all",
    tags: ["SurveyTokens"],
    security: "required",
    responses: { "200": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: ["page"],
    requiredQuery: [],
  },
  getSurveyToken: {
    operationId: "getSurveyToken",
    method: "GET",
    path: "/api/SurveyToken/Id/{id}",
    key: "GET /api/SurveyToken/Id/{id}",
    tags: ["SurveyTokens"],
    security: "required",
    responses: { "200": ["application/json"], "401": ["application/json"], "404": ["application/json"], "429": [] },
    pathParams: ["id"],
    requiredQuery: [],
  },
  listSubUsers: {
    operationId: "listSubUsers",
    method: "GET",
    path: "/api/account/getsubusers",
    key: "GET /api/account/getsubusers",
    tags: ["Users"],
    security: "required",
    responses: { "200": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  registerUser: {
    operationId: "registerUser",
    method: "POST",
    path: "/api/account/register",
    key: "POST /api/account/register",
    tags: ["Users"],
    security: "required",
    responses: { "200": [], "400": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  getSettings: {
    operationId: "getSettings",
    method: "GET",
    path: "/api/settings",
    key: "GET /api/settings",
    tags: ["Settings"],
    security: "required",
    responses: { "200": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
  getFlashNps: {
    operationId: "getFlashNps",
    method: "POST",
    path: "/api/FlashNPS",
    key: "POST /api/FlashNPS",
    tags: ["Analytics"],
    security: "required",
    responses: { "200": ["application/json"], "400": ["application/json"], "401": ["application/json"], "429": [] },
    pathParams: [],
    requiredQuery: [],
  },
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

// Built on first use: regular expressions compiled at module load would cost every import of
// this file, also those that only read `operations` (the validation entry).
let routeTable: ReadonlyArray<readonly [HttpMethod, RegExp, OperationInfo]> | undefined;
const routes = () => (routeTable ??= [
  ["POST", /^\/api\/LoginToken$/, operations.loginToken],
  ["GET", /^\/api\/account\/logout$/, operations.logout],
  ["GET", /^\/api\/GenerateAPIKey$/, operations.generateApiKey],
  ["GET", /^\/api\/GetAPIKey$/, operations.getApiKey],
  ["GET", /^\/api\/questions$/, operations.listQuestions],
  ["GET", /^\/api\/questions\/active$/, operations.listActiveQuestions],
  ["POST", /^\/api\/questions\/add$/, operations.addQuestion],
  ["POST", /^\/api\/answers$/, operations.listAnswers],
  ["POST", /^\/api\/answers\/count$/, operations.countAnswers],
  ["POST", /^\/api\/surveytoken$/, operations.createSurveyToken],
  ["GET", /^\/api\/account\/getsubusers$/, operations.listSubUsers],
  ["POST", /^\/api\/account\/register$/, operations.registerUser],
  ["GET", /^\/api\/settings$/, operations.getSettings],
  ["POST", /^\/api\/FlashNPS$/, operations.getFlashNps],
  ["POST", /^\/api\/questions\/update\/[^/]+$/, operations.updateQuestion],
  ["GET", /^\/api\/questions\/delete\/[^/]+$/, operations.deleteQuestion],
  ["GET", /^\/api\/answer\/[^/]+$/, operations.getAnswer],
  ["GET", /^\/api\/surveytoken\/page\/[^/]+\/all$/, operations.listSurveyTokensPage],
  ["GET", /^\/api\/SurveyToken\/Id\/[^/]+$/, operations.getSurveyToken],
  ["POST", /^\/api\/answers\/page\/[^/]+\/[^/]+$/, operations.listAnswersPage],
]);

/**
 * The operation a request is for, from its method and URL pathname. Pass the client's base URL
 * pathname as `basePath` when it adds a prefix to the spec's paths (e.g. a proxy mount).
 * A trailing slash is ignored; path parameters match one non-empty segment.
 */
export function matchOperation(method: string, pathname: string, basePath = ""): OperationInfo | undefined {
  const prefix = basePath.endsWith("/") ? basePath.slice(0, -1) : basePath;
  let path = prefix !== "" && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  const wanted = method.toUpperCase();
  for (const [routeMethod, pattern, operation] of routes()) {
    if (routeMethod === wanted && pattern.test(path)) return operation;
  }
  return undefined;
}
