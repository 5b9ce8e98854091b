// Metric functions of the evaluation: counts of true/false positives and misses, precision, recall, F1,
// micro and macro averages, and the comparison of expected and extracted facts. Pure, tested by tables
// in tests/unit/eval/metrics.test.ts.
import { TAGS, type Facts, type Tag } from '../../lib/report';
import { FACT_KEYS, type ExpectedChildrenAge, type ExpectedFacts } from './fixtures';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  /** null when nothing was predicted */
  precision: number | null;
  /** null when nothing was expected */
  recall: number | null;
  /** null when nothing was expected nor predicted */
  f1: number | null;
  /** expected items (tp + fn) */
  support: number;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function add(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function score({ tp, fp, fn }: Counts): Score {
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    // 2TP / (2TP + FP + FN) is the harmonic mean of P and R, and 0 when one of them is missing but not both
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    support: tp + fn,
  };
}

export interface Summary<K extends string> {
  byKey: Record<K, Score>;
  /** F1 of the pooled counts */
  micro: Score;
  /** mean F1 over the keys that were expected or predicted at least once */
  macroF1: number | null;
}

export function summarize<K extends string>(counts: Record<K, Counts>): Summary<K> {
  const byKey = {} as Record<K, Score>;
  const pooled = zero();
  const f1s: number[] = [];
  for (const key of Object.keys(counts) as K[]) {
    byKey[key] = score(counts[key]);
    add(pooled, counts[key]);
    const f1 = byKey[key].f1;
    if (f1 !== null) f1s.push(f1);
  }
  return {
    byKey,
    micro: score(pooled),
    macroF1: f1s.length === 0 ? null : f1s.reduce((a, b) => a + b, 0) / f1s.length,
  };
}

export const emptyTagCounts = (): Record<Tag, Counts> =>
  Object.fromEntries(TAGS.map((t) => [t, zero()])) as Record<Tag, Counts>;

/** Adds one passage's comparison to per-tag counts (multi-label: each tag is its own yes/no decision). */
export function addPassage(counts: Record<Tag, Counts>, expected: readonly Tag[], predicted: readonly Tag[]): void {
  const want = new Set(expected);
  const got = new Set(predicted);
  for (const tag of TAGS) {
    if (want.has(tag) && got.has(tag)) counts[tag].tp += 1;
    else if (got.has(tag)) counts[tag].fp += 1;
    else if (want.has(tag)) counts[tag].fn += 1;
  }
}

/** One-to-one matching: each expected item can be claimed by one predicted item that `same` accepts. */
export function matchCounts<E, P>(expected: readonly E[], predicted: readonly P[], same: (e: E, p: P) => boolean): Counts {
  const free = [...predicted];
  let tp = 0;
  for (const e of expected) {
    const i = free.findIndex((p) => same(e, p));
    if (i >= 0) {
      free.splice(i, 1);
      tp += 1;
    }
  }
  return { tp, fp: free.length, fn: expected.length - tp };
}

/** Multiset comparison: a value stated twice must be found twice. */
export function multisetCounts<T>(expected: readonly T[], predicted: readonly T[]): Counts {
  return matchCounts(expected, predicted, (e, p) => e === p);
}

/** Set comparison: duplicates do not count. */
export function setCounts<T>(expected: readonly T[], predicted: readonly T[]): Counts {
  return multisetCounts([...new Set(expected)], [...new Set(predicted)]);
}

