/**
 * The lifetime a JWT access token states, in milliseconds (0 once past `exp`), or undefined
 * when the token is not a JWT or states no `exp`. The signature is not checked: the value only schedules a refresh. `exp - iat` is
 * preferred over `exp - now` because it does not depend on the two clocks agreeing.
 */
export function jwtLifetimeMs(token: string, now: number): number | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  let claims: unknown;
  try {
    // base64url to base64; atob accepts the missing padding (forgiving-base64).
    claims = JSON.parse(atob(parts[1]!.replace(/-/g, "+").replace(/_/g, "/")));
  } catch {
    return undefined;
  }
  // Number.isFinite is false for anything but a finite number, so the casts hold when it passes.
  const { exp, iat } = (claims ?? {}) as { exp: number; iat: number };
  if (!Number.isFinite(exp)) return undefined;
  const lifetime = Number.isFinite(iat) && exp > iat ? (exp - iat) * 1000 : exp * 1000 - now;
  // A JWT already past its `exp` is expired, not of unknown lifetime: the default must not revive it.
  return Math.max(0, lifetime);
}
