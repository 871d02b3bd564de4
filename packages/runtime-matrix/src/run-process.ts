import { execFile } from "node:child_process";
import { access } from "node:fs/promises";

export interface ProcessOutput {
  readonly stdout: string;
  readonly stderr: string;
}

/** A runtime that cannot start, or fails, names itself and shows what it printed. */
export class RuntimeFailure extends Error {
  constructor(runtime: string, problem: string, output?: Partial<ProcessOutput>) {
    const tail = (text = "") => text.trim().split("\n").slice(-25).join("\n");
    super(`${runtime}: ${problem}${output ? `\n--- stdout\n${tail(output.stdout)}\n--- stderr\n${tail(output.stderr)}` : ""}`);
    this.name = "RuntimeFailure";
  }
}

/** Fails naming the runtime when its executable is missing (an install that skipped it). */
export async function requireExecutable(runtime: string, path: string, hint: string): Promise<string> {
  await access(path).catch(() => {
    throw new RuntimeFailure(runtime, `cannot start: ${path} is missing (${hint})`);
  });
  return path;
}

/** Runs a command to completion; a non-zero exit, a signal or the time bound is a RuntimeFailure. */
export function runProcess(runtime: string, file: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ProcessOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new RuntimeFailure(runtime, `\`${[file, ...args].join(" ")}\` failed (${error.code ?? error.signal ?? error.message})`, { stdout, stderr }));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/** The scenario's JSON result: the last line of `text` starting with `marker`. */
export function resultLine(runtime: string, output: ProcessOutput, marker = ""): Record<string, unknown> {
  const lines = `${output.stdout}\n${output.stderr}`.split("\n").filter((line) => line.trim().startsWith(`${marker}{`));
  const line = lines.pop();
  if (line === undefined) throw new RuntimeFailure(runtime, "printed no result", output);
  return JSON.parse(line.trim().slice(marker.length)) as Record<string, unknown>;
}
