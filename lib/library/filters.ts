// The library list: versions grouped by site, filtered by flag or by fact, sorted. Pure functions over
// the light summaries, so opening the library reads one small row per version and no report or text.
import type { NoticeLensDb, VersionSummary } from '../db';
import { isNewer } from './indexes';

export interface SiteGroup {
  site: string;
  latest: VersionSummary;
  /** newest first */
  versions: VersionSummary[];
}

/** Two years, in the contract's days (a year is 365). */
export const TWO_YEARS_DAYS = 730;
/** Under this age, an EU notice needs parental consent for consent-based processing (GDPR art. 8). */
export const EU_CONSENT_AGE = 16;

/** EEA member states: a transfer elsewhere leaves the GDPR's area. */
export const EEA = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '),
);
const INSIDE_EEA = new Set([...EEA, 'EEA', 'EU']);

export const FACT_FILTERS = {
  'retention-over-2-years': (s: VersionSummary) => (s.maxRetentionDays ?? 0) > TWO_YEARS_DAYS,
  'retention-indefinite': (s: VersionSummary) => s.indefiniteRetention,
  'no-retention-period': (s: VersionSummary) => s.maxRetentionDays === null,
  'transfers-us': (s: VersionSummary) => s.destinations.includes('US'),
  'transfers-outside-eea': (s: VersionSummary) => s.destinations.some((d) => !INSIDE_EEA.has(d)),
  'privacy-shield': (s: VersionSummary) => s.safeguards.includes('privacy-shield'),
  'no-dpo': (s: VersionSummary) => !s.hasDpo,
  'no-authority': (s: VersionSummary) => s.authorityCountries.length === 0,
  'sells-data': (s: VersionSummary) => s.sellsData === true,
  'children-under-16': (s: VersionSummary) => s.minChildAge !== null && s.minChildAge < EU_CONSENT_AGE,
  'no-portability': (s: VersionSummary) => !s.rights.includes('portability'),
} satisfies Record<string, (s: VersionSummary) => boolean>;
export type FactFilter = keyof typeof FACT_FILTERS;
export const FACT_FILTER_IDS = Object.keys(FACT_FILTERS) as FactFilter[];

export type LibrarySort = 'site' | 'date' | 'flags';

export interface LibraryQuery {
  /** a flag id the site's latest version raises */
  flag?: string | null;
  fact?: FactFilter | null;
  /** sites to keep (search results); all when null */
  sites?: ReadonlySet<string> | null;
  sort?: LibrarySort;
}

/** Groups summaries by site, each group newest first. */
export function groupBySite(summaries: readonly VersionSummary[]): SiteGroup[] {
  const bySite = new Map<string, VersionSummary[]>();
  for (const s of summaries) {
    const list = bySite.get(s.site);
    if (list) list.push(s);
    else bySite.set(s.site, [s]);
  }
  return [...bySite].map(([site, versions]) => {
    versions.sort((x, y) => (isNewer(x, y) ? -1 : isNewer(y, x) ? 1 : 0));
    return { site, latest: versions[0], versions };
  });
}

/** Flags weigh by severity when sorting: one high flag outranks any number of info ones. */
function flagWeight(s: VersionSummary): number {
  const HIGH = 10_000;
  const MEDIUM = 100;
  return s.flagCounts.high * HIGH + s.flagCounts.medium * MEDIUM + s.flagCounts.info;
}

/** Filters (on each site's latest version) and sorts the groups. Date and flags sort the most first. */
export function applyLibraryQuery(groups: readonly SiteGroup[], query: LibraryQuery): SiteGroup[] {
  const factTest = query.fact ? FACT_FILTERS[query.fact] : null;
  const kept = groups.filter(
    (g) =>
      (!query.sites || query.sites.has(g.site)) &&
      (!query.flag || g.latest.flagIds.includes(query.flag)) &&
      (!factTest || factTest(g.latest)),
  );
  const bySite = (a: SiteGroup, b: SiteGroup) => a.site.localeCompare(b.site);
  const sorters: Record<LibrarySort, (a: SiteGroup, b: SiteGroup) => number> = {
    site: bySite,
    date: (a, b) => (a.latest.savedAt < b.latest.savedAt ? 1 : a.latest.savedAt > b.latest.savedAt ? -1 : bySite(a, b)),
    flags: (a, b) => flagWeight(b.latest) - flagWeight(a.latest) || bySite(a, b),
  };
  return kept.sort(sorters[query.sort ?? 'site']);
}

/** The flag ids present in the library (latest versions), for the filter menu. */
export function flagsInLibrary(groups: readonly SiteGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => g.latest.flagIds))].sort();
}

/** What the Library view reads when it opens: every summary, grouped by site. */
export async function openLibrary(db: NoticeLensDb): Promise<SiteGroup[]> {
  return groupBySite(await db.summaries.toArray());
}
