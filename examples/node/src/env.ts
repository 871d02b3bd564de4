/** An environment record: `process.env` when run as a script, a test's own record under test. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Where the examples print; `console.log` by default. */
export type Log = (line: string) => void;
