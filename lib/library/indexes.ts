// Upkeep of the library's derived tables (summaries, search): always called inside the transaction
// that changes `versions`, so the three tables never disagree.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { SavedVersion, SearchRow, SectionPack, StoredVersion, VersionSummary } from '../db';
import { updateSearchIndex } from './search';
import { dehydrate, hydrate } from './store';
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
  return summaryOf(version, version.text.length);
}

/** The summary of a version, whole or stored (the report's facts and flags are the same in both). */
export function summaryOf(version: Omit<SavedVersion, 'report' | 'text'> & { report: Pick<SavedVersion['report'], 'facts' | 'flags' | 'language' | 'isPrivacyNotice' | 'lastUpdated'> }, characters: number): VersionSummary {
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
    characters,
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
 * Call inside a rw transaction over versions, packs, summaries, search and terms, after changing the site's versions.
 */
export async function refreshSiteSearch(tx: Transaction, site: string): Promise<void> {
  const latest = await latestSummary(tx.table('summaries') as SummaryTable, site);
  const indexed = (await tx.table('search').get(site)) as SearchRow | undefined;
  if (indexed?.versionId === latest?.id) return;
  const row = latest && ((await tx.table('versions').get(latest.id)) as StoredVersion | undefined);
  if (row) await updateSearchIndex(tx, [searchRowOf(await hydrate(tx.table('packs') as EntityTable<SectionPack, 'site'>, row))]);
  else await updateSearchIndex(tx, [], [site]);
}

/**
 * Schema version 1 -> 2: version rows held whole reports; they now hold section keys, the sections go
 * to each site's pack, and the summaries and the search index are built.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const full = (await tx.table('versions').toArray()) as SavedVersion[];
  const parts = full.map(dehydrate);
  await tx.table('versions').bulkPut(parts.map((p) => p.row));
  const packs = new Map<string, SectionPack>();
  for (const { row, sections } of parts) {
    const pack = packs.get(row.site) ?? { site: row.site, sections: {} };
    for (const [key, section] of sections) pack.sections[key] = section;
    packs.set(row.site, pack);
  }
  await tx.table('packs').bulkPut([...packs.values()]);
  const summaries = full.map(summarize);
  await tx.table('summaries').bulkPut(summaries);
  const latest = new Map<string, SavedVersion>();
  for (const v of full) {
    const current = latest.get(v.site);
    if (!current || isNewer(v, current)) latest.set(v.site, v);
  }
  await updateSearchIndex(tx, [...latest.values()].map(searchRowOf));
}

/** Same order as the [site+savedAt] index (ties: the index orders by primary key). */
export function isNewer(a: Pick<VersionSummary, 'savedAt' | 'id'>, b: Pick<VersionSummary, 'savedAt' | 'id'>): boolean {
  return a.savedAt > b.savedAt || (a.savedAt === b.savedAt && a.id > b.id);
}
