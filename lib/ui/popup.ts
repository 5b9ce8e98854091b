// The popup's work, outside Svelte: its summary, handed over by the background after a toolbar click
// (lib/ui/click.ts) or else read and analysed here (never in the page); badge, highlight and navigation.
// No analysis code is imported here: lib/ui/analyse.ts and the warm-up load only when the popup analyses.
import type { LinkCandidate } from '../links';
import type { BadgeMessage, ContentMessage, HighlightResponse, TakeSummaryMessage } from '../messaging';
import type { NoticeReport } from '../report';
import { uiLocale } from './i18n';
import type { PageProblem } from './page';
import { activeTab, readActiveTab, readHearingLanguage, type Reading } from './read-tab';
import { highFlagCount } from './topics';

/** What the popup says about the page besides the report. */
export interface PageInfo {
  url: string;
  title: string | null;
  /** only the first part of a huge page was read */
  truncated: boolean;
}

export type PopupState =
  | { status: 'loading' }
  | { status: 'problem'; problem: PageProblem; language?: string }
  | { status: 'done'; tabId: number; page: PageInfo; report: NoticeReport; candidates: LinkCandidate[] };

/** When the background's work happened (the click benchmark reads them in the popup). */
export interface HandoffTimings {
  /** epoch ms when the service worker started (the click may have started it) */
  workerStartedAt: number;
  /** epoch ms when the background heard the click */
  heardAt: number;
  /** page read (content script injected and run), ms */
  read: number;
  /** analysis, ms */
  analysis: number;
  /** epoch ms when the summary was ready */
  readyAt: number;
}

/** What the background hands the popup it opened after a toolbar click (lib/ui/click.ts). */
export interface Handoff {
  state: PopupState;
  timings: HandoffTimings;
}

/** The popup page the background opens on a click, naming the clicked tab: `popup.html?tab=<id>`. */
export const POPUP_PAGE = 'popup.html';
const TAB_PARAM = 'tab';

export function popupPageFor(tabId: number): string {
  return `${POPUP_PAGE}?${new URLSearchParams({ [TAB_PARAM]: String(tabId) })}`;
}

/** The tab the background opened this popup for (from `location.search`); null when opened otherwise. */
export function handedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get(TAB_PARAM);
  const id = raw === null || !/^\d+$/.test(raw) ? Number.NaN : Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * The summary the background prepared for this tab after the toolbar click, or null when it has none
 * (the worker restarted, or the popup was opened another way): the popup then reads the page itself.
 */
export async function takeHandoff(tabId: number): Promise<Handoff | null> {
  const message: TakeSummaryMessage = { type: 'take-summary', tabId };
  try {
    const answer: unknown = await browser.runtime.sendMessage(message);
    return isHandoff(answer) ? answer : null;
  } catch (error) {
    console.warn('[Notice Lens] no summary from the background:', error);
    return null;
  }
}

/** The background is ours, but the popup still checks the answer's shape before showing it. */
function isHandoff(value: unknown): value is Handoff {
  if (typeof value !== 'object' || value === null) return false;
  const { state, timings } = value as Partial<Record<keyof Handoff, unknown>>;
  if (typeof state !== 'object' || state === null || typeof timings !== 'object' || timings === null) return false;
  const s = state as Partial<Record<string, unknown>>;
  if (s.status === 'problem') return typeof s.problem === 'string';
  return s.status === 'done' && typeof s.tabId === 'number' && typeof s.page === 'object' && typeof s.report === 'object' && Array.isArray(s.candidates);
}

/**
 * The popup's first state: handed over by the background when it opened this popup (`?tab=<id>`), else
 * read and analysed here. Marks and the background's timings are left for the click benchmark.
 */
export async function firstState(search: string): Promise<PopupState> {
  const tabId = handedTabId(search);
  if (tabId === null) return readAndAnalyseInPopup();
  performance.mark('notice-lens:ask');
  // The popup is set for every tab during the background's opening call: a click elsewhere in those few
  // milliseconds would open it there too. Only the clicked tab's own window shows its summary.
  const [handoff, active] = await Promise.all([takeHandoff(tabId), activeTab()]);
  // A reading the browser refused for no reason we can name gets a second try from here.
  const failed = handoff?.state.status === 'problem' && handoff.state.problem === 'failed';
  if (!handoff || active?.id !== tabId || failed) return readAndAnalyseInPopup();
  performance.mark('notice-lens:handed');
  document.documentElement.dataset.handoff = JSON.stringify(handoff.timings);
  return handoff.state;
}

/** Analyses a reading in the popup (the engine loads while the page is read) and sets the badge. */
export async function analyseInPopup(reading: Promise<Reading>): Promise<PopupState> {
  const [{ analyseReading }, read] = await Promise.all([import('./analyse'), reading]);
  const state = analyseReading(read);
  performance.mark('notice-lens:analysed');
  // After the summary is painted: the message may start the background's worker (the engine loads there).
  if (state.status === 'done') afterPaint(() => void setBadge(state.tabId, highFlagCount(state.report)));
  return state;
}

/**
 * Reads the active tab and analyses it here. While the page is read (in the page's process), the popup's
 * idle thread warms up the rules of the language the page declares (lib/warmup.ts).
 */
export function readAndAnalyseInPopup(): Promise<PopupState> {
  const { reading, pageLanguage } = readHearingLanguage(readActiveTab);
  void Promise.all([import('../warmup'), pageLanguage]).then(([{ warmUpAnalysis, warmUpOrder }, language]) =>
    warmUpAnalysis(warmUpOrder(language, uiLocale()), reading),
  );
  return analyseInPopup(reading);
}

/** Runs `task` once the next frame is painted (a task after the frame's callbacks). */
function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
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
