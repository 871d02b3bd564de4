import { compareSubjects, type ComparedSubject, type Subject } from '../measure/compare.js';
import type { BenchServer } from '../server/spawn.js';
import { composedSubject, heyApiSubject, openapiFetchSubject, rawFetchSubject } from './subjects.js';
import { providerClientSubject } from './provider-subject.js';

export interface ThroughputResult {
  readonly concurrency: number;
  readonly rounds: number;
  readonly requestsPerRound: number;
  readonly subjects: ComparedSubject[];
  /** Why a subject we wanted is absent (e.g. a provider package not built yet). */
  readonly missing: string[];
}

import { THROUGHPUT_NAMES } from './names.js';

export { THROUGHPUT_NAMES };

/** The same typed call (CloudLX `GET /api/services`) through every client, raw fetch first. */
export async function runThroughput(server: BenchServer, options: { rounds: number; requestsPerRound: number; concurrency: number }): Promise<ThroughputResult> {
  await server.configure({ expiresInSeconds: 3600, tokenDelayMs: 0 });
  const missing: string[] = [];
  const subjects: Subject[] = [
    rawFetchSubject(server.url),
    openapiFetchSubject(server.url),
    // The same client twice: any verdict between two clients within this pair's spread is noise.
    openapiFetchSubject(server.url, THROUGHPUT_NAMES.control),
    heyApiSubject(server.url),
  ];
  const provider = await providerClientSubject(server.url);
  if (typeof provider === 'string') missing.push(provider);
  else subjects.push(provider);
  subjects.push(await composedSubject(server.url));
  const compared = await compareSubjects(subjects, {
    rounds: options.rounds,
    requestsPerRound: options.requestsPerRound,
    warmupRequests: Math.ceil(options.requestsPerRound / 4),
    concurrency: options.concurrency,
  });
  return { ...options, subjects: compared, missing };
}
