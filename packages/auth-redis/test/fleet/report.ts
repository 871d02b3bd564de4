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

/** What a fleet worker sends its parent when its calls are done. */
export interface WorkerReport {
  readonly ready?: undefined;
  readonly calls: number;
  readonly failed: number;
  readonly failures: readonly string[];
  readonly firstCallAt: number;
  readonly lastCallStartedAt: number;
  readonly issued: readonly IssuedToken[];
}
