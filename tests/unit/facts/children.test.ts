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
  ['Le portail patient est ouvert aux patients à partir de 15 ans ; pour les plus jeunes, le compte est créé par un parent.', 'fr', [[15, null, true]]],
  ['L’adhésion est ouverte à partir de 16 ans.', 'fr', [[16, null, null]]],
  ['Jusqu’à 18 ans, le contrat est signé par un parent ou un tuteur.', 'fr', [[18, null, true]]],
  ['Nos services sont réservés aux personnes âgées de 18 ans minimum.', 'fr', [[18, null, null]]],
  ['Si vous avez moins de quinze ans, un parent doit consentir pour vous.', 'fr', [[15, null, true]]],
  ['Vous devez avoir atteint l’âge de 16 ans pour utiliser l’application.', 'fr', [[16, null, null]]],
  ['Les comptes sont ouverts dès 13 ans avec l’accord d’un parent.', 'fr', [[13, null, true]]],
  ['Avant 15 ans, l’accord des parents est nécessaire.', 'fr', [[15, null, true]]],
  ['En deçà de 15 ans, le consentement est donné par le titulaire de l’autorité parentale.', 'fr', [[15, null, true]]],
  ['Le dossier est archivé 20 ans minimum.', 'fr', []],
  ['Jusqu’à 18 ans, l’adhérent ne reçoit aucune offre portant sur des boissons alcoolisées.', 'fr', []],
  ['Les données sont conservées jusqu’à 10 ans après la clôture du compte.', 'fr', []],
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
  // plain ways of stating an age: words, "rated 13+", a region after the age, rules for minors that are no minimum age
  ['Company does not knowingly solicit information from persons under the age of thirteen.', 'en', [[13, null, null]]],
  ['The app is rated 13+.', 'en', [[13, null, null]]],
  ['If you are under 16 and live in the EU, please ask a parent before subscribing.', 'en', [[16, 'EU', true]]],
  ['You must be 16 or older to open an account (13 in the US).', 'en', [[16, null, null], [13, 'US', null]]],
  ['You must be 13 or older to play. Accounts for users under 16 are private by default.', 'en', [[13, null, null]]],
  ['For players under 16, voice chat stays off.', 'en', []],
  ['Our service is not intended for users under 13.', 'en', [[13, null, null]]],
  // an age, then the places it applies in; a place that opens the sentence
  [
    'Some countries set a higher age to use the app on your own: 14 in Spain and Italy, 15 in France, 16 in Germany and the Netherlands.',
    'en',
    [[14, 'ES', null], [14, 'IT', null], [15, 'FR', null], [16, 'DE', null], [16, 'NL', null]],
  ],
  ['You must be 18 to apply, or 19 if you live in Alabama and 21 in Puerto Rico.', 'en', [[18, null, null], [19, 'alabama', null], [21, 'PR', null]]],
  ['Children under 13 in the United States need a parent to agree.', 'en', [[13, 'US', true]]],
  ['In Scotland, a child aged 12 or over may use the portal without a parent.', 'en', [[12, 'scotland', true]]],
  ['In addition, users must be 16 or older to register.', 'en', [[16, null, null]]],
  ['Users in the European Economic Area must be at least 16 to register.', 'en', [[16, 'EEA', null]]],
  ['Teen accounts keep chat logs for 12 months in Ireland.', 'en', []],
];

// A heading, a lead-in or a table header about ages, then rows or items pairing a place with an age.
describe("children's minimum ages listed per place", () => {
  const run = (heading: string, ...passages: string[]) => {
    const sections = [{ id: 's1', heading, tags: [], passages: passages.map((text, i) => ({ id: `p${i + 1}`, text, tags: [] })) }];
    return extractFacts(sections, 'en').facts.childrenMinAge.map((a) => [a.age, a.region ?? null, a.passageId]);
  };

  it('reads an age table by its rows, a row of several countries giving one age each', () => {
    expect(run('Who can play?', 'Country | Minimum age', 'Spain | 14', 'Germany, Ireland, Netherlands | 16', 'Everywhere else | 13')).toEqual([
      [14, 'ES', 'p2'],
      [16, 'DE', 'p3'],
      [16, 'IE', 'p3'],
      [16, 'NL', 'p3'],
      [13, null, 'p4'],
    ]);
  });

  it.each<[string, string[], Array<[number, string | null]>]>([
    ['How old do I have to be?', ['The ages are:', 'France: 15', '- Italy – 14 years', 'European Union: 16', 'Quebec: 14'], [[15, 'FR'], [14, 'IT'], [16, 'EU'], [14, 'quebec']]],
    ['Minimum age by country', ['United Kingdom | 13 years old'], [[13, 'GB']]],
    ['Minimum age by country', ['Country | Age | With a parent', 'Spain | 14 | 13', 'Everywhere else | 13 | -'], [[14, 'ES'], [13, null]]],
    ['Age limits', ['13: United States', '16 – Germany, Ireland'], [[13, 'US'], [16, 'DE'], [16, 'IE']]],
    // no age heading, lead-in or header: a row with a number is no age
    ['Prices', ['France | 15', 'Spain: 12'], []],
    ['Retention periods', ['Invoices | 10', 'Logs: 13'], []],
  ])('under "%s": %j', (heading, passages, expected) => {
    expect(run(heading, ...passages).map(([age, region]) => [age, region])).toEqual(expected);
  });
});

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
