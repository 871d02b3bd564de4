import { ConfigError, InsecureUrlError } from "./errors.js";

/**
 * Parses a token or API URL and enforces the transport policy: https, or http on loopback,
 * unless `allowInsecureHttp`. URLs with embedded credentials are refused (fetch would too).
 */
export function checkUrl(value: unknown, option: string, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(value as string);
  } catch {
    throw new ConfigError(option, "must be an absolute URL, e.g. https://api.example.com.");
  }
  if (url.username || url.password) throw new ConfigError(option, "must not embed credentials: pass them separately.");
  // The URL parser normalises IPv4 addresses, so a 127.x.y.z host name is a loopback address.
  const loopback = url.hostname === "localhost" || url.hostname === "[::1]" || /^127(\.\d+){3}$/.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (allowInsecureHttp || loopback))) throw new InsecureUrlError(option);
  return url;
}
