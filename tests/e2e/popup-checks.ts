// Checks on the popup that the Chromium and Firefox suites share: what the popup ended up showing, "Show in
// page" over a whole notice, and what page text became once in the popup's DOM.
import { enginePages, PAGES } from './site/index';

/** Passages found in the page: some may be rebuilt by extraction (joined lines), nearly all must be found. */
export const SHOW_IN_PAGE_MIN_FOUND = 0.95;

/** Notices checked: seeds 000-003 (004 has too many passages for one script's time limit) and the engine's notice pages. */
export function showInPagePaths(): string[] {
  return [...(['000', '001', '002', '003'] as const).map((seed) => PAGES.seed(seed)), ...enginePages().filter((p) => p.isPrivacyNotice).map((p) => p.path)];
}

interface PopupHandle {
  eval<T = unknown>(expression: string): Promise<T>;
  waitFor(expression: string, timeout?: number): Promise<void>;
}

/** Waits for the popup to show a summary, a "not a notice" answer or a problem sentence; returns which. */
export async function popupOutcome(popup: PopupHandle, timeout?: number): Promise<{ kind: 'summary' | 'not-notice' | 'problem'; problem: string | null }> {
  await popup.waitFor(`document.querySelector('[data-testid="summary"], [data-testid="not-notice"], [data-problem]')`, timeout);
  return popup.eval(`(() => {
    const problem = document.querySelector('[data-problem]');
    if (problem) return { kind: 'problem', problem: problem.dataset.problem };
    return { kind: document.querySelector('[data-testid="not-notice"]') ? 'not-notice' : 'summary', problem: null };
  })()`);
}

/** Opens every list of the summary so that all page text is in the popup's DOM, then says what it became there. */
export async function pageTextInPopup(popup: PopupHandle): Promise<{ imgs: number; scripts: number; hrefs: string[]; literal: boolean; title: string }> {
  await popup.waitFor(`document.querySelector('[data-testid="summary"]')`);
  await popup.eval(`document.querySelectorAll('details').forEach((d) => (d.open = true))`);
  await popup.waitFor(`document.querySelectorAll('.passages .list').length === document.querySelectorAll('.passages').length`);
  await popup.eval(`document.querySelectorAll('.more, .passages .btn.small').forEach((b) => b.click())`);
  return popup.eval(`({
    imgs: document.querySelectorAll('main img:not([src="/icon/32.png"])').length,
    scripts: document.querySelectorAll('main script').length,
    hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    literal: document.body.innerText.includes('<script>alert'),
    title: document.title,
  })`);
}

/** Opens every evidence list of the summary and asks the page to find each passage; `api` is the popup's extension global. */
export async function showEveryPassage(popup: PopupHandle, api: 'chrome' | 'browser'): Promise<{ total: number; missed: string[] }> {
  await popup.waitFor(`document.querySelector('[data-testid="summary"]')`);
  await popup.eval(`document.querySelectorAll('details.passages').forEach((d) => (d.open = true))`);
  await popup.waitFor(`document.querySelectorAll('.passages .list').length === document.querySelectorAll('details.passages').length`);
  await popup.eval(`document.querySelectorAll('.passages .list > .btn.small').forEach((b) => b.click())`);
  return popup.eval<{ total: number; missed: string[] }>(`(async () => {
    const texts = [...new Set([...document.querySelectorAll('.passages .evidence blockquote')].map((q) => q.textContent))];
    const [tab] = await ${api}.tabs.query({ active: true, currentWindow: true });
    const missed = [];
    for (const text of texts) {
      const response = await ${api}.tabs.sendMessage(tab.id, { type: 'highlight', text });
      if (!response?.found) missed.push(text.slice(0, 100));
    }
    await ${api}.tabs.sendMessage(tab.id, { type: 'clear-highlight' });
    return { total: texts.length, missed };
  })()`);
}
