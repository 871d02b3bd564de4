import type { FaultProbe } from "./fault-case.js";

/** A FaultProbe plus what the runner reads back after the case. */
export interface RecordingProbe extends FaultProbe {
  readonly lines: readonly string[];
  readonly secrets: readonly string[];
  /** Runs the deferred cleanups, newest first; a failing cleanup does not stop the others. */
  cleanup(): Promise<void>;
}

export function createProbe(): RecordingProbe {
  const lines: string[] = [];
  const secrets: string[] = [];
  const cleanups: (() => unknown)[] = [];
  return {
    lines,
    secrets,
    logger: {
      debug: (message) => void lines.push(String(message)),
      warn: (message) => void lines.push(String(message)),
    },
    secret(value) {
      if (value !== "") secrets.push(value);
      return value;
    },
    defer: (cleanup) => void cleanups.push(cleanup),
    async cleanup() {
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch {
          // A cleanup that fails must not hide the case's own outcome.
        }
      }
    },
  };
}
