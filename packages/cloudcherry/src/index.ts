export { createCloudcherryAuth } from "./auth.js";
export { createCloudcherryClient, type CloudcherryClient } from "./client.js";
export { CLOUDCHERRY_ENV, cloudcherryOptionsFromEnv } from "./env.js";
export {
  CLOUDCHERRY_HOSTS,
  type CloudcherryApiKeyOptions,
  type CloudcherryAuthMode,
  type CloudcherryEnvironment,
  type CloudcherryOptions,
  type CloudcherryPasswordOptions,
} from "./options.js";
export { CLOUDCHERRY_TOKEN_ERROR_REMEDIES } from "./remedies.js";
export type { CloudcherryLoginFields, CloudcherrySession } from "./session.js";
export type { components, operations, paths } from "./generated/schema.js";
// Types only: the operation table is a runtime value users rarely need, and it would cost every bundle.
export type { OperationId } from "./generated/operations.js";
export type { Paging } from "./generated/pagination.js";
export type {
  SchemaAnswer as Answer,
  SchemaAnswerFilter as AnswerFilter,
  SchemaAnswerPage as AnswerPage,
  SchemaDisplayType as DisplayType,
  SchemaErrorMessage as ErrorMessage,
  SchemaFilterQuestion as FilterQuestion,
  SchemaFlashNps as FlashNps,
  SchemaLoginTokenResponse as LoginTokenResponse,
  SchemaNetPromoter as NetPromoter,
  SchemaPreFill as PreFill,
  SchemaQuestion as Question,
  SchemaQuestionInput as QuestionInput,
  SchemaRegisterUserRequest as RegisterUserRequest,
  SchemaResponseItem as ResponseItem,
  SchemaSettings as Settings,
  SchemaSurveyToken as SurveyToken,
  SchemaSurveyTokenPage as SurveyTokenPage,
  SchemaSurveyTokenRequest as SurveyTokenRequest,
  SchemaUserAccount as UserAccount,
} from "./generated/schema.js";
export * from "@cloud-sdks/core/public";
