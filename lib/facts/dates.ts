// The notice's "last updated" date as an ISO date: "Dernière mise à jour : 10 décembre 2018",
// "Mise à jour le 27/05/2018", "Last updated March 2015" (a month alone gives the 1st),
// "Effective date: January 1, 2024", "Updated 2024-03-01".
import { native, nativeTest } from './cues';
import { norm } from './text';

const MONTHS: Record<string, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};
const EN_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Words that introduce the date of the current version. */
const CUES: Record<string, RegExp> = {
  fr: /(?:derni[èe]re )?mise à jour|mis à jour|mise en ligne|r[ée]vis[ée]e?|modifi[ée]e? le|en vigueur (?:le|à compter du|depuis le|au)|entrée en vigueur|date d'(?:effet|entrée en vigueur)|version (?:du|en vigueur au)|applicable (?:à compter du|au|depuis le)/,
  en: /last (?:updated|modified|revised|changed)|(?:updated|revised|modified)(?: on| as of)?|effective(?: date| as of| from| on)?|date of last revision|version date|in force (?:since|from|as of)|\brev\./,
};

/** How far after the cue the date may start. */
const CUE_REACH = 25;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthIndex(word: string): number {
  for (const list of Object.values(MONTHS)) {
    const i = list.indexOf(word);
    if (i >= 0) return i + 1;
  }
  const i = EN_SHORT.indexOf(word.slice(0, 3));
  return i >= 0 && word.length <= 4 ? i + 1 : 0;
}

const MONTH_WORD = `(${[...MONTHS.fr, ...MONTHS.en, ...EN_SHORT].join('|')})\\.?`;
const DATE_FORMS: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})/, (m) => iso(+m[1], +m[2], +m[3])],
  [/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})/, (m) => iso(+m[3], +m[2], +m[1])],
  [new RegExp(`^(\\d{1,2})(?:er|st|nd|rd|th)? ${MONTH_WORD},? (\\d{4})`), (m) => iso(+m[3], monthIndex(m[2]), +m[1])],
  [new RegExp(`^${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`), (m) => iso(+m[3], monthIndex(m[1]), +m[2])],
  [new RegExp(`^${MONTH_WORD},? (\\d{4})`), (m) => iso(+m[2], monthIndex(m[1]), 1)],
  [/^(\d{1,2})\/(\d{4})\b/, (m) => iso(+m[2], +m[1], 1)],
];

/** Every date form holds a year: a passage without four digits in a row has no date. */
const YEAR = /\d{4}/;

/** The cues of a language, first as tests, then as global patterns to walk every occurrence. */
interface LangCues {
  tests: RegExp[];
  global: RegExp[];
}

const cuesByLang = new Map<string, LangCues>();

function cuesFor(lang: string): LangCues {
  let cues = cuesByLang.get(lang);
  if (!cues) {
    // notices in another language often keep an English "Last updated" line
    const tests = [...new Set([CUES[lang] ?? CUES.en, CUES.en])];
    cues = { tests, global: tests.map((re) => new RegExp(re.source, 'g')) };
    cuesByLang.set(lang, cues);
  }
  return cues;
}

/** The date right after a "last updated" cue in a text, or null. */
export function findLastUpdated(text: string, lang: string): string | null {
  return findLastUpdatedNormalized(norm(text), lang);
}

/** Same, on text already normalised with `norm`. */
export function findLastUpdatedNormalized(t: string, lang: string): string | null {
  if (!YEAR.test(t)) return null;
  const cues = cuesFor(lang);
  if (!cues.tests.some((re) => nativeTest(re, t))) return null;
  for (const re of cues.global) {
    for (const m of t.matchAll(native(re, t))) {
      const rest = t.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + CUE_REACH + 30);
      const lead = /^[\s:,-]*(?:(?:le|du|au|on|:|en date du|as of)\s+)*/.exec(rest);
      const from = rest.slice(lead ? lead[0].length : 0);
      if ((lead?.[0].length ?? 0) > CUE_REACH) continue;
      for (const [form, toIso] of DATE_FORMS) {
        const d = form.exec(from);
        if (d) {
          const out = toIso(d);
          if (out) return out;
        }
      }
    }
  }
  return null;
}
