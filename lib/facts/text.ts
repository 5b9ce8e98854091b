// Text helpers shared by the fact extractors: one normal form, sentences, markdown residue.
import { normalize } from '../classify/types';
import { nativeTest } from './cues';

/** Markdown/HTML residue that is not words: links keep their text, emphasis marks and tags go. */
export function stripMarkup(text: string): string {
  if (!/[[<*_`\\]/.test(text)) return text;
  return text
    .replace(/\[([^\]]*)\]\((?:[^)\s]*)\)/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\\([()[\]])/g, '$1');
}

/**
 * White space that is not already one plain space: runs of two or more, or a single tab, newline, etc.
 * Same result as replacing every `\s+` with a space, without replacing each single space by itself.
 */
const SPACES = /\s{2,}|[^\S ]/g;

/** Lower case, canonical apostrophes and spaces, one space between words: what the patterns are written for. */
export function norm(text: string): string {
  return normalize(stripMarkup(text))
    .replace(/[«»“”]/g, '"')
    .replace(SPACES, ' ')
    .trim();
}

/** `norm` of a text already `tidy`: lower case and the remaining canonical forms, without a second pass. */
export function normTidy(tidied: string): string {
  return tidied.toLowerCase().replace(/[\u0060\u00b4]/g, "'").replace(/[\u2010-\u2013]/g, '-').replace(/[«»“”]/g, '"');
}

/** Same spacing as `norm` but with the original case (names, e-mails, addresses). */
export function tidy(text: string): string {
  return stripMarkup(text)
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** Enough characters before a period to recognise an abbreviation. */
const ABBREVIATION_REACH = 12;
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|ex|cf|p|no|n°|art|inc|ltd|st|mr|mrs|dr|m|mme|env|vs|par ex|approx)|\b[a-z])\.$/i;

/**
 * Sentences of a passage (already `norm`ed or `tidy`ed). A sentence ends at . ! ? or ; followed by a space,
 * not after a common abbreviation or inside a number ("27.5.3", "www.cnpd.lu").
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?;](?=\s+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + 1;
    if (m[0] === '.' && nativeTest(ABBREVIATIONS, text.slice(Math.max(start, end - ABBREVIATION_REACH), end))) continue;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Unique values, first occurrence order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** A letter or digit (a whole code point) ending / starting a text: names are whole words. */
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;
/** UTF-16 units of the longest code point: what a boundary test needs to see on each side. */
const CODE_POINT_UNITS = 2;

/** Runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;
/** The first word of a name. */
export const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** The words of a text (runs of letters and digits) with their positions, in order. */
export function words(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(WORD);
}

/** One letter or digit (a whole code point). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Characters below this are looked up in a table built once (Latin, Greek, Cyrillic...); others are tested. */
const WORD_TABLE_SIZE = 0x800;
let wordTable: Uint8Array | null = null;
const [HIGH_SURROGATE, LOW_SURROGATE, LAST_SURROGATE] = [0xd800, 0xdc00, 0xdfff];

/** UTF-16 units of the code point at `i` when it is a letter or digit, else 0. */
function wordUnits(text: string, i: number, table: Uint8Array): number {
  const c = text.charCodeAt(i);
  if (c < WORD_TABLE_SIZE) return table[c];
  if (c >= HIGH_SURROGATE && c < LOW_SURROGATE && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= LOW_SURROGATE && d <= LAST_SURROGATE) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[i]) ? 1 : 0;
}

/**
 * Where the words of `words(text)` start and end, flat (`[start0, end0, start1, end1, ...]`): the same words,
 * without a match object per word (the country and authority lookups read every word of many sentences).
 */
export function wordBounds(text: string): number[] {
  let table = wordTable;
  if (!table) {
    table = wordTable = new Uint8Array(WORD_TABLE_SIZE);
    for (let c = 0; c < WORD_TABLE_SIZE; c++) table[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  }
  const bounds: number[] = [];
  let i = 0;
  while (i < text.length) {
    let units = wordUnits(text, i, table);
    if (units === 0) {
      i++;
      continue;
    }
    const start = i;
    while (units > 0) {
      i += units;
      units = i < text.length ? wordUnits(text, i, table) : 0;
    }
    bounds.push(start, i);
  }
  return bounds;
}

/** Whether `text` has no letter or digit right before `start` and right after `end`. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !ENDS_IN_WORD.test(text.slice(Math.max(0, start - CODE_POINT_UNITS), start)) && !STARTS_WITH_WORD.test(text.slice(end, end + CODE_POINT_UNITS));
}
