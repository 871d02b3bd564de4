import { describe, expect, it } from 'vitest';
import { sizeTargets } from '../src/size/budgets.js';
import { measureBundle } from '../src/size/bundle-size.js';
import { budgetVerdict } from '../src/size/verdict.js';

// Sizes, not timings: deterministic for a given build, so asserting them is safe in CI.
describe('bundle size budgets (min+gz, esbuild, platform neutral)', () => {
  for (const target of sizeTargets()) {
    const { budget, ceiling } = target;
    if (budget === undefined) continue;
    const limit = ceiling ?? budget;
    it(`${target.name} stays within ${limit} B`, async () => {
      const size = await measureBundle(target.entry, target.platform);
      const againstTarget = budgetVerdict(target.name, size.gzipBytes, budget);
      const verdict = budgetVerdict(target.name, size.gzipBytes, limit);
      const largest = size.topInputs.map((input) => `${input.path} ${input.bytes} B`).join(', ');
      // The target's verdict is printed either way, so a missed target stays visible in CI logs.
      console.log(`${againstTarget.message}${target.note === undefined ? '' : ` [${target.note}]`}; largest inputs (min): ${largest}`);
      expect(verdict.withinBudget, verdict.message).toBe(true);
    });
  }
});

describe('budgetVerdict', () => {
  it('states by how much a budget is exceeded', () => {
    expect(budgetVerdict('x', 6_300, 6_000)).toEqual({ withinBudget: false, message: 'x: 6300 B min+gz exceeds its 6000 B budget by 300 B (5.0%)' });
  });
  it('passes at exactly the budget', () => {
    expect(budgetVerdict('x', 6_000, 6_000).withinBudget).toBe(true);
  });
});
