import { describe, expect, it } from 'vitest';
import type { Right } from '../../../lib/report';
import { factsOf } from './helpers';

const TABLE: Array<[string, string, Right[]]> = [
  ["Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.", 'fr', ['access', 'rectification', 'erasure']],
  ['Vous pouvez également vous opposer au traitement et demander la portabilité de vos données.', 'fr', ['portability', 'objection']],
  ['Vous pouvez nous demander de limiter le traitement de vos données personnelles.', 'fr', ['restriction']],
  ['Vous pouvez retirer votre consentement à tout moment.', 'fr', ['withdraw-consent']],
  ['Vous avez le droit d’introduire une réclamation auprès de la CNIL.', 'fr', ['complaint']],
  ['Vous disposez du droit de définir des directives relatives au sort de vos données après votre décès.', 'fr', ['post-mortem']],
  ['Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé.', 'fr', ['automated-decision']],
  ['Nous contrôlons l’accès aux informations personnelles, et restreignons et gérons le droit d’accès.', 'fr', []],
  ['Nous supprimerons vos données conformément au droit applicable.', 'fr', []],
  ['You have the right to access, correct or delete your personal information.', 'en', ['access', 'rectification', 'erasure']],
  ['You may object to processing or ask us to restrict processing of your data.', 'en', ['restriction', 'objection']],
  ['You have the right to lodge a complaint with the ICO.', 'en', ['complaint']],
  ['California residents have the right to know, and the right to opt out of the sale of their personal information.', 'en', ['opt-out-sale', 'know']],
  ['You have the right to limit the use of your sensitive personal information.', 'en', ['limit-sensitive']],
  ['We will not discriminate against you for exercising your rights.', 'en', ['non-discrimination']],
  ['You can access our website from any device.', 'en', []],
  ['You can ask to see or get a copy of your record.', 'en', ['access']],
  ['Toute personne dispose des droits d’accès, de rectification et d’effacement.', 'fr', ['access', 'rectification', 'erasure']],
  ['Écrivez-nous pour consulter, corriger ou supprimer vos données.', 'fr', ['access', 'rectification', 'erasure']],
  ['Vous pouvez refuser les e-mails promotionnels depuis l’application.', 'fr', ['objection']],
  ['You can ask us to limit what we use or share.', 'en', ['restriction']],
  ['You can opt out of direct marketing at any time.', 'en', ['objection']],
  ['You may lodge a complaint with the State Data Protection Inspectorate.', 'en', ['complaint']],
];

describe('rights', () => {
  it.each(TABLE)('%s', (text, lang, expected) => {
    expect(factsOf(lang, text).rights).toEqual(expected);
  });

  it('reads list items under a lead-in ("Droit de retrait : refuser ..., notamment :" then "- Vente ...")', () => {
    const facts = factsOf(
      'fr',
      'Vous pouvez bénéficier des droits suivants :',
      '- Droit de savoir : demandez des détails sur les informations recueillies.',
      '- Droit de retrait : refuser certaines utilisations, notamment :',
      '- Vente d’informations personnelles (telles que définies par la loi)',
    );
    expect(facts.rights).toEqual(['opt-out-sale', 'know']);
    expect(facts.sellsData).toBeNull();
  });
});
