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
    const input = saveInput('https://a.test/', ['Same.', 'Other.']);
    input.report.sections.push({ ...input.report.sections[0], id: 's2' }, structuredClone(input.report.sections[0]));
    const version = { ...input, text: noticeText(input.report), id: 7, site: 'a.test', url: input.url, contentHash: 'h', savedAt: '2024-01-01T00:00:00.000Z' };
    const { row, sections } = dehydrate(version);
    expect(row.report.sections).toHaveLength(3);
    expect(sections.size).toBe(2); // the first and the third section are the same
    expect(row.text).toBeUndefined();
    expect(hydrateWith(row, sections)).toEqual(version);
    const odd = dehydrate({ ...version, text: 'typed by hand' });
    expect(hydrateWith(odd.row, odd.sections).text).toBe('typed by hand');
  });

  it('versions of a site share its pack; deleting prunes it', async () => {
    const two = (second: string) => [
      { id: 's1', heading: 'Kept', tags: [], passages: [{ id: 'p1', text: 'Kept.', tags: [] }] },
      { id: 's2', heading: 'Retention', tags: [], passages: [{ id: 'p2', text: second, tags: [] }] },
    ];
    const save = async (second: string, site = 'https://a.test/') => {
      const input = saveInput(site, []);
      input.report.sections = two(second);
      return saveVersion(db, { ...input, text: noticeText(input.report) });
    };
    const a = await save('Old period.');
    const b = await save('New period.');
    await save('Other.', 'https://b.test/');
    const pack = await db.packs.get('a.test');
    expect(Object.keys(pack!.sections)).toHaveLength(3); // "Kept" once, both retention sections
    await deleteVersion(db, a.version.id);
    expect(Object.values((await db.packs.get('a.test'))!.sections).map((s) => s.heading)).toEqual(['Kept', 'Retention']);
    expect((await getVersion(db, b.version.id))?.report.sections.map((s) => s.passages[0].text)).toEqual(['Kept.', 'New period.']);
    await deleteSite(db, 'a.test');
    expect(await db.packs.get('a.test')).toBeUndefined();
    expect(await db.packs.count()).toBe(1);
  });
});
