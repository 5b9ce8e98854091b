import { describe, expect, it } from 'vitest';
import { findDurations } from '../../../lib/facts/duration';
import { extractFacts } from '../../../lib/facts/index';
import { factsOf } from './helpers';

describe('findDurations', () => {
  it.each([
    ['conservées pendant sept (7) ans', 'fr', [[2555, 'P7Y']]],
    ['pendant vingt-cinq mois', 'fr', [[750, 'P25M']]],
    ['durant un an', 'fr', [[365, 'P1Y']]],
    ['dans les soixante (60) jours', 'fr', [[60, 'P60D']]],
    ['quatre-vingt-dix (90) jours', 'fr', [[90, 'P90D']]],
    ['for twelve months', 'en', [[360, 'P12M']]],
    ['for a year', 'en', [[365, 'P1Y']]],
    ['a 12-month period', 'en', [[360, 'P12M']]],
    ['for 2 weeks', 'en', [[14, 'P2W']]],
    ['48 hours', 'en', [[2, 'PT48H']]],
    ['a few years', 'en', []],
    ['la fin du mois', 'fr', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(findDurations(text, lang).map((d) => [d.days, d.iso])).toEqual(expected);
  });
});

// [passage, lang, expected periods as [days|null, appliesTo?]]
const TABLE: Array<[string, string, Array<[number | null, (string | null)?]>]> = [
  ['Les données personnelles des comptes clients sont conservées pendant sept (7) ans après la fin de la relation.', 'fr', [[2555, 'données personnelles des comptes clients']]],
  ['Les journaux sont conservés pendant quinze (15) mois, et les factures pendant dix ans.', 'fr', [[450, 'journaux'], [3650, 'factures']]],
  ['Les enregistrements de vidéosurveillance sont supprimés quatre-vingt-dix (90) jours après leur enregistrement.', 'fr', [[90, 'enregistrements de vidéosurveillance']]],
  ['Nous conservons vos données de prospection pendant trois ans à compter du dernier contact.', 'fr', [[1095, 'données de prospection']]],
  ['Nous conservons vos données aussi longtemps que nécessaire aux finalités décrites.', 'fr', [[null]]],
  ['Vos données sont conservées pendant la durée nécessaire à la réalisation des finalités.', 'fr', [[null]]],
  ['Les cookies de mesure d’audience sont conservés 13 mois au maximum.', 'fr', [[390, 'cookies de mesure d’audience'.replace('’', "'")]]],
  ["Afin de conserver le bon fonctionnement des processus, nous effectuons des contrôles.", 'fr', []],
  ['Les enfants de moins de 16 ans ne peuvent pas utiliser nos services ; nous supprimons leurs données.', 'fr', []],
  ['Nous répondrons à votre demande dans un délai d’un mois.', 'fr', []],
  ['Vous pouvez demander la suppression des données qui ne sont plus nécessaires aux finalités.', 'fr', []],
  ['Les modifications vous seront notifiées trente (30) jours avant leur prise d’effet.', 'fr', []],
  ['We retain account data for seven years after account closure.', 'en', [[2555, 'account data']]],
  ['Support tickets are deleted after 24 months.', 'en', [[720, 'support tickets']]],
  ['We keep your information only as long as necessary for the purposes set out in this policy.', 'en', [[null]]],
  ['We will respond to your request within 30 days.', 'en', []],
  ['Order records are kept for as long as your account is open and for five years afterwards.', 'en', [[null], [1825, 'order records']]],
  ['Backups are kept for at least ten years, even for records of minor patients.', 'en', [[3650, 'backups']]],
  ['Les actes sont conservés sans limitation de durée.', 'fr', [[null]]],
  ['Door logs are overwritten after 90 days.', 'en', [[90, 'door logs']]],
  ['Vos factures sont disponibles dans votre espace client pendant trois ans.', 'fr', [[1095, 'factures']]],
  ['Right to delete | 8,260,593 | 15.47 days', 'en', []],
  ['Les cookies de mesure ont une durée de vie de 13 mois.', 'fr', [[390, null]]],
  ['You must be at least 13 years old to create an account, and we delete data of children under 13.', 'en', []],
];

describe('retention facts', () => {
  it.each(TABLE)('%s', (text, lang, expected) => {
    const facts = factsOf(lang, text);
    expect(facts.retention.map((r) => (r.indefinite ? [r.days] : [r.days, r.appliesTo]))).toEqual(expected.map((e) => (e[0] === null ? [null] : e)));
    for (const r of facts.retention) expect(r.passageId).toBe('p1');
  });

  it('reads a retention table row: the first cell is what the period applies to', () => {
    const sections = [
      {
        id: 's1',
        heading: 'Durées de conservation',
        tags: [],
        passages: [
          { id: 'p1', text: 'Catégorie | Durée', tags: [] },
          { id: 'p2', text: 'Données de facturation | 10 ans', tags: [] },
          { id: 'p3', text: 'Données de prospection | 3 ans après le dernier contact', tags: [] },
        ],
      },
    ];
    const { facts } = extractFacts(sections, 'fr');
    expect(facts.retention.map((r) => [r.days, r.iso, r.appliesTo, r.passageId])).toEqual([
      [3650, 'P10Y', 'données de facturation', 'p2'],
      [1095, 'P3Y', 'données de prospection', 'p3'],
    ]);
  });

  it('reads a period cell of a row even without a retention heading (cookie tables, purpose tables)', () => {
    const facts = factsOf('en', 'Analytics | Count visits to our pages | 13 months', 'Preferences | Remember your language | 1 year', 'Strictly necessary | Keep you signed in | Session');
    expect(facts.retention.map((r) => [r.days, r.appliesTo])).toEqual([
      [390, 'analytics'],
      [365, 'preferences'],
    ]);
  });

  it('a row of a table with a period column that names no number is indefinite ("While your account is open")', () => {
    const sections = [
      {
        id: 's1',
        heading: 'At a glance',
        tags: [],
        passages: [
          { id: 'p1', text: 'What we use | What for | How long', tags: [] },
          { id: 'p2', text: 'Email and app offers | Telling you about deals | Until you unsubscribe', tags: [] },
          { id: 'p3', text: 'Points history | Stopping abuse | 6 years', tags: [] },
        ],
      },
    ];
    const { facts } = extractFacts(sections, 'en');
    expect(facts.retention.map((r) => [r.days, r.indefinite ?? false, r.passageId])).toEqual([
      [null, true, 'p2'],
      [2190, false, 'p3'],
    ]);
  });

  it('the rows of an age table state ages, not periods ("Spain | 14 years")', () => {
    const sections = [
      { id: 's1', heading: 'Who can play', tags: [], passages: [{ id: 'p1', text: 'Country | Minimum age', tags: [] }, { id: 'p2', text: 'Spain | 14 years', tags: [] }, { id: 'p3', text: 'France | 15 years', tags: [] }] },
    ];
    const { facts } = extractFacts(sections, 'en');
    expect(facts.retention).toEqual([]);
    expect(facts.childrenMinAge.map((a) => [a.age, a.region])).toEqual([
      [14, 'ES'],
      [15, 'FR'],
    ]);
  });

  it('a list under a lead-in that speaks of keeping counts: "Nous conservons :" then "- Données de compte : 3 ans"', () => {
    const facts = factsOf('fr', 'Nous conservons vos données pendant les durées suivantes :', '- Données de compte : 3 ans', '- Journaux de connexion : 1 an');
    expect(facts.retention.map((r) => [r.days, r.appliesTo])).toEqual([
      [1095, 'données de compte'],
      [365, 'journaux de connexion'],
    ]);
  });
});
