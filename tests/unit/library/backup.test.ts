import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type NoticeLensDb, type RightsRequestRecord } from '../../../lib/db';
import {
  BACKED_UP_TABLES,
  deleteAllData,
  DERIVED_TABLES,
  exportBackup,
  importBackup,
  importBackupText,
  parseBackup,
  serializeBackup,
} from '../../../lib/library/backup';
import { BACKUP_SCHEMA, REPORT_SCHEMA } from '../../../lib/library/backup-schema';
import { checkSchema } from '../../../lib/library/jsonschema';
import { searchNotices } from '../../../lib/library/search';
import { getVersion, LibraryError, saveVersion } from '../../../lib/library/versions';
import { saveInput } from './reports';

let db: NoticeLensDb;
let n = 0;

function request(site: string, versionId: number | null, createdAt: string): Omit<RightsRequestRecord, 'id'> {
  return {
    site, versionId, type: 'access', law: 'gdpr', language: 'fr', recipient: `dpo@${site}`, channel: 'email',
    subject: 'Demande', letter: 'Madame, Monsieur,', status: 'sent', sentAt: createdAt, dueDate: '2024-02-01',
    history: [{ status: 'drafted', at: createdAt }], notes: '', createdAt, updatedAt: createdAt,
  };
}

async function fill(target: NoticeLensDb) {
  const a = await saveVersion(target, { ...saveInput('https://shop.test/', ['Data kept 12 months.'], { facts: { retention: [{ text: '12 months', days: 360 }] } }), now: new Date('2024-01-01') });
  await saveVersion(target, { ...saveInput('https://shop.test/', ['Data kept 24 months.']), now: new Date('2024-02-01') });
  await saveVersion(target, { ...saveInput('https://news.test/', ['Cookies for 13 months.']), now: new Date('2024-01-15') });
  await target.requests.add(request('shop.test', a.version.id, '2024-01-02T00:00:00.000Z') as RightsRequestRecord);
  await target.profile.put({ id: 'me', name: 'Ana Lima', email: 'ana@example.org' });
}

/** Every table's rows, for "identical" checks. */
async function snapshot(target: NoticeLensDb) {
  const out: Record<string, unknown[]> = {};
  for (const table of target.tables) out[table.name] = await table.toArray();
  return out;
}

beforeEach(async () => {
  db = openDb(`backup-test-${++n}`);
  await db.open();
  await fill(db);
});
afterEach(async () => {
  await db.delete();
});

