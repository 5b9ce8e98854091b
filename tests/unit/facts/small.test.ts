// Dates, sale, response delay and transfers: tables of [sentence, expected].
import { describe, expect, it } from 'vitest';
import { findLastUpdated } from '../../../lib/facts/dates';
import type { Safeguard } from '../../../lib/report';
import { factsOf } from './helpers';

describe('lastUpdated', () => {
  it.each([
    ['Dernière mise à jour : 10 décembre 2018', 'fr', '2018-12-10'],
    ['Mise à jour le 27/05/2018', 'fr', '2018-05-27'],
    ['Dernière mise à jour le 1er août 2023.', 'fr', '2023-08-01'],
    ['En vigueur à compter du 25 mai 2018', 'fr', '2018-05-25'],
    ['Last updated March 2015', 'en', '2015-03-01'],
    ['Effective date: January 1, 2024', 'en', '2024-01-01'],
    ['Updated 2024-03-01', 'en', '2024-03-01'],
    ['Last updated: 3 Feb. 2021', 'en', '2021-02-03'],
    ['Vous pouvez vérifier la date de la dernière mise à jour au début de cette déclaration.', 'fr', null],
    ['Les versions précédentes sont valables jusqu’au 22 février 2023.', 'fr', null],
  ])('%s', (text, lang, expected) => {
    expect(findLastUpdated(text, lang)).toBe(expected);
  });
});

describe('sellsData', () => {
  it.each([
    ['Nous ne vendons pas les données personnelles de nos clients à des tiers.', 'fr', false],
    ['En aucun cas, nous ne vendons ni ne louons vos données personnelles.', 'fr', false],
    ["Notre métier n'est pas de vendre les informations personnelles de nos clients.", 'fr', false],
    ['Nous ne vendrons jamais vos données.', 'fr', false],
    ['Aucune vente de vos données n’a lieu.', 'fr', false],
    ['Nous pouvons vendre vos données à des partenaires commerciaux.', 'fr', true],
    ['Nous pouvons vendre ou acheter des sociétés ou des services.', 'fr', null],
    ['Amazon ne vend pas de produits qui puissent être achetés par des enfants.', 'fr', null],
    ['We do not sell your personal information.', 'en', false],
    ['We never sell or rent your data.', 'en', false],
    ['We may sell your personal information to data brokers.', 'en', true],
    ['We do not sell products to children.', 'en', null],
    ['You have the right to opt out of the sale of your data.', 'en', null],
    ['We will never share your information for marketing or sell it without your written permission.', 'en', false],
    ['Nous ne louons pas nos fichiers et nous ne les vendons pas.', 'fr', false],
    ['Les informations recueillies ne sont en aucun cas cédées ou vendues à des tiers.', 'fr', false],
    ['Nous ne vendons vos données à personne.', 'fr', false],
    ['Nous ne faisons pas commerce de vos données.', 'fr', false],
    ['Aucune revente de vos données n’a lieu.', 'fr', false],
    ['Nous ne monétisons pas vos données personnelles.', 'fr', false],
    ['Nous ne revendons jamais vos informations.', 'fr', false],
    ['Nous faisons commerce de produits artisanaux.', 'fr', null],
    ['Nous ne cédons vos coordonnées à personne.', 'fr', false],
    ['We never share, rent or sell your details to anyone.', 'en', false],
    ['Sharing identifiers with ad partners may be considered a "sale" of personal information under the CCPA.', 'en', true],
  ] as const)('%s', (text, lang, expected) => {
    expect(factsOf(lang, text).sellsData).toBe(expected);
  });
});

describe('responseDays', () => {
  it.each([
    ['Vos requêtes seront traitées dans les 30 jours.', 'fr', 30],
    ['Nous répondrons à votre demande dans un délai d’un mois.', 'fr', 30],
    ['We will respond to your request within 45 days.', 'en', 45],
    ['We respond to requests within one month.', 'en', 30],
    ['Vous pouvez demander les informations divulguées dans les 12 mois précédant votre demande.', 'fr', null],
    ['Nous informerons la personne concernée dans un délai de 3 jours à compter de la notification.', 'fr', null],
    ['Pour exercer vos droits, écrivez-nous. Nous répondons dans un délai d’un mois.', 'fr', 30],
  ] as const)('%s', (text, lang, expected) => {
    expect(factsOf(lang, text).responseDays).toBe(expected);
  });
});

