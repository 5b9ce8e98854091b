// Negation cues per language, from our own tables: "nous ne vendons pas", "ne ... jamais", "aucune vente",
// "we do not sell", "never sell". Checked on one clause around a verb, not on the whole notice.

interface NegationTable {
  /** negation that sits before the verb, within a few words ("do not", "never", "ne") */
  before: RegExp;
  /** for languages with split negation, the second part ("pas", "jamais", "ni"), after the verb ... */
  after?: RegExp;
  /** ... or before it, with an infinitive ("ne pas vendre", "n'est pas de vendre") */
  secondBefore?: RegExp;
  /** a negated noun phrase, "aucune vente", "no sale" */
  nounPrefix: RegExp;
}

const TABLES: Record<string, NegationTable> = {
  en: {
    before: /(?:\b(?:not|never|no longer|neither|nor|none of (?:them|us|these)|no one|nobody)\b|n't)(?:\s+\S+){0,3}\s*$/,
    nounPrefix: /\b(?:no|never any|not any)\s+$/,
  },
  fr: {
    before: /(?:\bne\b|\bn'|\bni\b)(?:\s*[^\s.;:]+){0,3}\s*$/,
    // "ne vendons vos données à personne": 'personne' as the negation's second part, after its object
    after: /^\s*(?:[^\s.;:]+\s+){0,2}?(?:pas|jamais|point|plus|ni|aucun\w*|nullement|rien)\b|^\s*(?:[^\s.;:]+\s+){0,4}?(?:à|a) personne\b/,
    secondBefore: /\b(?:pas|jamais|point|plus|ni)\b(?:\s*[^\s.;:]+){0,2}\s*$/,
    nounPrefix: /\b(?:aucune?|nulle?|pas de|jamais de)\s+(?:\S+\s+)?$/,
  },
};

/**
 * Is the word at [start, end) of a normalised (lower-case) sentence negated?
 * `before` is the text before the word within the clause, `after` the text after it.
 */
export function isNegated(sentence: string, start: number, end: number, lang: string): boolean {
  const t = TABLES[lang] ?? TABLES.en;
  const clauseStart = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf(';', start));
  // a list of verbs shares its negation: "we never share, rent or sell"
  const listed = /^\s*(?:\S+\s+){0,2}$/.test(sentence.slice(clauseStart + 1, start)) && clauseStart > 0;
  const before = sentence.slice(listed ? clauseBoundary(sentence, start) : clauseStart + 1, start);
  const after = sentence.slice(end, end + 60);
  if (t.nounPrefix.test(before)) return true;
  if (!t.before.test(before)) return false;
  if (!t.after) return true;
  return t.after.test(after) || (t.secondBefore?.test(before) ?? false);
}

/** A negation anywhere earlier in the clause, however far ("nous ne considérons jamais votre silence comme ..."). */
const CLAUSE_NEGATION: Record<string, RegExp> = {
  en: /(?:\b(?:not|never|no longer|neither|under no circumstances|in no case)\b|n't)/,
  fr: /(?:\bne\b|\bn')[^;]*?\b(?:pas|jamais|plus|aucun\w*|nullement|point)\b|\b(?:aucun\w*|jamais)\b/,
};

/** Where the clause of a word starts when commas only separate list items: at ";" or ", but"/", mais". */
function clauseBoundary(sentence: string, start: number): number {
  const before = sentence.slice(0, start);
  let at = before.lastIndexOf(';') + 1;
  for (const m of before.matchAll(/,\s*(?:but|however|whereas|mais|cependant|toutefois|sauf)\b/g)) at = Math.max(at, (m.index ?? 0) + 1);
  return at;
}

export function isNegatedInClause(sentence: string, start: number, end: number, lang: string): boolean {
  if (isNegated(sentence, start, end, lang)) return true;
  return (CLAUSE_NEGATION[lang] ?? CLAUSE_NEGATION.en).test(sentence.slice(clauseBoundary(sentence, start), start));
}
