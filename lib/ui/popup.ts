// The popup's work, outside Svelte: analyse the blocks read from the tab (lib/ui/read-tab.ts) here,
// never in the page; badge, highlight and navigation requests.
import { analyze } from '../analyze';
import { rankLinks, type LinkCandidate } from '../links';
import type { BadgeMessage, ContentMessage, HighlightResponse, PageExtract } from '../messaging';
import type { NoticeReport } from '../report';
import { baseLanguage, isSupportedLanguage, type PageProblem } from './page';
import type { Reading } from './read-tab';
import { highFlagCount } from './topics';

export type PopupState =
  | { status: 'loading' }
  | { status: 'problem'; problem: PageProblem; language?: string }
  | { status: 'done'; tabId: number; extract: PageExtract; report: NoticeReport; candidates: LinkCandidate[] };

/** Analyses what was read from the tab; a page in a language we do not read is a problem too. */
export async function analyseReading(reading: Reading): Promise<PopupState> {
  if (!reading.ok) return { status: 'problem', problem: reading.problem };
  const { extract, tabId } = reading;
  const source = { kind: 'page' as const, url: extract.url, title: extract.title };
  let report = analyze(extract.blocks, source);
  // Short pages fool language detection; a page that declares a language we read is read in it.
  if (!isSupportedLanguage(report.language) && isSupportedLanguage(extract.lang)) {
    report = analyze(extract.blocks, source, { lang: baseLanguage(extract.lang) });
  }
  performance.mark('notice-lens:analysed');
  if (!isSupportedLanguage(report.language)) {
    const language = report.language && report.language !== 'und' ? report.language : extract.lang;
    return { status: 'problem', problem: 'unsupported-language', language };
  }
  // Not awaited: waking the background must not delay the summary.
  void setBadge(tabId, highFlagCount(report));
  return { status: 'done', tabId, extract, report, candidates: rankLinks(extract.links, extract.url) };
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
