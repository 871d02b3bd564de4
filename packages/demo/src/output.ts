/** Where the demo writes: the terminal in `pnpm demo`, a buffer in the tests. */
export interface DemoOutput {
  out(line: string): void;
  err(line: string): void;
}

export const consoleOutput: DemoOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
