import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type NoticeLensDb } from '../../../lib/db';
import { applyLibraryQuery, openLibrary } from '../../../lib/library/filters';
import { searchNotices, snippetOf } from '../../../lib/library/search';
import { deleteSite, deleteVersion, getVersion, saveVersion } from '../../../lib/library/versions';
import { saveInput } from './reports';

let db: NoticeLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`search-test-${++n}`);
  await db.open();
  await saveVersion(db, { ...saveInput('https://shop.test/', ['Nous conservons vos données de facturation pendant 10 ans.'], {
    facts: { retention: [{ text: '10 ans', days: 3650 }], transfers: { destinations: ['US'], safeguards: ['privacy-shield'] } },
    flags: [{ id: 'privacy-shield', severity: 'high' }],
  }), now: new Date('2024-01-01') });
  await saveVersion(db, { ...saveInput('https://news.test/', ['Cookies are kept for 13 months.'], {
    facts: { retention: [{ text: '13 months', days: 390 }], contacts: { emails: ['a@news.test'], dpoEmails: ['dpo@news.test'] } },
  }), now: new Date('2024-03-01') });
  await saveVersion(db, { ...saveInput('https://old.test/', ['We sell cookies data.']), now: new Date('2023-01-01') });
  await saveVersion(db, { ...saveInput('https://old.test/', ['We no longer mention that.']), now: new Date('2023-06-01') });
});
afterEach(async () => {
  await db.delete();
});

describe('searchNotices', () => {
  it.each([
    ['donnees', ['shop.test']],
    ['DONNÉES facturation', ['shop.test']],
    ['cookies', ['news.test']], // old.test mentioned cookies only in an older version
    ['cook', ['news.test']], // the last word typed matches as a prefix
    ['cook ', []], // ... but not once the word is finished
    ['kept months', ['news.test']],
    ['kept facturation', []],
    ['the', []], // stopwords only: no query
    ['test', ['news.test', 'old.test', 'shop.test']], // the site name is searchable
  ])('%j -> %j', async (query, sites) => {
    expect((await searchNotices(db, query)).map((h) => h.site)).toEqual(sites);
  });

  it('returns the latest version of each site', async () => {
    const [hit] = await searchNotices(db, 'mention');
    expect(hit.site).toBe('old.test');
    expect((await getVersion(db, hit.versionId))?.text).toContain('no longer mention');
  });
});

describe('snippetOf', () => {
  it('finds the first word of the query, accents folded, offsets in the original text', () => {
    expect(snippetOf('Nous conservons vos données pendant 10 ans.', 'donnees')).toEqual({
      before: 'Nous conservons vos ',
      match: 'données',
      after: ' pendant 10 ans.',
    });
    expect(snippetOf('Nothing here', 'cookies')).toBeNull();
  });
});

describe('library list', () => {
  it.each([
    [{ sort: 'site' as const }, ['news.test', 'old.test', 'shop.test']],
    [{ sort: 'date' as const }, ['news.test', 'shop.test', 'old.test']],
    [{ sort: 'flags' as const }, ['shop.test', 'news.test', 'old.test']],
    [{ fact: 'retention-over-2-years' as const }, ['shop.test']],
    [{ fact: 'transfers-us' as const }, ['shop.test']],
    [{ fact: 'no-dpo' as const }, ['old.test', 'shop.test']],
    [{ fact: 'no-retention-period' as const }, ['old.test']],
    [{ flag: 'privacy-shield' }, ['shop.test']],
    [{ sites: new Set(['news.test']) }, ['news.test']],
  ])('%o -> %j', async (query, sites) => {
    const groups = applyLibraryQuery(await openLibrary(db), query);
    expect(groups.map((g) => g.site)).toEqual(sites);
  });

  it('groups versions by site, newest first', async () => {
    const old = (await openLibrary(db)).find((g) => g.site === 'old.test')!;
    expect(old.versions.map((v) => v.savedAt)).toEqual(['2023-06-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z']);
    expect(old.latest).toBe(old.versions[0]);
  });
});

describe('the inverted index follows the latest versions', () => {
  it('updates words by difference on a new version, a deletion and a site removal', async () => {
    const first = await saveVersion(db, saveInput('https://idx.test/', ['alpha beta']));
    const second = await saveVersion(db, saveInput('https://idx.test/', ['beta gamma']));
    expect(await db.terms.get('alpha')).toBeUndefined();
    expect((await db.terms.get('gamma'))?.sites).toEqual(['idx.test']);
    expect((await searchNotices(db, 'beta')).filter((h) => h.site === 'idx.test')).toEqual([{ site: 'idx.test', versionId: second.version.id }]);
    await deleteVersion(db, second.version.id);
    expect(await db.terms.get('gamma')).toBeUndefined();
    expect((await searchNotices(db, 'alpha')).map((h) => h.versionId)).toEqual([first.version.id]);
    await deleteSite(db, 'idx.test');
    expect(await db.terms.get('alpha')).toBeUndefined();
    expect(await db.search.get('idx.test')).toBeUndefined();
    // Another site still indexed under a shared word keeps it.
    expect((await db.terms.get('cookies'))?.sites).toEqual(['news.test']);
  });
});
