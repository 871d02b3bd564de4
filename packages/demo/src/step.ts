/** The outcome of one demo step, as printed in the summary. */
export interface StepResult {
  readonly name: string;
  readonly ok: boolean;
  /** What happened, in one or a few lines; never a secret. */
  readonly detail: string;
}

/** A check in a demo step did not hold; its message says what was expected and what was seen. */
export class DemoCheckError extends Error {
  override readonly name = "DemoCheckError";
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new DemoCheckError(message);
}

/** A step that hangs must not hold the demo: Prism answers locally within milliseconds. */
const STEP_TIMEOUT_MS = 15_000;

/** Runs one step; a thrown error becomes a failed step naming the error, never a crash of the demo. */
export async function runStep(name: string, body: () => Promise<string>): Promise<StepResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DemoCheckError(`did not finish within ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
  });
  try {
    return { name, ok: true, detail: await Promise.race([body(), timeout]) };
  } catch (error) {
    return { name, ok: false, detail: describeError(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** How an error reads to a user: the class, the stable code where there is one, the message. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === "string" ? ` [${code}]` : ""}: ${error.message}`;
}
