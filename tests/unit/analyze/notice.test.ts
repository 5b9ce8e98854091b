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
