import type { Impact, SpecChange } from "./classify.js";

export type Bump = "patch" | "minor" | "major";
export const BUMP_ORDER: readonly Bump[] = ["patch", "minor", "major"];

/**
 * The bump a change needs, by the rule changesets applies: below 1.0.0 a breaking change is a minor
 * bump and everything else a patch; from 1.0.0 breaking is major, an addition minor, docs patch.
 */
export function bumpFor(impact: Impact, version: string): Bump {
  const major = Number(version.split(".")[0]);
  if (major === 0) return impact === "breaking" ? "minor" : "patch";
  return impact === "breaking" ? "major" : impact === "non-breaking" ? "minor" : "patch";
}

export function maxBump(bumps: Iterable<Bump | undefined>): Bump | undefined {
  let best: Bump | undefined;
  for (const bump of bumps) if (bump !== undefined && (best === undefined || BUMP_ORDER.indexOf(bump) > BUMP_ORDER.indexOf(best))) best = bump;
  return best;
}

export function requiredBump(changes: readonly SpecChange[], version: string): Bump | undefined {
  return maxBump(changes.map((change) => bumpFor(change.impact, version)));
}

export function covers(have: Bump | undefined, need: Bump): boolean {
  return have !== undefined && BUMP_ORDER.indexOf(have) >= BUMP_ORDER.indexOf(need);
}
