/**
 * The lifetime a JWT access token states, in milliseconds (0 once past `exp`), or undefined
 * when the token is not a JWT or states no `exp`. The signature is not checked: the value only
 * schedules a refresh.
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
  // Never past exp by the local clock (a token may have been issued long ago), nor longer than
  // exp - iat (the local clock may be behind the issuer's).
  const untilExp = exp * 1000 - now;
  const lifetime = Number.isFinite(iat) && exp > iat ? Math.min((exp - iat) * 1000, untilExp) : untilExp;
  // A JWT already past its `exp` is expired, not of unknown lifetime: the default must not revive it.
  return Math.max(0, lifetime);
}
