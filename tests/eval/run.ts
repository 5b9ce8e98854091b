// `npm run eval`: scores the analyser against the labelled fixtures (tests/fixtures/labelled/{dev,heldout}) and,
// when expected facts exist for them, against the seed notices. A measurement, not a gate: exit 0 unless a
// fixture is malformed or the analyser's passages do not line up with a fixture's blocks.
//
//   npm run eval [-- --json] [--split dev|heldout] [--lang fr|en] [--errors]
//   (npm run -s eval -- --json for JSON alone on stdout)
//
// --errors lists each wrongly tagged passage. Rule writers: never use it on the held-out split
// (the held-out figures are honest only while nobody tunes rules to those sentences).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../lib/analyze';
import type { Block } from '../../lib/blocks';
import { fileToBlocks } from '../../lib/extract/file';
import { passagesOf, type Tag } from '../../lib/report';
import { FixtureError, readSeedFacts, loadFixtures, passagesOfFixture, SPLITS, type LoadedFixture, type Split } from './fixtures';
import {
  add,
  addPassage,
  bootstrapF1,
  emptyFactCounts,
  emptyTagCounts,
  factCounts,
  factValues,
  score,
  summarize,
  type Counts,
  type FactKind,
  type Score,
  type Summary,
  zero,
} from './metrics';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const LABELLED_DIR = join(REPO, 'tests/fixtures/labelled');
const SEED_FACTS_DIR = join(REPO, 'tests/fixtures/seeds');
const SEEDS_DIR = resolve(REPO, '../shared/seeds');
const SEED_FACTS_SUFFIX = '.facts.json';

/** The issue's targets ("How good"), printed next to the figures. */
export const TARGETS = {
  passageMicroF1: { fr: 0.9, en: 0.85 } as Record<string, number>,
  tagF1: 0.75,
  seedFactF1: 0.95,
  /** the fact kinds the seed target names */
  seedFactKinds: ['retention', 'childrenMinAge', 'rights', 'emails', 'authorities'] as FactKind[],
};

export interface Options {
  json: boolean;
  errors: boolean;
  splits: Split[];
  lang: string | null;
}

const USAGE = 'usage: npm run eval -- [--json] [--split dev|heldout] [--lang <code>] [--errors]';

function parseArgs(args: string[]): Options | string {
  const options: Options = { json: false, errors: false, splits: [...SPLITS], lang: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--errors') options.errors = true;
    else if (arg === '--split') {
      const split = args[++i];
      if (!(SPLITS as readonly string[]).includes(split)) return `--split takes one of ${SPLITS.join(', ')}`;
      options.splits = [split as Split];
    } else if (arg === '--lang') {
      const lang = args[++i];
      if (!lang || !/^[a-z]{2}$/.test(lang)) return '--lang takes a two-letter language code';
      options.lang = lang;
    } else return `unknown argument ${arg}`;
  }
  return options;
}

export interface PassageError {
  fixture: string;
  passage: string;
  text: string;
  missed: Tag[];
  extra: Tag[];
}

export interface FactError {
  fixture: string;
  kind: FactKind;
  expected: string[];
  found: string[];
}

export interface Group {
  split: Split;
  lang: string;
  notices: number;
  passages: number;
  tagCounts: Record<Tag, Counts>;
  factCounts: Record<FactKind, Counts>;
  errors: PassageError[];
  factErrors: FactError[];
  /** tag counts pooled over tags, one entry per notice (for the bootstrap interval) */
  perNotice: Counts[];
  /** fixtures whose language the analyser detected differently */
  languageMismatches: string[];
}

export interface GroupResult {
  split: Split;
  lang: string;
  notices: number;
  passages: number;
  targetMicroF1: number | null;
  tags: Summary<Tag>;
  /** 95% interval of the passage micro-F1 when notices are resampled */
  microF1Interval: [number, number] | null;
  facts: Summary<FactKind>;
  languageMismatches: string[];
}

/** The analyser's passages must be the fixture's non-heading blocks, one for one. */
export class AlignmentError extends Error {}

