// Country names (French and English, adjectives where notices use them) to ISO 3166 alpha-2, plus the
// regions transfers speak of. Another language is added by adding its names to each row.
import { native, nativeTest } from './cues';
import { FIRST_WORD, isWholeWord, unique, wordBounds } from './text';

export interface Country {
  code: string;
  /** names per language, lower case, as notices write them */
  names: Record<string, string[]>;
  /** adjectives that name the country in a transfer ("serveurs américains"); only safe ones */
  adjectives?: Record<string, string[]>;
  /** member of the European Economic Area */
  eea?: boolean;
}

/**
 * Cities where notices place data centres and support teams ("hosted in Frankfurt", "a team in Manila"): read
 * with the adjectives, i.e. only where transfers are read. Lower case, in the spellings notices use.
 */
export const CITIES: Record<string, string[]> = {
  IE: ['dublin'], DE: ['frankfurt', 'berlin', 'munich'], NL: ['amsterdam'], GB: ['london'], CH: ['zurich', 'zürich', 'geneva', 'genève'],
  PL: ['kraków', 'krakow', 'cracovie', 'warsaw', 'varsovie'], RO: ['bucharest', 'bucarest'], PT: ['lisbon', 'lisbonne'],
  ES: ['madrid', 'barcelona', 'barcelone'], SE: ['stockholm'], EE: ['tallinn'],
  PH: ['manila', 'manille', 'cebu'], IN: ['bangalore', 'bengaluru', 'pune', 'mumbai', 'hyderabad', 'chennai', 'new delhi'],
  KE: ['nairobi'], ZA: ['cape town', 'le cap', 'johannesburg'], NG: ['lagos'], EG: ['cairo', 'le caire'], MA: ['casablanca', 'rabat'],
  TN: ['tunis'], SN: ['dakar'], MU: ['port louis'], BR: ['são paulo', 'sao paulo'], CO: ['bogotá', 'bogota'], AR: ['buenos aires'],
  MX: ['mexico city'], CA: ['toronto', 'montreal', 'montréal', 'vancouver'], AU: ['sydney', 'melbourne'], JP: ['tokyo'],
  KR: ['seoul', 'séoul'], CN: ['beijing', 'pékin', 'shanghai', 'shenzhen', 'hangzhou'], TW: ['taipei'], MY: ['kuala lumpur'],
  ID: ['jakarta'], TH: ['bangkok'], VN: ['hanoi', 'ho chi minh city'], IL: ['tel aviv'], AE: ['dubai', 'dubaï', 'abu dhabi'],
  TR: ['istanbul'], UA: ['kyiv', 'kiev'], RS: ['belgrade'], US: ['san francisco', 'seattle', 'new york', 'silicon valley', 'oregon', 'northern virginia'],
};

