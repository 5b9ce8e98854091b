// Children's minimum ages: every age stated, with the region it applies to (a country named in the sentence,
// else the country supplement the passage sits in) and whether a parent's consent is required.
import { CELL_SEPARATOR } from '../blocks';
import type { ChildrenAgeFact } from '../report';
import { numberPattern, parseNumberWords } from '../nlp/numbers';
import type { PassageContext } from './context';
import { EEA, EU, findCountries } from './countries';
import { cue, cueTest, native, nativeExec, nativeTest } from './cues';
import { unique } from './text';

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
  /** "réservé aux personnes majeures": the age of majority as a minimum age */
  majority?: RegExp;
  /** a minimum age is a condition to use the service or to be collected from ("for users under 18 we do not ..." is not) */
  minAge: RegExp;
  /** a heading, lead-in or table header about ages: the rows or items below it pair a place with an age ("France | 15") */
  ageContext: RegExp;
}

const CUES: Record<string, ChildrenCues> = {
  fr: {
    topic: cue(/\b(?:enfants?|mineurs?|majeur\w*|adolescent\w*)\b|âg[ée]|(?:moins|plus|partir) de (?:\d{1,2}|treize|quatorze|quinze|seize|dix-huit) ans|(?:dès|avant|deçà de) \d{1,2} ans|avoir (?:au moins )?\d{1,2} ans|au moins \d{1,2} ans|\d{1,2} ans (?:ou plus|et plus|révolus)|de \d{1,2} à \d{1,2} ans|jusqu'à \d{1,2} ans/),
    under: (n) =>
      new RegExp(
        `(?:moins de|inférieur à|en dessous de|au-dessous de|en[- ]?deçà de|avant(?: l'âge de)?)\\s+(${n})(?![\\p{L}\\p{N}])\\s*(?:\\(\\d+\\)\\s*)?ans|jusqu'à\\s+(${n})(?![\\p{L}\\p{N}])\\s*ans(?=[^.;]*(?:parent|tuteur|tutrice|représentant légal))`,
        'gu',
      ),
    atLeast: (n) =>
      new RegExp(
        `(?:au moins|minimum(?: requis)?(?: pour \\S+(?: \\S+){0,6})? est de|âg[ée]e?s? d'au moins|avoir(?: au moins)?|plus de|à partir de|dès|(?:atteint|avoir) l'âge de)\\s+(${n})(?![\\p{L}\\p{N}])\\s*(?:\\(\\d+\\)\\s*)?ans|(?:entre|de)\\s+(\\d{1,2})\\s*(?:à|et)\\s+\\d{1,2}\\s*ans|(?<![\\p{L}\\p{N}])(${n})(?![\\p{L}\\p{N}])\\s*ans (?:ou plus|et plus|révolus|minimum|au moins|au minimum)`,
        'gu',
      ),
    majority: /\b(?:personnes? majeures?|être majeure?s?|majeurs? uniquement|réservée? aux majeurs)\b/,
    parent: /\b(?:parents?|parental\w*|tuteur|tutrice|représentant légal|titulaire de l'autorité|autorité parentale|adulte)\b/,
    saleOnly: /\b(?:vend\w*|vente|"vend")[^.]{0,60}\b(?:donn[ée]es|informations|renseignements)/,
    minAge: /(?:ou plus|et plus|révolus|minimum|déconseill|majeur|ne (?:peu\w+|doi\w+|s'adresse|sont pas|est pas)|réserv|interdi|autoris|accord|consentement|inscri|utilis|compte|accéd|ouvert|accessible|adhé|abonn|souscri|particip|admis|autorité parentale|tuteur|parent|surveillance|destin|collect|âge minimum|avoir)/,
    useOrCollect: /\b(?:utilis\w*|inscri\w*|compte|collect\w*|destin\w*|recueill\w*|autoris\w*)/,
    ageContext: /(?<![\p{L}])(?:âges?|majorité|mineurs?|enfants?)(?![\p{L}])/u,
  },
  en: {
    topic: cue(/\b(?:child\w*|minors?|aged?|years? old|kids?|teen\w*|adults?)\b|\bunder (?:the age of )?\d{1,2}\b(?!\s*(?:days?|weeks?|months?|hours?|%))|\d{1,2}\+? (?:years old|(?:or|and) (?:older|over))|(?:at least|must be) \d{1,2}\b(?!\s*(?:days?|weeks?|months?|hours?|%))|\b\d{1,2}\+/),
    under: (n) => new RegExp(`(?:under(?: the age of)?|younger than|below(?: the age of)?|less than)\\s+(${n})(?![\\p{L}\\p{N}])(?!\\s*(?:days?|weeks?|months?|hours?|%))(?:\\s+years)?`, 'gu'),
    atLeast: (n) =>
      new RegExp(
        `(?:at least|minimum age (?:\\S+ ){0,6}?(?:is|of)|must be|over(?: the age of)?|older than|aged|from (?:the )?age(?: of)?)\\s+(${n})(?![\\p{L}\\p{N}])(?!\\s*(?:days?|weeks?|months?|hours?|%))(?:\\s*years)?|(?<![\\p{L}\\p{N}])(${n})(?![\\p{L}\\p{N}])\\s*(?:years(?: of age| old)?\\s*)?(?:or older|or over|and over|and older|\\+)`,
        'gu',
      ),
    parent: /\b(?:parents?|parental|guardians?|legal representative|adult)\b/,
    saleOnly: /\b(?:sell\w*|sale|sold)\b[^.]{0,60}\b(?:data|information)\b/,
    minAge: /\b(?:should|need|needs|requires?|required|without|(?:is|are) not|aren't|isn't|(?:and|or) (?:older|over)|for (?:people|users|adults|individuals|persons)|not (?:directed|intended|designed|allowed|permitted|eligible|available|meant)|must|may not|cannot|can't|only|restricted|prohibited|use|using|register\w*|account|sign up|parent\w*|guardian|consent|collect\w*|minimum age|join|eligible|permitted|allowed|create|rated|knowingly|solicit\w*|open to|old enough|play\w*|subscrib\w*)\b/,
    useOrCollect: /\b(?:use|using|register\w*|account|collect\w*|directed|intended)\b/,
    ageContext: /\b(?:ages?|how old|old enough|minors?|child\w*)\b/,
  },
};

const AGE_OF_MAJORITY = 18;

/** A period, not an age: "pendant au moins dix ans", "for at least 5 years". */
const DURATION_BEFORE = /(?:pendant|durant|during|for|depuis|since|within|dans les)\s*$/;
/** "(14 in South Korea)", "(or 14 en Corée)": an age for a country, written after another age. */
const AGE_IN_PARENS = /\((?:or |ou )?(\d{1,2})(?:\s+(?:years|ans))?\s+(?:in|en|au|aux|for|pour|dans)\s+(?:the\s+|l'|le\s+|la\s+)?$/;
/** "(16 in the EEA)": an age for a region that is no country */
const AGE_IN_REGION = /\((?:or |ou )?(\d{1,2})(?:\s+(?:years|ans))?\s+(?:in|en|au|aux|for|pour|dans)\s+(?:the\s+|l'|le\s+|la\s+)?(eea|eee|eu|ue|european union|union européenne|espace économique européen|european economic area)\)/;
/** laws that say where an age applies: COPPA is American */
const US_LAW = /\bcoppa\b|children's online privacy protection act/;
/** "in France it is 15", "en France : 15 ans": an age right after a country. */
const AGE_AFTER_COUNTRY = /^\s*(?:,|:)?\s*(?:it is|it's|c'est|est de|is|:)?\s*(\d{1,2})(?![\p{N}])(?!\s*(?:%|days?|jours|mois|months?))/u;

/** Ages outside this range are not a minimum age for a service. */
const MIN_PLAUSIBLE_AGE = 6;
const MAX_PLAUSIBLE_AGE = 25;

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

interface AgeMatch {
  age: number;
  index: number;
  region: string | null;
}

/** Ages tied to a country in the sentence itself ("in France it is 15, in Ireland 16", "(14 in South Korea)"). */
function countryAges(sentence: string, lang: string): { ages: AgeMatch[]; used: Set<number> } {
  const ages: AgeMatch[] = [];
  const used = new Set<number>();
  const region = nativeExec(AGE_IN_REGION, sentence);
  if (region) ages.push({ age: Number(region[1]), index: region.index, region: /^(?:eu|ue|european union|union européenne)$/.test(region[2]) ? EU : EEA });
  if (lang === 'en') agesBeforePlaces(sentence, ages, used);
  for (const c of findCountries(sentence, lang)) {
    if (used.has(c.index)) continue;
    const before = nativeExec(AGE_IN_PARENS, sentence.slice(Math.max(0, c.index - 30), c.index));
    const after = nativeExec(AGE_AFTER_COUNTRY, sentence.slice(c.index + c.length, c.index + c.length + 25));
    const m = before ?? after;
    if (!m) continue;
    ages.push({ age: Number(m[1]), index: c.index, region: c.code });
    used.add(c.index);
  }
  return { ages, used };
}

/** "14 in Spain and Italy, 15 in France", "19 if you live in Alabama": an age, then the places it applies in. */
const AGE_BEFORE_PLACES =
  /(?<![\p{N}.,])(\d{1,2})(?:\s*(?:years(?: old)?|or older|or over|and over|\+))?\s+(?:if you (?:live|are|reside) )?in\s+(?!(?:the )?(?:past|last|next|first|case|order|addition|writing|total|general|practice|particular|most|some|which|that|this|line)\b)/gu;
/** Where the list of places of one age ends: the next age, a clause, a bracket. */
const PLACES_END = /[;:.()]|,\s*(?:and\s+)?\d|\s+(?:and|or)\s+\d|,\s*(?:because|so|which|where|but|who)\b/;
/** A place that is no country in the table (a state, a nation of the UK), kept as free text when this short. */
const FREE_PLACE = /^(?:the )?([a-z][a-z'-]{2,20}(?: [a-z][a-z'-]{2,20})?)(?=$|,| and | or | because| where| if| so| that)/;
/** Words that follow "in" without naming a place. */
const NOT_A_PLACE = /^(?:the|a|an|your|our|their|its|each|every|any|all|other|such|these|those|many|most|some|which|this|that|person|writing|advance|force|effect|use|full|part|order)$/;

function agesBeforePlaces(sentence: string, ages: AgeMatch[], used: Set<number>): void {
  for (const m of sentence.matchAll(native(AGE_BEFORE_PLACES, sentence))) {
    const index = m.index ?? 0;
    if (nativeTest(DURATION_BEFORE, sentence.slice(Math.max(0, index - 12), index))) continue;
    const age = Number(m[1]);
    const start = index + m[0].length;
    const rest = sentence.slice(start);
    const end = rest.search(PLACES_END);
    const span = end < 0 ? rest : rest.slice(0, end);
    const countries = findCountries(span, 'en');
    for (const c of countries) {
      ages.push({ age, index: start + c.index, region: c.code });
      used.add(start + c.index);
    }
    const named = nativeExec(REGION_NAME, span);
    if (named && named.index <= 4) ages.push({ age, index: start, region: regionCode(named[1]) });
    if (countries.length || named) continue;
    const place = nativeExec(FREE_PLACE, span);
    if (place && !nativeTest(NOT_A_PLACE, place[1].split(' ')[0])) ages.push({ age, index: start, region: place[1] });
  }
}

/** "under 16 and live in the EU": a region that is no country, a few words after an age. */
const REGION_AFTER_AGE = /^(?:[^\s(),;]+\s+){1,6}?(?:in|en|dans)\s+(?:the\s+|l'|l’)?(eea|eee|eu|ue|european union|union européenne|espace économique européen|european economic area)(?![\p{L}])/u;
/** The same names alone (a table cell, a list label). */
const REGION_NAME = /(?<![\p{L}])(eea|eee|eu|ue|european union|union européenne|espace économique européen|european economic area)(?![\p{L}])/u;
/** REGION_NAME, every one (read with matchAll, which leaves this one's lastIndex alone) */
const REGION_NAMES = new RegExp(REGION_NAME.source, 'gu');

function regionCode(name: string): string {
  return /^(?:eu|ue|european union|union européenne)$/.test(name) ? EU : EEA;
}

/** How far before an age the words that make it a rule for minors are looked for. */
const RULE_FOR_MINORS_REACH = 40;
/** "Accounts for users under 16 are private", "For players under 16, voice chat is off": a rule for minors, not a minimum age. */
const RULE_FOR_MINORS_BEFORE =
  /(?:\b(?:accounts?|profiles?|settings|features?|ads|advertising|data|information|chat) (?:of|for|belonging to)|(?:^|[,;:] )for|\bfor every|\bpour (?:les|tous les)) (?:users?|people|players?|members?|anyone|those|children|teens|joueurs|utilisateurs|enfants)?\s*$|\bfor those\s*$/;

/** A row or list item that pairs a place with an age: "France | 15", "Germany, Ireland: 16", "- Spain – 14 years". */
const PLACE_AGE = /^(?:[-*•·]\s*)?([^|:–—]{2,80}?)\s*(?:\||:|–|—|\s-)\s*(\d{1,2})(?:\s*(?:years?(?: old| of age)?|ans|\+))?\s*[.;]?$/u;
/** A label that names no place ("Everywhere else", "All other countries"): the age has no region. */
const NO_PLACE = /\b(?:else|other|others|rest|all|everywhere|default|ailleurs|autres?|tous)\b/;
/** A place named in free text (a state, a province) is kept as the region when the label is this short. */
const PLACE_MAX_WORDS = 4;

/** Ages listed per place under a heading, lead-in or table header about ages, or null when the passage is no such row. */
function listedAges(ctx: PassageContext, cues: ChildrenCues): ChildrenAgeFact[] | null {
  const header = ctx.tableHeader !== ctx.text ? ctx.tableHeader : null;
  const context = [ctx.heading, ctx.leadIn ?? '', header ?? ''];
  if (!context.some((c) => nativeTest(cues.ageContext, c))) return null;
  const pair = placeAndAge(ctx.text);
  if (!pair) return null;
  const { age, place } = pair;
  if (!(age >= MIN_PLAUSIBLE_AGE && age <= MAX_PLAUSIBLE_AGE)) return null;
  const parentalConsent = [ctx.text, ...context].some((c) => nativeTest(cues.parent, c)) ? true : null;
  const fact = (region: string | null): ChildrenAgeFact => ({ age, region, parentalConsent, passageId: ctx.passageId });
  const regions = findCountries(place, ctx.lang).map((c) => c.code);
  const named = nativeExec(REGION_NAME, place);
  if (named) regions.push(regionCode(named[1]));
  if (regions.length) return unique(regions).map(fact);
  const words = place.split(/\s+/).length;
  return [fact(nativeTest(NO_PLACE, place) || words > PLACE_MAX_WORDS ? null : place)];
}

/** A bare age in a table cell or after a list label ("15", "15 years", "15 ans", "13+"). */
const AGE_CELL = /^(\d{1,2})(?:\s*(?:years?(?: old| of age)?|ans|\+))?$/;
/** "13: United States", "16 – Germany, Ireland" (the age first) */
const AGE_PLACE = /^(?:[-*•·]\s*)?(\d{1,2})(?:\s*(?:years?(?: old| of age)?|ans|\+))?\s*(?:\||:|–|—|\s-)\s*([^|]{2,80}?)\s*[.;]?$/u;

/** The place and the age of a table row (the first cell names the place, another one is a bare age) or a list item. */
function placeAndAge(text: string): { age: number; place: string } | null {
  if (text.includes(CELL_SEPARATOR)) {
    const cells = text.split(CELL_SEPARATOR).map((c) => c.trim());
    const at = cells.findIndex((c, i) => i > 0 && nativeTest(AGE_CELL, c));
    if (at > 0) return { age: Number(nativeExec(AGE_CELL, cells[at])![1]), place: cells[0] };
    if (nativeTest(AGE_CELL, cells[0]) && cells.length > 1) return { age: Number(nativeExec(AGE_CELL, cells[0])![1]), place: cells[1] };
    return null;
  }
  const m = nativeExec(PLACE_AGE, text);
  if (m) return { age: Number(m[2]), place: m[1].trim() };
  const r = nativeExec(AGE_PLACE, text);
  return r ? { age: Number(r[1]), place: r[2].trim() } : null;
}

/** "In Scotland, ...", "In Quebec, ..." */
const OPENING_PLACE = /^in (?:the )?([a-z][a-z'-]{2,20}(?: [a-z][a-z'-]{2,20})?),/;
/** Phrases of the same shape that name no place. */
const NOT_OPENING_PLACE =
  /^(?:addition|particular|general|practice|short|summary|brief|principle|fact|turn|return|cases?|some cases|most cases|such cases|other words|any case|this case|that case|order|response|accordance|connection|respect|future|past|doing so|this way|that way|some|most|rare cases|certain cases|exceptional cases)$/;

/** How far after an age a country may say where it applies. */
const REGION_AFTER_REACH = 40;

/** The region of an age: a country right after it ("under 13 in the US"), else the nearest country named before it in the sentence, else the supplement's. */
function regionAt(sentence: string, index: number, ctx: PassageContext, used: Set<number>): string | null {
  // "under 13 in the United States"
  const after = findCountries(sentence.slice(index, index + REGION_AFTER_REACH), ctx.lang).find(
    (c) => !used.has(index + c.index) && /(?:\bin|\ben|\bau|\baux)\s+(?:the\s+)?$/.test(sentence.slice(index, index + c.index)),
  );
  if (after) return after.code;
  const region = nativeExec(REGION_AFTER_AGE, sentence.slice(index));
  if (region) return regionCode(region[1]);
  const before = findCountries(sentence.slice(0, index), ctx.lang).filter((c) => !used.has(c.index));
  if (before.length) return before[before.length - 1].code;
  if (nativeTest(US_LAW, sentence)) return 'US';
  // "users in the European Economic Area must be 16"
  const preceding = sentence.slice(0, index);
  const regionBefore = [...preceding.matchAll(native(REGION_NAMES, preceding))].pop();
  if (regionBefore) return regionCode(regionBefore[1]);
  // "In Scotland, a child aged 12 or over ...": a place that opens the sentence
  const opening = nativeExec(OPENING_PLACE, sentence);
  if (opening && !nativeTest(NOT_OPENING_PLACE, opening[1])) return opening[1];
  return ctx.jurisdiction;
}

/** Minimum ages stated in one passage. */
export function extractChildren(ctx: PassageContext): ChildrenAgeFact[] {
  const cues = CUES[ctx.lang] ?? CUES.en;
  const listed = listedAges(ctx, cues);
  if (listed) return listed;
  if (!cueTest(cues.topic, ctx.text)) return [];
  const { under, atLeast } = patterns(ctx.lang, cues);
  const parent = nativeTest(cues.parent, ctx.text);
  const out: ChildrenAgeFact[] = [];
  for (const sentence of ctx.sentences) {
    if (!/\d|ans|years|age|âge|majeur|adult/.test(sentence)) continue;
    if (nativeTest(cues.saleOnly, sentence) && !nativeTest(cues.useOrCollect, sentence)) continue;
    if (!nativeTest(cues.minAge, sentence) && !nativeTest(cues.minAge, ctx.heading)) continue;
    const tied = countryAges(sentence, ctx.lang);
    const found: AgeMatch[] = [...tied.ages];
    const collect = (re: RegExp) => {
      for (const m of sentence.matchAll(native(re, sentence))) {
        const index = m.index ?? 0;
        if (nativeTest(DURATION_BEFORE, sentence.slice(Math.max(0, index - 12), index))) continue;
        // "pour les moins de 18 ans, l'adhésion est signée par un parent": a rule for minors, not a minimum age
        if (nativeTest(RULE_FOR_MINORS_BEFORE, sentence.slice(Math.max(0, index - RULE_FOR_MINORS_REACH), index))) continue;
        found.push({ age: parseNumberWords(m[1] ?? m[2] ?? m[3], ctx.lang) ?? NaN, index, region: regionAt(sentence, index, ctx, tied.used) });
      }
    };
    collect(under);
    // "plus de 16 ans et moins de 18 ans": the "under" bound is the minimum age, the other one a range
    if (found.length === tied.ages.length) collect(atLeast);
    // "une personne majeure": the age of majority, 18 in the countries whose notices we read
    if (cues.majority && found.length === 0) {
      const m = nativeExec(cues.majority, sentence);
      if (m) found.push({ age: AGE_OF_MAJORITY, index: m.index, region: regionAt(sentence, m.index, ctx, tied.used) });
    }
    // an age tied to a place ("13 in the United States") is not also a minimum age without a place
    const tiedAges = new Set(tied.ages.map((t) => t.age));
    for (const a of found.sort((x, y) => x.index - y.index)) {
      if (a.region === null && tiedAges.has(a.age) && !tied.ages.includes(a)) continue;
      if (!(a.age >= MIN_PLAUSIBLE_AGE && a.age <= MAX_PLAUSIBLE_AGE)) continue;
      out.push({ age: a.age, region: a.region, parentalConsent: parent ? true : null, passageId: ctx.passageId });
    }
  }
  return out;
}
