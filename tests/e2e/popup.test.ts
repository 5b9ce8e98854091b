// The one-click flow in real Chromium: the toolbar button clicked for real on fixture pages, what a
// person sees in the popup, "Show in page", the notice-link offer, forbidden pages, and the French UI.
// Screenshots of each screen go to tests/e2e/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERLAY_ATTR } from '../../lib/highlight';
import { launchExtension, serveSite, waitUntil, type ExtensionSession, type Popup, type Site } from './harness';
import { PAGES, buildSite } from './site/index';

let ext: ExtensionSession;
let site: Site;

beforeAll(async () => {
  site = await serveSite(buildSite());
  ext = await launchExtension({ locale: 'en' });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

/** Opens the popup on a fixture page and waits until it is done loading. */
async function popupOn(path: string): Promise<{ popup: Popup; page: import('playwright-core').Page }> {
  const opened = await ext.openPopupOnPage(site.url(path));
  await opened.popup.waitFor(`!document.querySelector('[aria-busy="true"]') && document.querySelector('main')`);
  return opened;
}

describe('popup on a notice page (seed 004, French notice, English UI)', () => {
  let popup: Popup;
  let page: import('playwright-core').Page;

  beforeAll(async () => {
    ({ popup, page } = await popupOn(PAGES.seed('004')));
    await popup.waitFor(`document.querySelector('[data-testid="summary"]')`);
  });
  afterAll(async () => {
    await popup.close();
    await page.close();
  });

  it('shows the header: site, privacy notice, language', async () => {
    await popup.screenshot('popup-004-summary');
    const text = await popup.text();
    expect(text).toContain('127.0.0.1');
    expect(text).toContain('Privacy notice');
    expect(text).toContain('Written in French');
  });

  it('shows one card per topic, flags first', async () => {
    const order = await popup.eval<string[]>(
      `[...document.querySelectorAll('[aria-labelledby="flags-heading"], [data-topic]')].map((e) => e.dataset.topic ?? 'flags')`,
    );
    expect(order).toEqual(['flags', 'collected', 'sharing', 'retention', 'rights', 'children', 'cookies', 'security', 'changes']);
  });

  it("retention table shows 7 years for customer account data", async () => {
    const rows = await popup.eval<string[]>(`[...document.querySelectorAll('table.retention tbody tr')].map((r) => r.innerText)`);
    expect(rows.some((row) => /compte|account/i.test(row) && /7 years/.test(row))).toBe(true);
  });

  it('"Show in page" scrolls to the passage and highlights it, even inside a collapsed section', async () => {
    await popup.click('[data-topic="retention"] details.passages summary');
    const passage = await popup.eval<string>(`document.querySelector('[data-topic="retention"] .evidence blockquote').textContent`);
    await popup.click('[data-topic="retention"] .evidence button.show');
    await waitUntil(() => page.evaluate((attr) => document.querySelectorAll(`[${attr}] > div`).length > 0, OVERLAY_ATTR), 'no highlight in the page');
    const check = await page.evaluate(
      ({ attr, start }) => {
        const box = document.querySelector(`[${attr}] > div`)!.getBoundingClientRect();
        // the element under the overlay's first box holds the passage's text
        const overlay = document.querySelector(`[${attr}]`) as HTMLElement;
        overlay.style.display = 'none';
        const under = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
        overlay.style.display = '';
        return {
          inView: box.top >= 0 && box.bottom <= window.innerHeight,
          text: under?.textContent ?? '',
          start,
        };
      },
      { attr: OVERLAY_ATTR, start: passage.slice(0, 30) },
    );
    expect(check.inView).toBe(true);
    expect(check.text.replace(/\s+/g, ' ')).toContain(check.start.replace(/\s+/g, ' ').trim().slice(0, 20));
    await page.screenshot({ path: 'tests/e2e/artifacts/page-004-highlight.png' });
  });
});
