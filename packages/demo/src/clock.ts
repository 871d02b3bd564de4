/**
 * A clock the demo can move forward. The clients take `now`, so expiry can be forced without
 * waiting an hour (CloudLX) or a day (Cloudmore).
 */
export interface DemoClock {
  readonly now: () => number;
  /** Moves the clock to `epochMs` (never backwards) and returns by how many ms it moved. */
  advanceTo(epochMs: number): number;
}

export function createDemoClock(): DemoClock {
  let offsetMs = 0;
  const now = () => Date.now() + offsetMs;
  return {
    now,
    advanceTo(epochMs) {
      const by = Math.max(0, epochMs - now());
      offsetMs += by;
      return by;
    },
  };
}
