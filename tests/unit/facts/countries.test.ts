import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../lib/facts/countries';

// Whole words only, the first country listed wins at a position with its longest name there, spaces, hyphens and
// apostrophes read loosely, "us"/"uk" only after "the", company names skipped.
describe('findCountries', () => {
  it.each<[string, string, boolean, Array<[string, number, number]>]>([
    ["data is stored in the us and the uk", 'en', false, [["US", 22, 2], ["GB", 33, 2]]],
    ["us citizens and uk users", 'en', false, []],
    ["hébergées aux pays bas et aux pays-bas", 'fr', false, [["NL", 14, 8], ["NL", 30, 8]]],
    ["en côte d'ivoire et en côte d’ivoire", 'fr', false, [["CI", 3, 13], ["CI", 23, 13]]],
    ["microsoft ireland operations limited, dublin", 'en', false, []],
    ["transferred to ireland, germany and the united states of america", 'en', false, [["IE", 15, 7], ["DE", 24, 7], ["US", 40, 24]]],
    ["aux états-unis d'amérique et aux etats unis", 'fr', false, [["US", 4, 21], ["US", 33, 10]]],
    ["serveurs américains et canadiens", 'fr', true, [["US", 9, 10]]],
    ["serveurs américains", 'fr', false, []],
    ["franceconnect, la france, 2france", 'fr', false, [["FR", 18, 6]]],
    ["the u.s. and the usa", 'en', false, [["US", 4, 4], ["US", 17, 3]]],
    ["south korea, korea, republic of korea", 'en', false, [["KR", 0, 11], ["KR", 13, 5], ["KR", 20, 17]]],
    ["new  zealand and new\tzealand", 'en', false, [["NZ", 0, 12], ["NZ", 17, 11]]],
    ["swiss servers in switzerland", 'en', true, [["CH", 0, 5], ["CH", 17, 11]]],
    ["inthe us; the  us; (the us)", 'en', false, [["US", 24, 2]]],
    ["afrique du sud, sud-africaines", 'fr', true, [["ZA", 0, 14], ["ZA", 16, 14]]],
    ["île maurice et maurice", 'fr', false, [["MU", 0, 11], ["MU", 15, 7]]],
  ])('%s (%s, adjectives %s)', (text, lang, adjectives, expected) => {
    expect(findCountries(text, lang, adjectives).map((c) => [c.code, c.index, c.length])).toEqual(expected);
  });
});
