// generated from specs/cloudcherry.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

import * as z from "zod/mini";

/** Form fields of the password grant. No client credentials and no scope. */
export const LoginTokenRequestSchema = z.strictObject({
  grant_type: z.literal("password"),
  username: z.string().check(z.minLength(1)),
  password: z.string().check(z.minLength(1)),
});

/** An RFC 7231 HTTP-date (IMF-fixdate), e.g. `Mon, 22 Apr 2019 10:48:47 GMT`. */
export const HttpDateSchema = z.string().check(z.regex(new RegExp("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$", "u")));

/** The token and a profile of the user. Every value is a string except `expires_in` (the provider's own C# sample reads it into a Dictionary<string, string>). No refresh token. */
export const LoginTokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.literal("bearer"),
  expires_in: z.int().check(z.gte(0)),
  userName: z.string(),
  email: z.string(),
  primaryRole: z.string(),
  managedBy: z.string(),
  preview: z.enum(["True", "False"]),
  station: z.string(),
  hash: z.string(),
  ".issued": HttpDateSchema,
  ".expires": HttpDateSchema,
});

/** OAuth2 token error (RFC 6749 section 5.2). */
export const OAuthErrorSchema = z.looseObject({
  error: z.enum(["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope"]),
  error_description: z.optional(z.string()),
});

/** The error body of resource calls (ASP.NET Web API, camelCase). */
export const ErrorMessageSchema = z.looseObject({
  message: z.string(),
  modelState: z.optional(z.record(z.string(), z.array(z.string()))),
});

/** An API key; use it with the username in place of the password. Secret. */
export const ApiKeySchema = z.string().check(z.minLength(1));

/** How a question is displayed and answered. */
export const DisplayTypeSchema = z.enum(["Flag", "Text", "Number", "Slider", "Select", "MultiSelect", "OrderBy", "File", "Smile-5", "Star-5", "Scale"]);

/** A condition on the answer to one question. */
export const FilterQuestionSchema = z.looseObject({
  questionId: z.string(),
  answerCheck: z.optional(z.array(z.string())),
  number: z.optional(z.number()),
});

/** Show the question only when earlier answers match; null when unconditional. */
export const ConditionalFilterSchema = z.nullable(z.looseObject({
  filterquestions: z.optional(z.array(FilterQuestionSchema)),
}));

/** A question to add or update (`id` is assigned by the service on add). */
export const QuestionInputSchema = z.looseObject({
  id: z.optional(z.string()),
  text: z.string().check(z.minLength(1)),
  displayType: DisplayTypeSchema,
  multiSelect: z.optional(z.array(z.string())),
  displayLocation: z.optional(z.array(z.string())),
  questionTags: z.optional(z.array(z.string())),
  staffFill: z.optional(z.boolean()),
  apiFill: z.optional(z.boolean()),
  isRequired: z.optional(z.boolean()),
  isRetired: z.optional(z.boolean()),
  note: z.optional(z.string()),
  conditionalFilter: z.optional(ConditionalFilterSchema),
});

/** A survey question. The service returns more fields than the documented ones. */
export const QuestionSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  displayType: DisplayTypeSchema,
  multiSelect: z.optional(z.array(z.string())),
  displayLocation: z.optional(z.array(z.string())),
  questionTags: z.optional(z.array(z.string())),
  staffFill: z.optional(z.boolean()),
  apiFill: z.optional(z.boolean()),
  isRequired: z.optional(z.boolean()),
  isRetired: z.optional(z.boolean()),
  note: z.optional(z.nullable(z.string())),
  conditionalFilter: z.optional(ConditionalFilterSchema),
});

/** Filter for responses; every field is optional and dates are ISO-8601 UTC. */
export const AnswerFilterSchema = z.looseObject({
  location: z.optional(z.array(z.string())),
  afterdate: z.optional(z.iso.datetime({ offset: true })),
  beforedate: z.optional(z.iso.datetime({ offset: true })),
  filterquestions: z.optional(z.array(FilterQuestionSchema)),
  archived: z.optional(z.boolean()),
  days: z.optional(z.array(z.string())),
  aftertime: z.optional(z.string()),
  beforetime: z.optional(z.string()),
});

/** The answer to one question. */
export const ResponseItemSchema = z.looseObject({
  questionId: z.string(),
  questionText: z.optional(z.string()),
  textInput: z.optional(z.nullable(z.string())),
  numberInput: z.optional(z.number()),
});

/** One survey response. */
export const AnswerSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  user: z.optional(z.string()),
  locationId: z.optional(z.string()),
  responseDateTime: z.iso.datetime({ offset: true }),
  responses: z.array(ResponseItemSchema),
});

