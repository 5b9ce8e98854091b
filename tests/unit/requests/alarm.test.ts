import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type NoticeLensDb } from '../../../lib/db';
import { OVERDUE_ALARM, registerOverdueCheck, runOverdueCheck } from '../../../lib/requests/alarm';
import { createRequest, markSent, recordEvent } from '../../../lib/requests/tracking';

// The fake browser has no i18n catalogue: messages are rendered from the real English one.
vi.mock('../../../lib/ui/i18n', async () => {
  const { chromeMessage, loadCatalogue } = await import('../ui/chrome-i18n');
  const en = loadCatalogue('en');
  return { t: (key: string, ...subs: unknown[]) => chromeMessage(en, key, subs.map(String)), uiLocale: () => 'en' };
});

let db: NoticeLensDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`requests-alarm-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const at = (day: string) => new Date(`${day}T12:00:00`);

async function sent(site: string, on: string): Promise<number> {
  const r = await createRequest(
    db,
    { site, versionId: null, type: 'access', law: 'gdpr', language: 'en', recipient: { channel: 'email', address: 'a@b.example', dpo: false }, subject: 'S', letter: 'L' },
    at(on),
  );
  await markSent(db, r.id, at(on), on);
  return r.id;
}

describe('the background overdue check', () => {
  it('sets the badge and notifies each follow-up once', async () => {
    const id = await sent('shop.example', '2027-01-20');
    await runOverdueCheck(db, at('2027-03-01'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Notice Lens: late requests: 1');
    let notes = await fakeBrowser.notifications.getAll();
    expect(Object.keys(notes)).toEqual([`overdue-request:${id}`]);

    await fakeBrowser.notifications.clear(`overdue-request:${id}`);
    await runOverdueCheck(db, at('2027-03-02'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    // reminder sent and unanswered past its delay: the complaint is offered
    await recordEvent(db, id, 'reminded', at('2027-03-02'));
    await runOverdueCheck(db, at('2027-03-20'));
    notes = await fakeBrowser.notifications.getAll();
    expect(Object.keys(notes)).toEqual([`overdue-request:${id}`]);
  });

  it('groups several new follow-ups in one notification, and clears the badge when none is late', async () => {
    await sent('a.example', '2027-01-20');
    await sent('b.example', '2027-01-21');
    await runOverdueCheck(db, at('2027-03-01'));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['overdue-request:all']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');

    for (const r of await db.requests.toArray()) await recordEvent(db, r.id, 'answered', at('2027-03-02'));
    await runOverdueCheck(db, at('2027-03-03'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Read this privacy notice');
  });

  it('pages refresh the badge without notifying', async () => {
    await sent('shop.example', '2027-01-20');
    await runOverdueCheck(db, at('2027-03-01'), false);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('creates the daily alarm once and opens the request when its notification is clicked', async () => {
    registerOverdueCheck();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(OVERDUE_ALARM)).toBeTruthy());
    const alarm = await fakeBrowser.alarms.get(OVERDUE_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);

    await fakeBrowser.notifications.onClicked.trigger('overdue-request:7');
    await vi.waitFor(async () => expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContainEqual(expect.stringMatching(/dashboard\.html#\/request\/7$/)));
    await fakeBrowser.notifications.onClicked.trigger('something-else');
    expect((await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.includes('dashboard'))).toHaveLength(1);
  });
});
