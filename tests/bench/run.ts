// npm run bench [-- <area>...]: runs every tests/bench/<area>.ts that exports bench() (or only the
// areas named), prints one table of figures next to their budgets. A benchmark, not a test: the exit
// code is 0 unless a module crashes; rows that miss their budget are marked MISSED.
import type { BenchModule, BenchRow } from './types';

const modules = import.meta.glob<BenchModule>(['./*.ts', '!./run.ts', '!./types.ts'], { eager: true });

/** Decimals shown per unit. */
const DECIMALS: Record<string, number> = { ms: 1, KB: 1, x: 3 };

export interface ResolvedRow {
  area: string;
  name: string;
  value: number | null;
  unit: string;
  budget: string;
  ok: boolean | null;
  note: string;
}

export function resolveRow(area: string, row: BenchRow): ResolvedRow {
  const value = row.median ?? row.median_ms ?? row.value ?? null;
  const unit = row.unit ?? 'ms';
  const numeric = typeof row.budget === 'number';
  const ok = row.ok !== undefined ? row.ok : numeric && value !== null ? value <= (row.budget as number) : null;
  const budget = row.budget === null || row.budget === undefined ? '' : numeric ? `<= ${row.budget} ${unit}` : String(row.budget);
  return { area: row.area ?? area, name: row.name, value, unit, budget, ok, note: row.note ?? '' };
}

function format(row: ResolvedRow): string {
  const value = row.value === null ? '-' : `${row.value.toFixed(DECIMALS[row.unit] ?? 1)} ${row.unit}`;
  const verdict = row.ok === null ? '' : row.ok ? 'ok' : 'MISSED';
  return [row.area.padEnd(8), row.name.padEnd(64), value.padStart(12), row.budget.padEnd(22), verdict.padEnd(6), row.note]
    .join('  ')
    .trimEnd();
}

export async function main(args: string[]): Promise<number> {
  const wanted = args.filter((a) => !a.startsWith('-'));
  let failed = false;
  for (const [path, mod] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    const area = path.replace(/^\.\//, '').replace(/\.ts$/, '');
    if (typeof mod.bench !== 'function' || (wanted.length && !wanted.includes(area))) continue;
    try {
      const rows = (await mod.bench()).map((r) => resolveRow(area, r));
      for (const row of rows) console.log(format(row));
    } catch (error) {
      failed = true;
      console.error(`${area}: the benchmark failed (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  return failed ? 1 : 0;
}