function evaluateFixture({ file, fixture }: LoadedFixture, group: Group): void {
  const blocks: Block[] = fixture.blocks.map(({ kind, level, text }) => (level === undefined ? { kind, text } : { kind, level, text }));
  const report = analyze(blocks, { kind: 'text' });
  const expected = passagesOfFixture(fixture);
  const predicted = [...passagesOf(report)].map(([p]) => p);
  if (predicted.length !== expected.length) {
    throw new AlignmentError(
      `${file}: the analyser made ${predicted.length} passages from ${expected.length} non-heading blocks, so its tags cannot be scored.`,
    );
  }
  const notice = emptyTagCounts();
  expected.forEach((block, i) => {
    const want = block.tags ?? [];
    const got = predicted[i].tags;
    addPassage(notice, want, got);
    const missed = want.filter((t) => !got.includes(t));
    const extra = got.filter((t) => !want.includes(t));
    if (missed.length || extra.length) group.errors.push({ fixture: fixture.id, passage: predicted[i].id, text: block.text, missed, extra });
  });
  const pooled = zero();
  for (const [tag, c] of Object.entries(notice) as [Tag, Counts][]) {
    add(group.tagCounts[tag], c);
    add(pooled, c);
  }
  group.perNotice.push(pooled);
  const predictedFacts = { facts: report.facts, lastUpdated: report.lastUpdated ?? null };
  const counts = factCounts(fixture.facts, predictedFacts);
  const values = factValues(fixture.facts, predictedFacts);
  for (const [kind, c] of Object.entries(counts) as [FactKind, Counts][]) {
    add(group.factCounts[kind], c);
    const v = values[kind];
    if ((c.fp || c.fn) && v) group.factErrors.push({ fixture: fixture.id, kind, ...v });
  }
  group.notices += 1;
  group.passages += expected.length;
  if (report.language !== fixture.lang) group.languageMismatches.push(`${fixture.id} (detected ${report.language})`);
}

export interface SeedResult {
  seed: string;
  lang: string;
  facts: Partial<Record<FactKind, Counts>>;
  /** keys of the expected-facts file that are no fact kind */
  ignored: string[];
}

export interface SeedsResult {
  skipped: string | null;
  perSeed: SeedResult[];
  facts: Summary<FactKind> | null;
}

function evaluateSeeds(lang: string | null, seedFactsDir: string): SeedsResult {
  const factFiles = existsSync(seedFactsDir) ? readdirSync(seedFactsDir).filter((n) => n.endsWith(SEED_FACTS_SUFFIX)).sort() : [];
  if (factFiles.length === 0) return { skipped: 'no tests/fixtures/seeds/*.facts.json yet', perSeed: [], facts: null };
  if (!existsSync(SEEDS_DIR)) return { skipped: `${SEEDS_DIR} is absent`, perSeed: [], facts: null };
  const seedNames = readdirSync(SEEDS_DIR);
  const total = emptyFactCounts();
  const perSeed: SeedResult[] = [];
  for (const factFile of factFiles) {
    const path = join(seedFactsDir, factFile);
    const seed = factFile.slice(0, -SEED_FACTS_SUFFIX.length);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new FixtureError(path, `it is not valid JSON (${(error as Error).message})`);
    }
    const { facts: expected, ignored } = readSeedFacts(path, raw);
    const seedFile = seedNames.find((n) => n.startsWith(`${seed}.`) && !n.endsWith(SEED_FACTS_SUFFIX));
    if (!seedFile) throw new FixtureError(path, `no seed named ${seed}.* in ${SEEDS_DIR}`);
    const { kind, blocks, title } = fileToBlocks(seedFile, readFileSync(join(SEEDS_DIR, seedFile), 'utf8'));
    const report = analyze(blocks, { kind, title });
    if (lang && report.language !== lang) continue;
    const counts = factCounts(expected, { facts: report.facts, lastUpdated: report.lastUpdated ?? null });
    for (const [k, c] of Object.entries(counts) as [FactKind, Counts][]) add(total[k], c);
    perSeed.push({ seed, lang: report.language, facts: counts, ignored });
  }
  if (perSeed.length === 0) return { skipped: `no seed in ${lang}`, perSeed, facts: null };
  return { skipped: null, perSeed, facts: summarize(pruneUnscored(total)) };
}