export const COUNTRIES: Country[] = [
  { code: 'AT', eea: true, names: { fr: ['autriche'], en: ['austria'] } },
  { code: 'BE', eea: true, names: { fr: ['belgique'], en: ['belgium'] } },
  { code: 'BG', eea: true, names: { fr: ['bulgarie'], en: ['bulgaria'] } },
  { code: 'CY', eea: true, names: { fr: ['chypre'], en: ['cyprus'] } },
  { code: 'CZ', eea: true, names: { fr: ['république tchèque', 'tchéquie'], en: ['czech republic', 'czechia'] } },
  { code: 'DE', eea: true, names: { fr: ['allemagne'], en: ['germany'] } },
  { code: 'DK', eea: true, names: { fr: ['danemark'], en: ['denmark'] } },
  { code: 'EE', eea: true, names: { fr: ['estonie'], en: ['estonia'] } },
  { code: 'ES', eea: true, names: { fr: ['espagne'], en: ['spain'] } },
  { code: 'FI', eea: true, names: { fr: ['finlande'], en: ['finland'] } },
  { code: 'FR', eea: true, names: { fr: ['france'], en: ['france'] } },
  { code: 'GR', eea: true, names: { fr: ['grèce'], en: ['greece'] } },
  { code: 'HR', eea: true, names: { fr: ['croatie'], en: ['croatia'] } },
  { code: 'HU', eea: true, names: { fr: ['hongrie'], en: ['hungary'] } },
  { code: 'IE', eea: true, names: { fr: ['irlande'], en: ['ireland'] } },
  { code: 'IS', eea: true, names: { fr: ['islande'], en: ['iceland'] } },
  { code: 'IT', eea: true, names: { fr: ['italie'], en: ['italy'] } },
  { code: 'LI', eea: true, names: { fr: ['liechtenstein'], en: ['liechtenstein'] } },
  { code: 'LT', eea: true, names: { fr: ['lituanie'], en: ['lithuania'] } },
  { code: 'LU', eea: true, names: { fr: ['luxembourg'], en: ['luxembourg'] } },
  { code: 'LV', eea: true, names: { fr: ['lettonie'], en: ['latvia'] } },
  { code: 'MT', eea: true, names: { fr: ['malte'], en: ['malta'] } },
  { code: 'NL', eea: true, names: { fr: ['pays-bas'], en: ['netherlands'] } },
  { code: 'NO', eea: true, names: { fr: ['norvège'], en: ['norway'] } },
  { code: 'PL', eea: true, names: { fr: ['pologne'], en: ['poland'] } },
  { code: 'PT', eea: true, names: { fr: ['portugal'], en: ['portugal'] } },
  { code: 'RO', eea: true, names: { fr: ['roumanie'], en: ['romania'] } },
  { code: 'SE', eea: true, names: { fr: ['suède'], en: ['sweden'] } },
  { code: 'SI', eea: true, names: { fr: ['slovénie'], en: ['slovenia'] } },
  { code: 'SK', eea: true, names: { fr: ['slovaquie'], en: ['slovakia'] } },
  { code: 'GB', names: { fr: ['royaume-uni', 'grande-bretagne'], en: ['united kingdom', 'great britain', 'uk'] } },
  { code: 'CH', names: { fr: ['suisse'], en: ['switzerland'] }, adjectives: { en: ['swiss'] } },
  { code: 'US', names: { fr: ['états-unis', 'etats-unis', "états-unis d'amérique", 'usa'], en: ['united states', 'united states of america', 'usa', 'u.s.', 'us'] }, adjectives: { fr: ['américain', 'américains', 'américaine', 'américaines'], en: ['american'] } },
  { code: 'CA', names: { fr: ['canada'], en: ['canada'] }, adjectives: { fr: ['canadien', 'canadienne'], en: ['canadian'] } },
  { code: 'MX', names: { fr: ['mexique'], en: ['mexico'] } },
  { code: 'PR', names: { fr: ['porto rico'], en: ['puerto rico'] } },
  { code: 'BR', names: { fr: ['brésil'], en: ['brazil'] }, adjectives: { fr: ['brésilien', 'brésilienne'], en: ['brazilian'] } },
  { code: 'AR', names: { fr: ['argentine'], en: ['argentina'] } },
  { code: 'CL', names: { fr: ['chili'], en: ['chile'] } },
  { code: 'CO', names: { fr: ['colombie'], en: ['colombia'] } },
  { code: 'PE', names: { fr: ['pérou'], en: ['peru'] } },
  { code: 'UY', names: { fr: ['uruguay'], en: ['uruguay'] } },
  { code: 'JP', names: { fr: ['japon'], en: ['japan'] }, adjectives: { fr: ['japonais', 'japonaise'], en: ['japanese'] } },
  { code: 'KR', names: { fr: ['corée du sud', 'république de corée', 'corée'], en: ['south korea', 'republic of korea', 'korea'] } },
  { code: 'CN', names: { fr: ['chine'], en: ['china'] }, adjectives: { fr: ['chinois', 'chinoise'], en: ['chinese'] } },
  { code: 'HK', names: { fr: ['hong kong'], en: ['hong kong'] } },
  { code: 'TW', names: { fr: ['taïwan', 'taiwan'], en: ['taiwan'] } },
  { code: 'IN', names: { fr: ['inde'], en: ['india'] } },
  { code: 'ID', names: { fr: ['indonésie'], en: ['indonesia'] } },
  { code: 'MY', names: { fr: ['malaisie'], en: ['malaysia'] } },
  { code: 'SG', names: { fr: ['singapour'], en: ['singapore'] } },
  { code: 'TH', names: { fr: ['thaïlande'], en: ['thailand'] } },
  { code: 'VN', names: { fr: ['vietnam', 'viêt nam'], en: ['vietnam', 'viet nam'] } },
  { code: 'PH', names: { fr: ['philippines'], en: ['philippines'] } },
  { code: 'PK', names: { fr: ['pakistan'], en: ['pakistan'] } },
  { code: 'AU', names: { fr: ['australie'], en: ['australia'] } },
  { code: 'NZ', names: { fr: ['nouvelle-zélande'], en: ['new zealand'] } },
  { code: 'IL', names: { fr: ['israël'], en: ['israel'] } },
  { code: 'TR', names: { fr: ['turquie'], en: ['turkey', 'türkiye'] } },
  { code: 'RU', names: { fr: ['russie'], en: ['russia'] } },
  { code: 'UA', names: { fr: ['ukraine'], en: ['ukraine'] } },
  { code: 'RS', names: { fr: ['serbie'], en: ['serbia'] } },
  { code: 'AE', names: { fr: ['émirats arabes unis'], en: ['united arab emirates', 'uae'] } },
  { code: 'SA', names: { fr: ['arabie saoudite'], en: ['saudi arabia'] } },
  { code: 'EG', names: { fr: ['égypte'], en: ['egypt'] } },
  { code: 'MA', names: { fr: ['maroc'], en: ['morocco'] }, adjectives: { fr: ['marocain', 'marocaine', 'marocains', 'marocaines'] } },
  { code: 'TN', names: { fr: ['tunisie'], en: ['tunisia'] }, adjectives: { fr: ['tunisien', 'tunisienne', 'tunisiens', 'tunisiennes'] } },
  { code: 'SN', names: { fr: ['sénégal'], en: ['senegal'] } },
  { code: 'CI', names: { fr: ["côte d'ivoire"], en: ["cote d'ivoire", 'ivory coast'] } },
  { code: 'NG', names: { fr: ['nigeria', 'nigéria'], en: ['nigeria'] } },
  { code: 'KE', names: { fr: ['kenya'], en: ['kenya'] } },
  { code: 'MG', names: { fr: ['madagascar'], en: ['madagascar'] } },
  { code: 'MU', names: { fr: ['maurice', 'île maurice'], en: ['mauritius'] } },
  { code: 'DZ', names: { fr: ['algérie'], en: ['algeria'] } },
  { code: 'CM', names: { fr: ['cameroun'], en: ['cameroon'] } },
  { code: 'ZA', names: { fr: ['afrique du sud'], en: ['south africa'] }, adjectives: { fr: ['sud-africain', 'sud-africaine', 'sud-africaines'] } },
  { code: 'AL', names: { fr: ['albanie'], en: ['albania'] } },
  { code: 'MK', names: { fr: ['macédoine du nord', 'macédoine'], en: ['north macedonia'] } },
  { code: 'BA', names: { fr: ['bosnie-herzégovine', 'bosnie'], en: ['bosnia and herzegovina', 'bosnia'] } },
  { code: 'ME', names: { fr: ['monténégro'], en: ['montenegro'] } },
  { code: 'MD', names: { fr: ['moldavie'], en: ['moldova'] } },
  { code: 'BY', names: { fr: ['biélorussie', 'bélarus'], en: ['belarus'] } },
  { code: 'GE', names: { fr: ['géorgie'] } },
  { code: 'AM', names: { fr: ['arménie'], en: ['armenia'] } },
  { code: 'AD', names: { fr: ['andorre'], en: ['andorra'] } },
  { code: 'MC', names: { fr: ['monaco'], en: ['monaco'] } },
  { code: 'LB', names: { fr: ['liban'], en: ['lebanon'] } },
  { code: 'JO', names: { fr: ['jordanie'] } },
  { code: 'QA', names: { fr: ['qatar'], en: ['qatar'] } },
  { code: 'BD', names: { fr: ['bangladesh'], en: ['bangladesh'] } },
  { code: 'LK', names: { fr: ['sri lanka'], en: ['sri lanka'] } },
  { code: 'NP', names: { fr: ['népal'], en: ['nepal'] } },
  { code: 'CR', names: { fr: ['costa rica'], en: ['costa rica'] } },
  { code: 'DO', names: { fr: ['république dominicaine'], en: ['dominican republic'] } },
  { code: 'BJ', names: { fr: ['bénin'], en: ['benin'] } },
  { code: 'TG', names: { fr: ['togo'], en: ['togo'] } },
  { code: 'GH', names: { fr: ['ghana'], en: ['ghana'] } },
  { code: 'ET', names: { fr: ['éthiopie'], en: ['ethiopia'] } },
  { code: 'RW', names: { fr: ['rwanda'], en: ['rwanda'] } },
  { code: 'GA', names: { fr: ['gabon'], en: ['gabon'] } },
  { code: 'ML', names: { fr: ['mali'], en: ['mali'] } },
  { code: 'BF', names: { fr: ['burkina faso'], en: ['burkina faso'] } },
];

