// Formatting facts for people, in the UI's language (not the notice's): durations, places, dates.
import type { RetentionFact } from '../report';

const DAYS_PER_YEAR = 365;
const DAYS_PER_MONTH = 30;
const DAYS_PER_WEEK = 7;

type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour';

/** Reads an ISO 8601 period with a single unit (P7Y, P25M, P60D, P2W, PT48H). */
function parseIsoPeriod(iso: string): { value: number; unit: DurationUnit } | null {
  const match = /^P(?:(\d+)Y|(\d+)M|(\d+)W|(\d+)D|T(\d+)H)$/.exec(iso);
  if (!match) return null;
  const units: DurationUnit[] = ['year', 'month', 'week', 'day', 'hour'];
  for (let i = 0; i < units.length; i++) {
    const raw = match[i + 1];
    if (raw !== undefined) return { value: Number(raw), unit: units[i] as DurationUnit };
  }
  return null;
}

/** The largest whole unit for a number of days: 2555 -> 7 years, 750 -> 25 months, 60 -> 60 days. */
function unitForDays(days: number): { value: number; unit: DurationUnit } {
  if (days >= DAYS_PER_YEAR && days % DAYS_PER_YEAR === 0) return { value: days / DAYS_PER_YEAR, unit: 'year' };
  if (days >= DAYS_PER_MONTH && days % DAYS_PER_MONTH === 0) return { value: days / DAYS_PER_MONTH, unit: 'month' };
  if (days >= DAYS_PER_WEEK && days % DAYS_PER_WEEK === 0 && days < DAYS_PER_MONTH) return { value: days / DAYS_PER_WEEK, unit: 'week' };
  return { value: days, unit: 'day' };
}

/** Intl formatters are slow to build (locale data): one per locale and options, reused by every card. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DisplayNames | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DisplayNames | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** "7 years" / "7 ans"; null when the fact has no period (then the UI says "as long as necessary"). */
export function formatRetention(fact: Pick<RetentionFact, 'days' | 'iso'>, locale: string): string | null {
  const period = (fact.iso && parseIsoPeriod(fact.iso)) || (fact.days !== null && fact.days !== undefined ? unitForDays(fact.days) : null);
  if (!period) return null;
  const options = { style: 'unit', unit: period.unit, unitDisplay: 'long' } as const;
  return cached(`number ${locale} ${period.unit}`, () => new Intl.NumberFormat(locale, options)).format(period.value);
}

const PSEUDO_REGIONS: Record<string, Record<string, string>> = {
  EEA: { en: 'European Economic Area', fr: 'Espace économique européen' },
  EU: { en: 'European Union', fr: 'Union européenne' },
  WORLD: { en: 'worldwide', fr: 'partout dans le monde' },
};

function baseLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** A region code (ISO 3166 alpha-2, EEA, EU, WORLD) or free text from the notice, as a name. */
export function formatRegion(region: string, locale: string): string {
  const pseudo = PSEUDO_REGIONS[region.toUpperCase()];
  if (pseudo) return pseudo[baseLanguage(locale)] ?? pseudo.en ?? region;
  if (/^[A-Z]{2}$/.test(region)) {
    try {
      return cached(`region ${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(region) ?? region;
    } catch {
      return region;
    }
  }
  return region;
}

/** "fr" -> "French" / "français". */
export function formatLanguage(language: string, locale: string): string {
  if (!language || language === 'und') return language;
  try {
    return cached(`language ${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(language) ?? language;
  } catch {
    return language;
  }
}

/** An ISO date (2024-03-01) as a readable date in the UI's language; the input when unreadable. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = /T/.test(iso) ? undefined : 'UTC';
  return cached(`date ${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone })).format(date);
}

/** What a page belongs to, for the header: the host without www., a file's name; the input when not a URL. */
export function hostLabel(url: string | null | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') return decodeURIComponent(parsed.pathname.split('/').pop() ?? '') || url;
    return parsed.hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
