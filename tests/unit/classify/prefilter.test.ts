import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_FILES } from '../../../lib/classify/index';
import { ruleBranches } from '../../../lib/classify/match';
import { LiteralSets, MAX_LITERAL_LENGTH, MAX_REQUIRED_SETS, requiredLiteralSets, topLevelBranches } from '../../../lib/classify/prefilter';
import { normalize } from '../../../lib/classify/types';
import { GENERATED_PATH, generatedSource } from '../../../lib/cli/literals';

// The engine tests a rule only on passages that contain a member of each of its required literal sets: the
// derivation must never name a literal that a match can do without (that would silently drop a tag).

/** Whether `text` holds a member of every set. */
const holds = (sets: string[][], text: string) => sets.every((set) => set.some((l) => text.includes(l)));

describe('requiredLiteralSets', () => {
  it.each<[RegExp, string[][] | null]>([
    [/conserv[a-zà-ÿœ]*/, [['conserv']]],
    [/dur[ée]es? de conservation/, [['durée de', 'duree de', 'durées d', 'durees d']]],
    // literals are cut to their first MAX_LITERAL_LENGTH characters
    [/(?:vend|lou)ons vos donn[ée]es/, [['vendons ', 'louons v']]],
    [/(?<![a-zà-ÿœ])(?:conserv|archiv)[a-zà-ÿœ]*/, [['archiv', 'conserv']]],
    // a bounded gap breaks a literal in two: both sides are required, the more selective first
    [/nous[^.;]{0,40}supprimons/, [['supprimo'], ['nous']]],
    [/conserv[^.]{0,40}(?:pendant|durant)[^.]{0,20}\d/, [['conserv'], ['pendant', 'durant']]],
    // an optional part is no requirement; a lookaround consumes nothing
    [/(?:tiers )?partenaires(?= commerciaux)/, [['partenai']]],
    [/ab(?:cd)?ef/, [['abcdef', 'abef']]],
    // a set that another required set implies is left out (" an" with " ans")
    [/\|\s*\d+ ans/, [[' ans'], ['|']]],
    // two-letter words count; a lone mark that text seldom has counts; a letter or a space with one letter does not
    [/(?<![a-z])cv(?![a-z])/, [['cv']]],
    [/[a-z]+@[a-z]+/, [['@']]],
    [/^[^:]{0,40}:\s*[^:]*,/, [[':'], [',']]],
    [/(?:nom|cv|e-?mail)[^.]{0,40}(?:,| et )[^.]{0,40}(?:nom|cv)/, [['cv', 'nom'], [',', ' et ']]],
    [/données|\d+ ans/, [['données', ' ans']]],
    [/données|\d+ a/, null],
    [/[a-z]+ a [a-z]+/, null],
    // nothing selective, or syntax outside the subset: no literal, the rule is tested everywhere
    [/\d{5}/, null],
    [/x+y+z+/, null],
    [/(a)\1/, null],
    [/conserv/i, null],
  ])('%s -> %j', (re, expected) => {
    const sets = requiredLiteralSets(re);
    expect(sets && sets.map((set) => [...set].sort())).toEqual(expected && expected.map((set) => [...set].sort()));
  });

  it('cuts literals to MAX_LITERAL_LENGTH characters', () => {
    for (const literal of (requiredLiteralSets(/vaut acceptation de la politique/) ?? []).flat()) expect(literal.length).toBeLessThanOrEqual(MAX_LITERAL_LENGTH);
  });

  it('requires at most MAX_REQUIRED_SETS sets', () => {
    expect(requiredLiteralSets(/alpha[^.]*beta[^.]*gamma[^.]*delta[^.]*epsilon/)).toHaveLength(MAX_REQUIRED_SETS);
  });

  // every branch of every rule regex (match, unless, heading) of every rule file, on every sentence the rule files hold
  const sentences = RULE_FILES.flatMap((f) => [...f.rules, ...f.headings].map((r) => r.example).concat(f.examples.map(([s]) => s))).map(normalize);
  for (const file of RULE_FILES) {
    it(`${file.file}: a regex that matches a sentence finds a member of each of its literal sets in it`, () => {
      for (const rule of [...file.rules, ...file.headings]) {
        for (const regex of rule.unless ? [rule.match, rule.unless] : [rule.match]) {
          for (const branch of ruleBranches(regex)) {
            const sets = requiredLiteralSets(branch);
            if (!sets) continue;
            for (const sentence of sentences) {
              if (branch.test(sentence)) expect(holds(sets, sentence), `${rule.id} (${branch.source.slice(0, 60)}...) on "${sentence}"`).toBe(true);
            }
          }
        }
      }
    });
  }

  it('holds on random texts over a small alphabet (property)', () => {
    const patterns = [/ab(?:c|d)e?f/, /a[bc]{1,2}d/, /(?:ab|ba)+cd/, /x(?=ab)abc|cab?a/, /(?<!a)bcd|d[ab]?cb/, /abc(?:d|e)*fab/, /ab[^x]{0,3}cd[^x]*ef/, /(?:ab|b)x?(?:cd|dc)+/, /\|[ab]{0,2}(?:cd|e)/];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'x', '|'), maxLength: 30 }), (text) => {
        for (const re of patterns) {
          const sets = requiredLiteralSets(re);
          if (sets && re.test(text)) expect(holds(sets, text), `${re} on "${text}"`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('LiteralSets', () => {
  it.each<[string, number[]]>([
    ['nous conservons vos données', [0, 2]],
    ['les durées de conservation', [0, 1]],
    ['rien à voir', []],
    ['', []],
    // overlapping literals, one inside another
    ['abcd', [3, 4]],
  ])('%s -> sets %j', (text, expected) => {
    const sets = new LiteralSets([['conserv', 'archiv'], ['durée'], ['vos do'], ['abcd'], ['bc', 'zz']]);
    const found = new Uint8Array(sets.size);
    sets.mark(text, found);
    expect([...found.keys()].filter((i) => found[i])).toEqual(expected);
  });

  it('agrees with a substring search (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', ' '), maxLength: 40 }), (literalSets, text) => {
        const sets = new LiteralSets(literalSets);
        const found = new Uint8Array(sets.size);
        sets.mark(text, found);
        expect([...found].map(Boolean)).toEqual(literalSets.map((set) => set.some((l) => text.includes(l))));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('topLevelBranches', () => {
  it.each<[RegExp, string[] | null]>([
    [/ab|c(?:d|e)|[|]f|\|g/, ['ab', 'c(?:d|e)', '[|]f', '\\|g']],
    [/(?<=a|b)c/, ['(?<=a|b)c']],
    [/a|/, ['a', '']],
    // a back reference ties alternatives together: kept whole
    [/(a)|\1b/, ['(a)|\\1b']],
    [/a|b/i, null],
  ])('%s -> %j', (re, expected) => {
    expect(topLevelBranches(re)).toEqual(expected);
  });

  it('a rule regex tests true exactly when one of its branches does, on every sentence of the rule files', () => {
    const sentences = RULE_FILES.flatMap((f) => [...f.rules.map((r) => r.example), ...f.examples.map(([s]) => s)]).map(normalize);
    for (const rule of RULE_FILES.flatMap((f) => f.rules)) {
      const branches = (topLevelBranches(rule.match) ?? []).map((source) => new RegExp(source));
      for (const sentence of sentences) expect(branches.some((b) => b.test(sentence)), rule.id).toBe(rule.match.test(sentence));
    }
  });
});

describe('precomputed literals', () => {
  it(`${GENERATED_PATH} is up to date with the rule files (regenerate: node lib/cli/run.mjs lib/cli/literals.ts)`, () => {
    const onDisk = readFileSync(new URL(`../../../${GENERATED_PATH}`, import.meta.url), 'utf8');
    expect(onDisk === generatedSource()).toBe(true);
  });
});
