// Upkeep of the library's derived tables (summaries, search): always called inside the transaction
// that changes `versions`, so the three tables never disagree.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { SavedVersion, SearchRow, VersionSummary } from '../db';
import { wordsOf } from './words';

type SummaryTable = EntityTable<VersionSummary, 'id'>;

/** The site's versions, oldest first: by save date (imported versions may have higher ids than newer ones). */
export function siteSummaries(summaries: SummaryTable, site: string) {
  return summaries.where('[site+savedAt]').between([site, Dexie.minKey], [site, Dexie.maxKey]);
}

/** The site's most recently saved version's summary. */
export function latestSummary(summaries: SummaryTable, site: string): Promise<VersionSummary | undefined> {
  return siteSummaries(summaries, site).last();
}

/** The light row the library list, filters and sort read instead of the whole version. */
export function summarize(version: SavedVersion): VersionSummary {
  const { report } = version;
  const facts = report.facts;
  const counts = { high: 0, medium: 0, info: 0 };
  for (const flag of report.flags) counts[flag.severity] += 1;
  const periods = facts.retention.map((r) => r.days).filter((d): d is number => typeof d === 'number');
  const ages = facts.childrenMinAge.map((c) => c.age);
  return {
    id: version.id,
    site: version.site,
    url: version.url,
    title: version.title,
    contentHash: version.contentHash,
    savedAt: version.savedAt,
    language: report.language,
    isPrivacyNotice: report.isPrivacyNotice,
    lastUpdated: report.lastUpdated ?? null,
    characters: version.text.length,
    flagIds: report.flags.map((f) => String(f.id)),
    flagCounts: counts,
    maxRetentionDays: periods.length ? Math.max(...periods) : null,
    indefiniteRetention: facts.retention.some((r) => r.indefinite === true),
    destinations: [...facts.transfers.destinations],
    safeguards: [...facts.transfers.safeguards],
    rights: [...facts.rights],
    hasDpo: (facts.contacts.dpoEmails?.length ?? 0) > 0,
    hasContact:
      facts.contacts.emails.length +
        (facts.contacts.postalAddresses?.length ?? 0) +
        (facts.contacts.urls?.length ?? 0) +
        (facts.contacts.phones?.length ?? 0) >
      0,
    authorityCountries: facts.authorities.map((a) => a.country).filter((c): c is string => !!c),
    sellsData: facts.sellsData,
    minChildAge: ages.length ? Math.min(...ages) : null,
  };
}

export function searchRowOf(version: SavedVersion): SearchRow {
  return { site: version.site, versionId: version.id, words: wordsOf(`${version.title ?? ''}\n${version.site}\n${version.text}`) };
}

/**
 * Points the site's search row at its latest remaining version (or drops it when none is left).
 * Call inside a rw transaction over versions, summaries and search, after changing the site's versions.
 */
export async function refreshSiteSearch(tx: Transaction, site: string): Promise<void> {
  const latest = await latestSummary(tx.table('summaries') as SummaryTable, site);
  if (!latest) {
    await tx.table('search').delete(site);
    return;
  }
  const row = (await tx.table('search').get(site)) as SearchRow | undefined;
  if (row?.versionId === latest.id) return;
  const version = (await tx.table('versions').get(latest.id)) as SavedVersion | undefined;
  if (version) await tx.table('search').put(searchRowOf(version));
}

/** Rebuilds summaries and the search index from `versions` (schema upgrade, repair). */
export async function rebuildLibraryIndexes(tx: Transaction): Promise<void> {
  await tx.table('summaries').clear();
  await tx.table('search').clear();
  const summaries: VersionSummary[] = [];
  await tx.table('versions').each((v: SavedVersion) => {
    summaries.push(summarize(v));
  });
  await tx.table('summaries').bulkPut(summaries);
  const latest = new Map<string, VersionSummary>();
  for (const s of summaries) {
    const current = latest.get(s.site);
    if (!current || isNewer(s, current)) latest.set(s.site, s);
  }
  const versions = (await tx.table('versions').bulkGet([...latest.values()].map((s) => s.id))) as SavedVersion[];
  await tx.table('search').bulkPut(versions.map(searchRowOf));
}

/** Same order as the [site+savedAt] index (ties: the index orders by primary key). */
export function isNewer(a: Pick<VersionSummary, 'savedAt' | 'id'>, b: Pick<VersionSummary, 'savedAt' | 'id'>): boolean {
  return a.savedAt > b.savedAt || (a.savedAt === b.savedAt && a.id > b.id);
}
