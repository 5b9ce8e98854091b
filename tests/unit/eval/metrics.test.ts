import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../lib/report';
import type { ExpectedFacts } from '../../../tests/eval/fixtures';
import {
  addPassage,
  bootstrapF1,
  childrenCounts,
  emptyTagCounts,
  exactCounts,
  factCounts,
  factValues,
  multisetCounts,
  score,
  setCounts,
  summarize,
  type Counts,
} from '../../../tests/eval/metrics';

const c = (tp: number, fp: number, fn: number): Counts => ({ tp, fp, fn });

describe('score', () => {
  it.each([
    // counts, precision, recall, f1, support
    [c(8, 2, 2), 0.8, 0.8, 0.8, 10],
    [c(1, 0, 3), 1, 0.25, 0.4, 4],
    [c(3, 1, 0), 0.75, 1, 6 / 7, 3],
    [c(0, 0, 5), null, 0, 0, 5],
    [c(0, 4, 0), 0, null, 0, 0],
    [c(0, 0, 0), null, null, null, 0],
  ])('%o gives P %s R %s F1 %s support %s', (counts, p, r, f1, support) => {
    const s = score(counts);
    if (p !== null) expect(s.precision).toBeCloseTo(p, 10);
    else expect(s.precision).toBeNull();
    if (r !== null) expect(s.recall).toBeCloseTo(r, 10);
    else expect(s.recall).toBeNull();
    if (f1 !== null) expect(s.f1).toBeCloseTo(f1, 10);
    else expect(s.f1).toBeNull();
    expect(s.support).toBe(support);
  });
});

describe('summarize (micro and macro)', () => {
  it('pools counts for micro and averages F1 over scored keys for macro', () => {
    const s = summarize({ a: c(9, 1, 0), b: c(0, 0, 0), d: c(1, 0, 9) });
    // micro: tp 10, fp 1, fn 9 -> F1 = 20 / 30
    expect(s.micro.f1).toBeCloseTo(20 / 30, 10);
    expect(s.micro.support).toBe(19);
    // macro: mean of F1(a) = 18/19 and F1(d) = 2/11; b is neither expected nor predicted, so left out
    expect(s.macroF1).toBeCloseTo((18 / 19 + 2 / 11) / 2, 10);
    expect(s.byKey.b.f1).toBeNull();
  });

  it('has no macro F1 when nothing was scored', () => {
    expect(summarize({ a: c(0, 0, 0) }).macroF1).toBeNull();
  });
});

describe('addPassage (multi-label tag counts)', () => {
  it.each([
    [['retention'], ['retention'], { retention: c(1, 0, 0) }],
    [['retention', 'rights'], ['retention'], { retention: c(1, 0, 0), rights: c(0, 0, 1) }],
    [[], ['cookies'], { cookies: c(0, 1, 0) }],
    [['sharing'], ['transfers'], { sharing: c(0, 0, 1), transfers: c(0, 1, 0) }],
    [[], [], {}],
  ] as const)('expected %o, predicted %o', (expected, predicted, changed) => {
    const counts = emptyTagCounts();
    addPassage(counts, expected, predicted);
    for (const [tag, got] of Object.entries(counts)) {
      expect(got).toEqual((changed as Record<string, Counts>)[tag] ?? c(0, 0, 0));
    }
  });

  it('counts a tag predicted twice once', () => {
    const counts = emptyTagCounts();
    addPassage(counts, ['security'], ['security', 'security']);
    expect(counts.security).toEqual(c(1, 0, 0));
  });
});

describe('fact comparisons', () => {
  it.each([
    // expected, predicted, counts
    [[365, 365, 30], [365, 30], c(2, 0, 1)],
    [[365, null], [365, null, null], c(2, 1, 0)],
    [[2555], [2190], c(0, 1, 1)],
    [[], [60], c(0, 1, 0)],
  ])('multiset %o vs %o', (expected, predicted, counts) => {
    expect(multisetCounts(expected, predicted)).toEqual(counts);
  });

  it.each([
    [['access', 'erasure'], ['erasure', 'access', 'access'], c(2, 0, 0)],
    [['access', 'erasure', 'complaint'], ['access', 'objection'], c(1, 1, 2)],
  ])('set %o vs %o', (expected, predicted, counts) => {
    expect(setCounts(expected, predicted)).toEqual(counts);
  });

  it.each([
    [false, false, c(1, 0, 0)],
    [false, true, c(0, 1, 1)],
    [null, true, c(0, 1, 0)],
    [30, null, c(0, 0, 1)],
    [null, null, c(0, 0, 0)],
    ['2024-03-01', '2024-03-01', c(1, 0, 0)],
  ])('exact %s vs %s', (expected, predicted, counts) => {
    expect(exactCounts<unknown>(expected, predicted)).toEqual(counts);
  });

  it.each([
    // a region in the label must match (case and accents aside); no region in the label matches any
    [[{ age: 16, region: 'FR' }], [{ age: 16, region: 'fr' }], c(1, 0, 0)],
    [[{ age: 16, region: 'FR' }], [{ age: 16, region: 'DE' }], c(0, 1, 1)],
    [[{ age: 16, region: 'FR' }], [{ age: 16 }], c(0, 1, 1)],
    [[{ age: 13 }], [{ age: 13, region: 'US' }], c(1, 0, 0)],
    [[{ age: 14, region: 'Corée du Sud' }], [{ age: 14, region: 'coree du sud' }], c(1, 0, 0)],
    // the labelled region claims its match before the region-less label takes it
    [[{ age: 16 }, { age: 16, region: 'IE' }], [{ age: 16, region: 'IE' }, { age: 16, region: 'NL' }], c(2, 0, 0)],
  ])('children %o vs %o', (expected, predicted, counts) => {
    expect(childrenCounts(expected, predicted)).toEqual(counts);
  });
});

