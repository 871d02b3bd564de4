import { apiKeyPasswordGrant, httpBasic, passwordGrant, type Credentials } from "@cloud-sdks/auth";
import { ClientConfigError, requireString } from "@cloud-sdks/core";
import type { CloudcherryAuthMode, CloudcherryOptions } from "./options.js";

/** The validated credentials and the mode they were built for. */
export interface CloudcherryCredentials {
  readonly mode: CloudcherryAuthMode;
  readonly credentials: Credentials;
}

const AUTH_MODES: readonly string[] = ["token", "basic"];

/**
 * Checks `username`, exactly one of `password` / `apiKey`, and `auth`, naming the bad option; then
 * builds the password grant at `tokenUrl` (token mode) or HTTP Basic (basic mode).
 */
export function cloudcherryCredentials(options: CloudcherryOptions, tokenUrl: string): CloudcherryCredentials {
  const username = requireString("cloudcherry", "username", options.username);
  const hasPassword = options.password !== undefined;
  const hasApiKey = options.apiKey !== undefined;
  if (hasPassword && hasApiKey) {
    throw new ClientConfigError("cloudcherry", "apiKey", "cannot be combined with `password`: pass exactly one of them (an API key stands in for the password)");
  }
  if (!hasPassword && !hasApiKey) {
    throw new ClientConfigError("cloudcherry", "password", "or `apiKey` is required: pass exactly one (an API key from GetAPIKey/GenerateAPIKey stands in for the password)");
  }
  const secret = hasPassword
    ? requireString("cloudcherry", "password", options.password)
    : requireString("cloudcherry", "apiKey", options.apiKey);

  const mode = options.auth ?? "token";
  if (!AUTH_MODES.includes(mode)) throw new ClientConfigError("cloudcherry", "auth", 'must be "token" (default) or "basic"');
  if (mode === "basic") return { mode, credentials: httpBasic({ username, password: secret }) };
  return {
    mode,
    credentials: hasPassword
      ? passwordGrant({ tokenUrl, username, password: secret })
      : apiKeyPasswordGrant({ tokenUrl, username, apiKey: secret }),
  };
}