describe('backup round trip', () => {
  it('export -> wipe -> import gives back identical data, derived tables included', async () => {
    const before = await snapshot(db);
    const json = serializeBackup(await exportBackup(db, new Date('2024-05-01')));
    expect(JSON.parse(json)).toMatchObject({ format: 'notice-lens-backup', version: 1, exportedAt: '2024-05-01T00:00:00.000Z' });
    await deleteAllData(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
    const result = await importBackupText(db, json);
    expect(result).toEqual({ versionsAdded: 3, versionsMerged: 0, requestsAdded: 1, requestsMerged: 0, profile: 'added' });
    expect(await snapshot(db)).toEqual(before);
    expect((await searchNotices(db, '24 months')).map((h) => h.site)).toEqual(['shop.test']);
  });

  it('importing into a base that has the same notices merges duplicates by hash', async () => {
    const backup = await exportBackup(db);
    const result = await importBackup(db, backup);
    expect(result).toEqual({ versionsAdded: 0, versionsMerged: 3, requestsAdded: 0, requestsMerged: 1, profile: 'unchanged' });
    expect(await db.versions.count()).toBe(3);
  });

  it('importing into another base renumbers clashing ids, keeps request links and the person\'s own profile', async () => {
    const backup = await exportBackup(db);
    const other = openDb(`backup-other-${++n}`);
    await other.open();
    await saveVersion(other, { ...saveInput('https://mine.test/', ['Mine.']), now: new Date('2024-04-01') });
    await other.profile.put({ id: 'me', name: 'Bea' });
    const result = await importBackup(other, backup);
    expect(result).toMatchObject({ versionsAdded: 3, versionsMerged: 0, requestsAdded: 1, profile: 'merged' });
    expect(await other.versions.count()).toBe(4);
    expect(await other.profile.get('me')).toEqual({ id: 'me', name: 'Bea', email: 'ana@example.org' });
    const [req] = await other.requests.toArray();
    const linked = await getVersion(other, req.versionId!);
    expect(linked?.text).toContain('12 months');
    // The newest shop.test version (by save date) is the one indexed for search.
    expect((await searchNotices(other, '24')).map((h) => h.site)).toEqual(['shop.test']);
    await other.delete();
  });
});

/** The backup text without the section holding `text`. */
function dropSection(json: string, text: string): string {
  const backup = JSON.parse(json);
  backup.data.sections = backup.data.sections.filter((s: { section: { passages: { text: string }[] } }) => !s.section.passages.some((p) => p.text === text));
  return JSON.stringify(backup);
}

describe('a bad backup leaves the database untouched', () => {
  const bad: [string, (json: string) => string, LibraryError['code'], RegExp][] = [
    ['not JSON', (j) => j.slice(0, j.length / 2), 'bad-backup', /not a Notice Lens backup \(it is not JSON\)/],
    ['another file', () => '{"hello":1}', 'bad-backup', /not a Notice Lens backup/],
    ['a newer format', (j) => j.replace('"version":1', '"version":2'), 'newer-backup', /newer version of Notice Lens.*Update the extension/],
    ['a damaged report', (j) => j.replace('"isPrivacyNotice":true', '"isPrivacyNotice":"yes"'), 'bad-backup', /damaged.*isPrivacyNotice: expected boolean/],
    ['a missing text', (j) => j.replace(/"text":"Data kept 24 months."/, '"txt":"x"'), 'bad-backup', /missing text/],
    ['a section that does not match its key', (j) => j.replace('"text":"Data kept 24 months."', '"text":"Data kept 2 months."'), 'bad-backup', /does not match its key/],
    ['a section left out', (j) => dropSection(j, 'Cookies for 13 months.'), 'bad-backup', /a section is missing/],
    ['an unknown right', (j) => j.replace('"rights":[]', '"rights":["everything"]'), 'bad-backup', /not one of the allowed values/],
    ['a bad request status', (j) => j.replace('"status":"sent"', '"status":"lost"'), 'bad-backup', /requests\[0\]\.status/],
  ];
  it.each(bad)('%s', async (_name, corrupt, code, sentence) => {
    const json = serializeBackup(await exportBackup(db));
    await saveVersion(db, saveInput('https://extra.test/', ['Extra.']));
    const before = await snapshot(db);
    const error = await importBackupText(db, corrupt(json)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(sentence) });
    expect((error as Error).message).toMatch(/Nothing was imported and your saved data is unchanged\.$/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failure half-way through the writes rolls everything back', async () => {
    const json = serializeBackup(await exportBackup(db));
    await deleteAllData(db);
    const spy = vi.spyOn(db.requests, 'add').mockImplementationOnce(() => {
      throw new Dexie.QuotaExceededError('full');
    });
    const error = await importBackupText(db, json).catch((e: unknown) => e);
    spy.mockRestore();
    expect(error).toMatchObject({ code: 'quota', message: expect.stringMatching(/no room left/) });
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });
});

describe('schemas', () => {
  it('the report schema is the contract\'s', () => {
    const contract = new URL('../../../../shared/contract/report.schema.json', import.meta.url);
    if (!existsSync(contract)) return;
    expect(REPORT_SCHEMA).toEqual(JSON.parse(readFileSync(contract, 'utf8')));
  });

  it('ajv agrees with the small checker on valid and broken backups', async () => {
    const validate = new Ajv2020({ strict: false }).compile(BACKUP_SCHEMA);
    const good = JSON.parse(serializeBackup(await exportBackup(db)));
    const variants = [
      good,
      { ...good, version: 3 },
      { ...good, data: { ...good.data, versions: [{ ...good.data.versions[0], id: 1.5 }] } },
      { ...good, data: { ...good.data, versions: [{ ...good.data.versions[0], report: { ...good.data.versions[0].report, flags: [{ id: 'x', severity: 'mild' }] } }] } },
      { ...good, data: { ...good.data, profile: [{ id: 'you' }] } },
      { ...good, data: { ...good.data, requests: [{ ...good.data.requests[0], history: [{ at: 'x' }] }] } },
      { ...good, data: { versions: [], requests: [] } },
    ];
    expect(variants.map((v) => checkSchema(BACKUP_SCHEMA, v) === null)).toEqual(variants.map((v) => validate(v)));
    expect(variants.map((v) => checkSchema(BACKUP_SCHEMA, v) === null)).toEqual([true, false, false, false, false, false, false]);
  });

  it('every table is either backed up or derived from a backed-up one', () => {
    expect(db.tables.map((t) => t.name).sort()).toEqual([...BACKED_UP_TABLES, ...DERIVED_TABLES].sort());
  });

  it('parseBackup accepts what exportBackup writes', async () => {
    expect(parseBackup(serializeBackup(await exportBackup(db))).data.versions).toHaveLength(3);
  });
});