describe('factCounts', () => {
  const facts: Facts = {
    retention: [
      { text: 'three years', days: 1095 },
      { text: 'as long as necessary', days: null, indefinite: true },
    ],
    childrenMinAge: [{ age: 16, region: 'FR' }],
    transfers: { destinations: ['US', 'IN'], safeguards: ['scc'] },
    rights: ['access', 'erasure', 'complaint'],
    contacts: { emails: ['Privacy@Example.com', 'dpo@example.com'], dpoEmails: ['dpo@example.com'] },
    authorities: [{ name: 'CNIL', country: 'FR' }, { name: 'Some board', country: null }],
    sellsData: false,
    responseDays: 30,
  };

  it('compares every kind, indefinite retention as null, e-mails without case', () => {
    const expected: ExpectedFacts = {
      retention: [{ days: 1095, appliesTo: 'account' }, { indefinite: true }, { days: 60 }],
      childrenMinAge: [{ age: 16, region: 'FR' }],
      rights: ['access', 'erasure', 'complaint', 'portability'],
      emails: ['privacy@example.com', 'dpo@example.com'],
      dpoEmails: ['dpo@example.com'],
      authorities: ['FR'],
      destinations: ['US'],
      safeguards: ['scc', 'adequacy'],
      sellsData: false,
      responseDays: 30,
      lastUpdated: '2024-03-01',
    };
    expect(factCounts(expected, { facts, lastUpdated: '2024-03-01' })).toEqual({
      retention: c(2, 0, 1),
      childrenMinAge: c(1, 0, 0),
      rights: c(3, 0, 1),
      emails: c(2, 0, 0),
      dpoEmails: c(1, 0, 0),
      authorities: c(1, 1, 0),
      destinations: c(1, 1, 0),
      safeguards: c(1, 0, 1),
      sellsData: c(1, 0, 0),
      responseDays: c(1, 0, 0),
      lastUpdated: c(1, 0, 0),
    });
  });

  it('scores only the kinds a partial label gives', () => {
    expect(factCounts({ rights: ['access'] }, { facts, lastUpdated: null })).toEqual({ rights: c(1, 2, 0) });
  });

  it('lists the compared values as text for --errors', () => {
    const values = factValues(
      { retention: [{ indefinite: true }, { days: 60 }], childrenMinAge: [{ age: 16, region: 'FR' }], sellsData: null, lastUpdated: '2024-03-01' },
      { facts, lastUpdated: null },
    );
    expect(values).toEqual({
      retention: { expected: ['indefinite', '60d'], found: ['1095d', 'indefinite'] },
      childrenMinAge: { expected: ['16@FR'], found: ['16@FR'] },
      sellsData: { expected: [], found: ['false'] },
      lastUpdated: { expected: ['2024-03-01'], found: [] },
    });
  });
});

describe('bootstrapF1', () => {
  it('has no interval without documents', () => {
    expect(bootstrapF1([])).toBeNull();
  });

  it('is a point when every document scores the same', () => {
    const [low, high] = bootstrapF1([c(8, 2, 2), c(8, 2, 2), c(8, 2, 2)])!;
    expect(low).toBeCloseTo(0.8, 10);
    expect(high).toBeCloseTo(0.8, 10);
  });

  it('brackets the pooled F1 of uneven documents, the same way on every run', () => {
    const docs = [c(10, 0, 0), c(2, 6, 6), c(9, 1, 0), c(5, 2, 3)];
    const pooled = score(docs.reduce((a, d) => ({ tp: a.tp + d.tp, fp: a.fp + d.fp, fn: a.fn + d.fn }), c(0, 0, 0))).f1!;
    const [low, high] = bootstrapF1(docs)!;
    expect(low).toBeLessThan(pooled);
    expect(high).toBeGreaterThan(pooled);
    expect(bootstrapF1(docs)).toEqual([low, high]);
  });
});
