import { describe, expect, it } from 'vitest';
import { parseNumberWords } from '../../../lib/nlp/numbers';
import { isNegated } from '../../../lib/nlp/negation';

describe('parseNumberWords', () => {
  it.each([
    ['sept', 'fr', 7],
    ['vingt-cinq', 'fr', 25],
    ['vingt et un', 'fr', 21],
    ['soixante', 'fr', 60],
    ['soixante-dix', 'fr', 70],
    ['quatre-vingt-dix', 'fr', 90],
    ['quatre-vingts', 'fr', 80],
    ['cent vingt', 'fr', 120],
    ['trois cents', 'fr', 300],
    ['twelve', 'en', 12],
    ['twenty-five', 'en', 25],
    ['one hundred and twenty', 'en', 120],
    ['ninety', 'en', 90],
    ['36', 'en', 36],
    ['several', 'en', null],
    ['quelques', 'fr', null],
  ] as const)('%s (%s) -> %s', (words, lang, expected) => {
    expect(parseNumberWords(words, lang)).toBe(expected);
  });
});

describe('isNegated', () => {
  // [sentence, the word to test, lang, negated]
  it.each([
    ['nous ne vendons pas vos données', 'vendons', 'fr', true],
    ['nous ne vendons jamais vos données', 'vendons', 'fr', true],
    ['avm up ne vend ni ne loue vos données', 'vend', 'fr', true],
    ["notre métier n'est pas de vendre les informations", 'vendre', 'fr', true],
    ['nous nous engageons à ne pas vendre vos données', 'vendre', 'fr', true],
    ['nous vendons vos données à nos partenaires', 'vendons', 'fr', false],
    ["nous pouvons vendre des données, ce n'est pas rare", 'vendre', 'fr', false],
    ['we do not sell your personal information', 'sell', 'en', true],
    ["we don't sell your data", 'sell', 'en', true],
    ['we never sell your data', 'sell', 'en', true],
    ['we sell aggregated data', 'sell', 'en', false],
  ] as const)('%s [%s]', (sentence, word, lang, expected) => {
    const start = sentence.indexOf(word);
    expect(isNegated(sentence, start, start + word.length, lang)).toBe(expected);
  });
});
