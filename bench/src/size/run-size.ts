import { measureBundle, type BundleSize } from './bundle-size.js';
import { sizeTargets } from './budgets.js';

export interface SizeEntry extends BundleSize {
  readonly name: string;
  readonly budget: number | undefined;
  readonly ceiling?: number;
  readonly note?: string;
  readonly whyMissed?: string;
}

export interface SizeResult {
  readonly entries: SizeEntry[];
}

/** Every size target, measured; a provider's lazily loaded validation chunks are `lazyGzipBytes`. */
export async function runSize(): Promise<SizeResult> {
  const entries: SizeEntry[] = [];
  for (const target of sizeTargets()) {
    const size = await measureBundle(target.entry, target.platform);
    entries.push({ ...size, name: target.name, budget: target.budget, ...(target.ceiling === undefined ? {} : { ceiling: target.ceiling }), ...(target.note === undefined ? {} : { note: target.note }), ...(target.whyMissed === undefined ? {} : { whyMissed: target.whyMissed }) });
  }
  return { entries };
}