export const AnswerPageSchema = z.looseObject({
  currentPage: z.int().check(z.gte(0)),
  Responses: z.array(AnswerSchema),
  totalCount: z.int().check(z.gte(0)),
  totalPages: z.int().check(z.gte(0)),
});

/** Token id, e.g. `DM-21988` (a prefix and a number in the documented example). No pattern is enforced: the id format is not specified, and generated response validators must not reject real ids of another shape. */
export const SurveyTokenIdSchema = z.string().check(z.minLength(1));

/** A pre-filled answer. */
export const PreFillSchema = z.looseObject({
  questionId: z.string(),
  textInput: z.optional(z.nullable(z.string())),
  numberInput: z.optional(z.number()),
});

/** A survey token to create. */
export const SurveyTokenRequestSchema = z.strictObject({
  preFill: z.optional(z.array(PreFillSchema)),
  validTill: z.optional(z.iso.datetime({ offset: true })),
  validUses: z.optional(z.int()),
  location: z.optional(z.string()),
  rewardCode: z.optional(z.string()),
  emailQuestion: z.optional(z.string()),
  note: z.optional(z.string()),
});

/** A created survey token. */
export const SurveyTokenSchema = z.looseObject({
  id: SurveyTokenIdSchema,
  user: z.optional(z.string()),
  preFill: z.optional(z.array(PreFillSchema)),
  validTill: z.optional(z.iso.datetime({ offset: true })),
  validUses: z.optional(z.int()),
  location: z.optional(z.string()),
  rewardCode: z.optional(z.string()),
  emailQuestion: z.optional(z.string()),
  note: z.optional(z.string()),
});

export const SurveyTokenPageSchema = z.looseObject({
  currentPage: z.int().check(z.gte(0)),
  Tokens: z.array(SurveyTokenSchema),
  totalCount: z.int().check(z.gte(0)),
  totalPages: z.int().check(z.gte(0)),
});

/** A (sub-)user; the fields mirror the login response's profile. */
export const UserAccountSchema = z.looseObject({
  userName: z.string(),
  email: z.optional(z.string()),
  primaryRole: z.optional(z.string()),
  managedBy: z.optional(z.string()),
});

/** A sub-user to register (the fields beyond these are not documented). */
export const RegisterUserRequestSchema = z.looseObject({
  userName: z.string().check(z.minLength(1)),
  email: z.email(),
  password: z.string().check(z.minLength(1)),
  primaryRole: z.optional(z.string()),
});

/** Account settings (more fields are returned than modelled). */
export const SettingsSchema = z.looseObject({
  businessName: z.optional(z.string()),
  locations: z.optional(z.array(z.string())),
  timeZoneOffset: z.optional(z.int()),
});

export const NetPromoterSchema = z.looseObject({
  Promoters: z.number().check(z.gte(0)),
  Passive: z.number().check(z.gte(0)),
  Detractors: z.number().check(z.gte(0)),
  NetPromoters: z.number().check(z.gte(-100), z.lte(100)),
});

export const FlashNpsSchema = z.looseObject({
  TotalResponses: z.int().check(z.gte(0)),
  NetPromoter: NetPromoterSchema,
});

/** Body of the shared response `Unauthorized`. */
export const UnauthorizedResponseSchema = ErrorMessageSchema;

/** Body of the shared response `BadRequest`. */
export const BadRequestResponseSchema = ErrorMessageSchema;

/** Body of the shared response `NotFound`. */
export const NotFoundResponseSchema = ErrorMessageSchema;

/** `loginToken` (POST /api/LoginToken) 200 body. */
export const LoginTokenResponse200Schema = LoginTokenResponseSchema;

/** `loginToken` (POST /api/LoginToken) 400 body. */
export const LoginTokenResponse400Schema = OAuthErrorSchema;

/** `generateApiKey` (GET /api/GenerateAPIKey) 200 body. */
export const GenerateApiKeyResponse200Schema = ApiKeySchema;

/** `getApiKey` (GET /api/GetAPIKey) 200 body. */
export const GetApiKeyResponse200Schema = ApiKeySchema;

/** `listQuestions` (GET /api/questions) 200 body. */
export const ListQuestionsResponse200Schema = z.array(QuestionSchema);

/** `listActiveQuestions` (GET /api/questions/active) 200 body. */
export const ListActiveQuestionsResponse200Schema = z.array(QuestionSchema);

/** `addQuestion` (POST /api/questions/add) 200 body. */
export const AddQuestionResponse200Schema = QuestionSchema;

/** `updateQuestion` (POST /api/questions/update/{id}) 200 body. */
export const UpdateQuestionResponse200Schema = QuestionSchema;

/** `listAnswers` (POST /api/answers) 200 body. */
export const ListAnswersResponse200Schema = z.array(AnswerSchema);

