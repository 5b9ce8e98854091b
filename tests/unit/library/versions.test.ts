import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type NoticeLensDb } from '../../../lib/db';
import {
  deleteSite,
  deleteVersion,
  getVersion,
  LibraryError,
  latestVersion,
  listVersions,
  saveVersion,
  siteOf,
} from '../../../lib/library/versions';
import { saveInput } from './reports';

let db: NoticeLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`versions-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('siteOf', () => {
  it.each([
    ['https://www.example.com/privacy', 'example.com'],
    ['http://shop.example.co.uk:8080/legal?x=1', 'shop.example.co.uk'],
    ['https://WWW.Example.COM./', 'example.com'],
    ['http://127.0.0.1:4321/notice.html', '127.0.0.1'],
    ['file:///home/me/Downloads/privacy%20policy.html', 'file:privacy policy.html'],
    ['notice.txt', 'file:notice.txt'],
    ['C:\\Users\\me\\policy.md', 'file:policy.md'],
    ['My pasted notice', 'text:my pasted notice'],
  ])('%s -> %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('saveVersion', () => {
  it('adds a version only when the content changed', async () => {
    const a = await saveVersion(db, saveInput('https://www.shop.test/privacy', ['We keep data 12 months.']));
    expect(a.created).toBe(true);
    expect(a.version.site).toBe('shop.test');
    const again = await saveVersion(db, saveInput('https://shop.test/privacy?ref=1', ['We keep data 12 months.']));
    expect(again).toMatchObject({ created: false, version: { id: a.version.id } });
    const b = await saveVersion(db, saveInput('https://shop.test/privacy', ['We keep data 24 months.']));
    expect(b.created).toBe(true);
    expect(await db.versions.count()).toBe(2);
    expect((await latestVersion(db, 'shop.test'))?.id).toBe(b.version.id);
    expect((await listVersions(db, 'shop.test')).map((v) => v.id)).toEqual([b.version.id, a.version.id]);
  });

  it('saves the old content again as a new version when it comes back after a change', async () => {
    await saveVersion(db, saveInput('https://a.test/', ['one']));
    await saveVersion(db, saveInput('https://a.test/', ['two']));
    const back = await saveVersion(db, saveInput('https://a.test/', ['one']));
    expect(back.created).toBe(true);
    expect(await db.versions.count()).toBe(3);
  });

  it('keeps sites apart', async () => {
    await saveVersion(db, saveInput('https://a.test/', ['same text']));
    const other = await saveVersion(db, saveInput('https://b.test/', ['same text']));
    expect(other.created).toBe(true);
    expect(await latestVersion(db, 'c.test')).toBeUndefined();
  });

  it('keeps the summary and the search row in step', async () => {
    const { version } = await saveVersion(
      db,
      saveInput('https://a.test/', ['Données conservées'], {
        facts: { retention: [{ text: '2 years', days: 730 }], rights: ['access'] },
        flags: [{ id: 'no-authority', severity: 'medium' }],
      }),
    );
    const summary = await db.summaries.get(version.id);
    expect(summary).toMatchObject({ site: 'a.test', maxRetentionDays: 730, rights: ['access'], flagCounts: { medium: 1 } });
    expect((await db.search.where('site').equals('a.test').first())?.words).toContain('donnees');
  });

  it('two writers at once lose nothing', async () => {
    const other = openDb(db.name);
    const writes = Array.from({ length: 10 }, (_, i) =>
      saveVersion(i % 2 ? db : other, saveInput('https://race.test/', [`text ${i}`])),
    );
    // Same content from both pages at once: exactly one version.
    writes.push(saveVersion(db, saveInput('https://same.test/', ['x'])), saveVersion(other, saveInput('https://same.test/', ['x'])));
    const results = await Promise.all(writes);
    expect(results.filter((r) => r.created)).toHaveLength(11);
    expect(await db.versions.where('site').equals('race.test').count()).toBe(10);
    expect(await db.versions.where('site').equals('same.test').count()).toBe(1);
    expect(await db.summaries.count()).toBe(11);
    other.close();
  });

  it('quota exceeded: a clear sentence, nothing already saved is lost, nothing half-written', async () => {
    const first = await saveVersion(db, saveInput('https://q.test/', ['first']));
    const spy = vi.spyOn(db.summaries, 'put').mockImplementationOnce(() => {
      throw new Dexie.QuotaExceededError('quota');
    });
    const error = await saveVersion(db, saveInput('https://q.test/', ['second'])).catch((e: unknown) => e);
    spy.mockRestore();
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe('quota');
    expect((error as LibraryError).message).toMatch(/no room left.*not saved.*intact/);
    expect((await db.versions.toArray()).map((v) => v.id)).toEqual([first.version.id]);
    expect(await db.summaries.count()).toBe(1);
    expect((await db.search.where('site').equals('q.test').first())?.versionId).toBe(first.version.id);
  });
});

describe('a save stopped half-way (page closed, any failure) leaves nothing half-written', () => {
  it.each([
    ['after the version row, before its section pack', 'packs'],
    ['after the pack, before the summary', 'summaries'],
    ['while indexing for search', 'terms'],
  ] as const)('%s', async (_when, table) => {
    await saveVersion(db, saveInput('https://h.test/', ['kept']));
    const before = await Promise.all(db.tables.map((t) => t.toArray()));
    // Every Table object (db.x or tx.table('x')) shares the prototype: fail the writes to `table` only.
    const proto = Object.getPrototypeOf(db[table]) as Record<'put' | 'bulkPut', (...args: unknown[]) => unknown>;
    const spies = (['put', 'bulkPut'] as const).map((method) => {
      const original = proto[method];
      return vi.spyOn(proto, method).mockImplementation(function (this: { name: string }, ...args: unknown[]) {
        if (this.name === table) throw new Error('the page went away');
        return original.apply(this, args);
      });
    });
    await expect(saveVersion(db, saveInput('https://h.test/', ['new text with new words']))).rejects.toThrow('the page went away');
    for (const spy of spies) spy.mockRestore();
    expect(await Promise.all(db.tables.map((t) => t.toArray()))).toEqual(before);
  });

  it('another storage failure: a LibraryError with the code the UI translates', async () => {
    const spy = vi.spyOn(db.summaries, 'put').mockImplementationOnce(() => {
      throw new Dexie.DatabaseClosedError('closed');
    });
    const error = await saveVersion(db, saveInput('https://s.test/', ['x'])).catch((e: unknown) => e);
    spy.mockRestore();
    expect(error).toMatchObject({ code: 'storage', message: expect.stringMatching(/DatabaseClosedError.*not saved.*intact/) });
    expect(await db.versions.count()).toBe(0);
  });
});

describe('delete', () => {
  it('deleting the latest version moves the search row back to the previous one', async () => {
    const a = await saveVersion(db, saveInput('https://d.test/', ['alpha words']));
    const b = await saveVersion(db, saveInput('https://d.test/', ['beta words']));
    await deleteVersion(db, b.version.id);
    expect((await db.search.where('site').equals('d.test').first())?.versionId).toBe(a.version.id);
    expect((await db.search.where('site').equals('d.test').first())?.words).toContain('alpha');
    await deleteVersion(db, a.version.id);
    expect(await db.search.where('site').equals('d.test').first()).toBeUndefined();
    expect(await db.summaries.count()).toBe(0);
  });

  it('deleteSite removes only that site', async () => {
    await saveVersion(db, saveInput('https://d.test/', ['one']));
    await saveVersion(db, saveInput('https://d.test/', ['two']));
    await saveVersion(db, saveInput('https://e.test/', ['three']));
    await deleteSite(db, 'd.test');
    expect(await db.versions.count()).toBe(1);
    expect(await db.summaries.count()).toBe(1);
    expect(await db.search.count()).toBe(1);
  });
});

describe('schema upgrade from version 1', () => {
  it('opens a version-1 database and builds the summaries and the search index', async () => {
    const name = `upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(1).stores({ versions: '++id, site, contentHash, savedAt', requests: '++id, site, status, dueDate', profile: 'id' });
    const input = saveInput('https://old.test/', ['Nous conservons les données 5 ans.'], {
      facts: { retention: [{ text: '5 ans', days: 1825 }] },
    });
    await old.table('versions').add({ site: 'old.test', url: input.url, title: null, contentHash: 'h1', savedAt: '2024-01-01T00:00:00.000Z', report: input.report, text: input.text });
    await old.table('versions').add({ site: 'old.test', url: input.url, title: null, contentHash: 'h2', savedAt: '2024-02-01T00:00:00.000Z', report: input.report, text: 'Nouveau texte' });
    await old.table('profile').put({ id: 'me', name: 'Ana' });
    old.close();

    const upgraded = openDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.versions.count()).toBe(2);
    expect(await upgraded.summaries.count()).toBe(2);
    expect((await upgraded.summaries.get(1))?.maxRetentionDays).toBe(1825);
    expect(await upgraded.search.where('site').equals('old.test').first()).toMatchObject({ versionId: 2, words: ['nouveau', 'old', 'test', 'texte'] });
    expect(await upgraded.profile.get('me')).toEqual({ id: 'me', name: 'Ana' });
    // The whole reports became section keys; the sections are stored once per site and read back whole.
    expect(Object.keys((await upgraded.packs.get('old.test'))!.sections)).toHaveLength(1);
    expect(await getVersion(upgraded, 1)).toMatchObject({ text: input.text, report: input.report });
    upgraded.close();
    await Dexie.delete(name);
  });
});
