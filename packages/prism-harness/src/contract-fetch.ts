/** One problem Prism found in a request or response (the `sl-violations` header / problem+json `validation`). */
export interface PrismViolation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

export interface RecordedCall {
  method: string;
  url: string;
  status: number;
  responseHeaders: Record<string, string>;
  /** Empty when Prism found nothing wrong. */
  violations: PrismViolation[];
}

export interface ContractFetchOptions {
  /** 'throw' (default) rejects the fetch with a ContractViolationError; 'record' only records it. */
  onViolation?: 'throw' | 'record';
}

export interface ContractFetch {
  /** Pass this as the client's `fetch`. */
  fetch: typeof fetch;
  /** Every call made through `fetch`, in order. */
  readonly calls: RecordedCall[];
  /** The calls that carried violations. */
  failures(): RecordedCall[];
  /** Throws a ContractViolationError listing every recorded violation, if any. */
  assertNoViolations(): void;
}

const PRISM_ERROR_TYPE_PREFIX = 'https://stoplight.io/prism/errors#';
/** Prism problem types that mean "the contract was broken", as opposed to e.g. a 404 route miss. */
const PRISM_VIOLATION_TYPES = new Set(['UNPROCESSABLE_ENTITY', 'VIOLATIONS', 'UNAUTHORIZED', 'INVALID_CONTENT_TYPE']);

export class ContractViolationError extends Error {
  override readonly name = 'ContractViolationError';
  constructor(readonly failedCalls: readonly RecordedCall[]) {
    super(describeFailures(failedCalls));
  }
}

/**
 * Wraps fetch so that a contract test fails when Prism reports a violation. Prism reports them two
 * ways: an `sl-violations` header when it still answers with a spec response, and a problem+json body
 * of its own (422 for invalid input, 401 for unmet security, 500 for an invalid response) when it
 * could not — both count.
 */
export function createContractFetch(baseFetch: typeof fetch = globalThis.fetch, options: ContractFetchOptions = {}): ContractFetch {
  const calls: RecordedCall[] = [];
  const onViolation = options.onViolation ?? 'throw';

  const contractFetch: typeof fetch = async (input, init) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const url = input instanceof Request ? input.url : String(input);
    const response = await baseFetch(input, init);
    const call: RecordedCall = {
      method,
      url,
      status: response.status,
      responseHeaders: Object.fromEntries(response.headers),
      violations: [...parseViolationHeader(response.headers.get('sl-violations')), ...(await readPrismProblem(response))],
    };
    calls.push(call);
    if (call.violations.length > 0 && onViolation === 'throw') throw new ContractViolationError([call]);
    return response;
  };

  const failures = () => calls.filter((call) => call.violations.length > 0);
  return {
    fetch: contractFetch,
    calls,
    failures,
    assertNoViolations() {
      const failed = failures();
      if (failed.length > 0) throw new ContractViolationError(failed);
    },
  };
}

export function parseViolationHeader(header: string | null): PrismViolation[] {
  if (header === null) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    if (Array.isArray(parsed)) return parsed.map(toViolation);
  } catch {
    // Prism truncates oversized headers ("Too many violations! ..."), which is no longer JSON.
  }
  return [{ location: [], severity: 'Error', message: header }];
}

async function readPrismProblem(response: Response): Promise<PrismViolation[]> {
  if (!(response.headers.get('content-type') ?? '').includes('application/problem+json')) return [];
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    return [];
  }
  if (!isRecord(body) || typeof body['type'] !== 'string' || !body['type'].startsWith(PRISM_ERROR_TYPE_PREFIX)) return [];
  const kind = body['type'].slice(PRISM_ERROR_TYPE_PREFIX.length);
  if (!PRISM_VIOLATION_TYPES.has(kind)) return [];
  const listed = Array.isArray(body['validation']) ? body['validation'].map(toViolation) : [];
  if (listed.length > 0) return listed;
  const detail = typeof body['detail'] === 'string' ? body['detail'] : String(body['title']);
  return [{ location: ['prism'], severity: 'Error', code: kind, message: detail }];
}

function toViolation(raw: unknown): PrismViolation {
  if (!isRecord(raw)) return { location: [], severity: 'Error', message: String(raw) };
  const code = raw['code'];
  return {
    location: Array.isArray(raw['location']) ? raw['location'].map(String) : [],
    severity: typeof raw['severity'] === 'string' ? raw['severity'] : 'Error',
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: typeof raw['message'] === 'string' ? raw['message'] : JSON.stringify(raw),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeFailures(failedCalls: readonly RecordedCall[]): string {
  const lines = failedCalls.map((call) => {
    // Only the path: query strings may carry API keys.
    const where = `${call.method} ${new URL(call.url).pathname} -> ${call.status}`;
    const what = call.violations.map((v) => `  - [${v.location.join('.') || 'unknown'}] ${v.message}`).join('\n');
    return `${where}\n${what}`;
  });
  return `Prism reported contract violations:\n${lines.join('\n')}`;
}
