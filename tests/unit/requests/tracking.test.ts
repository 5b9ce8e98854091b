import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type NoticeLensDb } from '../../../lib/db';
import {
  createRequest,
  deleteRequest,
  listRequests,
  markSent,
  recordEvent,
  RequestError,
  undoLastEvent,
  updateLetter,
  updateNotes,
  type NewRequest,
} from '../../../lib/requests/tracking';

let db: NoticeLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`requests-tracking-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const NOW = new Date('2027-01-31T10:00:00Z');
const draft = (extra: Partial<NewRequest> = {}): NewRequest => ({
  site: 'shop.example',
  versionId: 3,
  type: 'access',
  law: 'gdpr',
  language: 'en',
  recipient: { channel: 'email', address: 'dpo@shop.example', dpo: true },
  subject: 'Subject access request',
  letter: 'Dear Sir or Madam',
  controller: 'Shop SAS',
  noticeUrl: 'https://shop.example/privacy',
  choices: {},
  ...extra,
});

describe('tracking', () => {
  it('creates a drafted request with its history, and reads it back', async () => {
    const created = await createRequest(db, draft(), NOW);
    expect(created).toMatchObject({ status: 'drafted', sentAt: null, dueDate: null, channel: 'email', recipient: 'dpo@shop.example' });
    expect(created.history).toEqual([{ status: 'drafted', at: NOW.toISOString() }]);
    expect(await db.requests.get(created.id)).toEqual(created);
  });

  it.each([
    ['gdpr', 'access', '2027-01-31', '2027-02-28'],
    ['gdpr', 'access', '2028-01-31', '2028-02-29'],
    ['uk-gdpr', 'erasure', '2027-03-31', '2027-04-30'],
    ['ccpa', 'know', '2027-01-01', '2027-02-15'],
    ['ccpa', 'opt-out-sale', '2027-01-04', '2027-01-25'],
  ])('%s %s sent on %s is due %s', async (law, type, sentOn, due) => {
    const { id } = await createRequest(db, draft({ law, type }), NOW);
    const sent = await markSent(db, id, NOW, sentOn);
    expect(sent).toMatchObject({ status: 'sent', sentAt: sentOn, dueDate: due });
    expect(sent.history.map((e) => e.status)).toEqual(['drafted', 'sent']);
  });

  it('marks sent today by default (local date)', async () => {
    const { id } = await createRequest(db, draft(), NOW);
    const local = new Date(2027, 0, 31, 12);
    expect((await markSent(db, id, local)).sentAt).toBe('2027-01-31');
  });

  it('follows the request through its life: acknowledged, extended, answered, closed', async () => {
    const { id } = await createRequest(db, draft(), NOW);
    await markSent(db, id, NOW, '2027-01-31');
    let r = await recordEvent(db, id, 'acknowledged', NOW, { on: '2027-02-02' });
    expect(r).toMatchObject({ status: 'acknowledged', dueDate: '2027-02-28' });
    r = await recordEvent(db, id, 'extended', NOW, { on: '2027-02-20' });
    expect(r).toMatchObject({ status: 'extended', dueDate: '2027-04-30' });
    r = await recordEvent(db, id, 'answered', NOW, { on: '2027-04-01', note: '  Sent a ZIP of my data.  ' });
    expect(r.status).toBe('answered');
    expect(r.history.at(-1)).toEqual({ status: 'answered', at: '2027-04-01', note: 'Sent a ZIP of my data.' });
    r = await recordEvent(db, id, 'closed', NOW, { on: '2027-04-02' });
    expect(r.status).toBe('closed');
    expect(r.history.map((e) => e.status)).toEqual(['drafted', 'sent', 'acknowledged', 'extended', 'answered', 'closed']);
  });

  it('CCPA extension adds 45 days; opt-outs cannot be extended', async () => {
    const know = await createRequest(db, draft({ law: 'ccpa', type: 'know' }), NOW);
    await markSent(db, know.id, NOW, '2027-01-01');
    expect((await recordEvent(db, know.id, 'extended', NOW)).dueDate).toBe('2027-04-01');
    const optOut = await createRequest(db, draft({ law: 'ccpa', type: 'opt-out-sale' }), NOW);
    await markSent(db, optOut.id, NOW, '2027-01-04');
    await expect(recordEvent(db, optOut.id, 'extended', NOW)).rejects.toMatchObject({ code: 'no-extension' });
  });

  it('refuses events before sending, unknown ids and bad dates', async () => {
    const { id } = await createRequest(db, draft(), NOW);
    await expect(recordEvent(db, id, 'answered', NOW)).rejects.toMatchObject({ code: 'not-sent' });
    await expect(markSent(db, 999, NOW)).rejects.toBeInstanceOf(RequestError);
    await expect(markSent(db, id, NOW, '31/01/2027')).rejects.toMatchObject({ code: 'bad-date' });
    expect((await db.requests.get(id))?.status).toBe('drafted');
  });

  it('undoes a wrong click: the status and the due date go back', async () => {
    const { id } = await createRequest(db, draft(), NOW);
    await markSent(db, id, NOW, '2027-01-31');
    await recordEvent(db, id, 'extended', NOW, { on: '2027-02-10' });
    let r = await undoLastEvent(db, id, NOW);
    expect(r).toMatchObject({ status: 'sent', dueDate: '2027-02-28' });
    r = await undoLastEvent(db, id, NOW);
    expect(r).toMatchObject({ status: 'drafted', sentAt: null, dueDate: null });
    r = await undoLastEvent(db, id, NOW);
    expect(r.history).toHaveLength(1);
  });

  it('edits notes and the letter, lists newest first, deletes', async () => {
    const a = await createRequest(db, draft(), NOW);
    const b = await createRequest(db, draft({ site: 'other.example' }), new Date('2027-02-01T00:00:00Z'));
    await updateNotes(db, a.id, 'Called them on 3 Feb.', NOW);
    await updateLetter(db, a.id, { subject: 'New subject', letter: 'New letter' }, NOW);
    expect(await db.requests.get(a.id)).toMatchObject({ notes: 'Called them on 3 Feb.', subject: 'New subject', letter: 'New letter' });
    expect((await listRequests(db)).map((r) => r.id)).toEqual([b.id, a.id]);
    await deleteRequest(db, a.id);
    expect((await listRequests(db)).map((r) => r.id)).toEqual([b.id]);
  });

  it('two pages recording events at once lose neither', async () => {
    const { id } = await createRequest(db, draft(), NOW);
    await markSent(db, id, NOW, '2027-01-31');
    const other = openDb(db.name);
    await Promise.all([
      recordEvent(db, id, 'acknowledged', NOW, { on: '2027-02-01' }),
      recordEvent(other, id, 'extended', NOW, { on: '2027-02-02' }),
      updateNotes(other, id, 'note', NOW),
    ]);
    other.close();
    const r = await db.requests.get(id);
    expect(r?.history.map((e) => e.status).sort()).toEqual(['acknowledged', 'drafted', 'extended', 'sent']);
    expect(r?.notes).toBe('note');
  });
});