/** Kinds nobody labelled nor extracted are left out of the averages. */
function pruneUnscored<K extends string>(counts: Record<K, Counts>): Record<K, Counts> {
  return Object.fromEntries(Object.entries<Counts>(counts).filter(([, c]) => c.tp + c.fp + c.fn > 0)) as Record<K, Counts>;
}

// ---- printing -------------------------------------------------------------------------------------------

const fmt = (x: number | null): string => (x === null ? '   -' : x.toFixed(2));
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const mark = (value: number | null, target: number): string => (value === null ? '' : value >= target ? 'ok' : `below ${target.toFixed(2)}`);

function scoreLine(name: string, s: Score, extra = ''): string {
  return `  ${pad(name, 22)}${lpad(fmt(s.precision), 6)}${lpad(fmt(s.recall), 7)}${lpad(fmt(s.f1), 7)}${lpad(s.support, 9)}  ${extra}`.trimEnd();
}

function printGroup(r: GroupResult, out: string[]): void {
  out.push('', `== ${r.split} / ${r.lang}: ${r.notices} notices, ${r.passages} passages ==`);
  out.push(`  ${pad('tag', 22)}${lpad('P', 6)}${lpad('R', 7)}${lpad('F1', 7)}${lpad('support', 9)}`);
  for (const [tag, s] of Object.entries<Score>(r.tags.byKey)) {
    out.push(scoreLine(tag, s, s.f1 === null ? '(none expected or predicted)' : mark(s.f1, TARGETS.tagF1)));
  }
  const target = r.targetMicroF1;
  out.push(scoreLine('micro', r.tags.micro, target === null ? '' : `target >= ${target.toFixed(2)}: ${mark(r.tags.micro.f1, target)}`));
  out.push(`  ${pad('macro F1', 22)}${lpad('', 13)}${lpad(fmt(r.tags.macroF1), 7)}`);
  if (r.microF1Interval) {
    const [low, high] = r.microF1Interval;
    out.push(`  micro-F1 95% interval when notices are resampled: ${fmt(low)}-${fmt(high)}`);
  }
  out.push('', `  ${pad('fact', 22)}${lpad('P', 6)}${lpad('R', 7)}${lpad('F1', 7)}${lpad('support', 9)}`);
  for (const [kind, s] of Object.entries<Score>(r.facts.byKey)) out.push(scoreLine(kind, s));
  out.push(scoreLine('micro', r.facts.micro));
  out.push(`  ${pad('macro F1', 22)}${lpad('', 13)}${lpad(fmt(r.facts.macroF1), 7)}`);
  if (r.languageMismatches.length) out.push(`  language detected differently: ${r.languageMismatches.join(', ')}`);
}

function printSeeds(seeds: SeedsResult, out: string[]): void {
  out.push('', '== seeds (file pipeline: fileToBlocks then analyze) ==');
  if (seeds.skipped || !seeds.facts) {
    out.push(`  skipped: ${seeds.skipped}`);
    return;
  }
  out.push(`  ${seeds.perSeed.length} seeds: ${seeds.perSeed.map((s) => s.seed).join(', ')}`);
  for (const s of seeds.perSeed) {
    const kinds = Object.entries(s.facts)
      .map(([kind, c]) => `${kind} ${fmt(score(c).f1)}`)
      .join(', ');
    out.push(`  ${s.seed} (${s.lang}): ${kinds}`);
    if (s.ignored.length) out.push(`    not scored (no fact kind): ${s.ignored.join(', ')}`);
  }
  out.push(`  ${pad('fact', 22)}${lpad('P', 6)}${lpad('R', 7)}${lpad('F1', 7)}${lpad('support', 9)}`);
  for (const [kind, s] of Object.entries<Score>(seeds.facts.byKey)) {
    const targeted = TARGETS.seedFactKinds.includes(kind as FactKind);
    out.push(scoreLine(kind, s, targeted ? `target >= ${TARGETS.seedFactF1.toFixed(2)}: ${mark(s.f1, TARGETS.seedFactF1)}` : ''));
  }
  out.push(scoreLine('micro', seeds.facts.micro));
  out.push(`  ${pad('macro F1', 22)}${lpad('', 13)}${lpad(fmt(seeds.facts.macroF1), 7)}`);
}

