// Sentences of an evidence passage, for the UI only ("every finding shows the sentence behind it").
// The analysis never imports this module's loader: the tokenizer is fetched lazily, after the summary is shown.
//
// What the libraries give, measured here (tests/unit/nlp/sentences.test.ts keeps the table):
// - fr-compromise 0.2.8 splits exactly like `compromise/one` (it bundles compromise's tokenizer): same output
//   on every French and English case tried, for 253 KB of script instead of 90 KB. So `compromise/one`
//   serves both languages.
// - `compromise/one` knows a long English abbreviation list that a small regex does not: "Example Corp. Is",
//   "Acme Co. Our", "Approx. Ten days", "Since Jan. 2024", "Dr. Smith", "Mme. Martin" stay whole.
// - It splits French legal abbreviations and numbering: "l'art. | 15 du RGPD", "l'al. | 2", "cf. | Article 6",
//   "chap. | 3", "See No. | 5", "Me. | Dupont", "au n°. | 12". `repairSplit` glues those back with the same
//   abbreviation list the fallback uses.
// - Neither splits after a closing quote or bracket ("“Quoted sentence.” Next one.").

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
  'cie', 'sté', 'ste', 'para', 'min', 'max', 'tél', 'tel', 'fig', 'réf', 'ref', 'vol',
]);

/** Dotted initials as the last word before a period: "p", "U.S", "S.A.S", "e.g". */
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
/** The word just before a final period, with any opening bracket or quote dropped. */
const LAST_WORD = /(?:^|[\s(«"“'’])([^\s(«"“'’]+)\.$/u;

/** True when `piece` (ending with ".") ends with an abbreviation, so the sentence goes on. */
function endsWithAbbreviation(piece: string): boolean {
  // "EU-U.S.", "UE/É.-U.": the last part of a compound decides.
  const word = LAST_WORD.exec(piece)?.[1]?.split(/[-/]/).pop();
  if (!word) return false;
  return INITIALS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** A candidate end of sentence: . ! ? or … (with closing quotes/brackets) before white space. */
const END = /[.!?…]+["”»)\]]*(?=\s)/gu;
/** A sentence does not start with a lower-case letter: "7 yrs. after closure" goes on. */
const STARTS_LOWER = /^\s*\p{Ll}/u;

/**
 * The small splitter used for languages without a tokenizer and when loading one fails: ends of sentences
 * and line breaks, but not after a listed abbreviation or initials, not before a lower-case word, never inside
 * a number ("2.5", "1.000,50", "www.cnpd.lu": no white space after the period).
 */
export function splitFallback(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let start = 0;
    for (const m of line.matchAll(END)) {
      const end = m.index + m[0].length;
      const piece = line.slice(start, end);
      if (m[0] === '.' && endsWithAbbreviation(piece)) continue;
      if (STARTS_LOWER.test(line.slice(end))) continue;
      if (piece.trim()) out.push(piece.trim());
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** Glues back the tokenizer's cuts after an abbreviation it does not know ("art. | 15", "cf. | Article 6"). */
export function repairSplit(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length - 1;
    if (last >= 0 && out[last].endsWith('.') && (endsWithAbbreviation(out[last]) || STARTS_LOWER.test(piece))) {
      out[last] = `${out[last]} ${piece}`;
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** Languages `compromise/one` splits well (its rules are punctuation and abbreviations, not grammar). */
const TOKENIZER_LANGS = new Set(['en', 'fr']);
const loaded = new Map<string, Promise<SentenceSplitter>>();

/** The tokenizer's sentences, read back from the original text so that each is a substring of it. */
function tokenizerSplitter(nlp: (text: string) => { json(): Array<{ text: string }> }): SentenceSplitter {
  return (text) => repairSplit(nlp(text).json().map((s) => s.text.trim()).filter(Boolean));
}

/**
 * The sentence splitter for a language, loaded once: `compromise/one` (a lazily loaded chunk, ~90 KB) for
 * English and French, the regex splitter for other languages or when the chunk cannot be loaded.
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
