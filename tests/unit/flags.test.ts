import { describe, expect, it } from 'vitest';
import { computeFlags } from '../../lib/flags';
import { extractFacts } from '../../lib/facts/index';
import type { Flag, Section } from '../../lib/report';
import { sectionsOf } from './facts/sections';

function flagsOf(lang: string, texts: string[], isPrivacyNotice = true): Flag[] {
  const sections: Section[] = sectionsOf(...texts);
  const { facts } = extractFacts(sections, lang);
  return computeFlags({ sections, facts, language: lang, isPrivacyNotice });
}

const ids = (flags: Flag[]) => flags.map((f) => `${f.id}:${f.severity}:${f.passageId ?? '-'}`);

/** A notice that says everything a reader needs, so that only the flag under test can show. */
const COMPLETE_FR = [
  'Nous conservons vos données de compte pendant 3 ans après la clôture du compte.',
  'Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données.',
  'Vous pouvez introduire une réclamation auprès de la CNIL.',
  'Contact : dpo@example.fr',
];
const COMPLETE_EN = [
  'We retain account data for 3 years after the account is closed.',
  'You have the right to access, correct or delete your personal information.',
  'You may lodge a complaint with the ICO.',
  'Contact: privacy@example.com',
];

describe('computeFlags', () => {
  it('raises nothing on a notice that says everything and nothing worrying', () => {
    expect(flagsOf('fr', COMPLETE_FR)).toEqual([]);
    expect(flagsOf('en', COMPLETE_EN)).toEqual([]);
  });

  it('raises nothing on a page that is not a privacy notice', () => {
    expect(flagsOf('en', ['Buy our shoes.'], false)).toEqual([]);
  });

  it('every flag has a plain English message', () => {
    for (const f of flagsOf('en', ['Hello.'])) expect(f.message).toMatch(/^The notice /);
  });

  // [extra passages (appended after the complete notice, so they are p5, p6 ...), lang, expected flags]
  it.each([
    [['Amazon Web Services, Inc. participe au Bouclier de protection des données UE-États-Unis pour ses transferts.'], 'fr', ['privacy-shield:high:p5']],
    [['Nous ne nous appuyons plus sur le Privacy Shield, invalidé par la Cour de justice en 2020, pour nos transferts.'], 'fr', []],
    [['We no longer rely on the EU-US Privacy Shield for transfers since it was invalidated.'], 'en', []],
    [['Nous pouvons vendre vos données à des partenaires commerciaux.'], 'fr', ['sells-data:high:p5']],
    [['Nous ne vendons jamais vos données.'], 'fr', []],
    [['We do not sell products to children.'], 'en', []],
    [['Le traitement étant nécessaire à l’exécution du contrat, le consentement est alors tacite.'], 'fr', ['tacit-consent:high:p5']],
    [['By using our website, you consent to the processing of your data.'], 'en', ['tacit-consent:medium:p5']],
    [['Nous ne considérons jamais votre silence comme un consentement tacite.'], 'fr', []],
    [['Nous pouvons modifier la présente politique à tout moment sans préavis.'], 'fr', ['changes-without-notice:medium:p5']],
    [['If you continue to use the service after changes take effect, you accept the updated policy.'], 'en', ['changes-without-notice:medium:p5']],
    [['We will notify you by email of any changes.', 'If you continue to use the service after changes take effect, you accept the updated policy.'], 'en', []],
    [['Nous transférons vos données aux États-Unis pour l’hébergement.'], 'fr', ['transfers-no-safeguard:medium:p5']],
    [['Nous transférons vos données aux États-Unis sur la base des clauses contractuelles types.'], 'fr', []],
    [['Your data is processed and stored in the UK and Switzerland.'], 'en', []],
    [['Nos services sont ouverts aux utilisateurs de 13 ans ou plus, conformément au RGPD.'], 'fr', ['children-under-16-eu:high:p5']],
    [['Les utilisateurs de moins de 15 ans doivent obtenir l’accord d’un parent, conformément au RGPD.'], 'fr', []],
    [['Our services are not directed to children under 13.'], 'en', []],
  ] as const)('%j', (extra, lang, expected) => {
    const base = lang === 'fr' ? COMPLETE_FR : COMPLETE_EN;
    expect(ids(flagsOf(lang, [...base, ...extra]))).toEqual(expected);
  });

  it('flags what is missing, without a passage', () => {
    expect(ids(flagsOf('fr', ['Nous collectons votre nom et votre adresse e-mail pour gérer votre compte.']))).toEqual([
      'no-retention:medium:-',
      'no-rights:medium:-',
      'no-contact:medium:-',
      'no-authority:medium:-',
    ]);
  });

  it('a US notice without an authority gets the finding as info', () => {
    const texts = ['We retain account data for 3 years.', 'California residents have the right to know and to delete their information.', 'Contact: privacy@example.com'];
    expect(ids(flagsOf('en', texts))).toEqual(['no-authority:info:-']);
  });

  it('retention only "as long as necessary" is unspecified, backed by its passage', () => {
    const texts = ['Nous conservons vos données aussi longtemps que nécessaire.', ...COMPLETE_FR.slice(1)];
    expect(ids(flagsOf('fr', texts))).toEqual(['retention-unspecified:medium:p1']);
  });

  it('sorts high before medium', () => {
    const flags = flagsOf('fr', ['Nous pouvons vendre vos données à nos partenaires.', 'Nous conservons vos données aussi longtemps que nécessaire.']);
    const order = flags.map((f) => f.severity);
    expect(order).toEqual([...order].sort((a, b) => ['high', 'medium', 'info'].indexOf(a) - ['high', 'medium', 'info'].indexOf(b)));
    expect(flags[0].id).toBe('sells-data');
  });
});
