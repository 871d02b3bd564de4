/** Returned by {@link withinDeadline} when the step did not settle in time. */
export const TIMED_OUT: unique symbol = Symbol("timed out");

/**
 * Settles with the step's outcome, or with TIMED_OUT after `ms`, whichever comes first. The step
 * keeps running (a store call cannot be cancelled); its late rejection is swallowed so it never
 * becomes an unhandled rejection.
 */
export function withinDeadline<T>(step: () => T | Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const work = Promise.resolve().then(step);
  work.catch(() => {});
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(resolve, ms, TIMED_OUT)));
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
