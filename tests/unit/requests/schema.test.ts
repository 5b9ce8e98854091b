// The first released schema (version 1, as in the first commit of lib/db.ts), opened with the current code.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/db';
import { checkOverdue } from '../../../lib/requests/overdue';
import { markSent, recordEvent } from '../../../lib/requests/tracking';

const FIRST_SCHEMA = {
  versions: '++id, site, contentHash, savedAt',
  requests: '++id, site, status, dueDate',
  profile: 'id',
};

const NAME = 'requests-schema-upgrade';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema upgrade', () => {
  it('a version-1 database with requests and a profile opens with the current code, and its requests still work', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(FIRST_SCHEMA);
    await old.open();
    // rows in the first shape: none of the fields added since
    await old.table('requests').bulkAdd([
      {
        site: 'shop.example', versionId: null, type: 'access', law: 'gdpr', language: 'en', recipient: 'dpo@shop.example',
        channel: 'email', subject: 'S', letter: 'L', status: 'sent', sentAt: '2027-01-20', dueDate: '2027-02-20',
        history: [{ status: 'drafted', at: '2027-01-20T09:00:00.000Z' }, { status: 'sent', at: '2027-01-20' }],
        notes: 'kept', createdAt: '2027-01-20T09:00:00.000Z', updatedAt: '2027-01-20T09:00:00.000Z',
      },
      {
        site: 'other.example', versionId: null, type: 'erasure', law: 'gdpr', language: 'fr', recipient: '', channel: 'none',
        subject: 'S2', letter: 'L2', status: 'drafted', sentAt: null, dueDate: null,
        history: [{ status: 'drafted', at: '2027-01-21T09:00:00.000Z' }], notes: '', createdAt: '2027-01-21T09:00:00.000Z', updatedAt: '2027-01-21T09:00:00.000Z',
      },
    ]);
    await old.table('profile').put({ id: 'me', name: 'Camille Martin', email: 'camille@example.org' });
    old.close();

    const db = openDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    const rows = await db.requests.orderBy('id').toArray();
    expect(rows.map((r) => [r.site, r.status, r.notes])).toEqual([['shop.example', 'sent', 'kept'], ['other.example', 'drafted', '']]);
    expect(await db.profile.get('me')).toEqual({ id: 'me', name: 'Camille Martin', email: 'camille@example.org' });
    expect(await db.requests.where('status').equals('sent').count()).toBe(1);

    const overdue = await checkOverdue(db, new Date('2027-03-01T12:00:00'));
    expect(overdue.map((r) => r.site)).toEqual(['shop.example']);
    const acknowledged = await recordEvent(db, rows[0].id, 'acknowledged', new Date('2027-03-01T12:00:00'));
    expect(acknowledged.history.map((e) => e.status)).toEqual(['drafted', 'sent', 'acknowledged']);
    expect((await markSent(db, rows[1].id, new Date('2027-03-01T12:00:00'))).dueDate).toBe('2027-04-01');
    db.close();
  });
});
