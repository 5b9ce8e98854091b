// Word normalisation shared by the search index and the search query, so both sides agree:
// lower case, accents folded ("données" = "donnees"), split on anything that is not a letter or digit.

/** Words shorter than this are not indexed: they match almost everything. */
export const MIN_WORD_LENGTH = 2;
/** Longer tokens are hashes, URLs or glued text, never something a person types. */
export const MAX_WORD_LENGTH = 40;

// The commonest grammatical words of both languages: in nearly every notice, so they only bloat the index.
const STOPWORDS = new Set(
  (
    'the and for are was were with that this from your you our not but can has have had will may any all its ' +
    'they them their there when which who whom what how into onto than then these those such also other ' +
    'les des une est sont pour par que qui dans sur avec aux ces ses leur leurs nous vous notre nos votre vos ' +
    'pas plus ont été etre être cette cet sans sous entre dont elle elles ils lui mais donc car peut'
  ).split(' '),
);

/** Folds case and accents: the form both the index and the query are written in. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Every token of a text, folded, in order, stopwords and too-short/too-long tokens left out. */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  for (const token of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (token.length < MIN_WORD_LENGTH || token.length > MAX_WORD_LENGTH || STOPWORDS.has(token)) continue;
    out.push(token);
  }
  return out;
}

/** The distinct indexable words of a text, sorted. */
export function wordsOf(text: string): string[] {
  return [...new Set(tokensOf(text))].sort();
}
