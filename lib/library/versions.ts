// Saving notices: one row per distinct content of a site's notice. A save adds a version only when
// the text changed since the site's latest version, checked and written in one transaction.
import Dexie from 'dexie';
import type { NoticeLensDb, SavedVersion, StoredVersion, VersionSummary } from '../db';
import { fnv1a64 } from '../hash';
import type { NoticeReport } from '../report';
import { isNewer, latestSummary, refreshSiteSearch, searchRowOf, siteSummaries, summarize } from './indexes';
import { updateSearchIndex } from './search';
import { addToPack, dehydrate, hydrate, prunePack } from './store';

export type { SavedVersion } from '../db';

/** Why a library operation failed, with one plain sentence (English; the UI shows its own translation by code). */
export class LibraryError extends Error {
  constructor(
    readonly code: 'quota' | 'storage' | 'bad-backup' | 'newer-backup',
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** Tables every library write touches: versions, the sites' section packs and the derived tables. */
export function libraryTables(db: NoticeLensDb) {
  return [db.versions, db.packs, db.summaries, db.search, db.terms] as const;
}

const PSEUDO_SITE_MAX = 60;

/**
 * The site a notice belongs to: the host name without `www.` for web pages; for a local file
 * (`file:` URL or a bare file name) `file:<name>`; for pasted text `text:<title>`.
 */
export function siteOf(url: string): string {
  const trimmed = url.trim();
  // Only `scheme://` counts as a URL: "C:\notice.txt" is a file name, not a `c:` URL.
  if (!/^[a-z][a-z0-9+.-]+:\/\//i.test(trimmed)) return pseudoSite(trimmed);
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return parsed.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
    }
    if (parsed.protocol === 'file:') {
      const name = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
      return `file:${name || 'file'}`;
    }
    return `${parsed.protocol.replace(/:$/, '')}:${(parsed.hostname || parsed.pathname).slice(0, PSEUDO_SITE_MAX)}`;
  } catch {
    return pseudoSite(trimmed);
  }
}

/** Not a URL: a file name (kept as is) or a title typed by the person. */
function pseudoSite(value: string): string {
  const name = value.split(/[\\/]/).pop()?.slice(0, PSEUDO_SITE_MAX) ?? '';
  return /\.[a-z0-9]{1,5}$/i.test(name) ? `file:${name}` : `text:${name.toLowerCase() || 'pasted'}`;
}

/** The hash that identifies a version's content: the engine's, or the same hash of the extracted text. */
export function contentHashOf(report: NoticeReport, text: string): string {
  return report.source.contentHash || fnv1a64(text);
}

export interface SaveInput {
  report: NoticeReport;
  /** the extracted notice text (`noticeText(report)`) */
  text: string;
  /** page URL; for a file its name, for pasted text null (the title then names the pseudo-site) */
  url: string | null;
  title: string | null;
  /** for tests: the save time */
  now?: Date;
}

/** The site a save goes to (see `siteOf`). */
export function siteForSave(input: Pick<SaveInput, 'url' | 'title'>): string {
  if (input.url) return siteOf(input.url);
  return siteOf(input.title?.trim() ? input.title : 'pasted');
}

/** Turns storage failures into a LibraryError with a plain sentence; nothing already saved is touched. */
function storageError(error: unknown): unknown {
  const name = (error as { name?: string } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === Dexie.errnames.QuotaExceeded || inner === Dexie.errnames.QuotaExceeded) {
    return new LibraryError(
      'quota',
      'The browser has no room left for this notice: it was not saved, and everything saved before is intact. Delete old versions or export a backup, then try again.',
    );
  }
  if (error instanceof Dexie.DexieError) {
    return new LibraryError(
      'storage',
      `The browser's storage refused the save (${error.name}): the notice was not saved, and everything saved before is intact.`,
    );
  }
  return error;
}

/**
 * Saves the notice unless the site's latest version has the same content hash.
 * Returns the version (the new one, or the latest one when nothing changed) and whether it was created.
 */
export async function saveVersion(db: NoticeLensDb, input: SaveInput): Promise<{ version: SavedVersion; created: boolean }> {
  const contentHash = contentHashOf(input.report, input.text);
  const site = siteForSave(input);
  const savedAt = (input.now ?? new Date()).toISOString();
  try {
    return await db.transaction('rw', libraryTables(db), async (tx) => {
      const latest = await latestSummary(db.summaries, site);
      if (latest && latest.contentHash === contentHash) {
        const existing = await db.versions.get(latest.id);
        if (existing) return { version: await hydrate(db.packs, existing), created: false };
      }
      const draft: Omit<SavedVersion, 'id'> = {
        site,
        url: input.url ?? '',
        title: input.title,
        contentHash,
        savedAt,
        report: input.report,
        text: input.text,
      };
      const { row, sections } = dehydrate({ ...draft, id: 0 });
      const { id: _unset, ...fields } = row;
      const id = await db.versions.add(fields as StoredVersion);
      await addToPack(db.packs, site, sections);
      const version: SavedVersion = { ...draft, id };
      const summary = summarize(version);
      await db.summaries.put(summary);
      if (!latest || isNewer(summary, latest)) await updateSearchIndex(tx, [searchRowOf(version)]);
      return { version, created: true };
    });
  } catch (error) {
    throw storageError(error);
  }
}

/** The site's most recent version, or undefined when the site has none. */
export async function latestVersion(db: NoticeLensDb, site: string): Promise<SavedVersion | undefined> {
  const latest = await latestSummary(db.summaries, site);
  return latest ? getVersion(db, latest.id) : undefined;
}

/** The site's versions as summaries, newest first (the report and text are read only when opened). */
export async function listVersions(db: NoticeLensDb, site: string): Promise<VersionSummary[]> {
  return (await siteSummaries(db.summaries, site).toArray()).reverse();
}

/** One saved version, whole (report with its passage texts, and the text). */
export async function getVersion(db: NoticeLensDb, id: number): Promise<SavedVersion | undefined> {
  return db.transaction('r', db.versions, db.packs, async () => {
    const row = await db.versions.get(id);
    return row ? hydrate(db.packs, row) : undefined;
  });
}

/** Deletes one version; the site's search entry moves to the version that is now the latest. */
export async function deleteVersion(db: NoticeLensDb, id: number): Promise<void> {
  await db.transaction('rw', libraryTables(db), async (tx) => {
    const row = await db.versions.get(id);
    if (!row) return;
    await db.versions.delete(id);
    await prunePack(tx, row.site);
    await db.summaries.delete(id);
    await refreshSiteSearch(tx, row.site);
  });
}

/** Deletes every version of a site. */
export async function deleteSite(db: NoticeLensDb, site: string): Promise<void> {
  await db.transaction('rw', libraryTables(db), async (tx) => {
    await db.versions.where('site').equals(site).delete();
    await db.packs.delete(site);
    await db.summaries.where('site').equals(site).delete();
    await updateSearchIndex(tx, [], [site]);
  });
}
