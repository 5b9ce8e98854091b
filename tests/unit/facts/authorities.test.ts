import { describe, expect, it } from 'vitest';
import { AUTHORITIES, authoritiesFor, NAME_TRIGGERS, nationalAuthority } from '../../../lib/facts/authorities';
import { EEA_CODES } from '../../../lib/facts/countries';
import { extractFacts } from '../../../lib/facts/index';
import { sectionsOf } from './sections';
import { factsOf } from './helpers';

describe('authorities table', () => {
  it('covers every EEA country, the UK and Switzerland', () => {
    const countries = new Set(AUTHORITIES.map((a) => a.country));
    for (const code of [...EEA_CODES, 'GB', 'CH']) expect(countries.has(code), code).toBe(true);
  });

  it.each(AUTHORITIES.map((a) => [a.id, a] as const))('%s has what a complaint needs and a findable name', (_, a) => {
    expect(a.complaintUrl).toMatch(/^https?:\/\//);
    expect(a.address).toBeTruthy();
    for (const name of a.names) expect(NAME_TRIGGERS.test(name.toLowerCase()) || (a.acronyms?.length ?? 0) > 0, name).toBe(true);
    // a name is looked up by its first word
    for (const name of a.names) expect(name, name).toMatch(/^[\p{L}\p{N}]/u);
  });

  it('looks up by country', () => {
    expect(nationalAuthority('fr')?.shortName).toBe('CNIL');
    expect(nationalAuthority('DE')?.shortName).toBe('BfDI');
    expect(authoritiesFor('DE').length).toBeGreaterThan(10);
    expect(nationalAuthority('US')).toBeNull();
  });
});

describe('authorities named', () => {
  it.each([
    ['Vous pouvez introduire une réclamation auprès de la CNIL.', 'fr', ['FR']],
    ["Commission Nationale de l'Informatique et des Libertés, 3 Place de Fontenoy, 75007 Paris", 'fr', ['FR']],
    ['auprès de notre autorité de contrôle principale, la Commission Nationale pour la Protection des Données au Luxembourg', 'fr', ['LU']],
    ['You can complain to the Information Commissioner’s Office (ICO).', 'en', ['GB']],
    ['You may lodge a complaint with the Irish Data Protection Commission.', 'en', ['IE']],
    ['Contact the Agencia Española de Protección de Datos (AEPD).', 'en', ['ES']],
    ['Vous pouvez contacter la CNPD.', 'fr', []],
    ['If you are unhappy with our answer, you may complain to the Information Commissioner.', 'en', ['GB']],
    ['Complaints may be sent to the Information Commissioner of the Republic of Slovenia.', 'en', ['SI']],
    ['You can complain to the Comissão Nacional de Proteção de Dados in Lisbon.', 'en', ['PT']],
    ['The Commission de protection des données du Nigeria is informed of any breach within 72 hours.', 'fr', ['NG']],
    ['You may contact the Commissioner for Data Protection North Rhine-Westphalia.', 'en', ['DE']],
    ["Si vous résidez au Brésil, vous pouvez déposer une plainte auprès de l'Autorité nationale brésilienne de protection des données (« ANPD »).", 'fr', ['BR']],
    ['Vous pouvez saisir l’autorité de protection des données de votre pays.', 'fr', []],
    ['Nous sommes autorisés par l’APD et d’autres lois applicables.', 'fr', []],
  ])('%s', (text, lang, countries) => {
    expect(factsOf(lang, text).authorities.map((a) => a.country)).toEqual(countries);
  });

  it('an ambiguous short name takes its country from the supplement it sits in', () => {
    const { facts } = extractFacts(sectionsOf('Ce qui suit s’applique aux personnes résidant au Portugal :', 'Vous pouvez saisir la CNPD.'), 'fr');
    expect(facts.authorities.map((a) => a.country)).toEqual(['PT']);
  });
});
