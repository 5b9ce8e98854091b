// One line of `npm run bench`. Each tests/bench/<area>.ts exports `bench(): Promise<BenchRow[]>`;
// the runner (run.ts) fills what a module leaves out: the area (the module's name), the unit (ms)
// and `ok` (value <= budget when the budget is a number in the row's unit).
export interface BenchRow {
  /** the module that measured it: engine, library, sizes, ... */
  area?: string;
  name: string;
  /** the measured figure in `unit` (a median for timings); `median_ms` and `value` are accepted spellings */
  median?: number;
  median_ms?: number;
  value?: number;
  /** 'ms' when absent; 'KB', 'x' (a ratio), ... */
  unit?: string;
  /** a number in the row's unit (lower is better), or a budget described in words, or none */
  budget?: number | string | null;
  /** met the budget: true/false, null when there is none to check */
  ok?: boolean | null;
  /** what else the reader needs to judge the figure */
  note?: string;
}

export type BenchModule = { bench: () => Promise<BenchRow[]> };

/** Median of a list of numbers (the middle one, or the mean of the two middle ones). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
