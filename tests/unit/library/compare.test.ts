import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../lib/library/compare';
import { makeReport } from './reports';

const shop = makeReport({
  facts: {
    retention: [{ text: '3 years', days: 1095, appliesTo: 'orders' }],
    childrenMinAge: [{ age: 16 }],
    transfers: { destinations: ['US'], safeguards: ['privacy-shield'] },
    rights: ['access', 'erasure'],
    contacts: { emails: ['hello@shop.test'] },
    authorities: [],
  },
  flags: [
    { id: 'privacy-shield', severity: 'high' },
    { id: 'no-authority', severity: 'medium' },
  ],
});
const store = makeReport({
  facts: {
    retention: [
      { text: '1 year', days: 365, appliesTo: 'Orders' },
      { text: '13 months', days: 390, appliesTo: 'cookies' },
    ],
    childrenMinAge: [{ age: 13 }],
    transfers: { destinations: ['US', 'IN'], safeguards: ['scc'] },
    rights: ['access', 'erasure', 'portability', 'objection'],
    contacts: { emails: ['privacy@store.test'], dpoEmails: ['dpo@store.test'] },
    authorities: [{ name: 'CNIL', country: 'FR' }],
  },
  flags: [],
});

describe('compareReports', () => {
  const topics = compareReports(shop, store, 'en');
  const get = (id: string) => topics.find((t) => t.topic === id)!;

  it.each([
    ['retention', 'b', 'shorter retention'],
    ['children', 'a', 'higher minimum age'],
    ['transfers', 'b', 'no reliance on the invalid Privacy Shield'],
    ['rights', 'b', 'more rights'],
    ['contacts', 'b', 'more ways to reach the company or an authority'],
    ['flags', 'b', 'fewer serious warnings'],
  ])('%s: side %s protects more (%s)', (topic, side, reason) => {
    expect(get(topic)).toMatchObject({ better: side, reason, differs: true });
  });

  it('lines retention up per data category and marks what only one side has', () => {
    const rows = get('retention').rows;
    expect(rows.map((r) => [r.label, r.a.map((i) => i.text), r.b.map((i) => i.text), r.better])).toEqual([
      ['orders', ['3 years'], ['1 year'], 'b'],
      ['cookies', [], ['13 months'], null],
    ]);
    const rights = get('rights').rows[0];
    expect(rights.b.filter((i) => i.unique).map((i) => i.text)).toEqual(['right to portability', 'right to object']);
    expect(rights.a.every((i) => !i.unique)).toBe(true);
  });

  it('a report against itself: no difference, no side better', () => {
    for (const t of compareReports(shop, shop, 'fr')) expect(t).toMatchObject({ differs: false, better: null });
  });

  it('unknown is not worse: nothing stated on one side marks no side', () => {
    const none = makeReport();
    expect(compareReports(shop, none, 'en').find((t) => t.topic === 'retention')?.better).toBeNull();
  });

  it('"as long as necessary" is longer than any stated period', () => {
    const vague = makeReport({ facts: { retention: [{ text: 'as long as necessary', days: null, indefinite: true }] } });
    expect(compareReports(vague, shop, 'en')[0].better).toBe('b');
  });
});
