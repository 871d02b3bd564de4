// generated from specs/cloudcherry.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

export interface paths {
    "/api/LoginToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in and obtain a bearer token (OAuth2 password grant)
         * @description Resource-owner password grant. `password` is the account password **or an API key**.
         *     No client credentials and no scope are sent. The token lives 24 h by default (shorter if
         *     the account's Enterprise Security settings say so); there is no refresh token, and
         *     requesting a new token does not invalidate earlier ones.
         *
         *     The guide's request sends `Content-Type: application/x-www-form-urlencoded` and
         *     `Accept: application/json` (OpenAPI ignores `Accept` header parameters, so it is stated
         *     here; the response is `application/json`). Retain the `access_token` for the rest of the
         *     session (or until expiry) and send `Authorization: Bearer {access_token}` on every further call.
         *
         *     Login errors: the guide documents no error codes. The `error` values are the RFC 6749
         *     section 5.2 codes the server may send; each has an example below.
         */
        post: operations["loginToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log out the current session
         * @description Ends the caller's session. The guide names only the path; the HTTP method is uncertain
         *     (GET is modelled because the provider's own .NET client uses GET for calls without a body;
         *     POST may also be accepted). Logging out is not needed to rotate tokens: tokens are not
         *     invalidated when new ones are requested and simply expire.
         */
        get: operations["logout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/GenerateAPIKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Generate a new API key
         * @description Generates an API key for the authenticated user. The key is then used with the username in
         *     place of the password, for `POST /api/LoginToken` or HTTP Basic. Treat it like a password.
         *     The guide's call is `curl -X GET --header 'Accept: application/json'`.
         */
        get: operations["generateApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/GetAPIKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the existing API key
         * @description Returns the authenticated user's existing API key (generate one first with `GET /api/GenerateAPIKey`).
         *     The guide's call is `curl -X GET --header 'Accept: application/json'`.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all questions
         * @description Every question of the account, retired ones included.
         */
        get: operations["listQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List active questions
         * @description The questions that are not retired.
         */
        get: operations["listActiveQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a question
         * @description Adds a question to the account's questionnaire from a JSON body (`text`, `displayType`, `multiSelect`, `displayLocation`, `questionTags`, `isRequired` and the other question fields); answers the question as stored.
         */
        post: operations["addQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/update/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a question
         * @description Replaces the question with that id by the JSON body (the provider's client uses POST, not PUT); answers the question as stored.
         */
        post: operations["updateQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/delete/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delete a question
         * @description A GET, as the provider's API defines it (no body). Retiring (`isRetired`) keeps history; deleting removes the question.
         */
        get: operations["deleteQuestion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List survey responses matching a filter
         * @description POST because the filter is a JSON body; every filter field is optional.
         */
        post: operations["listAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/answers/page/{page}/{rows}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One page of survey responses matching a filter
         * @description The survey responses matching the filter in the JSON body, `rows` per page, page `page`; the answer carries `currentPage`, `Responses`, `totalCount` and `totalPages`. Dates are ISO-8601 UTC.
         */
        post: operations["listAnswersPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/answers/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count survey responses matching a filter
         * @description How many survey responses match the filter in the JSON body (the same filter as `POST /api/answers`), as a bare integer.
         */
        post: operations["countAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/answer/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one survey response
         * @description Note the singular `answer` in this path.
         */
        get: operations["getAnswer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveytoken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a survey token (a personalised survey link)
         * @description Creates a survey token, a personalised survey link, from `preFill`, `validTill`, `validUses`, `location`, `rewardCode`, `emailQuestion` and `note`; answers the token, whose `id` looks like `DM-21988`.
         */
        post: operations["createSurveyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveytoken/page/{page}/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One page of all survey tokens
         * @description One page of every survey token of the account: `currentPage`, `Tokens`, `totalCount` and `totalPages`.
         */
        get: operations["listSurveyTokensPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/SurveyToken/Id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one survey token
         * @description Path case as the provider writes it (`SurveyToken/Id`).
         */
        get: operations["getSurveyToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/getsubusers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sub-users managed by this account
         * @description The users this account manages (its sub-users).
         */
        get: operations["listSubUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a sub-user under this account
         * @description Registers a new user managed by this account from the JSON body.
         */
        post: operations["registerUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account settings
         * @description The account settings: `businessName`, `locations`, `timeZoneOffset` and more.
         */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/FlashNPS": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Net Promoter Score of the responses matching a filter
         * @description The Net Promoter Score of the responses matching the filter in the JSON body: `TotalResponses` and `NetPromoter` (`Promoters`, `Passive`, `Detractors`, `NetPromoters`).
         */
        post: operations["getFlashNps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Form fields of the password grant. No client credentials and no scope. */
        LoginTokenRequest: {
            /**
             * @description Always `password`.
             * @constant
             */
            grant_type: "password";
            /** @description The CloudCherry username. */
            username: string;
            /**
             * Format: password
             * @description The account password OR an API key (from GenerateAPIKey/GetAPIKey).
             */
            password: string;
        };
        /**
         * @description The token and a profile of the user. Every value is a string except `expires_in`
         *     (the provider's own C# sample reads it into a Dictionary<string, string>). No refresh token.
         */
        LoginTokenResponse: {
            /** @description Opaque bearer token; send as `Authorization: Bearer {access_token}`. */
            access_token: string;
            /**
             * @description Always `bearer`, lower case as sent.
             * @constant
             */
            token_type: "bearer";
            /**
             * @description Lifetime in seconds (86399 for the default 24 h, 43199 for a 12 h account setting).
             * @example 43199
             * @example 86399
             */
            expires_in: number;
            /** @description The user the token was issued to. */
            userName: string;
            /** @description The user's email address; may be the empty string. */
            email: string;
            /** @description The user's role, e.g. `User`. */
            primaryRole: string;
            /** @description The id of the managing (parent) user. */
            managedBy: string;
            /**
             * @description A boolean sent as the .NET string `"True"` / `"False"`, not a JSON boolean.
             * @enum {string}
             */
            preview: "True" | "False";
            /** @description The region serving the account, e.g. `uswest`; routing to it is automatic. */
            station: string;
            /** @description Base64 hash the service uses to identify the login. */
            hash: string;
            ".issued": components["schemas"]["HttpDate"];
            ".expires": components["schemas"]["HttpDate"];
        };
        /** @description An RFC 7231 HTTP-date (IMF-fixdate), e.g. `Mon, 22 Apr 2019 10:48:47 GMT`. */
        HttpDate: string;
        /** @description OAuth2 token error (RFC 6749 section 5.2). */
        OAuthError: {
            /**
             * @description The RFC 6749 section 5.2 codes; CloudCherry's guide documents none of them.
             *     `invalid_grant`: wrong username, password or API key ("The user name or password is
             *     incorrect."); `unsupported_grant_type`: `grant_type` missing or not `password`;
             *     `invalid_request`: malformed request; `invalid_client`: client credentials were sent
             *     (the API has none; inferred from its OWIN token server, not documented);
             *     `unauthorized_client`: the client may not use this grant; `invalid_scope`: a scope was
             *     requested (the login sends none).
             * @enum {string}
             */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
            /** @description Human-readable reason, when given. */
            error_description?: string;
        };
        /** @description The error body of resource calls (ASP.NET Web API, camelCase). */
        ErrorMessage: {
            /** @description e.g. `Authorization has been denied for this request.` on a 401. */
            message: string;
            /** @description Field path to its validation messages, on a 400 when present. */
            modelState?: {
                [key: string]: string[];
            };
        };
        /** @description An API key; use it with the username in place of the password. Secret. */
        ApiKey: string;
        /**
         * @description How a question is displayed and answered.
         * @enum {string}
         */
        DisplayType: "Flag" | "Text" | "Number" | "Slider" | "Select" | "MultiSelect" | "OrderBy" | "File" | "Smile-5" | "Star-5" | "Scale";
        /** @description A question to add or update (`id` is assigned by the service on add). */
        QuestionInput: {
            /** @description The question id (set on update, omitted on add). */
            id?: string;
            /** @description The question as shown to respondents. */
            text: string;
            displayType: components["schemas"]["DisplayType"];
            /** @description The options of Select, MultiSelect and OrderBy questions. */
            multiSelect?: string[];
            /** @description The locations where the question is shown. */
            displayLocation?: string[];
            /** @description Tags (e.g. `NPS`) used by analytics. */
            questionTags?: string[];
            /** @description Filled in by staff, not by the respondent. */
            staffFill?: boolean;
            /** @description Filled in through the API (pre-fill), not shown to the respondent. */
            apiFill?: boolean;
            isRequired?: boolean;
            /** @description Retired questions are kept for history but no longer asked. */
            isRetired?: boolean;
            note?: string;
            conditionalFilter?: components["schemas"]["ConditionalFilter"];
        };
        /** @description A survey question. The service returns more fields than the documented ones. */
        Question: {
            id: string;
            text: string;
            displayType: components["schemas"]["DisplayType"];
            multiSelect?: string[];
            displayLocation?: string[];
            questionTags?: string[];
            staffFill?: boolean;
            apiFill?: boolean;
            isRequired?: boolean;
            isRetired?: boolean;
            note?: string | null;
            conditionalFilter?: components["schemas"]["ConditionalFilter"];
        };
        /** @description Show the question only when earlier answers match; null when unconditional. */
        ConditionalFilter: {
            filterquestions?: components["schemas"]["FilterQuestion"][];
        } | null;
        /** @description A condition on the answer to one question. */
        FilterQuestion: {
            questionId: string;
            /** @description The answers (or comparison operators, for numbers) to match. */
            answerCheck?: string[];
            /** @description The number compared with numeric answers. */
            number?: number;
        };
        /** @description Filter for responses; every field is optional and dates are ISO-8601 UTC. */
        AnswerFilter: {
            /** @description Location names. */
            location?: string[];
            /** Format: date-time */
            afterdate?: string;
            /** Format: date-time */
            beforedate?: string;
            filterquestions?: components["schemas"]["FilterQuestion"][];
            /** @description Include archived responses. */
            archived?: boolean;
            /** @description Days of the week. */
            days?: string[];
            /** @description Time of day the response was given after (format not documented; `HH:mm` assumed). */
            aftertime?: string;
            /** @description Time of day the response was given before (format not documented; `HH:mm` assumed). */
            beforetime?: string;
        };
        /** @description The answer to one question. */
        ResponseItem: {
            questionId: string;
            questionText?: string;
            textInput?: string | null;
            numberInput?: number;
        };
        /** @description One survey response. */
        Answer: {
            id: string;
            /** @description The account that owns the response. */
            user?: string;
            locationId?: string;
            /** Format: date-time */
            responseDateTime: string;
            responses: components["schemas"]["ResponseItem"][];
        };
        AnswerPage: {
            currentPage: number;
            /** @description Capitalised, unlike the other keys. */
            Responses: components["schemas"]["Answer"][];
            totalCount: number;
            totalPages: number;
        };
        /**
         * @description Token id, e.g. `DM-21988` (a prefix and a number in the documented example). No pattern is
         *     enforced: the id format is not specified, and generated response validators must not
         *     reject real ids of another shape.
         * @example DM-21988
         */
        SurveyTokenId: string;
        /** @description A pre-filled answer. */
        PreFill: {
            questionId: string;
            textInput?: string | null;
            numberInput?: number;
        };
        /** @description A survey token to create. */
        SurveyTokenRequest: {
            preFill?: components["schemas"]["PreFill"][];
            /**
             * Format: date-time
             * @description Expiry of the survey link (UTC).
             */
            validTill?: string;
            /** @description How many times the link may be used. */
            validUses?: number;
            location?: string;
            /** @description Code shown to the respondent after the survey. */
            rewardCode?: string;
            /** @description Id of the question that holds the respondent's email. */
            emailQuestion?: string;
            note?: string;
        };
        /** @description A created survey token. */
        SurveyToken: {
            id: components["schemas"]["SurveyTokenId"];
            user?: string;
            preFill?: components["schemas"]["PreFill"][];
            /** Format: date-time */
            validTill?: string;
            validUses?: number;
            location?: string;
            rewardCode?: string;
            emailQuestion?: string;
            note?: string;
        };
        SurveyTokenPage: {
            currentPage: number;
            /** @description Capitalised, unlike the other keys. */
            Tokens: components["schemas"]["SurveyToken"][];
            totalCount: number;
            totalPages: number;
        };
        /** @description A (sub-)user; the fields mirror the login response's profile. */
        UserAccount: {
            userName: string;
            email?: string;
            primaryRole?: string;
            managedBy?: string;
        };
        /** @description A sub-user to register (the fields beyond these are not documented). */
        RegisterUserRequest: {
            userName: string;
            /** Format: email */
            email: string;
            /** Format: password */
            password: string;
            primaryRole?: string;
        };
        /** @description Account settings (more fields are returned than modelled). */
        Settings: {
            businessName?: string;
            locations?: string[];
            /** @description Offset from UTC in minutes. */
            timeZoneOffset?: number;
        };
        NetPromoter: {
            /** @description Promoters (score 9-10). */
            Promoters: number;
            /** @description Passives (score 7-8). */
            Passive: number;
            /** @description Detractors (score 0-6). */
            Detractors: number;
            /** @description The Net Promoter Score, % promoters minus % detractors. */
            NetPromoters: number;
        };
        FlashNps: {
            TotalResponses: number;
            NetPromoter: components["schemas"]["NetPromoter"];
        };
    };
    responses: {
        /**
         * @description Missing, invalid or expired token (or wrong Basic credentials). Log in again with
         *     `POST /api/LoginToken` and retry.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description Rate limit exceeded (CloudCherry documents HTTP 429). If a `Retry-After` header comes, wait
         *     that many seconds; that header is an assumption, stated by no source. No body is documented.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The request body is invalid. The `{message, modelState}` shape is the ASP.NET Web API
         *     default (CloudCherry runs on it, with camelCase JSON); CloudCherry's docs do not show it.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description No such resource. The message is the ASP.NET Web API default (inferred, not documented). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
    };
    parameters: {
        /**
         * @description The question id.
         * @example 5cbd8a1f1c9d440001a3b7e1
         */
        QuestionId: string;
        /**
         * @description The page number; the response's `currentPage` echoes it.
         * @example 1
         */
        Page: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying. Assumption: no CloudCherry source states this header (only
         *     the 429 itself is documented); it is listed, optional, because RFC 6585 suggests it.
         * @example 60
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type SchemaLoginTokenRequest = components['schemas']['LoginTokenRequest'];
export type SchemaLoginTokenResponse = components['schemas']['LoginTokenResponse'];
export type SchemaHttpDate = components['schemas']['HttpDate'];
export type SchemaOAuthError = components['schemas']['OAuthError'];
export type SchemaErrorMessage = components['schemas']['ErrorMessage'];
export type SchemaApiKey = components['schemas']['ApiKey'];
export type SchemaDisplayType = components['schemas']['DisplayType'];
export type SchemaQuestionInput = components['schemas']['QuestionInput'];
export type SchemaQuestion = components['schemas']['Question'];
export type SchemaConditionalFilter = components['schemas']['ConditionalFilter'];
export type SchemaFilterQuestion = components['schemas']['FilterQuestion'];
export type SchemaAnswerFilter = components['schemas']['AnswerFilter'];
export type SchemaResponseItem = components['schemas']['ResponseItem'];
export type SchemaAnswer = components['schemas']['Answer'];
export type SchemaAnswerPage = components['schemas']['AnswerPage'];
export type SchemaSurveyTokenId = components['schemas']['SurveyTokenId'];
export type SchemaPreFill = components['schemas']['PreFill'];
export type SchemaSurveyTokenRequest = components['schemas']['SurveyTokenRequest'];
export type SchemaSurveyToken = components['schemas']['SurveyToken'];
export type SchemaSurveyTokenPage = components['schemas']['SurveyTokenPage'];
export type SchemaUserAccount = components['schemas']['UserAccount'];
export type SchemaRegisterUserRequest = components['schemas']['RegisterUserRequest'];
export type SchemaSettings = components['schemas']['Settings'];
export type SchemaNetPromoter = components['schemas']['NetPromoter'];
export type SchemaFlashNps = components['schemas']['FlashNps'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ParameterQuestionId = components['parameters']['QuestionId'];
export type ParameterPage = components['parameters']['Page'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    loginToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["LoginTokenRequest"];
            };
        };
        responses: {
            /** @description Token issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginTokenResponse"];
                };
            };
            /**
             * @description Login refused. The body is the OAuth2 error object `{error, error_description}`. The guide
             *     documents no error codes: each `error` is an RFC 6749 section 5.2 code the server may send.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out. No body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    generateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new API key, as a JSON string. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The existing API key, as a JSON string. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Question"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listActiveQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active questions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Question"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionInput"];
            };
        };
        responses: {
            /** @description The stored question, with the id the service assigned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Question"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The question id.
                 * @example 5cbd8a1f1c9d440001a3b7e1
                 */
                id: components["parameters"]["QuestionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionInput"];
            };
        };
        responses: {
            /** @description The updated question. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Question"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The question id.
                 * @example 5cbd8a1f1c9d440001a3b7e1
                 */
                id: components["parameters"]["QuestionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerFilter"];
            };
        };
        responses: {
            /** @description The matching responses (a bare JSON array, not paged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAnswersPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The page number; the response's `currentPage` echoes it.
                 * @example 1
                 */
                page: components["parameters"]["Page"];
                /**
                 * @description Responses per page.
                 * @example 50
                 */
                rows: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerFilter"];
            };
        };
        responses: {
            /** @description The page. Note the capitalised `Responses` key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    countAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerFilter"];
            };
        };
        responses: {
            /** @description The number of matching responses, as a bare JSON integer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The response id.
                 * @example 5cbd91c71c9d440001a3c102
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSurveyToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyTokenRequest"];
            };
        };
        responses: {
            /** @description The created token; its `id` (e.g. `DM-21988`) is the survey link's token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSurveyTokensPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The page number; the response's `currentPage` echoes it.
                 * @example 1
                 */
                page: components["parameters"]["Page"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. Note the capitalised `Tokens` key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTokenPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSurveyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The token id.
                 * @example DM-21988
                 */
                id: components["schemas"]["SurveyTokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSubUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sub-users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccount"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    registerUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUserRequest"];
            };
        };
        responses: {
            /** @description Registered. No body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings (only the documented fields are modelled; more are returned). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getFlashNps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerFilter"];
            };
        };
        responses: {
            /** @description The NPS summary. Note the PascalCase keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlashNps"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
