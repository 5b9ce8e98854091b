// Numbers written in words, from our own small tables: "sept (7) ans", "vingt-cinq mois", "twelve months",
// "a year", "un an". The tables cover 0-999, which is every period or age a notice states, and cost nothing
// to load (compromise/fr-compromise read them too, but cost ~200 ms to load and ~0.5 s per whole notice).
// Another language is added by adding a table.

interface NumberTable {
  /** words with their value; compound forms are sums ("vingt-cinq" = 20 + 5) */
  values: Record<string, number>;
  /** multipliers ("cent", "hundred") */
  hundred: string[];
  /** words that join parts and carry no value ("et", "and") */
  joiners: string[];
  /** indefinite articles that mean "one" right before a unit ("a year", "un an") */
  articles: string[];
  /** French "quatre-vingt(s)": a value multiplied by the next word */
  multiplyingPairs?: Array<[string, string, number]>;
}

const EN: NumberTable = {
  values: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  hundred: ['hundred'],
  joiners: ['and'],
  articles: ['a', 'an'],
};

const FR: NumberTable = {
  values: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
    quarante: 40, cinquante: 50, soixante: 60,
  },
  hundred: ['cent', 'cents'],
  joiners: ['et'],
  articles: ['un', 'une'],
  multiplyingPairs: [['quatre', 'vingt', 4], ['quatre', 'vingts', 4]],
};

export const NUMBER_TABLES: Record<string, NumberTable> = { en: EN, fr: FR };

function tableFor(lang: string): NumberTable {
  return NUMBER_TABLES[lang] ?? EN;
}

/** Every word the tables know for a language, longest first (for building patterns). */
export function numberWords(lang: string): string[] {
  const t = tableFor(lang);
  return [...Object.keys(t.values), ...t.hundred].sort((a, b) => b.length - a.length);
}

const HUNDRED = 100;

/**
 * Value of a number written in words ("vingt-cinq", "quatre-vingt-dix", "twenty one", "one hundred and twenty"),
 * or of digits; null when a word is not a number word.
 */
export function parseNumberWords(input: string, lang: string): number | null {
  const text = input.trim().toLowerCase();
  if (/^\d+$/.test(text)) return Number(text);
  const t = tableFor(lang);
  const words = text.split(/[\s-]+/).filter((w) => w && !t.joiners.includes(w));
  if (words.length === 0) return null;
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const pair = t.multiplyingPairs?.find(([a, b]) => a === w && words[i + 1] === b);
    if (pair) {
      total += pair[2] * t.values[pair[1]];
      i++;
      continue;
    }
    if (t.hundred.includes(w)) {
      total = (total === 0 ? 1 : total) * HUNDRED;
      continue;
    }
    const v = t.values[w];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** A regex source matching a number: digits, or number words joined by spaces/hyphens/"et"/"and". */
export function numberPattern(lang: string): string {
  const t = tableFor(lang);
  const word = numberWords(lang).join('|');
  const joiner = t.joiners.length ? `(?:[\\s-]+(?:${t.joiners.join('|')}))?` : '';
  return `(?:\\d+|(?:${word})(?:${joiner}[\\s-]+(?:${word}))*)`;
}

/** Articles that stand for "one" before a unit, per language. */
export function unitArticles(lang: string): string[] {
  return tableFor(lang).articles;
}
