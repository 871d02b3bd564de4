export interface FaultProbe {
  /** A logger that records every line (debug and warn); lines are swept for secrets. */
  readonly logger: { debug(message: string): void; warn(message: string): void };
  /** Registers a value that must never leak; returns it. */
  secret<T extends string>(value: T): T;
  /** Registers cleanup run after the case (close servers, stores). */
  defer(cleanup: () => unknown): void;
}
export interface FaultCase {
  readonly id: string;          // stable, e.g. "store.get-never-settles"
  readonly fault: string;       // README matrix column: the fault in words
  readonly does: string;        // README matrix column: what the SDK does
  readonly expect: "recovered" | { readonly code: string };
  readonly run: (probe: FaultProbe) => Promise<unknown>;
}