/** `listAnswersPage` (POST /api/answers/page/{page}/{rows}) 200 body. */
export const ListAnswersPageResponse200Schema = AnswerPageSchema;

/** `countAnswers` (POST /api/answers/count) 200 body. */
export const CountAnswersResponse200Schema = z.int().check(z.gte(0));

/** `getAnswer` (GET /api/answer/{id}) 200 body. */
export const GetAnswerResponse200Schema = AnswerSchema;

/** `createSurveyToken` (POST /api/surveytoken) 200 body. */
export const CreateSurveyTokenResponse200Schema = SurveyTokenSchema;

/** `listSurveyTokensPage` (GET /api/surveytoken/page/{page}/all) 200 body. */
export const ListSurveyTokensPageResponse200Schema = SurveyTokenPageSchema;

/** `getSurveyToken` (GET /api/SurveyToken/Id/{id}) 200 body. */
export const GetSurveyTokenResponse200Schema = SurveyTokenSchema;

/** `listSubUsers` (GET /api/account/getsubusers) 200 body. */
export const ListSubUsersResponse200Schema = z.array(UserAccountSchema);

/** `getSettings` (GET /api/settings) 200 body. */
export const GetSettingsResponse200Schema = SettingsSchema;

/** `getFlashNps` (POST /api/FlashNPS) 200 body. */
export const GetFlashNpsResponse200Schema = FlashNpsSchema;

/** Response body schemas by `"METHOD /path/template"` and status key (`200`, `4XX`, `default`). */
export const responseSchemas = {
  "POST /api/LoginToken": {
    "200": LoginTokenResponse200Schema,
    "400": LoginTokenResponse400Schema,
  },
  "GET /api/account/logout": {
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/GenerateAPIKey": {
    "200": GenerateApiKeyResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/GetAPIKey": {
    "200": GetApiKeyResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/questions": {
    "200": ListQuestionsResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/questions/active": {
    "200": ListActiveQuestionsResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "POST /api/questions/add": {
    "200": AddQuestionResponse200Schema,
    "400": BadRequestResponseSchema,
    "401": UnauthorizedResponseSchema,
  },
  "POST /api/questions/update/{id}": {
    "200": UpdateQuestionResponse200Schema,
    "400": BadRequestResponseSchema,
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
  },
  "GET /api/questions/delete/{id}": {
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
  },
  "POST /api/answers": {
    "200": ListAnswersResponse200Schema,
    "400": BadRequestResponseSchema,
    "401": UnauthorizedResponseSchema,
  },
  "POST /api/answers/page/{page}/{rows}": {
    "200": ListAnswersPageResponse200Schema,
    "400": BadRequestResponseSchema,
    "401": UnauthorizedResponseSchema,
  },
  "POST /api/answers/count": {
    "200": CountAnswersResponse200Schema,
    "400": BadRequestResponseSchema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/answer/{id}": {
    "200": GetAnswerResponse200Schema,
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
  },
  "POST /api/surveytoken": {
    "200": CreateSurveyTokenResponse200Schema,
    "400": BadRequestResponseSchema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/surveytoken/page/{page}/all": {
    "200": ListSurveyTokensPageResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/SurveyToken/Id/{id}": {
    "200": GetSurveyTokenResponse200Schema,
    "401": UnauthorizedResponseSchema,
    "404": NotFoundResponseSchema,
  },
  "GET /api/account/getsubusers": {
    "200": ListSubUsersResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "POST /api/account/register": {
    "400": BadRequestResponseSchema,
    "401": UnauthorizedResponseSchema,
  },
  "GET /api/settings": {
    "200": GetSettingsResponse200Schema,
    "401": UnauthorizedResponseSchema,
  },
  "POST /api/FlashNPS": {
    "200": GetFlashNpsResponse200Schema,
    "400": BadRequestResponseSchema,
    "401": UnauthorizedResponseSchema,
  },
} as const satisfies Record<string, Readonly<Record<string, z.ZodMiniType>>>;

export type ResponseSchemaMap = typeof responseSchemas;

/**
 * The schema for a response: the exact status first, then its range (`4XX`), then `default`.
 * Undefined when the operation is unknown or documents no JSON body for that status.
 */
export function responseSchemaFor(operationKey: string, status: number): z.ZodMiniType | undefined {
  const byStatus: Readonly<Record<string, z.ZodMiniType>> | undefined = (responseSchemas as Readonly<Record<string, Readonly<Record<string, z.ZodMiniType>>>>)[operationKey];
  if (byStatus === undefined) return undefined;
  return byStatus[String(status)] ?? byStatus[`${String(status).charAt(0)}XX`] ?? byStatus["default"];
}
