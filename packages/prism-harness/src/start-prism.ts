import { access } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import prismCore from '@stoplight/prism-core';
import prismHttp, { type IHttpConfig } from '@stoplight/prism-http';
import prismHttpServer from '@stoplight/prism-http-server';
import { createPrismLogBuffer } from './prism-log-buffer.js';

export interface StartPrismOptions {
  /** Spec name (used as the key of `urls`) to the path of its OpenAPI YAML/JSON file. */
  specs: Record<string, string>;
  /** Mirrors `prism mock --errors`: request and response violations come back as errors. Default true. */
  errors?: boolean;
  /** Only static (example-based) mocking is supported: contract tests compare bodies with examples. */
  dynamic?: false;
  /** Prism's pino level. Default 'warn'. */
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  /** Also print Prism's log lines to stderr (default: only when PRISM_HARNESS_DEBUG is set). */
  echoLogs?: boolean;
}

export interface RunningPrism {
  /** Spec name to base URL, e.g. `{ cloudlx: 'http://127.0.0.1:40123' }`. */
  urls: Record<string, string>;
  /** Wall-clock milliseconds from the call to every server listening. */
  startupMs: number;
  /** The last Prism log lines (all servers), for debugging a failing contract test. */
  logs(): string[];
  /** Closes every server; resolves once nothing listens any more. Safe to call twice. */
  stop(): Promise<void>;
}

const REDACTED_LOG_PATHS = [
  'input.headers.authorization',
  'input.headers.cookie',
  'input.headers["x-api-key"]',
  'input.headers["api-key"]',
  'input.body',
  'input.url.query',
  'headers.authorization',
  'headers.cookie',
  'body',
];

type PrismServer = ReturnType<typeof prismHttpServer.createServer>;

export class PrismStartError extends Error {
  override readonly name = 'PrismStartError';
}

/**
 * Starts one Prism mock server per spec inside this process, each on 127.0.0.1 with an OS-assigned
 * port. The config is the one `prism mock --errors` builds (prism-cli util/createServer.js):
 * request validation, security checks and response validation all on.
 */
export async function startPrism(options: StartPrismOptions): Promise<RunningPrism> {
  const began = performance.now();
  const entries = Object.entries(options.specs);
  if (entries.length === 0) {
    throw new PrismStartError('startPrism needs at least one spec: pass { specs: { name: "/path/to/spec.yaml" } }.');
  }
  const logBuffer = createPrismLogBuffer(2000, options.echoLogs ?? Boolean(process.env['PRISM_HARNESS_DEBUG']));
  const logger = prismCore.createLogger(
    'HARNESS',
    // Prism logs whole requests (bearer tokens, password-grant bodies) on errors; keep them out.
    { level: options.logLevel ?? 'warn', redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' } },
    logBuffer.stream,
  );
  const config: IHttpConfig = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: options.errors ?? true,
    upstreamProxy: undefined,
    isProxy: false,
    mock: { dynamic: false, ignoreExamples: false },
  };

  const started: PrismServer[] = [];
  const stopAll = async () => {
    const closing = started.splice(0).map((server) => server.close());
    await Promise.allSettled(closing);
  };

  try {
    const urlEntries = await Promise.all(
      entries.map(async ([name, specPath]) => {
        const absolute = path.resolve(specPath);
        await access(absolute).catch(() => {
          throw new PrismStartError(`Spec "${name}" not found at ${absolute}; pass an existing OpenAPI file path.`);
        });
        const operations = await prismHttp.getHttpOperationsFromSpec(absolute).catch((error: unknown) => {
          throw new PrismStartError(`Prism could not load spec "${name}" (${absolute}): ${String(error)}`);
        });
        if (operations.length === 0) {
          throw new PrismStartError(`Spec "${name}" (${absolute}) has no operations for Prism to mock.`);
        }
        const server = prismHttpServer.createServer(operations, {
          cors: true,
          config,
          components: { logger: logger.child({ name: `HTTP SERVER ${name}` }) },
        });
        const address = await server.listen(0, '127.0.0.1');
        started.push(server);
        return [name, address] as const;
      }),
    );
    const startupMs = Math.round(performance.now() - began);
    let stopped: Promise<void> | undefined;
    return {
      urls: Object.fromEntries(urlEntries),
      startupMs,
      logs: logBuffer.lines,
      stop: () => (stopped ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
