import { describe, expect, it } from 'vitest';
import { fnv1a64 } from '../../../lib/hash';
import { isPrivacyNotice, noticeScore } from '../../../lib/notice';

describe('noticeScore', () => {
  it.each([
    [
      'a short French clause',
      "Nous collectons vos données personnelles pour exécuter votre commande (base légale : le contrat). Elles sont conservées trois ans. Vous disposez d'un droit d'accès, de rectification et d'effacement. Nous utilisons des cookies. Vous pouvez introduire une réclamation auprès de la CNIL. Nos sous-traitants sont situés dans l'Union européenne. Le responsable du traitement est la société X.",
      true,
    ],
    [
      'an English notice paragraph set',
      'We collect personal information you give us. We use cookies. We share data with third parties who act as processors. We retain data for two years. You have the right to access and erasure; you may lodge a complaint with a supervisory authority. Our data protection officer can be reached by email. We rely on legitimate interest and consent.',
      true,
    ],
    ['a login page', 'Sign in. Email address. Password. Forgot your password? By signing in you agree to our Terms and Privacy Policy.', false],
    ['a recipe', 'Preheat the oven to 180 degrees. Mix the flour, sugar and eggs, then bake for 40 minutes until golden.', false],
    ['an empty text', '', false],
  ])('%s', (_, text, notice) => {
    expect(isPrivacyNotice(noticeScore(text))).toBe(notice);
  });

  it('stays within [0, 1]', () => {
    const dense = 'personal data privacy cookies consent gdpr retention third parties controller cnil we collect encrypt children rectification. ';
    const score = noticeScore(dense.repeat(200), ['Privacy Policy']);
    expect(score).toBeGreaterThan(0.9);
    expect(score).toBeLessThanOrEqual(1);
  });
});

describe('fnv1a64', () => {
  it.each([
    ['', 'fnv1a64:cbf29ce484222325'],
    ['a', 'fnv1a64:af63dc4c8601ec8c'],
    ['foobar', 'fnv1a64:85944171f73967e8'],
  ])('matches the reference FNV-1a 64 of %j', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });

  it('hashes UTF-8: é and e differ, the same text gives the same hash', () => {
    expect(fnv1a64('données')).not.toBe(fnv1a64('donnees'));
    expect(fnv1a64('données')).toBe(fnv1a64('données'));
  });
});

describe('noticeScore in the other recognised languages', () => {
  it.each([
    ['de', 'Verantwortliche Stelle ist die Beispiel GmbH. Wir verarbeiten personenbezogene Daten auf der Rechtsgrundlage Ihrer Einwilligung. Die Speicherdauer beträgt drei Jahre. Sie haben ein Recht auf Auskunft, Berichtigung und Löschung sowie ein Beschwerderecht bei der Aufsichtsbehörde. Wir verwenden Cookies. Eine Weitergabe an Dritte erfolgt nur an Auftragsverarbeiter.'],
    ['es', 'El responsable del tratamiento es Ejemplo S.L. Tratamos sus datos personales con base jurídica en su consentimiento. El plazo de conservación es de tres años. Tiene derecho de acceso, rectificación y cancelación, y puede reclamar ante la autoridad de control. Utilizamos cookies. No cedemos datos a terceros salvo a encargados del tratamiento.'],
    ['it', 'Il titolare del trattamento è Esempio S.r.l. Trattiamo i suoi dati personali sulla base giuridica del consenso. La conservazione dura tre anni. Ha il diritto di accesso e di rettifica e può proporre reclamo al Garante per la protezione dei dati personali. Utilizziamo cookie. I dati non sono comunicati a terzi se non ai responsabili del trattamento.'],
    ['nl', 'De verwerkingsverantwoordelijke is Voorbeeld B.V. Wij verwerken uw persoonsgegevens op grond van uw toestemming. De bewaartermijn is drie jaar. U heeft recht op inzage en correctie en kunt een klacht indienen bij de Autoriteit Persoonsgegevens. Wij gebruiken cookies. Wij delen gegevens niet met derden behalve met onze verwerkers.'],
  ])('a short %s notice is a notice', (_, text) => {
    expect(isPrivacyNotice(noticeScore(text))).toBe(true);
  });
});