/** One value per document: right is a hit; wrong is a false value and a miss; null means "not said". */
export function exactCounts<T>(expected: T | null, predicted: T | null): Counts {
  if (expected === null) return { tp: 0, fp: predicted === null ? 0 : 1, fn: 0 };
  if (predicted === null) return { tp: 0, fp: 0, fn: 1 };
  return expected === predicted ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

/** The fact kinds scored: the labelled fixtures' fact keys. */
export const FACT_KINDS = FACT_KEYS;
export type FactKind = (typeof FACT_KINDS)[number];

export const emptyFactCounts = (): Record<FactKind, Counts> =>
  Object.fromEntries(FACT_KINDS.map((k) => [k, zero()])) as Record<FactKind, Counts>;

/** Region names are free text or codes: compare them without case, accents or surrounding spaces. */
export function sameRegion(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .trim()
      .toUpperCase();
  return fold(a) === fold(b);
}

/** An expected age matches an extracted one of the same age, and of the same region when the label gives one. */
export function childrenCounts(
  expected: readonly ExpectedChildrenAge[],
  predicted: readonly { age: number; region?: string | null }[],
): Counts {
  // labels with a region claim their match first, so that a region-less label cannot take it from them
  const ordered = [...expected].sort((a, b) => Number(b.region !== undefined) - Number(a.region !== undefined));
  return matchCounts(ordered, predicted, (e, p) => e.age === p.age && (e.region === undefined || (!!p.region && sameRegion(e.region, p.region))));
}

/** What the analyser said about a document: the report's facts and its lastUpdated line. */
export interface PredictedFacts {
  facts: Facts;
  lastUpdated: string | null;
}

const lower = (xs: readonly string[]) => xs.map((x) => x.trim().toLowerCase());
const upper = (xs: readonly string[]) => xs.map((x) => x.trim().toUpperCase());

/**
 * Compares a document's expected facts with the extracted ones, per fact kind. A kind absent from `expected`
 * is not scored (a seed's expected facts may leave some kinds out).
 */
export function factCounts(
  expected: Partial<ExpectedFacts>,
  { facts, lastUpdated }: PredictedFacts,
): Partial<Record<FactKind, Counts>> {
  const out: Partial<Record<FactKind, Counts>> = {};
  // indefinite periods ("as long as necessary") are counted as null
  if (expected.retention) {
    out.retention = multisetCounts(
      expected.retention.map((r) => (r.indefinite ? null : (r.days ?? null))),
      facts.retention.map((r) => (r.indefinite ? null : r.days)),
    );
  }
  if (expected.childrenMinAge) out.childrenMinAge = childrenCounts(expected.childrenMinAge, facts.childrenMinAge);
  if (expected.rights) out.rights = setCounts(expected.rights, facts.rights);
  if (expected.emails) out.emails = setCounts(lower(expected.emails), lower(facts.contacts.emails));
  if (expected.dpoEmails) out.dpoEmails = setCounts(lower(expected.dpoEmails), lower(facts.contacts.dpoEmails ?? []));
  if (expected.authorities) {
    // an authority the analyser could not place in a country still counts, as a false positive
    out.authorities = setCounts(upper(expected.authorities), upper(facts.authorities.map((a) => a.country ?? a.name)));
  }
  if (expected.destinations) out.destinations = setCounts(upper(expected.destinations), upper(facts.transfers.destinations));
  if (expected.safeguards) out.safeguards = setCounts(expected.safeguards, facts.transfers.safeguards);
  if (expected.sellsData !== undefined) out.sellsData = exactCounts(expected.sellsData, facts.sellsData);
  if (expected.responseDays !== undefined) out.responseDays = exactCounts(expected.responseDays, facts.responseDays ?? null);
  if (expected.lastUpdated !== undefined) out.lastUpdated = exactCounts(expected.lastUpdated, lastUpdated);
  return out;
}

/** The values compared for each kind, as text, for listing what was missed or invented (`--errors`). */
export function factValues(
  expected: Partial<ExpectedFacts>,
  { facts, lastUpdated }: PredictedFacts,
): Partial<Record<FactKind, { expected: string[]; found: string[] }>> {
  const days = (d: number | null | undefined) => (d === null || d === undefined ? 'indefinite' : `${d}d`);
  const age = (a: { age: number; region?: string | null }) => (a.region ? `${a.age}@${a.region}` : `${a.age}`);
  const one = <T>(v: T | null | undefined) => (v === null || v === undefined ? [] : [String(v)]);
  const found: Record<FactKind, string[]> = {
    retention: facts.retention.map((r) => days(r.indefinite ? null : r.days)),
    childrenMinAge: facts.childrenMinAge.map(age),
    rights: [...facts.rights],
    emails: lower(facts.contacts.emails),
    dpoEmails: lower(facts.contacts.dpoEmails ?? []),
    authorities: upper(facts.authorities.map((a) => a.country ?? a.name)),
    destinations: upper(facts.transfers.destinations),
    safeguards: [...facts.transfers.safeguards],
    sellsData: one(facts.sellsData),
    responseDays: one(facts.responseDays),
    lastUpdated: one(lastUpdated),
  };
  const want: Partial<Record<FactKind, string[]>> = {
    retention: expected.retention?.map((r) => days(r.indefinite ? null : r.days)),
    childrenMinAge: expected.childrenMinAge?.map(age),
    rights: expected.rights,
    emails: expected.emails && lower(expected.emails),
    dpoEmails: expected.dpoEmails && lower(expected.dpoEmails),
    authorities: expected.authorities,
    destinations: expected.destinations,
    safeguards: expected.safeguards,
    sellsData: expected.sellsData === undefined ? undefined : one(expected.sellsData),
    responseDays: expected.responseDays === undefined ? undefined : one(expected.responseDays),
    lastUpdated: expected.lastUpdated === undefined ? undefined : one(expected.lastUpdated),
  };
  const out: Partial<Record<FactKind, { expected: string[]; found: string[] }>> = {};
  for (const kind of FACT_KINDS) {
    const e = want[kind];
    if (e) out[kind] = { expected: e, found: found[kind] };
  }
  return out;
}

/** Deterministic PRNG (mulberry32): the same interval on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const BOOTSTRAP_SAMPLES = 2000;
const BOOTSTRAP_SEED = 20240301;
const CI_LOW = 0.025;
const CI_HIGH = 0.975;

/**
 * 95% bootstrap interval of the pooled F1 when whole documents are resampled: with a handful of notices,
 * the figure moves a lot with which notices happen to be in the set, and this says how much.
 */
export function bootstrapF1(perDocument: readonly Counts[], samples = BOOTSTRAP_SAMPLES): [number, number] | null {
  if (perDocument.length === 0) return null;
  const random = mulberry32(BOOTSTRAP_SEED);
  const f1s: number[] = [];
  for (let s = 0; s < samples; s++) {
    const pooled = zero();
    for (let i = 0; i < perDocument.length; i++) add(pooled, perDocument[Math.floor(random() * perDocument.length)]);
    f1s.push(score(pooled).f1 ?? 0);
  }
  f1s.sort((a, b) => a - b);
  return [f1s[Math.floor(CI_LOW * (samples - 1))], f1s[Math.ceil(CI_HIGH * (samples - 1))]];
}
