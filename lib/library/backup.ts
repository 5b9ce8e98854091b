// Backup: everything the person keeps (saved versions, rights requests, profile) as one versioned JSON
// file, and back. The file mirrors the storage (each section once, versions refer to it by key), so it
// stays as compact as the database. An import is checked whole before anything is written, then
// written in ONE transaction: a bad file, a newer format or a full disk leaves the database as it was.
import type { NoticeLensDb, Profile, RightsRequestRecord, SearchRow, SectionPack, StoredVersion, VersionSummary } from '../db';
import type { Section } from '../report';
import { BACKUP_FORMAT, BACKUP_SCHEMA, BACKUP_VERSION } from './backup-schema';
import { isNewer, searchRowOf, summaryOf } from './indexes';
import { checkSchema } from './jsonschema';
import { updateSearchIndex } from './search';
import { hydrateWith, sectionKey, textLength } from './store';
import { LibraryError } from './versions';

export { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';

export interface BackupData {
  versions: StoredVersion[];
  /** every section the versions use, once, under its key */
  sections: { k: string; section: Section }[];
  requests: RightsRequestRecord[];
  profile: Profile[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  data: BackupData;
}

/** Tables a backup carries; the others are derived from `versions` and rebuilt. */
export const BACKED_UP_TABLES = ['versions', 'packs', 'requests', 'profile'] as const;
export const DERIVED_TABLES = ['summaries', 'search', 'terms'] as const;

export interface ImportResult {
  versionsAdded: number;
  /** versions already saved (same site and content hash): kept once */
  versionsMerged: number;
  requestsAdded: number;
  requestsMerged: number;
  profile: 'added' | 'merged' | 'unchanged' | 'none';
}

/** Reads everything to back up, in one read transaction (a consistent snapshot). */
export async function exportBackup(db: NoticeLensDb, now: Date = new Date()): Promise<BackupFile> {
  return db.transaction('r', db.versions, db.packs, db.requests, db.profile, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    data: {
      versions: await db.versions.toArray(),
      sections: uniqueSections(await db.packs.toArray()),
      requests: await db.requests.toArray(),
      profile: await db.profile.toArray(),
    },
  }));
}

/** Every section of the packs once (sites rarely share one, but when they do it is written once). */
function uniqueSections(packs: readonly SectionPack[]): { k: string; section: Section }[] {
  const seen = new Map<string, Section>();
  for (const pack of packs) for (const [k, section] of Object.entries(pack.sections)) if (!seen.has(k)) seen.set(k, section);
  return [...seen].map(([k, section]) => ({ k, section }));
}

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}

/** `notice-lens-backup-2024-03-01.json` */
export function backupFileName(now: Date = new Date()): string {
  return `notice-lens-backup-${now.toISOString().slice(0, 10)}.json`;
}

const NOTHING_CHANGED = 'Nothing was imported and your saved data is unchanged.';

function damaged(problem: string): LibraryError {
  return new LibraryError('bad-backup', `This backup file is damaged or incomplete (${problem}). ${NOTHING_CHANGED}`);
}

/** Parses and checks a backup file's text; throws a LibraryError with one plain sentence. */
export function parseBackup(json: string): BackupFile {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new LibraryError('bad-backup', `This file is not a Notice Lens backup (it is not JSON). ${NOTHING_CHANGED}`);
  }
  const head = value as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) {
    throw new LibraryError('bad-backup', `This file is not a Notice Lens backup. ${NOTHING_CHANGED}`);
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw new LibraryError(
      'newer-backup',
      `This backup was made by a newer version of Notice Lens (format ${head.version}; this version reads format ${BACKUP_VERSION}). Update the extension, then import it again. ${NOTHING_CHANGED}`,
    );
  }
  const problem = checkSchema(BACKUP_SCHEMA, value);
  if (problem) throw damaged(problem);
  const backup = value as BackupFile;
  // Beyond the schema: every section is the one its key names, and every section a version uses is there.
  const keys = new Set<string>();
  for (const [i, s] of backup.data.sections.entries()) {
    if (sectionKey(s.section) !== s.k) throw damaged(`$.data.sections[${i}]: the section does not match its key`);
    keys.add(s.k);
  }
  for (const [i, v] of backup.data.versions.entries()) {
    if (v.report.sections.some((k) => !keys.has(k))) throw damaged(`$.data.versions[${i}]: a section is missing`);
  }
  return backup;
}

const versionKey = (v: Pick<StoredVersion, 'site' | 'contentHash'>) => `${v.site}\u0000${v.contentHash}`;
const requestKey = (r: Pick<RightsRequestRecord, 'site' | 'type' | 'createdAt'>) => `${r.site}\u0000${r.type}\u0000${r.createdAt}`;
const bySaveDate = (x: StoredVersion, y: StoredVersion) => (x.savedAt < y.savedAt ? -1 : x.savedAt > y.savedAt ? 1 : x.id - y.id);

