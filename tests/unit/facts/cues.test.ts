// The fact extractors' speed-ups must give exactly what the plain code gives: a cue skipped on a passage that
// lacks its literals (lib/facts/cues.ts) and words found without a match object per word (wordBounds).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cue, cueExec, cueTest } from '../../../lib/facts/cues';
import { sentences, wordBounds, words } from '../../../lib/facts/text';

// registered at load, as the extractors' cues are
const TRANSFER = cue(/\btransf[ée]r\w*|h[ée]berg\w*|serveurs? (?:situ|install)/);
const SALE = cue(/(?:refus\w*|opt[- ]out)[^.]{0,40}\bvente|ne pas vendre/);
const FLAGGED = cue(/transf/g);
const UNREGISTERED = /données/;

describe('cueTest / cueExec', () => {
  const passage = 'nos serveurs sont installés en irlande. vos données ne sont pas transférées. vous pouvez refuser la vente de vos données.';
  it.each<[RegExp, string]>([
    [TRANSFER, passage],
    [SALE, passage],
    [UNREGISTERED, passage],
    [TRANSFER, 'aucune donnée ne quitte la france.'],
    [SALE, 'nous ne vendons rien.'],
  ])('%s on a passage and its sentences gives what the regex gives', (re, text) => {
    expect(cueTest(re, text)).toBe(re.test(text));
    for (const sentence of sentences(text)) {
      expect(cueTest(re, sentence, text)).toBe(re.test(sentence));
      expect(cueExec(re, sentence, text)?.[0]).toBe(re.exec(sentence)?.[0]);
    }
  });

  it('runs a cue with flags everywhere and keeps its state', () => {
    FLAGGED.lastIndex = 0;
    expect(cueExec(FLAGGED, 'transfert et transfert')?.index).toBe(0);
    expect(cueExec(FLAGGED, 'transfert et transfert')?.index).toBe('transfert et '.length);
  });

  it('agrees with the regex on random passages, passage after passage (property)', () => {
    const word = fc.constantFrom('transfert', 'transférées', 'hébergées', 'serveurs', 'situés', 'refuser', 'la', 'vente', 'ne', 'pas', 'vendre', 'opt-out', 'de', '.', 'données');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 4 }), (passages) => {
        for (const text of passages) {
          for (const re of [TRANSFER, SALE]) {
            expect(cueTest(re, text)).toBe(re.test(text));
            for (const sentence of sentences(text)) expect(cueTest(re, sentence, text)).toBe(re.test(sentence));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('wordBounds', () => {
  const plain = (text: string) => [...words(text)].flatMap((w) => [w.index ?? 0, (w.index ?? 0) + w[0].length]);
  it.each([
    'Nos serveurs sont situés aux États-Unis (Virginie) et à Dublin.',
    "l'autorité de protection des données — ΑΡΧΗ Προστασίας, комисия за защита",
    'emoji 😀 between, math 𝐀𝐁 letters, lone \ud800 and \udc00 surrogates, digits 42 and ٣٤',
    '',
    '   ',
  ])('%s: the words of words()', (text) => {
    expect(wordBounds(text)).toEqual(plain(text));
  });

  it('agrees with words() on random text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(wordBounds(text)).toEqual(plain(text));
      }),
      { numRuns: 2000 },
    );
  });
});
