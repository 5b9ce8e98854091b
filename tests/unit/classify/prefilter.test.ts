import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_FILES } from '../../../lib/classify/index';
import { LiteralSets, MAX_LITERAL_LENGTH, requiredLiterals, topLevelBranches } from '../../../lib/classify/prefilter';
import { normalize } from '../../../lib/classify/types';
import { GENERATED_PATH, generatedSource } from '../../../lib/cli/literals';

// The engine tests a rule only on passages that contain one of its required literals: the derivation
// must never name a literal that a match can do without (that would silently drop a tag).

describe('requiredLiterals', () => {
  it.each<[RegExp, string[] | null]>([
    [/conserv[a-zà-ÿœ]*/, ['conserv']],
    [/dur[ée]es? de conservation/, ['durée de', 'duree de', 'durées d', 'durees d']],
    // literals are cut to their first MAX_LITERAL_LENGTH characters
    [/(?:vend|lou)ons vos donn[ée]es/, ['vendons ', 'louons v']],
    [/(?<![a-zà-ÿœ])(?:conserv|archiv)[a-zà-ÿœ]*/, ['archiv', 'conserv']],
    // a bounded gap breaks a literal in two: either side is required, the longer is kept
    [/nous[^.;]{0,40}supprimons/, ['supprimo']],
    // an optional part is no requirement; a lookaround consumes nothing
    [/(?:tiers )?partenaires(?= commerciaux)/, ['partenai']],
    [/ab(?:cd)?ef/, ['abcdef', 'abef']],
    // nothing long enough, or syntax outside the subset: no literal, the rule is tested everywhere
    [/\d{5}/, null],
    [/[a-z]+@[a-z]+/, null],
    [/(a)\1/, null],
    [/conserv/i, null],
    [/données|\d+ ans/, ['données', ' ans']],
    [/données|\d+ a/, null],
  ])('%s -> %j', (re, expected) => {
    const literals = requiredLiterals(re);
    expect(literals && [...literals].sort()).toEqual(expected && [...expected].sort());
  });

  it('cuts literals to MAX_LITERAL_LENGTH characters', () => {
    for (const literal of requiredLiterals(/vaut acceptation de la politique/) ?? []) expect(literal.length).toBeLessThanOrEqual(MAX_LITERAL_LENGTH);
  });

  // every rule and heading regex of every rule file, on every sentence the rule files hold
  const sentences = RULE_FILES.flatMap((f) => [...f.rules, ...f.headings].map((r) => r.example).concat(f.examples.map(([s]) => s))).map(normalize);
  for (const file of RULE_FILES) {
    it(`${file.file}: a regex that matches a sentence finds one of its literals in it`, () => {
      for (const rule of [...file.rules, ...file.headings]) {
        const literals = requiredLiterals(rule.match);
        if (!literals) continue;
        for (const sentence of sentences) {
          if (rule.match.test(sentence)) expect(literals.some((l) => sentence.includes(l)), `${rule.id} on "${sentence}"`).toBe(true);
        }
      }
    });
  }

  it('holds on random texts over a small alphabet (property)', () => {
    const patterns = [/ab(?:c|d)e?f/, /a[bc]{1,2}d/, /(?:ab|ba)+cd/, /x(?=ab)abc|cab?a/, /(?<!a)bcd|d[ab]?cb/, /abc(?:d|e)*fab/];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'x'), maxLength: 30 }), (text) => {
        for (const re of patterns) {
          const literals = requiredLiterals(re);
          if (literals && re.test(text)) expect(literals.some((l) => text.includes(l))).toBe(true);
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
