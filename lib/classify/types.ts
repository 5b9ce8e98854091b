import type { Tag } from '../report';

/** A cue that fires by itself. */
export const STRONG = 1;
/** A cue that needs support: another cue, or a heading above the passage that leans to the same tag. */
export const WEAK = 0.5;

/**
 * One rule, in the spirit of compromise's `{match, tag, reason}` tables.
 * `match` is tested against the normalised passage text (see `normalize`).
 */
export interface Rule {
  /** stable id, `<tag>.<lang>.<slug>`: it is what the report's `why` shows */
  id: string;
  match: RegExp;
  /** STRONG (default) or WEAK */
  weight?: number;
  /** the rule does not fire when this also matches the passage */
  unless?: RegExp;
  /** a sentence the rule fires on (the registry test checks it does) */
  example: string;
}

/** One file per tag and language: `rules/<tag>.<lang>.ts`, default export. */
export interface RuleFile {
  tag: Tag;
  /** ISO 639-1 */
  lang: string;
  /** cues in the passage's own words */
  rules: Rule[];
  /** cues in a heading: the section leans to the tag, and WEAK passage cues below it count */
  headings: Rule[];
  /** `[sentence, does the tag apply]`: positives and hard negatives, run as a test table */
  examples: Array<[string, boolean]>;
}

/** Lower case, canonical apostrophes and spaces: rules are written against this form. */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u2010-\u2013]/g, '-');
}
