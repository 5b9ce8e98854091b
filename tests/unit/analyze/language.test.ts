import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/language';

describe('detectLanguage', () => {
  it.each([
    ['fr', 'Nous conservons vos données personnelles pendant la durée de votre contrat, puis nous les supprimons.'],
    ['fr', 'Vous pouvez exercer vos droits en écrivant à notre délégué à la protection des données.'],
    ['en', 'We keep your personal data for as long as your account is open and then we delete it.'],
    ['en', 'You have the right to access the information we hold about you.'],
    ['de', 'Wir speichern Ihre personenbezogenen Daten nur so lange, wie es für die Zwecke erforderlich ist, und löschen sie dann.'],
    ['es', 'Conservamos sus datos personales durante el tiempo necesario para los fines para los que se recogieron y luego los eliminamos.'],
    ['it', 'Conserviamo i tuoi dati personali per il tempo necessario alle finalità per cui sono stati raccolti e non li vendiamo.'],
    ['nl', 'Wij bewaren uw persoonsgegevens niet langer dan nodig is voor de doeleinden waarvoor ze zijn verzameld en wij delen ze niet.'],
    ['ja', '当社は、お客様の個人情報を適切に管理し、第三者に提供することはありません。'],
    ['zh', '我们会妥善保管您的个人信息，不会向第三方出售。'],
    ['ko', '당사는 귀하의 개인정보를 안전하게 보관하며 제3자에게 판매하지 않습니다.'],
    ['ru', 'Мы храним ваши персональные данные только в течение необходимого срока.'],
    ['und', '12345 67890 !!!'],
    ['und', ''],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('tells French from English in a bilingual page by what dominates', () => {
    const fr = 'Nous collectons vos données pour gérer votre compte et vous envoyer nos offres. ';
    expect(detectLanguage(fr.repeat(5) + 'Privacy Policy. We care about your data.')).toBe('fr');
  });
});
