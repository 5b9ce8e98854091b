// The language of a notice: its script first (CJK, Cyrillic, ...), then, for Latin script, which
// language's most frequent function words it uses most. Cheap: a bounded sample, one pass.

/** Only the start of the text is read: function words settle the question within a few pages. */
export const LANGUAGE_SAMPLE_CHARS = 20_000;
/** Fewer function words than this and the language is unknown ('und'). */
export const MIN_FUNCTION_WORDS = 3;
/** A script that makes up this share of the letters decides the language. */
export const SCRIPT_SHARE = 0.3;

/** Frequent function words that, together, tell Latin-script languages apart. */
export const FUNCTION_WORDS: Record<string, readonly string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'vous', 'nous', 'vos', 'pour', 'dans', 'sur', 'qui', 'que', 'avec', 'pas', 'ces', 'aux', 'sont', 'notre', 'votre', 'ou', 'au'],
  en: ['the', 'and', 'of', 'to', 'you', 'your', 'we', 'our', 'is', 'are', 'for', 'with', 'that', 'this', 'on', 'by', 'may', 'or', 'it', 'from', 'be', 'as', 'us', 'will', 'have'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'sie', 'wir', 'ihre', 'mit', 'für', 'auf', 'von', 'zu', 'den', 'dem', 'ein', 'eine', 'werden', 'uns', 'oder', 'bei', 'auch', 'sind', 'wie'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'una', 'para', 'con', 'por', 'su', 'sus', 'nosotros', 'usted', 'que', 'al', 'como', 'datos', 'se', 'lo', 'o', 'este', 'esta', 'sobre', 'puede'],
  it: ['il', 'gli', 'della', 'delle', 'dei', 'di', 'che', 'per', 'con', 'sono', 'una', 'non', 'come', 'dati', 'al', 'alla', 'nel', 'nella', 'questo', 'tuoi', 'suoi', 'ai', 'anche', 'essere', 'o'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'wij', 'u', 'uw', 'onze', 'voor', 'met', 'op', 'niet', 'zijn', 'worden', 'om', 'aan', 'te', 'bij', 'deze', 'ook', 'als', 'kunnen'],
};

/** Scripts that name their language outright (checked in order: kana before Han). */
export const SCRIPTS: ReadonlyArray<{ lang: string; pattern: RegExp }> = [
  { lang: 'ja', pattern: /[\u3040-\u30ff]/g },
  { lang: 'ko', pattern: /[\uac00-\ud7af\u1100-\u11ff]/g },
  { lang: 'zh', pattern: /[\u4e00-\u9fff]/g },
  { lang: 'uk', pattern: /[іїєґІЇЄҐ]/g },
  { lang: 'ru', pattern: /[\u0400-\u04ff]/g },
  { lang: 'el', pattern: /[\u0370-\u03ff]/g },
  { lang: 'ar', pattern: /[\u0600-\u06ff]/g },
  { lang: 'he', pattern: /[\u0590-\u05ff]/g },
  { lang: 'th', pattern: /[\u0e00-\u0e7f]/g },
];
/** A few Ukrainian letters among Cyrillic make it Ukrainian; kana among Han make it Japanese. */
const MARKER_SHARE = 0.01;

const WORD_LANG: Map<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS))
    for (const w of words) map.set(w, [...(map.get(w) ?? []), lang]);
  return map;
})();

function byScript(sample: string): string | null {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return null;
  const cjk = (sample.match(/[\u3040-\u30ff\uac00-\ud7af\u4e00-\u9fff]/g)?.length ?? 0) / letters;
  const cyrillic = (sample.match(/[\u0400-\u04ff]/g)?.length ?? 0) / letters;
  for (const { lang, pattern } of SCRIPTS) {
    const share = (sample.match(pattern)?.length ?? 0) / letters;
    if ((lang === 'ja' || lang === 'ko') && cjk >= SCRIPT_SHARE && share >= MARKER_SHARE) return lang;
    if (lang === 'uk' && cyrillic >= SCRIPT_SHARE && share >= MARKER_SHARE) return lang;
    if (share >= SCRIPT_SHARE) return lang;
  }
  return null;
}

/** ISO 639-1 code of the text's language, or 'und' when it cannot tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const script = byScript(sample);
  if (script) return script;
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const langs = WORD_LANG.get(word);
    if (!langs) continue;
    total++;
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1 / langs.length);
  }
  if (total < MIN_FUNCTION_WORDS) return 'und';
  let best = 'und';
  let bestCount = 0;
  for (const [lang, count] of counts) if (count > bestCount) [best, bestCount] = [lang, count];
  return best;
}
