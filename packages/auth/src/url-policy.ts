import { ConfigError, InsecureUrlError } from "./errors.js";

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * Parses a token or API URL and enforces the transport policy: https, or http on loopback,
 * unless `allowInsecureHttp`. URLs with embedded credentials are refused (fetch would too).
 */
export function checkUrl(value: unknown, option: string, allowInsecureHttp: boolean): URL {
  if (typeof value !== "string" && !(value instanceof URL)) {
    throw new ConfigError(option, "must be an absolute URL string.");
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(option, "must be an absolute URL (e.g. https://api.example.com).");
  }
  if (url.username !== "" || url.password !== "") {
    throw new ConfigError(option, "must not embed a user name or password; pass credentials separately.");
  }
  if (url.protocol === "https:") return url;
  if (url.protocol !== "http:") throw new ConfigError(option, "must use https.");
  if (!allowInsecureHttp && !isLoopback(url.hostname)) throw new InsecureUrlError(option);
  return url;
}
