// The toolbar click, handled in the background (Chrome and Firefox): the popup is opened and, at the same
// time, the page is read and analysed here, so that the summary is ready when the popup's script asks for it.
// Chromium takes ~270 ms to create a popup's document, and reading and analysing a notice ~200 ms: one after
// the other they missed the 400 ms budget.
// A click reaches the background only when no popup is set. The manifest keeps one (popup.html, which reads
// the page itself), so that the button works before the worker ever ran; the worker unsets it when it
// starts, and from then on clicks come here, waking the worker when Chrome has stopped it (measured: still
// faster than the default popup then, since the popup's process must start too).
// A popup that finds nothing here (worker restarted, popup opened another way) reads the page itself.
import { warmUpAnalysis, warmUpOrder } from '../warmup';
import { analyseReading } from './analyse';
import { uiLocale } from './i18n';
import { POPUP_PAGE, popupPageFor, type Handoff } from './popup';
import { readHearingLanguage, readTab, type ActiveTab } from './read-tab';
import { highFlagCount } from './topics';

/** The clicked tab, as action.onClicked gives it (its URL is readable: the click granted activeTab). */
type Tab = ActiveTab & { windowId?: number };

/** The popup set for every tab while the worker takes the clicks: none, so that they reach onClicked. */
const NO_POPUP = '';

let takingClicks = false;

/** The worker takes the toolbar clicks (when it starts, and again on each message after a hand-back). */
export async function takeClicks(): Promise<void> {
  takingClicks = true;
  await browser.action.setPopup({ popup: NO_POPUP });
}

/** The default popup again, after a popup that did not open: the next click opens it directly. */
export async function handBackClicks(): Promise<void> {
  takingClicks = false;
  await browser.action.setPopup({ popup: POPUP_PAGE });
}

/** How often, and after how long, a page the browser refused for no reason we can name is read again. */
const GRANT_RETRIES = 3;
const GRANT_RETRY_MS = 50;

/** A summary its popup never asked for (the popup did not open, or closed at once) is dropped after this long. */
const UNCLAIMED_MS = 60_000;

/**
 * Whether this worker has analysed a page already: its regexes are compiled then, and warming up again
 * would only take CPU from Chromium creating the popup (the worker lives ~30 s after its last event).
 */
let warm = false;

const prepared = new Map<number, { handoff: Promise<Handoff>; timer: ReturnType<typeof setTimeout> }>();

async function summarise(tab: Tab, tabId: number, setBadge: (tabId: number, count: number) => Promise<void>): Promise<Handoff> {
  const started = performance.now();
  const { reading, pageLanguage } = readHearingLanguage((onLanguage) => readTab(tab, onLanguage));
  // While the page is read (in the page's process), a cold worker warms the rules of the page's language.
  if (!warm) void pageLanguage.then((lang) => warmUpAnalysis(warmUpOrder(lang, uiLocale()), reading));
  let read = await reading;
  // Right after the click the page's process may not have heard of the activeTab grant yet ("Cannot access
  // contents of the page": a few times in ~170 clicks of the e2e tests, never from the popup, which asks
  // ~300 ms later): try again a moment later, a few times.
  for (let retry = 0; retry < GRANT_RETRIES && !read.ok && read.problem === 'failed'; retry++) {
    await new Promise((resolve) => setTimeout(resolve, GRANT_RETRY_MS));
    read = await readTab(tab);
  }
  const analysing = performance.now();
  const state = analyseReading(read);
  const done = performance.now();
  warm ||= read.ok;
  performance.clearMarks(); // readTab's marks are the popup's; here they would only pile up
  if (state.status === 'done') void setBadge(tabId, highFlagCount(state.report)).catch(() => undefined);
  const timings = { workerStartedAt: performance.timeOrigin, heardAt: performance.timeOrigin + started, read: analysing - started, analysis: done - analysing, readyAt: performance.timeOrigin + done };
  return { state, timings };
}

/**
 * Opens the popup on the clicked tab's window, naming the tab. The popup is set for every tab only for
 * this call, then unset: a per-tab value could not be unset again (an empty one would outlive the hand-back).
 */
async function openPopup(tab: Tab, tabId: number): Promise<void> {
  // Both calls at once, in order: Firefox opens a popup only while it handles the click, not after an await.
  const setting = browser.action.setPopup({ popup: popupPageFor(tabId) });
  const opening = browser.action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
  try {
    await setting;
    await opening;
  } finally {
    await browser.action.setPopup({ popup: takingClicks ? NO_POPUP : POPUP_PAGE });
  }
}

/**
 * The toolbar button (or its keyboard shortcut) was clicked on `tab`: `activeTab` is granted. Opens the
 * popup and, in parallel, reads and analyses the page, keeping the result until the popup takes it.
 */
export function onToolbarClick(tab: Tab, setBadge: (tabId: number, count: number) => Promise<void>): void {
  const tabId = tab.id;
  if (tabId === undefined) return;
  // The popup first: Chromium takes longest creating it.
  const opening = openPopup(tab, tabId);
  const handoff = summarise(tab, tabId, setBadge).catch((error: unknown): Handoff => {
    console.warn('[Notice Lens] reading the page failed:', error);
    const now = Date.now();
    return { state: { status: 'problem', problem: 'failed' }, timings: { workerStartedAt: performance.timeOrigin, heardAt: now, read: 0, analysis: 0, readyAt: now } };
  });
  const previous = prepared.get(tabId);
  if (previous) clearTimeout(previous.timer);
  const timer = setTimeout(() => prepared.delete(tabId), UNCLAIMED_MS);
  prepared.set(tabId, { handoff, timer });
  opening.catch((error: unknown) => {
    // Chrome also says so when the popup was closed before it finished loading. The summary stays for a
    // popup that opened after all; the next click opens the default popup, which reads the page itself.
    console.warn('[Notice Lens] the popup did not open:', error);
    void handBackClicks();
  });
}

/** The summary prepared for `tabId`, once (null when there is none: the popup then reads the page). */
export function takeHandoff(tabId: number): Promise<Handoff> | null {
  const entry = prepared.get(tabId);
  if (!entry) return null;
  clearTimeout(entry.timer);
  prepared.delete(tabId);
  return entry.handoff;
}
