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
  ['Vous pouvez faire valoir votre point de vue et contester la décision.', 'fr', ['automated-decision']],
  ['Vous pouvez demander qu’un analyste réexamine le refus.', 'fr', ['automated-decision']],
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
  // plain words: imperatives, copies to take elsewhere, changing one's mind, an authority that can look into it
  ['See and download your data, correct your details or delete your account from the account portal.', 'en', ['access', 'rectification', 'erasure', 'portability']],
  ['You can ask for a copy of your data, have it corrected, or move it to another service.', 'en', ['access', 'rectification', 'portability']],
  ['You may ask us for a copy to take elsewhere.', 'en', ['portability']],
  ['We will only text you if you have said yes, and you can change your mind at any time.', 'en', ['withdraw-consent']],
  ['With your permission we send you deals by email; you can turn these off in the app.', 'en', ['withdraw-consent']],
  ['We send you deals by email; you can turn these off in the app.', 'en', []],
  ["If you're not happy, the Information Commissioner's Office can look into it.", 'en', ['complaint']],
  ['If your appeal is denied, you may contact your state Attorney General.', 'en', ['complaint']],
  ['You have the right to information, rectification and erasure under Art. 15 to 17 GDPR.', 'en', ['access', 'rectification', 'erasure']],
  ['California residents may ask to know the personal information we have collected about them.', 'en', ['know']],
  ['We email product news only to customers who opted in. Every email contains an unsubscribe link.', 'en', ['withdraw-consent']],
  ['We will not treat you differently for using these rights.', 'en', ['non-discrimination']],
  ['You have the right to opt out of sharing for cross-context behavioral advertising.', 'en', ['opt-out-sale']],
  ['Federal law gives you the right to tell us not to use it to market other services.', 'en', ['objection']],
  ['Want a copy of your data? Email privacy@example.com.', 'en', ['access']],
  ['Players can object to how we use their data or ask us to limit it.', 'en', ['restriction', 'objection']],
  // a person who looks again at what a system decided, offered to the reader
  ['High-risk payments are blocked automatically; you can ask our team to review a blocked payment.', 'en', ['automated-decision']],
  ['Our fair-play system can ban an account. Appeal from the ban screen and a member of our team will go through the evidence.', 'en', ['automated-decision']],
  ['If the rating means you are refused a car, ask the branch manager to review it: they can override the system.', 'en', ['automated-decision']],
  ['Our systems flag unusual logins. Reported chats are reviewed by our safety team.', 'en', []],
  ['Our support system routes your request; a member of our team will look at your request within a week.', 'en', []],
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
