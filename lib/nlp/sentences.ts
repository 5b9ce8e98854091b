// Sentences of an evidence passage, for the UI only ("every finding shows the sentence behind it").
// The analysis never imports this module: the tokenizer is fetched lazily, after the summary is shown.
//
// What the libraries give, measured here (tests/unit/nlp/sentences.test.ts keeps the cases as tables):
// - fr-compromise 0.2.8 splits exactly like `compromise/one` (it bundles compromise's tokenizer): same output
//   on every French and English case tried, for 253 KB of script instead of 90 KB.
// - `compromise/one` knows a long English abbreviation list: "Example Corp. Is", "Since Jan. 2024",
//   "Approx. Ten days", "Acme Bros. Our" stay whole where the regex below splits. It splits French legal
//   abbreviations and numbering ("l'art. | 15", "l'al. | 2", "cf. | Article 6", "Me. | Dupont",
//   "Industriestr. | 25"): `repairSplit` glues those back. It never splits after a closing quote or bracket
//   ("called “Managed Apple IDs.” These schools ...").
// - Over the 3,036 passages of the 15 corpus notices (../shared/corpus/text), the regex and the repaired
//   tokenizer disagree on 10: the regex is right on the closing quotes/brackets (3), the tokenizer on none
//   for sure (it cuts "Company Reg. | No." and inside parentheses). Loading it costs 60-100 ms and it takes
//   ~0.25 ms a passage against ~0.006 ms for the regex.
// So the tokenizer is kept for English only, for the abbreviations it knows; French (and every other
// language) uses the regex, which is as good there. Nothing of this runs on the click-to-summary path.

/** Splits a passage into its sentences (each a substring of the passage, trimmed). */
export type SentenceSplitter = (text: string) => string[];

/** A sentence located in its passage: `text === passage.slice(start, end)`. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Words that end with a period without ending a sentence (lower case, without the period), French and English.
 * Single letters and dotted initials ("p.", "U.S.", "S.A.S.") are recognised by shape, not listed.
 */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'cf', 'ex', 'pp', 'art', 'arts', 'al', 'chap', 'ch', 'sect', 'sec', 'no', 'nos', 'n°', 'nº',
  'env', 'approx', 'vs', 'mr', 'mrs', 'ms', 'dr', 'mme', 'mmes', 'mlle', 'me', 'st', 'inc', 'ltd', 'corp', 'co',
  'cie', 'sté', 'ste', 'para', 'min', 'max', 'tél', 'tel', 'fig', 'réf', 'ref', 'vol', 'rev', 'str',
]);

