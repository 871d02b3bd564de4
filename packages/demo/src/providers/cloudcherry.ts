import { cloudcherryOptionsFromEnv, createCloudcherryClient } from "@cloud-sdks/cloudcherry";
import { outcomeOf, pagedOutcome, type ProviderDemo, type ResourceCall } from "./provider-demo.js";

type CloudcherryClient = ReturnType<typeof createCloudcherryClient>;

function resourceCalls(client: CloudcherryClient): ResourceCall[] {
  return [
    { label: "GET /api/questions", live: true, run: () => outcomeOf(client.GET("/api/questions")) },
    { label: "GET /api/settings", live: true, run: () => outcomeOf(client.GET("/api/settings")) },
    { label: "GET /api/account/getsubusers", live: true, run: () => outcomeOf(client.GET("/api/account/getsubusers")) },
    {
      // Read-only despite the POST (the body is the filter); live, at most 3 pages of 100.
      label: "paginate POST /api/answers/page/{page}/{rows}",
      live: true,
      run: () => pagedOutcome(client.paginate("/api/answers/page/{page}/{rows}", { body: {} }, { pageSize: 100, maxPages: 3 }).pages(), "answers"),
    },
  ];
}

/** CloudCherry: password (or API key) login at /api/LoginToken; a 401 means log in again. */
export const cloudcherryDemo: ProviderDemo = {
  name: "cloudcherry",
  title: "CloudCherry",
  tokenPaths: { grant: "/api/LoginToken" },
  tokenError: { prefer: "code=400, example=invalidGrant", oauthError: "invalid_grant" },
  mockSession(baseUrl, { fetch, now }) {
    const client = createCloudcherryClient({ baseUrl, username: "acmecx", password: "correct-horse-battery-staple", fetch, now });
    return { auth: client.auth, calls: resourceCalls(client) };
  },
  liveSession(env, { fetch, now }) {
    const client = createCloudcherryClient({ ...cloudcherryOptionsFromEnv(env), fetch, now });
    return { auth: client.auth, calls: resourceCalls(client) };
  },
};
