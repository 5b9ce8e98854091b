// The popup's work, outside Svelte: read the active tab through the content script, analyse the
// blocks here (never in the page), and say plainly when a page cannot be read.
import { analyze } from '../analyze';
import type { BadgeMessage, ContentMessage, HighlightResponse, PageExtract } from '../messaging';
import { parsePageExtract } from '../messaging';
import type { NoticeReport } from '../report';
import { MIN_PAGE_CHARS, baseLanguage, isSupportedLanguage, problemForInjectionError, problemForUrl, type PageProblem } from './page';
import { highFlagCount } from './topics';

/** The built content script, injected on demand (WXT's output path for entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export type PopupState =
  | { status: 'loading' }
  | { status: 'problem'; problem: PageProblem; language?: string }
  | { status: 'done'; tabId: number; extract: PageExtract; report: NoticeReport };

export interface ActiveTab {
  id?: number;
  url?: string;
  title?: string;
}

export async function activeTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Injects the content script and validates what it returns. */
async function extractTab(tabId: number, url: string | undefined): Promise<PageExtract | PageProblem> {
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    return problemForInjectionError(error instanceof Error ? error.message : String(error), url);
  }
  const parsed = parsePageExtract(results[0]?.result);
  if (!parsed.ok) {
    console.warn('[Notice Lens] page result refused:', parsed.error);
    return 'failed';
  }
  return parsed.message;
}

function pageChars(extract: PageExtract): number {
  return extract.blocks.reduce((sum, block) => sum + block.text.trim().length, 0);
}

/** Reads and analyses the tab; every failure becomes a PageProblem the UI can say in one sentence. */
export async function readTab(tab: ActiveTab | undefined): Promise<PopupState> {
  if (tab?.id === undefined) return { status: 'problem', problem: 'no-tab' };
  // Without access to the URL (no activeTab yet), trying the injection tells us more than guessing.
  const fromUrl = tab.url ? problemForUrl(tab.url) : null;
  if (fromUrl) return { status: 'problem', problem: fromUrl };
  const extract = await extractTab(tab.id, tab.url);
  if (typeof extract === 'string') return { status: 'problem', problem: extract };
  if (pageChars(extract) < MIN_PAGE_CHARS) {
    return { status: 'problem', problem: extract.readyState === 'complete' ? 'empty' : 'loading' };
  }
  const source = { kind: 'page' as const, url: extract.url, title: extract.title };
  let report = analyze(extract.blocks, source);
  // Short pages fool language detection; a page that declares a language we read is read in it.
  if (!isSupportedLanguage(report.language) && isSupportedLanguage(extract.lang)) {
    report = analyze(extract.blocks, source, { lang: baseLanguage(extract.lang) });
  }
  if (!isSupportedLanguage(report.language)) {
    const language = report.language && report.language !== 'und' ? report.language : extract.lang;
    return { status: 'problem', problem: 'unsupported-language', language };
  }
  await setBadge(tab.id, highFlagCount(report));
  return { status: 'done', tabId: tab.id, extract, report };
}

/** Tells the background how many high-severity flags the tab's notice raises. */
async function setBadge(tabId: number, count: number): Promise<void> {
  const message: BadgeMessage = { type: 'badge', tabId, count };
  await browser.runtime.sendMessage(message).catch((error: unknown) => console.warn('[Notice Lens] badge:', error));
}

/** Asks the content script to find and highlight a passage; false when the page does not hold it. */
export async function showInPage(tabId: number, text: string): Promise<boolean> {
  const message: ContentMessage = { type: 'highlight', text };
  try {
    const response = (await browser.tabs.sendMessage(tabId, message)) as HighlightResponse | undefined;
    return response?.found === true;
  } catch {
    return false;
  }
}

/** How long to wait for a tab we navigated to a notice link to finish loading. */
const NAVIGATION_TIMEOUT_MS = 15_000;

/** Navigates the tab to `url` and resolves once it has loaded (or the wait ran out). */
export function navigateTab(tabId: number, url: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const timer = setTimeout(done, NAVIGATION_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(listener);
    browser.tabs.update(tabId, { url }).catch(done);
  });
}
