import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noticeText } from '../../../lib/analyze';
import { openDb, type NoticeLensDb } from '../../../lib/db';
import { dehydrate, hydrateWith, rebuildText } from '../../../lib/library/store';
import { deleteSite, deleteVersion, getVersion, saveVersion } from '../../../lib/library/versions';
import { makeReport, saveInput } from './reports';

let db: NoticeLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`store-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('stored versions', () => {
  it('rebuildText is the engine\'s noticeText', () => {
    const report = makeReport({ passages: ['One.', '', 'Three\nlines.'] });
    report.sections.push({ id: 's2', heading: null, tags: [], passages: [{ id: 'p4', text: 'Four.', tags: [] }] });
    expect(rebuildText(report)).toBe(noticeText(report));
  });

  it('dehydrate then hydrate gives the version back; a text that is not the rebuilt one is kept', () => {
    const input = saveInput('https://a.test/', ['Same.', 'Other.', 'Same.']);
    const version = { ...input, id: 7, site: 'a.test', url: input.url, contentHash: 'h', savedAt: '2024-01-01T00:00:00.000Z' };
    const { row, texts } = dehydrate(version);
    expect(texts.size).toBe(2);
    expect(row.text).toBeUndefined();
    expect(hydrateWith(row, texts)).toEqual(version);
    const odd = dehydrate({ ...version, text: 'typed by hand' });
    expect(hydrateWith(odd.row, odd.texts).text).toBe('typed by hand');
  });

  it('versions share passage texts, counted; deleting releases them', async () => {
    const a = await saveVersion(db, saveInput('https://a.test/', ['Kept.', 'Old period.']));
    const b = await saveVersion(db, saveInput('https://a.test/', ['Kept.', 'New period.']));
    await saveVersion(db, saveInput('https://b.test/', ['Kept.']));
    const refs = Object.fromEntries((await db.passages.toArray()).map((p) => [p.text, p.refs]));
    expect(refs).toEqual({ 'Kept.': 3, 'Old period.': 1, 'New period.': 1 });
    await deleteVersion(db, a.version.id);
    expect((await db.passages.toArray()).map((p) => [p.text, p.refs])).toEqual(expect.arrayContaining([['Kept.', 2], ['New period.', 1]]));
    expect(await db.passages.count()).toBe(2);
    expect((await getVersion(db, b.version.id))?.report.sections[0].passages.map((p) => p.text)).toEqual(['Kept.', 'New period.']);
    await deleteSite(db, 'a.test');
    expect((await db.passages.toArray()).map((p) => [p.text, p.refs])).toEqual([['Kept.', 1]]);
  });
});