describe('transfers', () => {
  it.each([
    ['Lorsque nous transférons vos données en dehors de l’EEE, nous utilisons les clauses contractuelles types de la Commission européenne.', 'fr', ['WORLD'], ['scc']],
    ['Vos données peuvent être transférées aux États-Unis sur la base du Data Privacy Framework, auquel nous participons.', 'fr', ['US'], ['dpf']],
    ['Nous transférons des données vers des pays reconnus par une décision d’adéquation, comme le Japon.', 'fr', ['JP'], ['adequacy']],
    ['Nous appliquons des règles d’entreprise contraignantes pour les transferts au sein du groupe, y compris vers l’Inde.', 'fr', ['IN'], ['bcr']],
    ['Les serveurs sont hébergés dans des datacenters situés au sein de l’Union Européenne (France).', 'fr', [], []],
    ['Nous ne nous appuyons plus sur le Bouclier de protection des données UE-États-Unis, invalidé en 2020, pour nos transferts.', 'fr', [], []],
    ['We transfer personal data to the United States under Standard Contractual Clauses.', 'en', ['US'], ['scc']],
    ['Your data may be processed anywhere in the world where our service providers operate, which we do when we transfer it.', 'en', ['WORLD'], []],
    ['Microsoft Ireland Operations Limited provides cloud storage and transfers for us.', 'en', [], []],
    ['Our support team is based in Canada and our servers are hosted in Germany.', 'en', ['CA', 'DE'], []],
    ['Aucune donnée n’est transférée en dehors de l’Union européenne.', 'fr', [], []],
    ['Le site est hébergé en France par notre prestataire.', 'fr', [], []],
    ['Some providers are based outside the UK; we then use the International Data Transfer Agreement.', 'en', ['WORLD'], ['scc']],
    ['Une partie du support est assurée depuis la Tunisie, qui ne bénéficie pas d’une décision d’adéquation ; nous utilisons des clauses contractuelles types.', 'fr', ['TN'], ['scc']],
    // where a service runs, is installed or replicated, and countries named with their adequacy
    ['Notre centre de relation client se trouve en Tunisie, sous clauses contractuelles types.', 'fr', ['TN'], ['scc']],
    ['Notre centre de réservation est situé à Tirana, en Albanie.', 'fr', ['AL'], []],
    ['Nos sauvegardes sont répliquées au Canada, pays reconnu comme adéquat par la Commission européenne.', 'fr', ['CA'], ['adequacy']],
    ['Notre service client est assuré en partie depuis Hô Chi Minh-Ville, au Viêt Nam.', 'fr', ['VN'], []],
    ['Les équipes informatiques de notre groupe en Inde interviennent sur nos systèmes.', 'fr', ['IN'], []],
    ['La Corée du Sud bénéficie d’une décision d’adéquation.', 'fr', ['KR'], ['adequacy']],
    ['Nous participons à l’extension britannique au Data Privacy Framework UE-Etats-Unis pour nos transferts.', 'fr', ['US'], ['dpf']],
    ['Nos bureaux sont à Lyon et nos clients en Suisse.', 'fr', [], []],
    // teams and providers placed by city, countries that name a law, the EEA as a destination
    ['Part of our customer support works from Cape Town, South Africa, and our analytics provider stores data in the US.', 'en', ['ZA', 'US'], []],
    ['Moderation contractors in Nairobi, Kenya, and Manila, the Philippines, review reported videos under standard contractual clauses.', 'en', ['KE', 'PH'], ['scc']],
    ['Our app developer is in Kraków, Poland, which UK adequacy regulations cover.', 'en', ['PL'], ['adequacy']],
    ['Some emails are answered by a team in Cebu under the UK International Data Transfer Agreement.', 'en', ['PH'], ['scc']],
    ['Our email tools come from a company that stores data in the European Economic Area, which the UK recognises as providing adequate protection.', 'en', ['EEA'], ['adequacy']],
    ['Where personal data is transferred outside the EEA, we ensure an adequate level of protection through standard contractual clauses.', 'en', ['WORLD'], ['scc']],
    ['Some of our suppliers are located overseas, including in the United States.', 'en', ['US'], []],
    ['Transfers from the EEA, UK and Switzerland to our US host rely on the Data Privacy Framework.', 'en', ['US'], ['dpf']],
    ['Enterprise customers can pin their stored data to the EU region.', 'en', [], []],
    ['Our provider in India is bound by contracts approved by the European Commission for transfers.', 'en', ['IN'], ['scc']],
    ['When you rent abroad, your booking goes to the local franchise, wherever in the world it is, because we need to send it there to give you the car.', 'en', ['WORLD'], ['derogation']],
    ['Our servers are in Canada, which the European Commission considers safe for transfers.', 'en', ['CA'], ['adequacy']],
    ['This processing is necessary to perform our contract with you.', 'en', [], []],
    ['Our team in Pune, India, reviews adverts; neither country has a UK adequacy decision, so we rely on standard contractual clauses.', 'en', ['IN'], ['scc']],
    ['Nous adhérons à l’extension britannique du Data Privacy Framework pour nos transferts vers les États-Unis.', 'fr', ['US'], ['dpf']],
  ] as const)('%s', (text, lang, destinations, safeguards) => {
    const facts = factsOf(lang, text);
    expect(facts.transfers.destinations).toEqual(destinations);
    expect(facts.transfers.safeguards).toEqual(safeguards as readonly Safeguard[]);
  });

  it('hosting in the EEA is no transfer for a controller established in the EEA (its address line says where)', () => {
    const facts = factsOf(
      'en',
      'Gartenwelt Handels GmbH, Lindenallee 5, 50667 Köln, Germany',
      'Our shop is hosted by a service provider in Frankfurt; backups are stored in Finland and our mail provider is in the United States.',
    );
    expect(facts.transfers.destinations).toEqual(['US']);
  });
});
