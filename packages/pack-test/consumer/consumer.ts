// Compiled and run by test/packed-consumer.test.ts in a project that installed the packed
// tarballs with npm: it sees the packages exactly as a user would, outside the workspace.
import { createAuth, clientCredentials, OAuthError } from "@cloud-sdks/auth";
import { ApiError } from "@cloud-sdks/core";

interface Env {
  readonly CLOUDLX_URL: string;
}

const env = (globalThis as unknown as { process: { env: Env } }).process.env;

const auth = createAuth({
  credentials: clientCredentials({
    tokenUrl: `${env.CLOUDLX_URL}/api/oauth2/access-token`,
    clientId: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
    clientSecret: "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS",
    clientAuthentication: "client_secret_post",
  }),
  apiBaseUrl: env.CLOUDLX_URL,
  headers: { accept: "application/vnd.cloudlx.v1+json" },
});

const tokens = await auth.getTokens();
const typedErrors: readonly (typeof OAuthError | typeof ApiError)[] = [OAuthError, ApiError];
console.log(JSON.stringify({ tokenType: tokens.tokenType, tokenLength: tokens.accessToken.length, errorClasses: typedErrors.length }));
