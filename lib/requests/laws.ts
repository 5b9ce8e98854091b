// The laws a request can be made under, one table row each: deadlines, extensions, the request types they give.
// A later law joins by adding a row (and its templates); nothing else branches on law ids except the templates.
import type { NoticeReport, Right } from '../report';
import { passagesOf } from '../report';

export const LAW_IDS = ['gdpr', 'uk-gdpr', 'ccpa'] as const;
export type LawId = (typeof LAW_IDS)[number];

/** Request types: GDPR rights, CCPA rights, and the two follow-up letters. */
export const GDPR_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
  'automated-decision',
] as const;
export const CCPA_TYPES = ['know', 'delete', 'correct', 'opt-out-sale', 'limit-sensitive'] as const;
export const FOLLOW_UP_TYPES = ['reminder', 'complaint'] as const;
export type RequestType =
  | (typeof GDPR_TYPES)[number]
  | (typeof CCPA_TYPES)[number]
  | (typeof FOLLOW_UP_TYPES)[number];
export const REQUEST_TYPES: readonly RequestType[] = [...GDPR_TYPES, ...CCPA_TYPES, ...FOLLOW_UP_TYPES];

/** A legal period: calendar months (same day, clamped to the month's end), calendar days or business days. */
export type Period = { months: number } | { days: number } | { businessDays: number };

export interface Law {
  id: LawId;
  /** short name used in letters and the UI, per language (the GDPR is the RGPD in French) */
  short: { en: string; fr: string };
  /** full citation, per language */
  title: { en: string; fr: string };
  /** the default period to answer, counted from receipt */
  deadline: Period;
  /** the longest total period when the controller extends it (null: no extension) */
  extendedDeadline: Period | null;
  /** the article that sets the deadline */
  deadlineArticle: string;
  /** request types that carry their own deadline under this law */
  typeDeadlines?: Partial<Record<RequestType, { deadline: Period; extendedDeadline: Period | null; article: string }>>;
  types: readonly RequestType[];
}

const MONTH = 1;
const GDPR_EXTENSION_MONTHS = 2; // art. 12(3): "extended by two further months"
const CCPA_DAYS = 45; // Cal. Civ. Code 1798.130(a)(2)(A)
const CCPA_EXTENSION_DAYS = 45;
const CCPA_OPT_OUT_BUSINESS_DAYS = 15; // CCPA regulations 7026(f) and 7027(g)

const gdprLike = {
  deadline: { months: MONTH },
  // The extension runs on from the first month: three months from receipt in all.
  extendedDeadline: { months: MONTH + GDPR_EXTENSION_MONTHS },
  deadlineArticle: '12(3)',
  types: [...GDPR_TYPES, ...FOLLOW_UP_TYPES],
} as const;

export const LAWS: Record<LawId, Law> = {
  gdpr: {
    id: 'gdpr',
    short: { en: 'GDPR', fr: 'RGPD' },
    title: {
      en: 'Regulation (EU) 2016/679 (General Data Protection Regulation, "GDPR")',
      fr: 'règlement (UE) 2016/679 (règlement général sur la protection des données, « RGPD »)',
    },
    ...gdprLike,
  },
  'uk-gdpr': {
    id: 'uk-gdpr',
    short: { en: 'UK GDPR', fr: 'UK GDPR' },
    title: {
      en: 'the UK General Data Protection Regulation ("UK GDPR"), read with the Data Protection Act 2018',
      fr: 'UK GDPR (règlement général sur la protection des données tel qu’applicable au Royaume-Uni), lu avec le Data Protection Act 2018',
    },
    ...gdprLike,
  },
  ccpa: {
    id: 'ccpa',
    short: { en: 'CCPA', fr: 'CCPA' },
    title: {
      en: 'the California Consumer Privacy Act, as amended by the California Privacy Rights Act (Cal. Civ. Code § 1798.100 et seq., "CCPA")',
      fr: 'California Consumer Privacy Act, tel que modifié par le California Privacy Rights Act (Cal. Civ. Code § 1798.100 et s., « CCPA »)',
    },
    deadline: { days: CCPA_DAYS },
    extendedDeadline: { days: CCPA_DAYS + CCPA_EXTENSION_DAYS },
    deadlineArticle: '§ 1798.130(a)(2)',
    typeDeadlines: {
      'opt-out-sale': {
        deadline: { businessDays: CCPA_OPT_OUT_BUSINESS_DAYS },
        extendedDeadline: null,
        article: 'Cal. Code Regs. tit. 11, § 7026(f)',
      },
      'limit-sensitive': {
        deadline: { businessDays: CCPA_OPT_OUT_BUSINESS_DAYS },
        extendedDeadline: null,
        article: 'Cal. Code Regs. tit. 11, § 7027(g)',
      },
    },
    types: [...CCPA_TYPES, ...FOLLOW_UP_TYPES],
  },
};

