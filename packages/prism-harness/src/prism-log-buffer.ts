import { Writable } from 'node:stream';

/**
 * Prism logs every request at info level through pino; in a test run that drowns the output, so the
 * lines go to a bounded in-memory buffer instead, readable when a test needs to explain a failure.
 */
export interface PrismLogBuffer {
  readonly stream: Writable;
  lines(): string[];
}

export function createPrismLogBuffer(maxLines: number, echoToStderr: boolean): PrismLogBuffer {
  const kept: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const text = chunk.toString();
      for (const line of text.split('\n')) {
        if (line.length === 0) continue;
        kept.push(line);
        if (kept.length > maxLines) kept.shift();
        if (echoToStderr) process.stderr.write(`${line}\n`);
      }
      done();
    },
  });
  return { stream, lines: () => [...kept] };
}
