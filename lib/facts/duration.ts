// Periods written in a sentence ("sept (7) ans", "25 mois", "twelve months", "a year", "un an", "60 days"),
// normalised to days (a year is 365, a month 30, a week 7) and ISO 8601 (P7Y, P25M, P60D).
import { numberPattern, parseNumberWords, unitArticles } from '../nlp/numbers';
import { native } from './cues';

export type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

export const DAYS_PER: Record<Unit, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
const ISO_LETTER: Record<Unit, string> = { hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y' };

/** Unit words per language, normalised (lower case). */
const UNITS: Record<string, Array<[string, Unit]>> = {
  en: [['hours?', 'hour'], ['days?', 'day'], ['weeks?', 'week'], ['months?', 'month'], ['years?', 'year']],
  fr: [['heures?', 'hour'], ['jours?', 'day'], ['semaines?', 'week'], ['mois', 'month'], ['années?', 'year'], ['ans?', 'year']],
};

export interface Duration {
  /** the words as written */
  text: string;
  value: number;
  unit: Unit;
  days: number;
  iso: string;
  index: number;
  end: number;
}

const L = '[\\p{L}\\p{N}]';
const patternCache = new Map<string, RegExp>();

function durationPattern(lang: string): RegExp {
  const cached = patternCache.get(lang);
  if (cached) return cached;
  const units = [...(UNITS[lang] ?? []), ...(lang === 'en' ? [] : UNITS.en)];
  const num = numberPattern(lang);
  const articles = unitArticles(lang).join('|');
  // number (words or digits), an optional "(7)" or "(sept)", an optional hyphen ("12-month"), the unit
  const re = new RegExp(
    `(?<!${L})(?<![\\p{N}][.,])(?<num>${num}|${articles})(?:\\s*\\((?<paren>${num})\\))?(?:\\s+|-)(?<unit>${units.map(([u]) => u).join('|')})(?!${L})`,
    'gu',
  );
  patternCache.set(lang, re);
  return re;
}

/** The unit word patterns of a language (then English), anchored: built once, not for every period found. */
const unitWordCache = new Map<string, Array<[RegExp, Unit]>>();

function unitOf(word: string, lang: string): Unit | null {
  let units = unitWordCache.get(lang);
  if (!units) {
    units = [...(UNITS[lang] ?? []), ...UNITS.en].map(([pattern, unit]) => [new RegExp(`^(?:${pattern})$`), unit]);
    unitWordCache.set(lang, units);
  }
  for (const [re, unit] of units) if (re.test(word)) return unit;
  return null;
}

export function toDays(value: number, unit: Unit): number {
  return Math.ceil(value * DAYS_PER[unit]);
}

export function toIso(value: number, unit: Unit): string {
  return unit === 'hour' ? `PT${value}H` : `P${value}${ISO_LETTER[unit]}`;
}

/** A cheap test before the full pattern: does the sentence contain a time unit word at all? */
export function hasUnitWord(sentence: string): boolean {
  return /(?:jour|mois|\ban|année|semaine|heure|day|week|month|year|hour)/.test(sentence);
}

/** Every period in a normalised sentence. */
export function findDurations(sentence: string, lang: string): Duration[] {
  if (!hasUnitWord(sentence)) return [];
  const re = native(durationPattern(lang), sentence);
  re.lastIndex = 0;
  const out: Duration[] = [];
  const articles = unitArticles(lang);
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const g = m.groups ?? {};
    const unit = unitOf(g.unit, lang);
    if (!unit) continue;
    // "(7)" after the words is the authority when both are given
    const value = g.paren ? parseNumberWords(g.paren, lang) : articles.includes(g.num) ? 1 : parseNumberWords(g.num, lang);
    if (value === null || value <= 0) continue;
    // "an" alone is French "year" only after a number; "an" as an English article is handled above
    out.push({ text: m[0], value, unit, days: toDays(value, unit), iso: toIso(value, unit), index: m.index, end: m.index + m[0].length });
  }
  return out;
}