function isQuota(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/**
 * Imports a checked backup into the database, merging: a version already saved (same site, same content
 * hash) or a request already there (same site, type, creation time) is kept once; ids are kept when
 * free, so export -> wipe -> import gives back the same rows. All in one transaction.
 */
export async function importBackup(db: NoticeLensDb, backup: BackupFile): Promise<ImportResult> {
  const { data } = backup;
  const fileSections = new Map(data.sections.map((s) => [s.k, s.section]));
  try {
    return await db.transaction('rw', [db.versions, db.packs, db.summaries, db.search, db.terms, db.requests, db.profile], async (tx) => {
      const result: ImportResult = { versionsAdded: 0, versionsMerged: 0, requestsAdded: 0, requestsMerged: 0, profile: 'none' };

      // Versions, oldest first. Key -> the saved row's id, or the id in the file of a version being
      // imported (resolved once the new ids are known).
      const existing = await db.summaries.toArray();
      const byKey = new Map<string, number | { file: number }>(existing.map((s) => [versionKey(s), s.id]));
      const aliases: [number, number | { file: number }][] = [];
      const usedIds = new Set(existing.map((s) => s.id));
      const idMap = new Map<number, number>();
      // Versions whose id is free keep it; the others are numbered after them (added second, so the
      // auto-numbering, which continues after the highest id, cannot take an id a kept one needs).
      const keep: StoredVersion[] = [];
      const renumber: StoredVersion[] = [];
      for (const v of [...data.versions].sort(bySaveDate)) {
        const known = byKey.get(versionKey(v));
        if (known !== undefined) {
          aliases.push([v.id, known]);
          result.versionsMerged += 1;
          continue;
        }
        byKey.set(versionKey(v), { file: v.id });
        if (usedIds.has(v.id)) renumber.push(v);
        else {
          usedIds.add(v.id);
          keep.push(v);
          idMap.set(v.id, v.id);
        }
      }
      await db.versions.bulkAdd(keep);
      const newIds = await db.versions.bulkAdd(
        renumber.map(({ id: _old, ...rest }) => rest as StoredVersion),
        { allKeys: true },
      );
      const fresh: StoredVersion[] = [...keep];
      renumber.forEach((v, i) => {
        idMap.set(v.id, newIds[i]);
        usedIds.add(newIds[i]);
        fresh.push({ ...v, id: newIds[i] });
      });
      for (const [fileId, target] of aliases) idMap.set(fileId, typeof target === 'number' ? target : (idMap.get(target.file) ?? target.file));
      result.versionsAdded = fresh.length;

      // Sections: added to the packs of the sites of the new versions.
      const sites = [...new Set(fresh.map((row) => row.site))];
      const packs = new Map<string, SectionPack>();
      (await db.packs.bulkGet(sites)).forEach((pack, i) => packs.set(sites[i], pack ?? { site: sites[i], sections: {} }));
      for (const row of fresh) {
        const pack = packs.get(row.site)!;
        for (const key of row.report.sections) pack.sections[key] ??= fileSections.get(key)!;
      }
      await db.packs.bulkPut([...packs.values()]);

      // Summaries, and search rows for the sites whose latest version is a new one.
      const summaries = fresh.map((row) => summaryOf(row, textLength(row, fileSections)));
      await db.summaries.bulkPut(summaries);
      const newest = new Map<string, VersionSummary>();
      for (const s of summaries) {
        const current = newest.get(s.site);
        if (!current || isNewer(s, current)) newest.set(s.site, s);
      }
      const freshById = new Map(fresh.map((row) => [row.id, row]));
      // A site's latest version is the newest of what was there and what came in (no query per site).
      const before = new Map<string, VersionSummary>();
      for (const s of existing) {
        const current = before.get(s.site);
        if (!current || isNewer(s, current)) before.set(s.site, s);
      }
      const rows: SearchRow[] = [];
      for (const [site, candidate] of newest) {
        const old = before.get(site);
        if (!old || isNewer(candidate, old)) rows.push(searchRowOf(hydrateWith(freshById.get(candidate.id)!, fileSections)));
      }
      await updateSearchIndex(tx, rows);

      // Requests.
      const existingRequests = await db.requests.toArray();
      const requestKeys = new Set(existingRequests.map(requestKey));
      const requestIds = new Set(existingRequests.map((r) => r.id));
      for (const r of data.requests) {
        if (requestKeys.has(requestKey(r))) {
          result.requestsMerged += 1;
          continue;
        }
        const versionId =
          r.versionId === null || r.versionId === undefined ? null : (idMap.get(r.versionId) ?? (usedIds.has(r.versionId) ? r.versionId : null));
        const { id, ...rest } = r;
        const row = { ...(requestIds.has(id) ? rest : r), versionId } as RightsRequestRecord;
        requestIds.add(await db.requests.add(row));
        requestKeys.add(requestKey(r));
        result.requestsAdded += 1;
      }

      // Profile: what the person already filled in wins; the backup fills the gaps.
      const imported = data.profile.find((p) => p.id === 'me');
      if (imported) {
        const current = await db.profile.get('me');
        if (!current) {
          await db.profile.put(imported);
          result.profile = 'added';
        } else {
          const filled = Object.fromEntries(Object.entries(current).filter(([, v]) => v !== undefined && v !== ''));
          const merged: Profile = { ...imported, ...filled };
          const changed = JSON.stringify(merged) !== JSON.stringify(current);
          if (changed) await db.profile.put(merged);
          result.profile = changed ? 'merged' : 'unchanged';
        }
      }
      return result;
    });
  } catch (error) {
    if (isQuota(error)) throw new LibraryError('quota', `The browser has no room left for this backup. ${NOTHING_CHANGED}`);
    throw error;
  }
}

/** Parses, checks and imports a backup file's text (see parseBackup and importBackup). */
export async function importBackupText(db: NoticeLensDb, json: string): Promise<ImportResult> {
  return importBackup(db, parseBackup(json));
}

/** "Delete all my data": every table, derived ones included, emptied in one transaction. */
export async function deleteAllData(db: NoticeLensDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
