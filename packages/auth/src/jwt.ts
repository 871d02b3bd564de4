/**
 * The lifetime a JWT access token states, in milliseconds, or undefined when the token is not
 * a JWT. The signature is not checked: the value only schedules a refresh. `exp - iat` is
 * preferred over `exp - now` because it does not depend on the two clocks agreeing.
 */
export function jwtLifetimeMs(token: string, now: number): number | undefined {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[1] === undefined) return undefined;
  let claims: unknown;
  try {
    const base64 = parts[1].replace(/-/g, "+").replace(/_/g, "/");
    claims = JSON.parse(atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4)));
  } catch {
    return undefined;
  }
  if (typeof claims !== "object" || claims === null) return undefined;
  const { exp, iat } = claims as { exp?: unknown; iat?: unknown };
  if (typeof exp !== "number" || !Number.isFinite(exp)) return undefined;
  if (typeof iat === "number" && Number.isFinite(iat) && exp > iat) return (exp - iat) * 1000;
  const remaining = exp * 1000 - now;
  return remaining > 0 ? remaining : undefined;
}