/** Region codes besides countries. */
export const EEA = 'EEA';
export const EU = 'EU';
export const WORLD = 'WORLD';

export const EEA_CODES = new Set(COUNTRIES.filter((c) => c.eea).map((c) => c.code));

/**
 * Countries with an EU adequacy decision (European Commission, as of 2024; the US only under the Data Privacy
 * Framework, so not listed): data may go there without another safeguard.
 */
export const ADEQUACY_CODES = new Set(['AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY']);

interface CountryWord {
  /** lower case; a space stands for any run of white space, a hyphen for a hyphen or a space */
  word: string;
  code: string;
  /** "us"/"uk" are English words too: a country only after "the" */
  afterThe: boolean;
}

/**
 * The names of every country by their first word, in COUNTRIES order and longest first within a country: at a
 * given position the first country listed wins, with its longest name there. A word lookup instead of one
 * pattern of all the names: compiling that pattern cost more than the search on the first notice of a session.
 */
const indexCache = new Map<string, Map<string, CountryWord[]>>();

/** Company names carry country names ("Microsoft Ireland Operations Limited"): not a place the data goes. */
const COMPANY_AFTER = /^(?:\s+[\p{L}.&-]+){0,3}?\s+(?:limited|ltd|inc|llc|gmbh|sarl|sas|s\.a\.|k\.k\.|pte|b\.v\.|plc|corp\w*|s\.a\.c\.)(?![\p{L}])/u;
/** "the " right before "us"/"uk" (`\b` before "the", as JS reads it) */
const THE_BEFORE = /(?:^|\W)the\s$/;
/** Characters of "the" and the space after it, and one for the boundary before it. */
const THE_BEFORE_REACH = 5;
const SPACE = /\s/;