export function isLawId(value: string): value is LawId {
  return (LAW_IDS as readonly string[]).includes(value);
}

export function isRequestType(value: string): value is RequestType {
  return (REQUEST_TYPES as readonly string[]).includes(value);
}

// ---- dates: ISO calendar dates (YYYY-MM-DD), computed in UTC so that time zones never shift a day ----

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function parseIsoDate(iso: string): { y: number; m: number; d: number } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function formatIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar date (YYYY-MM-DD) of a Date in the person's local time zone. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Same day n months later; the last day of that month when the day does not exist there (31 Jan + 1 = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parseIsoDate(iso);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return formatIso(new Date(Date.UTC(year, month - 1, Math.min(d, daysInMonth(year, month)))));
}

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parseIsoDate(iso);
  return formatIso(new Date(Date.UTC(y, m - 1, d + days)));
}

const SATURDAY = 6;
const SUNDAY = 0;

/** n business days later (Monday to Friday; public holidays are not known here). */
export function addBusinessDays(iso: string, days: number): string {
  let current = iso.slice(0, 10);
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    const weekday = new Date(`${current}T00:00:00Z`).getUTCDay();
    if (weekday !== SATURDAY && weekday !== SUNDAY) left -= 1;
  }
  return current;
}

export function addPeriod(iso: string, period: Period): string {
  if ('months' in period) return addMonths(iso, period.months);
  if ('days' in period) return addDays(iso, period.days);
  return addBusinessDays(iso, period.businessDays);
}

/** The rules that apply to one request type under one law. */
export function deadlineRule(lawId: LawId, type: RequestType): { deadline: Period; extendedDeadline: Period | null; article: string } {
  const law = LAWS[lawId];
  return law.typeDeadlines?.[type] ?? { deadline: law.deadline, extendedDeadline: law.extendedDeadline, article: law.deadlineArticle };
}

/**
 * The date the answer is due, counted from receipt (we take the date the person sent it).
 * `extended`: the controller said it needs the longer period (GDPR art. 12(3), CCPA 45 more days).
 */
export function dueDate(lawId: LawId, type: RequestType, receivedOn: string, extended = false): string {
  const rule = deadlineRule(lawId, type);
  const period = extended && rule.extendedDeadline ? rule.extendedDeadline : rule.deadline;
  return addPeriod(receivedOn.slice(0, 10), period);
}

// ---- which law applies to a notice ----

/** Country-code top-level domains of the EU/EEA, where the GDPR applies. */
const EEA_COUNTRIES = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);
const TLD_TO_COUNTRY: Record<string, string> = { uk: 'GB', gr: 'GR', el: 'GR' };
const EU_TLDS = new Set(['eu']);

