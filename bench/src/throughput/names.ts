// Apart from run-throughput.ts, which imports the generated peer client: the report needs these
// names without loading it (it does not exist until generatePeers has run).
export const THROUGHPUT_NAMES = {
  raw: 'raw fetch + static header',
  openapiFetch: 'openapi-fetch + static header',
  /** A second, identical openapi-fetch client: the rounds' ratio between the two is the noise floor. */
  control: 'control: a second openapi-fetch + static header',
  heyApi: '@hey-api/openapi-ts fetch client + static header',
} as const;
