import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type NoticeLensDb, type RightsRequestRecord } from '../../../lib/db';
import { checkOverdue, isOverdue, nextStep, takeNotifications } from '../../../lib/requests/overdue';
import { createRequest, markSent, recordEvent } from '../../../lib/requests/tracking';

let db: NoticeLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`requests-overdue-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const at = (day: string) => new Date(`${day}T12:00:00`);

async function sentRequest(sentOn: string, law = 'gdpr', type = 'access'): Promise<number> {
  const r = await createRequest(
    db,
    { site: 'shop.example', versionId: null, type, law, language: 'en', recipient: { channel: 'email', address: 'a@b.example', dpo: false }, subject: 'S', letter: 'L' },
    at(sentOn),
  );
  await markSent(db, r.id, at(sentOn), sentOn);
  return r.id;
}

describe('isOverdue and nextStep', () => {
  const record = (status: RightsRequestRecord['status'], dueDate: string | null, history: RightsRequestRecord['history'] = []) => ({ status, dueDate, history });
  it.each([
    [record('sent', '2027-02-28'), '2027-02-28', false, null], // the due day itself is still on time
    [record('sent', '2027-02-28'), '2027-03-01', true, 'reminder'],
    [record('acknowledged', '2027-02-28'), '2027-03-01', true, 'reminder'],
    [record('extended', '2027-04-30'), '2027-03-01', false, null],
    [record('drafted', null), '2027-03-01', false, null],
    [record('answered', '2027-02-28'), '2027-03-10', false, null],
    [record('closed', '2027-02-28'), '2027-03-10', false, null],
    [record('complaint', '2027-02-28'), '2027-03-10', false, null],
    [record('reminded', '2027-02-28', [{ status: 'reminded', at: '2027-03-02' }]), '2027-03-10', true, null], // waiting for the reminder's answer
    [record('reminded', '2027-02-28', [{ status: 'reminded', at: '2027-03-02' }]), '2027-03-17', true, null], // the reply-by day itself
    [record('reminded', '2027-02-28', [{ status: 'reminded', at: '2027-03-02' }]), '2027-03-18', true, 'complaint'],
  ])('%j on %s: overdue %s, next %s', (r, today, overdue, step) => {
    expect(isOverdue(r, today)).toBe(overdue);
    expect(nextStep(r, today)).toBe(step);
  });
});

describe('checkOverdue', () => {
  it('marks the request sent 40 days ago as overdue, not the one sent 10 days ago', async () => {
    const old = await sentRequest('2027-01-20');
    const recent = await sentRequest('2027-02-19');
    const overdue = await checkOverdue(db, at('2027-03-01'));
    expect(overdue.map((r) => r.id)).toEqual([old]);
    expect((await db.requests.get(old))?.overdueSince).toBe('2027-03-01');
    expect((await db.requests.get(recent))?.overdueSince).toBeNull();
  });

  it('keeps the first date it found a request overdue', async () => {
    const id = await sentRequest('2027-01-20');
    await checkOverdue(db, at('2027-03-01'));
    await checkOverdue(db, at('2027-03-05'));
    expect((await db.requests.get(id))?.overdueSince).toBe('2027-03-01');
  });

  it('unmarks a request that is no longer overdue (extended) or was answered', async () => {
    const extended = await sentRequest('2027-01-20');
    const answered = await sentRequest('2027-01-21');
    await checkOverdue(db, at('2027-03-01'));
    await recordEvent(db, extended, 'extended', at('2027-03-01'));
    await recordEvent(db, answered, 'answered', at('2027-03-01'), { note: 'ok' });
    expect(await checkOverdue(db, at('2027-03-02'))).toEqual([]);
    expect((await db.requests.get(extended))?.overdueSince).toBeNull();
    expect((await db.requests.get(answered))?.overdueSince).toBeNull();
  });

  it('offers the reminder once, then the complaint once the reminder went unanswered', async () => {
    const id = await sentRequest('2027-01-20');
    let overdue = await checkOverdue(db, at('2027-03-01'));
    expect((await takeNotifications(db, overdue, at('2027-03-01'))).map((x) => [x.record.id, x.step])).toEqual([[id, 'reminder']]);
    overdue = await checkOverdue(db, at('2027-03-02'));
    expect(await takeNotifications(db, overdue, at('2027-03-02'))).toEqual([]);
    await recordEvent(db, id, 'reminded', at('2027-03-02'));
    overdue = await checkOverdue(db, at('2027-03-10'));
    expect(await takeNotifications(db, overdue, at('2027-03-10'))).toEqual([]);
    overdue = await checkOverdue(db, at('2027-03-18'));
    expect((await takeNotifications(db, overdue, at('2027-03-18'))).map((x) => x.step)).toEqual(['complaint']);
    overdue = await checkOverdue(db, at('2027-03-19'));
    expect(await takeNotifications(db, overdue, at('2027-03-19'))).toEqual([]);
  });

  it('CCPA: late after 45 days', async () => {
    await sentRequest('2027-01-01', 'ccpa', 'know');
    expect(await checkOverdue(db, at('2027-02-15'))).toHaveLength(0);
    expect(await checkOverdue(db, at('2027-02-16'))).toHaveLength(1);
  });
});