const CALIFORNIA_SIGNS = [
  /\bCCPA\b/,
  /\bCPRA\b/,
  /California Consumer Privacy Act/i,
  /California Privacy Rights Act/i,
  /\bCalifornia residents?\b/i,
  /\bCal(?:ifornia|\.)? Civ(?:il|\.)? Code\b/i,
  /r[ée]sidents? (?:de |en )?Californie/i,
];
const UK_SIGNS = [/\bUK GDPR\b/, /Information Commissioner(?:'|’)?s? Office/i, /\bData Protection Act 2018\b/];
const EU_SIGNS = [/(?<!UK )\bGDPR\b/, /(?<!du Royaume[- ]Uni )\bRGPD\b(?! du Royaume)/, /2016\/679/, /General Data Protection Regulation/i, /règlement général sur la protection des données/i];

export interface LawChoice {
  law: LawId;
  /** why: shown to the person next to the switch */
  reason: 'authority' | 'domain' | 'california' | 'uk-text' | 'eu-text' | 'language' | 'default';
}

function hostCountry(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const tld = new URL(url).hostname.split('.').pop()?.toLowerCase() ?? '';
    if (EU_TLDS.has(tld)) return 'EU';
    const country = TLD_TO_COUNTRY[tld] ?? tld.toUpperCase();
    return country === 'GB' || EEA_COUNTRIES.has(country) ? country : null;
  } catch {
    return null;
  }
}

/**
 * Picks the law for a notice: GDPR / UK GDPR for EU and UK notices (by the authority named, the domain,
 * then the text), the CCPA when the notice is a California notice and nothing points to Europe.
 * Falls back to the GDPR: the person can switch.
 */
export function chooseLaw(report: Pick<NoticeReport, 'facts' | 'language' | 'sections' | 'source'>): LawChoice {
  const countries = (report.facts.authorities ?? []).map((a) => (a.country ?? '').toUpperCase()).filter(Boolean);
  if (countries.some((c) => EEA_COUNTRIES.has(c))) return { law: 'gdpr', reason: 'authority' };
  if (countries.includes('GB')) return { law: 'uk-gdpr', reason: 'authority' };

  const domainCountry = hostCountry(report.source.url);
  if (domainCountry === 'GB') return { law: 'uk-gdpr', reason: 'domain' };
  if (domainCountry) return { law: 'gdpr', reason: 'domain' };

  const text = [...passagesOf(report)].map(([p]) => p.text).join('\n');
  const has = (signs: RegExp[]) => signs.some((re) => re.test(text));
  // Notices written for both often cite the EU text and the UK one: the UK law only when it alone is cited.
  if (has(EU_SIGNS)) return { law: 'gdpr', reason: 'eu-text' };
  if (has(UK_SIGNS)) return { law: 'uk-gdpr', reason: 'uk-text' };
  const californian: Right[] = ['opt-out-sale', 'limit-sensitive', 'know'];
  if (has(CALIFORNIA_SIGNS) || report.facts.rights.some((r) => californian.includes(r) && has([/California/i])))
    return { law: 'ccpa', reason: 'california' };
  if (report.language === 'fr') return { law: 'gdpr', reason: 'language' };
  return { law: 'gdpr', reason: 'default' };
}

// ---- from a right in the report to a request type under a law ----

const RIGHT_TO_TYPE: Record<'gdpr' | 'ccpa', Partial<Record<Right, RequestType>>> = {
  gdpr: {
    access: 'access',
    know: 'access',
    rectification: 'rectification',
    erasure: 'erasure',
    restriction: 'restriction',
    portability: 'portability',
    objection: 'objection',
    'opt-out-sale': 'objection',
    'withdraw-consent': 'withdraw-consent',
    'limit-sensitive': 'withdraw-consent',
    'automated-decision': 'automated-decision',
    complaint: 'complaint',
  },
  ccpa: {
    access: 'know',
    know: 'know',
    portability: 'know',
    rectification: 'correct',
    erasure: 'delete',
    'opt-out-sale': 'opt-out-sale',
    objection: 'opt-out-sale',
    'limit-sensitive': 'limit-sensitive',
    restriction: 'limit-sensitive',
    complaint: 'complaint',
  },
};

/** Equivalent types across laws, so that switching the law keeps the person's intent. */
const TYPE_EQUIVALENT: Partial<Record<RequestType, RequestType>> = {
  access: 'know',
  know: 'access',
  erasure: 'delete',
  delete: 'erasure',
  rectification: 'correct',
  correct: 'rectification',
  objection: 'opt-out-sale',
  'opt-out-sale': 'objection',
  restriction: 'limit-sensitive',
  'limit-sensitive': 'restriction',
  portability: 'know',
  'withdraw-consent': 'opt-out-sale',
  'automated-decision': 'know',
};

function family(lawId: LawId): 'gdpr' | 'ccpa' {
  return lawId === 'ccpa' ? 'ccpa' : 'gdpr';
}

/** The request type for a right chip; the law's first type (access / know) when the right has no request. */
export function typeForRight(right: string, lawId: LawId): RequestType {
  const mapped = RIGHT_TO_TYPE[family(lawId)][right as Right];
  return mapped ?? LAWS[lawId].types[0];
}

/** The same intent under another law (access <-> know, erasure <-> delete, ...). */
export function typeUnderLaw(type: RequestType, lawId: LawId): RequestType {
  const law = LAWS[lawId];
  if (law.types.includes(type)) return type;
  const equivalent = TYPE_EQUIVALENT[type];
  return equivalent && law.types.includes(equivalent) ? equivalent : law.types[0];
}
