import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/facts/index';
import { sectionsOf } from './sections';
import { factsOf } from './helpers';

// [passage, lang, expected [age, region, parentalConsent]]
const TABLE: Array<[string, string, Array<[number, string | null, boolean | null]>]> = [
  ['Les enfants de moins de 16 ans ne peuvent pas utiliser nos services.', 'fr', [[16, null, null]]],
  ['Si vous êtes âgé de moins de 18 ans, vous ne pouvez utiliser nos services que sous la surveillance d’un parent ou tuteur.', 'fr', [[18, null, true]]],
  ["Pour l'Indonésie, l'âge minimum requis pour utiliser nos produits et services est de 21 ans.", 'fr', [[21, 'ID', null]]],
  ["En Inde, les enfants âgés de plus de 16 ans et de moins de 18 ans ne peuvent utiliser nos services sans le consentement d'un parent.", 'fr', [[18, 'IN', true]]],
  ['Vous devez avoir au moins quinze (15) ans pour créer un compte, les enfants plus jeunes ont besoin de l’accord de leurs parents.', 'fr', [[15, null, true]]],
  ['Aux fins de la CCPA, nous ne vendons pas les informations personnelles de mineurs de moins de 16 ans.', 'fr', []],
  ['Les journaux sont conservés pendant au moins dix (10) ans.', 'fr', []],
  ['Amazon ne vend pas de produits aux enfants.', 'fr', []],
  ['Il faut avoir au moins 18 ans pour vendre ; les acheteurs de 16 à 18 ans ont besoin de l’accord d’un parent.', 'fr', [[18, null, true], [16, null, true]]],
  ['Les mineurs peuvent s’inscrire à partir de 12 ans avec l’accord écrit d’un parent.', 'fr', [[12, null, true]]],
  ['La réservation est faite par une personne majeure.', 'fr', [[18, null, null]]],
  ['Pour les moins de 18 ans, l’inscription est signée par un parent.', 'fr', []],
  ['The app is for people 16 and older.', 'en', [[16, null, null]]],
  ['Children under 13 should not send us any personal information.', 'en', [[13, null, null]]],
  ['Users must be 13 years of age or older.', 'en', [[13, null, null]]],
  ['You must be at least 13 (or 16 in the EEA) to create an account.', 'en', [[13, null, null], [16, 'EEA', null]]],
  ['As required by COPPA, we do not knowingly collect data from children under 13.', 'en', [[13, 'US', null]]],
  ['We do not show personalised ads to users under the age of 18.', 'en', []],
  ['You must be 13 or older to join (14 in South Korea).', 'en', [[13, null, null], [14, 'KR', null]]],
  ['The age of digital consent varies: in France it is 15, in Ireland 16.', 'en', [[15, 'FR', null], [16, 'IE', null]]],
  ['Before a child under 13 in the United States can use the app, we ask a parent to agree.', 'en', [[13, 'US', true]]],
  ['Medical records are kept for at least ten years after a minor patient turns 18.', 'en', []],
  ['Our services are not directed to children under 13.', 'en', [[13, null, null]]],
  ['You must be at least 16 years old to use the app in the EEA.', 'en', [[16, null, null]]],
  ['Users aged 13 or older may register; users under 18 need a parent or guardian to agree.', 'en', [[13, null, true], [18, null, true]]],
  ['We keep data of children for less than 12 months.', 'en', []],
  ['We do not sell products to children.', 'en', []],
];

describe("children's minimum ages", () => {
  it.each(TABLE)('%s', (text, lang, expected) => {
    const facts = factsOf(lang, text);
    expect(facts.childrenMinAge.map((a) => [a.age, a.region ?? null, a.parentalConsent ?? null])).toEqual(expected);
  });

  it('takes the region from the country supplement the passage sits in', () => {
    const sections = sectionsOf(
      'Les enfants de moins de 16 ans ne peuvent pas utiliser nos services.',
      'En plus de la présente déclaration, ce qui suit s’applique aux personnes résidant au Pakistan :',
      'Les enfants de moins de 18 ans ne peuvent pas utiliser nos produits en tant que clients.',
      'Ce qui suit s’applique aux personnes résidant à Singapour :',
      'Les mineurs de moins de 21 ans ne peuvent pas utiliser nos services.',
    );
    const { facts } = extractFacts(sections, 'fr');
    expect(facts.childrenMinAge.map((a) => [a.age, a.region, a.passageId])).toEqual([
      [16, null, 'p1'],
      [18, 'PK', 'p3'],
      [21, 'SG', 'p5'],
    ]);
  });
});