function printErrors(groups: Group[], out: string[]): void {
  const MAX_TEXT = 110;
  for (const g of groups) {
    out.push('', `-- wrongly tagged passages, ${g.split} / ${g.lang} (${g.errors.length}) --`);
    for (const e of g.errors) {
      const text = e.text.length > MAX_TEXT ? `${e.text.slice(0, MAX_TEXT)}…` : e.text;
      const diff = [...e.missed.map((t) => `-${t}`), ...e.extra.map((t) => `+${t}`)].join(' ');
      out.push(`  ${e.fixture} ${e.passage} [${diff}] ${text}`);
    }
    out.push('', `-- facts that differ, ${g.split} / ${g.lang} (${g.factErrors.length}) --`);
    for (const f of g.factErrors) {
      out.push(`  ${f.fixture} ${f.kind}: expected [${f.expected.join(', ')}] found [${f.found.join(', ')}]`);
    }
  }
}

export interface Evaluation {
  groups: Group[];
  results: GroupResult[];
  seeds: SeedsResult | null;
}

/** Scores the selected fixtures (and the seeds, unless a split is chosen). Throws FixtureError / AlignmentError. */
export function evaluate(
  options: Pick<Options, 'splits' | 'lang'>,
  dirs: { labelled: string; seedFacts: string } = { labelled: LABELLED_DIR, seedFacts: SEED_FACTS_DIR },
): Evaluation {
  const fixtures = loadFixtures(dirs.labelled, options.splits).filter((f) => !options.lang || f.fixture.lang === options.lang);
  const groups = new Map<string, Group>();
  for (const loaded of fixtures) {
    const key = `${loaded.split}/${loaded.fixture.lang}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        split: loaded.split,
        lang: loaded.fixture.lang,
        notices: 0,
        passages: 0,
        tagCounts: emptyTagCounts(),
        factCounts: emptyFactCounts(),
        errors: [],
        factErrors: [],
        perNotice: [],
        languageMismatches: [],
      };
      groups.set(key, group);
    }
    evaluateFixture(loaded, group);
  }
  const results: GroupResult[] = [...groups.values()].map((g) => ({
    split: g.split,
    lang: g.lang,
    notices: g.notices,
    passages: g.passages,
    targetMicroF1: TARGETS.passageMicroF1[g.lang] ?? null,
    tags: summarize(g.tagCounts),
    microF1Interval: bootstrapF1(g.perNotice),
    facts: summarize(pruneUnscored(g.factCounts)),
    languageMismatches: g.languageMismatches,
  }));
  // the seeds are not a split of the labelled fixtures: --split leaves them out
  const seeds = options.splits.length === SPLITS.length ? evaluateSeeds(options.lang, dirs.seedFacts) : null;
  return { groups: [...groups.values()], results, seeds };
}

export async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(options);
  } catch (error) {
    if (error instanceof FixtureError || error instanceof AlignmentError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const { groups, results, seeds } = evaluation;
  if (options.json) {
    const errors = options.errors
      ? groups.map((g) => ({ split: g.split, lang: g.lang, passages: g.errors, facts: g.factErrors }))
      : undefined;
    process.stdout.write(`${JSON.stringify({ targets: TARGETS, groups: results, seeds, errors }, null, 2)}\n`);
    return 0;
  }
  const out = [
    'Notice Lens evaluation: analyze(blocks, {kind: "text"}) against the labelled fixtures',
    `targets: passage micro-F1 >= ${Object.entries(TARGETS.passageMicroF1)
      .map(([l, t]) => `${t.toFixed(2)} (${l})`)
      .join(', ')}; every tag F1 >= ${TARGETS.tagF1}; facts F1 >= ${TARGETS.seedFactF1} on the seeds (${TARGETS.seedFactKinds.join(', ')})`,
  ];
  if (results.length === 0) out.push('', `no labelled fixture found under ${LABELLED_DIR} for this selection`);
  for (const r of results) printGroup(r, out);
  if (seeds) printSeeds(seeds, out);
  if (options.errors) printErrors(groups, out);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
