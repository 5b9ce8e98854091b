// When a line of plain text or markdown is a heading, as data: each cue names a way notices mark
// their titles. Strong cues hold anywhere; the weak "title" cue (a short line without a full stop)
// is used only where the document has no explicit structure of its own.

/** A heading is at most this many words... */
export const MAX_HEADING_WORDS = 18;
/** ...and this many characters. */
export const MAX_HEADING_CHARS = 160;
/** A weak (unmarked) title line is at most this many words. */
export const MAX_TITLE_LINE_WORDS = 12;
/** A line in capitals needs this many letters ("LWS" in an address is not a title). */
export const MIN_CAPS_LETTERS = 6;

export type HeadingStyle = 'markdown' | 'numbered' | 'caps' | 'question' | 'bold' | 'title';

/** Section numbering at the start of a line: `1.`, `1.2`, `9.4.1`, `2)`, `IV.`, `A.`, `Article 3`. */
export const NUMBERING =
  /^(?:(?:article|section|chapitre|chapter|partie|part)\s+(\d{1,3}|[IVX]{1,5})[.):-]?|(\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|[IVX]{1,5}[.)]|[A-H][.)]))\s+(?=\S)/i;

const SENTENCE_END = /[.;,:]["»”)]?$/;
/** "Dernière mise à jour : 10 décembre 2018", "Email : ...": a label and its value, not a title. */
const LABEL_VALUE = /\s:\s|:\s*\S/;
/** "Juillet 2022", "Updated July 30, 2025", "Mis à jour le 07/07/2023": a date line, not a title. */
const DATE_LINE =
  /^(?:last )?updated\b|^(?:dernière )?mis[e]? à jour\b|^effective\b|^en vigueur\b|^(?:\d{1,2}(?:er)?\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}$/i;
/** An unmarked title has at least this many letters ("OU" between table cells is not one). */
const MIN_TITLE_LETTERS = 4;
const HAS_LINK_OR_MAIL = /@|https?:\/\/|www\./i;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Depth of a line's section number (`1.` -> 1, `2.3` -> 2, `2.3.1` -> 3), 0 when unnumbered. */
export function numberingDepth(line: string): number {
  const m = NUMBERING.exec(line);
  if (!m) return 0;
  const digits = (m[1] ?? m[2]).match(/\d+/g);
  return digits ? digits.length : 1;
}

/** The text of a line without its section number. */
export function withoutNumbering(line: string): string {
  return line.replace(NUMBERING, '').replace(/^[–—:-]\s*/, '').trim();
}

function isShort(text: string, maxWords = MAX_HEADING_WORDS): boolean {
  return text.length <= MAX_HEADING_CHARS && words(text) <= maxWords;
}

function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < MIN_CAPS_LETTERS) return false;
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function startsLikeTitle(text: string): boolean {
  return /^[\p{Lu}\d«"“¿¡]/u.test(text);
}

/** The cues, strongest first: the first that holds gives the style. */
export const HEADING_CUES: ReadonlyArray<{ style: HeadingStyle; strong: boolean; test: (line: string) => boolean }> = [
  {
    style: 'numbered',
    strong: true,
    test: (l) => {
      const rest = withoutNumbering(l);
      return numberingDepth(l) > 0 && rest !== l && isShort(rest) && !SENTENCE_END.test(rest) && startsLikeTitle(rest);
    },
  },
  { style: 'caps', strong: true, test: (l) => isShort(l) && isCaps(l) && !HAS_LINK_OR_MAIL.test(l) },
  { style: 'question', strong: true, test: (l) => /\?\s*$/.test(l) && isShort(l) && startsLikeTitle(l) },
  {
    style: 'title',
    strong: false,
    test: (l) =>
      isShort(l, MAX_TITLE_LINE_WORDS) &&
      !SENTENCE_END.test(l) &&
      !LABEL_VALUE.test(l) &&
      !DATE_LINE.test(l) &&
      (l.match(/\p{L}/gu)?.length ?? 0) >= MIN_TITLE_LETTERS &&
      /^[\p{Lu}«"“¿¡]/u.test(l) &&
      !HAS_LINK_OR_MAIL.test(l),
  },
];

/** The style of heading a line of text is, or null when it reads as body text. */
export function headingStyle(line: string, allowWeak = true): HeadingStyle | null {
  const text = line.trim();
  if (!text) return null;
  for (const cue of HEADING_CUES) {
    if (!cue.strong && !allowWeak) continue;
    if (cue.test(text)) return cue.style;
  }
  return null;
}

/** Key to compare a heading with a table-of-contents entry: no numbering, page numbers, case or punctuation. */
export function headingKey(text: string): string {
  return withoutNumbering(text)
    .toLowerCase()
    .replace(/[\u2019\u02bc`]/g, "'")
    .replace(/\s+\d+\s*$/, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}