function countryIndex(lang: string, withAdjectives: boolean): Map<string, CountryWord[]> {
  const key = `${lang}:${withAdjectives}`;
  const cached = indexCache.get(key);
  if (cached) return cached;
  const index = new Map<string, CountryWord[]>();
  for (const c of COUNTRIES) {
    const names = unique([
      ...(c.names[lang] ?? []),
      ...(c.names.en ?? []),
      ...(withAdjectives ? [...(c.adjectives?.[lang] ?? []), ...(CITIES[c.code] ?? [])] : []),
    ]).sort(
      (a, b) => b.length - a.length,
    );
    for (const name of names) {
      const word = name.toLowerCase().replace(/\s+/g, ' ');
      const first = FIRST_WORD.exec(word)?.[0] ?? '';
      const entry = { word, code: c.code, afterThe: word === 'us' || word === 'uk' };
      const list = index.get(first);
      if (list) list.push(entry);
      else index.set(first, [entry]);
    }
  }
  indexCache.set(key, index);
  return index;
}

/** Where a country word read at `start` ends in `text`, or -1 (spaces, hyphens and apostrophes read loosely). */
function matchEnd(text: string, start: number, word: string): number {
  let at = start;
  for (const ch of word) {
    if (ch === ' ') {
      const from = at;
      while (at < text.length && SPACE.test(text[at])) at++;
      if (at === from) return -1;
    } else if (ch === '-') {
      if (at >= text.length || (text[at] !== '-' && !SPACE.test(text[at]))) return -1;
      at++;
    } else if (ch === "'" || ch === '\u2019') {
      if (text[at] !== "'" && text[at] !== '\u2019') return -1;
      at++;
    } else {
      if (!text.startsWith(ch, at)) return -1;
      at += ch.length;
    }
  }
  return at;
}

