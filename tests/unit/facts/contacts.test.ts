import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';

describe('contacts', () => {
  it.each([
    ['Écrivez-nous à privacy@example.com.', ['privacy@example.com'], []],
    ['Contactez notre délégué à la protection des données : dpo(at)example.fr', ['dpo@example.fr'], ['dpo@example.fr']],
    ['Notre DPO est joignable à contact [at] example [dot] org.', ['contact@example.org'], ['contact@example.org']],
    ['Écrivez à jean [arobase] example.fr', ['jean@example.fr'], []],
    ['Vous pouvez joindre notre délégué à la protection des données à l’adresse data-protection-officer(at)infobip.com.', ['data-protection-officer@infobip.com'], ['data-protection-officer@infobip.com']],
    ['Le RSSI est joignable à l’adresse : [rssi@example.com](mailto:rssi@example.com)', ['rssi@example.com'], []],
    ['Contact us at [email protected] for details.', [], []],
    ['Our Data Protection Officer can be reached at dpo@example.com or legal@example.com.', ['dpo@example.com', 'legal@example.com'], ['dpo@example.com', 'legal@example.com']],
  ])('%s', (text, emails, dpo) => {
    const facts = factsOf(text.startsWith('O') || text.startsWith('Contact us') ? 'en' : 'fr', text);
    expect(facts.contacts.emails).toEqual(emails);
    expect(facts.contacts.dpoEmails).toEqual(dpo);
  });

  it.each([
    ['LWS\nService protection des données\n4 rue Galvani\n75838 PARIS Cedex 17', 'fr', '4 rue Galvani 75838 PARIS Cedex 17'],
    ['Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210, ATTN : AWS Legal', 'en', '410 Terry Avenue North, Seattle, WA 98109-5210'],
    ['Infobip Limited, 35-38 New Bridge Street, Fifth Floor, London EC4V 6BW, United Kingdom', 'en', '35-38 New Bridge Street, Fifth Floor, London EC4V 6BW'],
  ])('postal address in %s', (text, lang, address) => {
    expect(factsOf(lang, text).contacts.postalAddresses).toEqual([address]);
  });

  it('phones and form URLs only where the sentence says so', () => {
    const facts = factsOf('fr', 'Numéro de téléphone : +33 1 23 45 67 89. Pour exercer vos droits, utilisez le formulaire https://example.fr/droits. La loi n° 1558/2001 s’applique.');
    expect(facts.contacts.phones).toEqual(['+33 1 23 45 67 89']);
    expect(facts.contacts.urls).toEqual(['https://example.fr/droits']);
  });
});
