/** A token one worker obtained from the token endpoint, in its own clock (epoch ms). */
export interface IssuedToken {
  readonly obtainedAt: number;
  readonly expiresAt: number;
}

/** A worker says it is connected and warmed up; the parent answers with {@link Go}. */
export interface Ready {
  readonly ready: true;
}

/** Every worker starts calling at `startAt` (epoch ms), so the run's span is known. */
export interface Go {
  readonly startAt: number;
}

/**
 * The parent saw the token endpoint issue the token of renewal `generation` (1, 2, 3): the
 * fleet now calls with token number `generation` (0 is the first grant's).
 */
export interface Generation {
  readonly generation: number;
}

/** What a fleet worker sends its parent when its calls are done. */
export interface WorkerReport {
  readonly ready?: undefined;
  readonly calls: number;
  readonly failed: number;
  readonly failures: readonly string[];
  readonly firstCallAt: number;
  readonly lastCallStartedAt: number;
  /** Calls started while each token generation was the newest the worker had heard of. */
  readonly callsPerGeneration: readonly number[];
  /** Calls made slowly, after a generation's share was used up, to reach its refresh point. */
  readonly keepAliveCalls: number;
  /** When the worker had made each generation's share (epoch ms; null: not before the next one, or the last). */
  readonly shareDoneAt: readonly (number | null)[];
  readonly issued: readonly IssuedToken[];
}
