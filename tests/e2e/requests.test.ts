// Rights requests in real Chromium: a request drafted from the popup's right chip on a seed notice page,
// marked as sent, still there with the right due date after the browser restarts on the same profile;
// a request sent 40 days ago shows as overdue with the reminder ready, and the daily alarm sets the badge.
// Screenshots of the draft, the list and the overdue request go to tests/e2e/artifacts/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dueDate, localIsoDate, typeForRight, typeUnderLaw } from '../../lib/requests/laws';
import { ARTIFACTS_DIR, launchExtension, screenshotPage, serveSite, waitUntil, type ExtensionSession, type Site } from './harness';
import { PAGES, buildSite } from './site/index';

const PROFILE = { name: 'Camille Martin', email: 'camille@example.org' };
const OVERDUE_AFTER_DAYS = 40;

let site: Site;
let ext: ExtensionSession;
const profileDir = mkdtempSync(join(tmpdir(), 'notice-lens-requests-'));
/** the saved notice version the first draft came from, reused to draft the late request */
let draftUrl = '';

beforeAll(async () => {
  site = await serveSite(buildSite());
  ext = await launchExtension({ locale: 'en', userDataDir: profileDir });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function dashboard(hash: string): Promise<Page> {
  const page = await ext.openExtensionPage(`dashboard.html${hash}`);
  await page.waitForLoadState('load');
  return page;
}

describe('rights requests', () => {
  it('explains how to start when there is no request, and fills the profile, stored locally', async () => {
    const empty = await dashboard('#/requests');
    await empty.locator('[data-testid="requests-empty"]').waitFor();
    expect(await empty.textContent('[data-testid="requests-empty"]')).toContain('Draft request');
    await empty.setViewportSize({ width: 1100, height: 520 });
    await screenshotPage(empty, 'requests-empty');
    await empty.close();

    const page = await dashboard('#/profile');
    await page.fill('[data-testid="profile-name"]', PROFILE.name);
    await page.fill('[data-testid="profile-email"]', PROFILE.email);
    await page.click('[data-testid="profile-save"]');
    await page.getByText('Saved on this device.').waitFor();
    await page.close();
  });

  it('drafts a request from the popup’s right chip, marks it sent, and finds it after a restart with its due date', async () => {
    const { popup, page } = await ext.openPopupOnPage(site.url(PAGES.seed('004')));
    await popup.waitFor(`document.querySelector('[data-topic="rights"] li[data-right] button.draft')`);
    const right = await popup.eval<string>(`document.querySelector('[data-topic="rights"] li[data-right] button.draft').closest('li').dataset.right`);
    const before = new Set(ext.context.pages());
    await popup.click('[data-topic="rights"] li[data-right] button.draft');
    // the popup saves the notice, then opens the draft in a new tab
    const draft = await waitUntil(() => ext.context.pages().find((p) => !before.has(p) && p.url().includes('dashboard.html#/draft')), 'the draft did not open');
    draftUrl = new URL(draft.url()).hash;
    await draft.waitForSelector('[data-testid="letter"]');

    // French notice: the GDPR and a French letter by default, prefilled from the profile
    expect(await draft.inputValue('[data-testid="law"]')).toBe('gdpr');
    expect(await draft.inputValue('[data-testid="lang"]')).toBe('fr');
    const letter = await draft.inputValue('[data-testid="letter"]');
    expect(letter).toContain(PROFILE.name);
    expect(letter).toContain('Madame, Monsieur');
    expect(letter).toMatch(/article \d+/);
    expect(letter).not.toMatch(/\{\{|\}\}/);
    const type = typeForRight(right, 'gdpr');
    expect(await draft.inputValue('[data-testid="type"]')).toBe(type);
    await draft.setViewportSize({ width: 1100, height: 1300 });
    await screenshotPage(draft, 'requests-draft');

    // the .eml download: an RFC 5322 draft addressed to the notice's DPO, body in quoted-printable UTF-8
    const downloading = draft.waitForEvent('download');
    await draft.click('[data-testid="download-eml"]');
    const eml = readFileSync((await (await downloading).path()) as string, 'utf8');
    expect(eml).toMatch(/^From: "Camille Martin" <camille@example\.org>\r\nTo: data-protection-officer@infobip\.com\r\nSubject: =\?UTF-8\?B\?/);
    expect(eml).toContain('Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable');
    expect(eml).toContain('Madame, Monsieur,');

    // the person switches the law and the letter's language: the request type follows, the letter is rewritten
    await draft.selectOption('[data-testid="law"]', 'ccpa');
    await draft.selectOption('[data-testid="lang"]', 'en');
    expect(await draft.inputValue('[data-testid="type"]')).toBe(typeUnderLaw(type, 'ccpa'));
    await waitUntil(async () => (await draft.inputValue('[data-testid="letter"]')).includes('I am a California resident'), 'no CCPA letter');
    await draft.selectOption('[data-testid="law"]', 'gdpr');
    await draft.selectOption('[data-testid="lang"]', 'fr');
    expect(await draft.inputValue('[data-testid="type"]')).toBe(typeUnderLaw(typeUnderLaw(type, 'ccpa'), 'gdpr'));
    await draft.selectOption('[data-testid="type"]', type);
    expect(await draft.inputValue('[data-testid="letter"]')).toBe(letter);

    // the print view: only the letter, as the person would save it as PDF
    await draft.evaluate(() => {
      const w = window as unknown as { print: () => void; printed?: { body: boolean; letters: string[] } };
      w.print = () => {
        w.printed = {
          body: document.body.classList.contains('nl-print-letter'),
          letters: [...document.querySelectorAll('.print-letter.active')].map((e) => e.textContent ?? ''),
        };
      };
    });
    await draft.click('[data-testid="print"]');
    const printed = await draft.evaluate(() => (window as unknown as { printed?: { body: boolean; letters: string[] } }).printed);
    expect(printed?.body).toBe(true);
    expect(printed?.letters).toHaveLength(1);
    expect(printed?.letters[0]).toContain(PROFILE.name);
    await draft.evaluate(() => {
      document.body.classList.add('nl-print-letter');
      document.querySelector('.print-letter')?.classList.add('active');
    });
    await draft.emulateMedia({ media: 'print' });
    await screenshotPage(draft, 'requests-print');
    await draft.emulateMedia({ media: 'screen' });
    await draft.evaluate(() => {
      document.body.classList.remove('nl-print-letter');
      document.querySelector('.print-letter')?.classList.remove('active');
    });

    const today = localIsoDate(new Date());
    expect(await draft.inputValue('[data-testid="sent-on"]')).toBe(today);
    await draft.click('[data-testid="mark-sent"]');
    await draft.waitForURL(/#\/request\/\d+$/);
    const due = dueDate('gdpr', type, today);
    await waitUntil(async () => (await draft.getAttribute('[data-testid="due-date"]', 'data-date')) === due, `due date ${due} not shown`);
    expect(await draft.textContent('[data-testid="status"]')).toBe('Sent');
    await page.close();
    await draft.close();

    // restart the browser on the same profile: the request is still there
    await ext.close();
    ext = await launchExtension({ locale: 'en', userDataDir: profileDir });
    const list = await dashboard('#/requests');
    const row = list.locator('tr[data-request]').filter({ hasText: '127.0.0.1' });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.locator('[data-testid="due"]').getAttribute('data-date')).toBe(due);
    await list.setViewportSize({ width: 1100, height: 600 });
    await screenshotPage(list, 'requests-list');
    await list.close();
  });

  it(`a request sent ${OVERDUE_AFTER_DAYS} days ago is overdue, with the reminder ready and the badge set`, async () => {
    expect(draftUrl).toMatch(/^#\/draft\?version=\d+/);
    const draft = await dashboard(draftUrl.replace(/right=[^&]+/, 'right=erasure'));
    await draft.waitForSelector('[data-testid="letter"]');
    expect(await draft.inputValue('[data-testid="type"]')).toBe('erasure');
    const sentOn = addDays(localIsoDate(new Date()), -OVERDUE_AFTER_DAYS);
    await draft.fill('[data-testid="sent-on"]', sentOn);
    await draft.click('[data-testid="mark-sent"]');
    await draft.waitForURL(/#\/request\/\d+$/);
    await draft.waitForSelector('[data-testid="overdue"]');
    expect(await draft.getAttribute('[data-testid="due-date"]', 'data-date')).toBe(dueDate('gdpr', 'erasure', sentOn));
    expect(await draft.textContent('[data-testid="overdue-alert"]')).toContain('Your reminder is ready below');
    const reminder = await draft.textContent('[data-testid="reminder-text"]');
    expect(reminder).toContain('je vous ai adressé une demande d’effacement');
    expect(reminder).toContain('article 12, paragraphe 3');
    expect(reminder).toContain(PROFILE.name);
    // the complaint is ready too, to the authority the person picks (the notice names none in the EU)
    await draft.selectOption('[data-testid="authority"]', 'frcnil');
    await waitUntil(async () => (await draft.textContent('[data-testid="complaint-text"]'))?.includes('Fontenoy'), 'the complaint is not addressed to the CNIL');
    expect(await draft.textContent('[data-testid="complaint-text"]')).toContain('article 77');
    await draft.screenshot({ path: join(ARTIFACTS_DIR, 'requests-overdue.png'), fullPage: true });
    await draft.close();

    // the list's overdue filter shows it alone
    const list = await dashboard('#/requests');
    await list.click('[data-testid="filter-overdue"]');
    await waitUntil(async () => (await list.locator('tr[data-request]').count()) === 1, 'the overdue filter does not show one request');
    expect(await list.locator('tr.late').count()).toBe(1);
    await list.click('[data-testid="filter-all"]');
    await waitUntil(async () => (await list.locator('tr[data-request]').count()) === 2, 'the list does not show both requests');
    await list.setViewportSize({ width: 1100, height: 600 });
    await screenshotPage(list, 'requests-list-overdue');
    await list.close();

    // the daily alarm, fired now: the badge counts the late request and a notification offers the reminder
    // (expressions as strings: the test's TypeScript does not know the worker's `chrome`)
    ext.serviceWorker.on('console', (m) => console.log('worker:', m.text()));
    await ext.serviceWorker.evaluate(`chrome.alarms.create('overdue-requests', { when: Date.now() })`);
    const notifications = await waitUntil(async () => {
      const all = await ext.serviceWorker.evaluate<Record<string, boolean>>(`chrome.notifications.getAll()`);
      return Object.keys(all).length ? all : null;
    }, 'no notification after the alarm');
    expect(Object.keys(notifications)).toEqual([expect.stringMatching(/^overdue-request:\d+$/)]);
    expect(await ext.serviceWorker.evaluate<string>(`chrome.action.getBadgeText({})`)).toBe('1');
  });

  it('keeps a draft, edits its letter later, then marks it sent from its page', async () => {
    const draft = await dashboard(draftUrl.replace(/right=[^&]+/, 'right=objection'));
    await draft.waitForSelector('[data-testid="letter"]');
    await draft.click('[data-testid="save-draft"]');
    await draft.waitForURL(/#\/request\/\d+$/);
    expect(await draft.textContent('[data-testid="status"]')).toBe('Drafted');
    await draft.fill('[data-testid="draft-subject"]', 'Opposition – edited');
    await draft.click('[data-testid="save-letter"]');
    await draft.getByText('Letter saved.').waitFor();
    await draft.click('[data-testid="mark-sent"]');
    await waitUntil(async () => (await draft.textContent('[data-testid="status"]')) === 'Sent', 'not marked as sent');
    expect(await draft.getAttribute('[data-testid="due-date"]', 'data-date')).toBe(dueDate('gdpr', 'objection', localIsoDate(new Date())));
    await draft.reload();
    await draft.click('.expand');
    await draft.locator('p.subject', { hasText: 'Opposition – edited' }).waitFor();
    await draft.close();
  });

  it('speaks French when the browser does', async () => {
    await ext.close();
    ext = await launchExtension({ locale: 'fr', userDataDir: profileDir });
    const list = await dashboard('#/requests');
    await list.locator('tr[data-request]').first().waitFor();
    const text = await list.locator('main').innerText();
    expect(text).toContain('Réponse attendue le');
    expect(text).toContain('En retard');
    await list.close();
  });
});
