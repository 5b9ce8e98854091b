import { describe, expect, it } from 'vitest';
import { splitFallback, emphasisFor } from '../../../lib/nlp/sentences';
import { ageCues, flagCues, retentionCues } from '../../../lib/ui/cues';
import { FLAG_IDS } from '../../../lib/report';

describe('cues of findings, as the evidence quote uses them', () => {
  it.each([
    ['privacy-shield', 'Nous respectons les principes du Bouclier de protection des données. Voir notre site.', 'Nous respectons les principes du Bouclier de protection des données.'],
    ['privacy-shield', 'We comply with the EU-U.S. Privacy Shield Framework. See our site.', 'We comply with the EU-U.S. Privacy Shield Framework.'],
    ['sells-data', 'We value your trust. We may sell your personal information to partners.', 'We may sell your personal information to partners.'],
    ['tacit-consent', 'Bienvenue. En utilisant le site, vous consentez au traitement.', 'En utilisant le site, vous consentez au traitement.'],
    ['changes-without-notice', 'We care. We may change this policy at any time without notice.', 'We may change this policy at any time without notice.'],
    ['retention-unspecified', 'Vos droits sont garantis. Nous conservons vos données aussi longtemps que nécessaire.', 'Nous conservons vos données aussi longtemps que nécessaire.'],
  ])('%s: %s', (id, passage, sentence) => {
    expect(emphasisFor(passage, flagCues(id), splitFallback)?.sentence.text).toBe(sentence);
  });

  it('has no cue for flags raised by an absence (no passage to quote) nor for unknown ids', () => {
    for (const id of ['no-retention', 'no-rights', 'no-contact', 'no-authority', 'unknown']) expect(flagCues(id)).toEqual([]);
    expect(FLAG_IDS.filter((id) => flagCues(id).length).length).toBe(7);
  });

  it('retention: its own words first, then what it applies to', () => {
    expect(retentionCues({ text: 'sept (7) ans', days: 2555, appliesTo: 'comptes clients' })).toEqual(['sept (7) ans', 'comptes clients']);
    expect(retentionCues({ text: 'as long as necessary', days: null, indefinite: true })).toEqual(['as long as necessary']);
  });

  it('children: the age as a number', () => {
    expect(ageCues({ age: 16, region: 'FR' })).toEqual(['16']);
  });
});