/** Countries named in a normalised text, with their positions (company names excepted); `withAdjectives` also reads adjectives and cities (transfers). */
export function findCountries(text: string, lang: string, withAdjectives = false): Array<{ code: string; index: number; length: number }> {
  const index = countryIndex(lang, withAdjectives);
  const found: Array<{ code: string; index: number; length: number }> = [];
  let next = 0;
  const bounds = wordBounds(text);
  for (let b = 0; b < bounds.length; b += 2) {
    const start = bounds[b];
    const candidates = start < next ? undefined : index.get(text.slice(start, bounds[b + 1]));
    if (!candidates) continue;
    let end = -1;
    const hit = candidates.find((c) => {
      if (c.afterThe && !THE_BEFORE.test(text.slice(Math.max(0, start - THE_BEFORE_REACH), start))) return false;
      end = matchEnd(text, start, c.word);
      return end >= 0 && isWholeWord(text, start, end);
    });
    if (!hit) continue;
    next = end;
    const after = text.slice(end, end + 60);
    if (native(COMPANY_AFTER, after).test(after)) continue;
    found.push({ code: hit.code, index: start, length: end - start });
  }
  return found;
}

/** A passage that opens a country supplement is an introduction, not a long statement. */
const JURISDICTION_INTRO_MAX_LENGTH = 1200;

/** The EEA named alone (a heading, a table cell). */
const EEA_NAME = /^(?:espace [ée]conomique europ[ée]en|european economic area|eee|eea)(?:\s*\(.*\))?$/;

/** The country a passage opens a supplement for: "personnes résidant au Brésil", "residents of Japan". */
const JURISDICTION_CUES: Record<string, RegExp> = {
  fr: /(?:résid\w*|citoyens \w+|soumis\w* aux lois|domicilié\w*|clients actuels des offres \S+ \S+)\s+(?:ou \S+ \S+ \S+ )?(?:en|au|aux|à|de l'|de la|du|des|dans l')\s*(?=\S)/,
  en: /(?:residents? of|resid(?:e|ing|ent) in|if you live in|living in|citizens of|(?:users|individuals|consumers) (?:in|of))\s+(?:the\s+)?(?=\S)/,
};

/**
 * The jurisdiction a passage switches to, or null. A passage switches when it is a country name alone (a
 * heading such as "Japon"), or when it says it applies to the residents of a country.
 */
export function jurisdictionSwitch(text: string, lang: string): string | null {
  const t = text.trim().replace(/[:.]$/, '');
  if (t.length <= 40) {
    const found = findCountries(t, lang);
    if (found.length === 1 && found[0].index <= 4 && found[0].length >= t.length - 8) return found[0].code;
    if (nativeTest(EEA_NAME, t)) return EEA;
  }
  const cue = JURISDICTION_CUES[lang] ?? JURISDICTION_CUES.en;
  const m = native(cue, text).exec(text);
  if (m && text.length < JURISDICTION_INTRO_MAX_LENGTH) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const found = findCountries(after, lang);
    if (found.length && found[0].index === 0) return found[0].code;
  }
  const pour = /^pour l['a ]\s*([^,:]{3,30})[,:]/.exec(t);
  if (pour) {
    const found = findCountries(pour[1], lang);
    if (found.length === 1) return found[0].code;
  }
  return null;
}
