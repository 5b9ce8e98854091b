// Hostile input (issue 7): analysis time per KB on pathological texts, next to seed 004 slices of the
// same size measured in the same run, and how that cost grows from 1x to 2x to 4x the size. A regex or
// loop that backtracks or rescans shows as a ratio far above 1 or a per-KB cost that climbs with size.
// Each input goes through what a person's file goes through: fileToBlocks (text, markdown or HTML), then analyze.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../lib/analyze';
import { fileToBlocks, NoticeInputError } from '../../lib/extract/file';
import type { BenchRow } from './types';

/** A pathological text may cost at most this many times seed 004's cost per KB at the same size. */
export const PER_KB_BUDGET = 3;
/** Cost per KB at 4x may be this many times the cost at 1x and still count as linear (noise on 2 shared cores). */
export const GROWTH_BUDGET = 1.5;
/** Sizes: the base, then its multiples; 4x is the 200 KB of a long notice. */
const BASE_BYTES = 50 * 1024;
const FACTORS = [1, 2, 4];
const RUNS = 3;
const SEEDS_DIR = resolve(process.cwd(), '../shared/seeds');
const TARGET_SEED = '004';

/** Repeats `unit` (made by index) until `bytes` characters. */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, bytes);
}

const WORDS = ['donnees', 'conservation', 'privacy', 'data', 'nous', 'vos', 'droits', 'years', 'compte', 'partenaires', 'transfer', 'cookies'];

/** The pathological inputs, each as a file name (its kind) and a maker by size. */
export const PATHOLOGICAL: { name: string; file: string; make: (bytes: number) => string }[] = [
  { name: 'one line, no punctuation', file: 'line.txt', make: (n) => fill(n, (i) => `${WORDS[(i * 7) % WORDS.length]} `) },
  { name: "'aaaa…' (one word)", file: 'a.txt', make: (n) => 'a'.repeat(n) },
  {
    name: 'deeply nested HTML',
    file: 'nested.html',
    make: (n) => {
      const text = 'Nous conservons vos données trois ans.';
      const open = '<div><span>';
      const close = '</span></div>';
      const depth = Math.floor((n - text.length) / (open.length + close.length));
      return `${open.repeat(depth)}${text}${close.repeat(depth)}`;
    },
  },
  { name: 'thousands of tiny headings', file: 'headings.md', make: (n) => fill(n, (i) => `## ${i}\n\nA.\n\n`) },
  {
    name: 'a huge table',
    file: 'table.html',
    make: (n) => `<table>${fill(n - 15, (i) => `<tr><td>Cookie ${i}</td><td>13 mois</td><td>mesure d'audience</td></tr>`)}</table>`,
  },
  // Inside sentences of a notice, so that the language is known and every rule and fact pattern runs on them.
  {
    name: 'repeated e-mail-like strings',
    file: 'emails.txt',
    make: (n) => fill(n, (i) => `Écrivez à a.b.c${i}@d.e.f.g.h@i.j-k.l.${'x.'.repeat(20)}fr ou dpo@@exemple..fr pour exercer vos droits sur vos données. `),
  },
  { name: 'periods in one sentence, no punctuation', file: 'periods.txt', make: (n) => fill(n, (i) => `nous conservons vos données ${i % 90} ans et `) },
  {
    name: "digit runs with 'ans'/'years'",
    file: 'digits.txt',
    make: (n) => fill(n, (i) => `Nous conservons vos données ${'1234567890'.repeat(3)}${i} ${i % 2 ? 'ans' : 'ans ans 12 mois 3'} après la fin du contrat ${'9 '.repeat(30)}ans. `),
  },
];

function seedText(): string {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${TARGET_SEED}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${TARGET_SEED} is missing from ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** A slice of seed 004 of `bytes` characters (the seed repeated when it is shorter), cut at a line end. */
function seedSlice(seed: string, bytes: number): string {
  const long = seed.repeat(Math.ceil(bytes / seed.length) + 1);
  const end = long.lastIndexOf('\n', bytes);
  return long.slice(0, end > bytes / 2 ? end : bytes);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Seed 004 as a plain HTML page of `bytes` characters: markdown titles as headings, other lines as paragraphs. */
function seedHtml(seed: string, bytes: number): string {
  const html = seedSlice(seed, bytes)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (/^#+\s/.test(line) ? `<h2>${escapeHtml(line.replace(/^#+\s*/, ''))}</h2>` : `<p>${escapeHtml(line)}</p>`))
    .join('\n');
  const end = html.lastIndexOf('</p>', bytes);
  return html.slice(0, end > 0 ? end + '</p>'.length : bytes);
}

/** HTML inputs are compared with seed 004 as HTML (parsing and Readability cost per byte), text inputs with its text. */
const isHtml = (file: string) => file.endsWith('.html');

/** Best time of RUNS analyses (the algorithm's cost when the shared machine does not get in the way). */
function time(file: string, content: string): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    try {
      const extracted = fileToBlocks(file, content);
      analyze(extracted.blocks, { kind: extracted.kind, title: extracted.title });
    } catch (error) {
      if (!(error instanceof NoticeInputError)) throw error;
    }
    if (i > 0) times.push(performance.now() - started); // the first run warms up
  }
  return Math.min(...times);
}

const kb = (text: string) => text.length / 1024;

export async function bench(): Promise<BenchRow[]> {
  const seed = seedText();
  const rows: BenchRow[] = [];
  // The references, per size: seed 004 cost per KB, as text and as HTML.
  const references = { text: [] as number[], html: [] as number[] };
  for (const f of FACTORS) {
    const text = seedSlice(seed, BASE_BYTES * f);
    const html = seedHtml(seed, BASE_BYTES * f);
    references.text.push(time('seed.txt', text) / kb(text));
    references.html.push(time('seed.html', html) / kb(html));
  }
  for (const kind of ['text', 'html'] as const) {
    FACTORS.forEach((f, i) =>
      rows.push({ name: `adversarial: seed ${TARGET_SEED} as ${kind}, ${f}x (${(BASE_BYTES * f) / 1024} KB), per KB`, median: references[kind][i], unit: 'ms', budget: null, note: 'reference' }),
    );
  }
  for (const input of PATHOLOGICAL) {
    const reference = isHtml(input.file) ? references.html : references.text;
    const perKb = FACTORS.map((f) => {
      const content = input.make(BASE_BYTES * f);
      return time(input.file, content) / kb(content);
    });
    const ratios = perKb.map((cost, i) => cost / (reference[i] as number));
    const worst = Math.max(...ratios);
    rows.push({
      name: `adversarial: ${input.name}, per KB / seed ${TARGET_SEED} ${isHtml(input.file) ? 'HTML' : 'text'} per KB (worst size)`,
      median: worst,
      unit: 'x',
      budget: PER_KB_BUDGET,
      note: FACTORS.map((f, i) => `${f}x ${(perKb[i] as number).toFixed(3)} ms/KB`).join(', '),
    });
    rows.push({
      name: `adversarial: ${input.name}, growth: per KB at ${FACTORS.at(-1)}x / at 1x`,
      median: (perKb.at(-1) as number) / (perKb[0] as number),
      unit: 'x',
      budget: GROWTH_BUDGET,
      note: `2x: ${((perKb[1] as number) / (perKb[0] as number)).toFixed(2)}; linear when about 1`,
    });
  }
  return rows;
}
