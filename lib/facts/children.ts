// Children's minimum ages: every age stated, with the region it applies to (a country named in the sentence,
// else the country supplement the passage sits in) and whether a parent's consent is required.
import type { ChildrenAgeFact } from '../report';
import { numberPattern, parseNumberWords } from '../nlp/numbers';
import type { PassageContext } from './context';
import { findCountries } from './countries';

interface ChildrenCues {
  /** the sentence is about children or an age limit */
  topic: RegExp;
  /** "moins de 16 ans": N is the minimum age */
  under: (num: string) => RegExp;
  /** "au moins 16 ans", "âge minimum ... est de 21 ans", "16 ans ou plus": N is the minimum age */
  atLeast: (num: string) => RegExp;
  /** a parent or guardian is involved */
  parent: RegExp;
  /** a sentence about selling/sharing minors' data states no minimum age ("ne vend pas ... de mineurs de moins de 16 ans") */
  saleOnly: RegExp;
  /** ... unless it also speaks of using the service or collecting */
  useOrCollect: RegExp;
}

const CUES: Record<string, ChildrenCues> = {
  fr: {
    topic: /\b(?:enfants?|mineurs?)\b|âg[ée]|moins de \d{1,2} ans|\d{1,2} ans (?:ou plus|et plus|révolus)/,
    under: (n) => new RegExp(`(?:moins de|inférieur à|en dessous de)\\s+(${n})(?![\\p{L}\\p{N}])\\s*(?:\\(\\d+\\)\\s*)?ans`, 'gu'),
    atLeast: (n) =>
      new RegExp(
        `(?:au moins|minimum(?: requis)?(?: pour \\S+(?: \\S+){0,6})? est de|âg[ée]e?s? d'au moins|avoir au moins)\\s+(${n})(?![\\p{L}\\p{N}])\\s*(?:\\(\\d+\\)\\s*)?ans|(?<![\\p{L}\\p{N}])(${n})(?![\\p{L}\\p{N}])\\s*ans (?:ou plus|et plus|révolus)`,
        'gu',
      ),
    parent: /\b(?:parents?|parental\w*|tuteur|tutrice|représentant légal|titulaire de l'autorité|autorité parentale|adulte)\b/,
    saleOnly: /\b(?:vend\w*|vente|"vend")/,
    useOrCollect: /\b(?:utilis\w*|inscri\w*|compte|collect\w*|destin\w*|recueill\w*|autoris\w*)/,
  },
  en: {
    topic: /\b(?:child\w*|minors?|aged?|years? old|kids?|teen\w*)\b|\bunder (?:the age of )?\d{1,2}\b(?!\s*(?:days?|weeks?|months?|hours?|%))|\d{1,2}\+? (?:years old|or older|and over)/,
    under: (n) => new RegExp(`(?:under(?: the age of)?|younger than|below(?: the age of)?|less than)\\s+(${n})(?![\\p{L}\\p{N}])(?!\\s*(?:days?|weeks?|months?|hours?|%))(?:\\s+years)?`, 'gu'),
    atLeast: (n) =>
      new RegExp(
        `(?:at least|minimum age (?:\\S+ ){0,6}?(?:is|of)|must be|over(?: the age of)?|older than|aged)\\s+(${n})(?![\\p{L}\\p{N}])(?!\\s*(?:days?|weeks?|months?|hours?|%))(?:\\s*years)?|(?<![\\p{L}\\p{N}])(${n})(?![\\p{L}\\p{N}])\\s*(?:years(?: of age| old)?\\s*)?(?:or older|or over|and over|and older|\\+)`,
        'gu',
      ),
    parent: /\b(?:parents?|parental|guardians?|legal representative|adult)\b/,
    saleOnly: /\b(?:sell\w*|sale|sold)\b/,
    useOrCollect: /\b(?:use|using|register\w*|account|collect\w*|directed|intended)\b/,
  },
};

/** Ages outside this range are not a minimum age for a service. */
const MIN_PLAUSIBLE_AGE = 6;
const MAX_PLAUSIBLE_AGE = 25;

function regionOf(sentence: string, ctx: PassageContext): string | null {
  const named = [...new Set(findCountries(sentence, ctx.lang).map((c) => c.code))];
  if (named.length === 1) return named[0];
  return ctx.jurisdiction;
}

const patternCache = new Map<string, { under: RegExp; atLeast: RegExp }>();

function patterns(lang: string, cues: ChildrenCues): { under: RegExp; atLeast: RegExp } {
  let p = patternCache.get(lang);
  if (!p) {
    const num = numberPattern(lang);
    p = { under: cues.under(num), atLeast: cues.atLeast(num) };
    patternCache.set(lang, p);
  }
  return p;
}

/** Minimum ages stated in one passage. */
export function extractChildren(ctx: PassageContext): ChildrenAgeFact[] {
  const cues = CUES[ctx.lang] ?? CUES.en;
  if (!cues.topic.test(ctx.text)) return [];
  const { under, atLeast } = patterns(ctx.lang, cues);
  const parent = cues.parent.test(ctx.text);
  const out: ChildrenAgeFact[] = [];
  for (const sentence of ctx.sentences) {
    if (!cues.topic.test(sentence)) continue;
    if (cues.saleOnly.test(sentence) && !cues.useOrCollect.test(sentence)) continue;
    const ages: number[] = [];
    for (const m of sentence.matchAll(under)) ages.push(parseNumberWords(m[1], ctx.lang) ?? NaN);
    // "plus de 16 ans et moins de 18 ans": the "under" bound is the minimum age, the other one a range
    if (ages.length === 0) {
      for (const m of sentence.matchAll(atLeast)) ages.push(parseNumberWords(m[1] ?? m[2], ctx.lang) ?? NaN);
    }
    for (const age of ages) {
      if (!(age >= MIN_PLAUSIBLE_AGE && age <= MAX_PLAUSIBLE_AGE)) continue;
      out.push({ age, region: regionOf(sentence, ctx), parentalConsent: parent ? true : null, passageId: ctx.passageId });
    }
  }
  return out;
}
