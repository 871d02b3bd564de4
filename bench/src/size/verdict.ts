/** "within budget" or how far over it, in bytes and percent: the text a failing CI run shows. */
export function budgetVerdict(name: string, gzipBytes: number, budget: number): { withinBudget: boolean; message: string } {
  const over = gzipBytes - budget;
  if (over <= 0) {
    return { withinBudget: true, message: `${name}: ${gzipBytes} B min+gz, within its ${budget} B budget (${-over} B to spare)` };
  }
  const percent = ((over / budget) * 100).toFixed(1);
  return { withinBudget: false, message: `${name}: ${gzipBytes} B min+gz exceeds its ${budget} B budget by ${over} B (${percent}%)` };
}
