import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../../lib/library/changes';
import { makeReport } from './reports';

const before = makeReport({
  facts: {
    retention: [
      { text: '12 months', days: 360, iso: 'P12M', appliesTo: 'customer data' },
      { text: '60 days', days: 60, iso: 'P60D', appliesTo: 'logs' },
    ],
    childrenMinAge: [{ age: 13, region: 'US' }],
    transfers: { destinations: ['US'], safeguards: ['privacy-shield'] },
    rights: ['access', 'erasure', 'portability'],
    contacts: { emails: ['privacy@shop.test'], dpoEmails: [] },
    authorities: [{ name: 'CNIL', country: 'FR' }],
    sellsData: false,
    responseDays: 30,
  },
  flags: [{ id: 'privacy-shield', severity: 'high' }],
});
const after = makeReport({
  facts: {
    retention: [
      { text: '24 months', days: 720, iso: 'P24M', appliesTo: 'Customer  data' },
      { text: 'as long as necessary', days: null, indefinite: true, appliesTo: 'cookies' },
    ],
    childrenMinAge: [{ age: 16, region: 'US' }],
    transfers: { destinations: ['US', 'IN'], safeguards: ['scc'] },
    rights: ['access', 'erasure', 'objection'],
    contacts: { emails: ['privacy@shop.test'], dpoEmails: ['dpo@shop.test'] },
    authorities: [],
    sellsData: true,
    responseDays: 45,
  },
  flags: [{ id: 'sells-data', severity: 'high' }],
});

describe('describeChanges', () => {
  it('writes what changed by topic, in English', () => {
    const sentences = describeChanges(before, after, 'en').map((c) => `${c.topic}|${c.sentence}`);
    expect(sentences).toEqual([
      'retention|Retention: customer data 12 months → 24 months',
      'retention|Retention: 60 days for logs no longer mentioned',
      'retention|Retention: new period for cookies: as long as necessary',
      "children|Children's minimum age (United States): 13 → 16",
      'transfers|New transfer to India (IN)',
      'transfers|New safeguard for transfers: standard contractual clauses',
      'transfers|Safeguard for transfers no longer mentioned: Privacy Shield (invalid since July 2020)',
      'rights|Right to object now mentioned',
      'rights|Right to portability no longer mentioned',
      'contacts|New DPO e-mail: dpo@shop.test',
      'contacts|Supervisory authority no longer named: CNIL',
      'flags|New warning: says it sells data',
      'flags|Warning gone: relies on the Privacy Shield, invalid since 2020',
      'other|Sale of data: says it does not sell data → says it sells data',
      'other|Promised delay to answer a request: 30 days → 45 days',
    ]);
  });

  it('writes them in French', () => {
    // Intl writes a no-break space between a number and its unit.
    const sentences = describeChanges(before, after, 'fr').map((c) => c.sentence.replace(/[\u00a0\u202f]/g, ' '));
    expect(sentences).toContain('Conservation : customer data 12 mois → 24 mois');
    expect(sentences).toContain('Nouvelle destination des transferts : Inde (IN)');
    expect(sentences).toContain('Droit à la portabilité plus mentionné');
    expect(sentences).toContain('Âge minimum des enfants (États-Unis) : 13 → 16');
  });

  it.each([
    ['identical reports', before, before, 0],
    ['a period that only moved category order', before, makeReport({ facts: { ...before.facts, retention: [...before.facts.retention].reverse() }, flags: before.flags }), 0],
  ])('%s: no change', (_name, a, b, count) => {
    expect(describeChanges(a, b, 'en')).toHaveLength(count);
  });

  it('pairs periods without a category as changes when their number is the same', () => {
    const a = makeReport({ facts: { retention: [{ text: '1 year', days: 365 }] } });
    const b = makeReport({ facts: { retention: [{ text: '2 years', days: 730 }] } });
    expect(describeChanges(a, b, 'en').map((c) => c.sentence)).toEqual(['Retention: 1 year → 2 years']);
  });
});