/** A list or section number: "1.", "2.1.1." opening a passage, "section “7." in quotes (the tokenizer agrees). */
const LIST_NUMBER = /(?:^|["“«(])\d{1,3}(?:\.\d{1,3})*\.$/;
/** Dotted initials as the last word before a period: "p", "U.S", "S.A.S", "e.g". */
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
/** The word just before a final period, with any opening bracket or quote dropped. */
const LAST_WORD = /(?:^|[\s(«"“'’])([^\s(«"“'’]+)\.$/u;

/** True when `piece` (ending with ".") ends with an abbreviation, so the sentence goes on. */
function endsWithAbbreviation(piece: string): boolean {
  // "EU-U.S.", "UE/É.-U.": the last part of a compound decides.
  const word = LAST_WORD.exec(piece)?.[1]?.split(/[-/]/).pop();
  if (!word) return false;
  return INITIALS.test(word) || ABBREVIATIONS.has(word.toLowerCase()) || LIST_NUMBER.test(piece.trim());
}

/** A candidate end of sentence: . ! ? or … (with closing quotes/brackets) before white space, or a line break. */
const END = /[.!?…]+["”»)\]]*(?=\s)|\n/gu;
/** What goes on a sentence rather than starting one: a lower-case word ("7 yrs. after closure"), or , ; : ) */
const CONTINUES = /^\s*[\p{Ll},;:)\]]/u;
/** Nor, after a period, a number: "Schwarzenbergstr. 4", "art. 15" whatever the abbreviation. */
const STARTS_DIGIT = /^\s*\d/;

/** How far back an open parenthesis still holds a sentence together (a stray "(" must not swallow a passage). */
const PAREN_REACH = 160;

/** True when a piece leaves a parenthesis open nearby: "(Un exemple ? L'hébergement)" is one aside. */
function insideParentheses(piece: string): boolean {
  let depth = 0;
  for (const ch of piece.slice(-PAREN_REACH)) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The small splitter used for languages without a tokenizer and when loading one fails: ends of sentences
 * and line breaks, but not after a listed abbreviation, initials or a list number, not before a lower-case
 * word, a number or a comma, not inside parentheses, never inside a number ("2.5", "1.000,50", "www.cnpd.lu":
 * no white space after the period).
 */
export function splitFallback(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    const piece = text.slice(start, end);
    const next = text.slice(end);
    if (CONTINUES.test(next) || insideParentheses(piece)) continue;
    if (m[0] === '.' && (endsWithAbbreviation(piece) || STARTS_DIGIT.test(next))) continue;
    if (piece.trim()) out.push(piece.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * Glues back the tokenizer's cuts after an abbreviation it does not know ("art. | 15", "cf. | Article 6",
 * "Industriestr. | 25") and before words that go on a sentence.
 */
export function repairSplit(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length - 1;
    const prev = out[last];
    const glue =
      prev !== undefined &&
      (CONTINUES.test(piece) || (prev.endsWith('.') && (endsWithAbbreviation(prev) || STARTS_DIGIT.test(piece))));
    if (glue) out[last] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** Languages whose abbreviations `compromise/one` knows better than the regex (see the measures above). */
const TOKENIZER_LANGS = new Set(['en']);
const loaded = new Map<string, Promise<SentenceSplitter>>();

/** The tokenizer's sentences, read back from the original text so that each is a substring of it. */
function tokenizerSplitter(nlp: (text: string) => { json(): Array<{ text: string }> }): SentenceSplitter {
  return (text) => repairSplit(nlp(text).json().map((s) => s.text.trim()).filter(Boolean));
}

/**
 * The sentence splitter for a language, loaded once: `compromise/one` (a lazily loaded chunk, ~90 KB) for
 * English, the regex splitter for other languages or when the chunk cannot be loaded.
 */
export function loadSentenceSplitter(lang: string): Promise<SentenceSplitter> {
  const base = lang.toLowerCase().split('-')[0];
  if (!TOKENIZER_LANGS.has(base)) return Promise.resolve(splitFallback);
  let splitter = loaded.get(base);
  if (!splitter) {
    splitter = import('compromise/one').then(
      (module) => tokenizerSplitter(module.default),
      () => splitFallback,
    );
    loaded.set(base, splitter);
  }
  return splitter;
}

/** Lower case, one kind of apostrophe and of space: how a cue is looked for in a sentence. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** Places each sentence in the passage; a sentence that cannot be found again (altered spacing) is skipped. */
export function sentenceSpans(text: string, split: SentenceSplitter): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const sentence of split(text)) {
    let start = text.indexOf(sentence, cursor);
    let length = sentence.length;
    if (start < 0) {
      const flexible = new RegExp(sentence.split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
      flexible.lastIndex = cursor;
      const m = flexible.exec(text);
      if (!m) continue;
      start = m.index;
      length = m[0].length;
    }
    spans.push({ start, end: start + length, text: text.slice(start, start + length) });
    cursor = start + length;
  }
  return spans;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A cue as a test on a folded sentence: a number must not be part of a longer number ("16" is not "2016"). */
function cueTest(cue: string): ((sentence: string) => boolean) | null {
  const folded = fold(cue).trim();
  if (!folded) return null;
  if (/^\d+$/.test(folded)) {
    const re = new RegExp(`(?<!\\d)${folded}(?!\\d)`);
    return (s) => re.test(s);
  }
  return (s) => s.includes(folded);
}

/**
 * The sentence of a passage that holds a finding's words (a retention period's text, an e-mail, an
 * authority's name, an age), trying the cues in order. Null when no single sentence holds any cue.
 */
export function sentenceBehind(
  passageText: string,
  cue: string | readonly string[],
  split: SentenceSplitter,
): SentenceSpan | null {
  const spans = sentenceSpans(passageText, split);
  for (const one of typeof cue === 'string' ? [cue] : cue) {
    const test = cueTest(one);
    if (!test) continue;
    const span = spans.find((s) => test(fold(s.text)));
    if (span) return span;
  }
  return null;
}

const WORD_CHAR = /\p{L}/u;

/** Where a cue's words stand in a text (case, spacing and apostrophes ignored), or null. */
export function cueSpan(text: string, cue: string): SentenceSpan | null {
  const words = cue.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const source = words.map((w) => escapeRegExp(w).replace(/['’‘ʼ]/g, "['’‘ʼ]")).join('[\\s\\u00a0\\u202f]+');
  const bounded = /^\d+$/.test(cue.trim()) ? `(?<!\\d)${source}(?!\\d)` : source;
  const m = new RegExp(bounded, 'iu').exec(text);
  if (!m) return null;
  // A cue may be a word's beginning ("vend" for "vendons"): the mark covers whole words.
  let start = m.index;
  let end = m.index + m[0].length;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return { start, end, text: text.slice(start, end) };
}

/** What a quote of a passage emphasises for a finding. */
export interface Emphasis {
  /** the part of the passage to emphasise */
  mark: SentenceSpan;
  /** the sentence behind the finding */
  sentence: SentenceSpan;
  /** the passage is that one sentence: the mark is then the cue's own words, not the whole quote */
  alone: boolean;
}

/**
 * The emphasis inside a quoted passage: the sentence behind the finding when the passage has several,
 * the finding's own words when the passage is a single sentence (marking the whole quote says nothing).
 */
export function emphasisFor(
  passageText: string,
  cue: string | readonly string[],
  split: SentenceSplitter,
): Emphasis | null {
  const sentence = sentenceBehind(passageText, cue, split);
  if (!sentence) return null;
  const alone = passageText.trim() === sentence.text;
  if (!alone) return { mark: sentence, sentence, alone };
  for (const one of typeof cue === 'string' ? [cue] : cue) {
    const words = cueSpan(passageText, one);
    if (words) return { mark: words, sentence, alone };
  }
  return null;
}
