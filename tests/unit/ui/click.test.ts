// The toolbar click in the background (Chrome): who takes the clicks and when they go back to the default
// popup, the popup opened for the clicked tab only, and the summary handed over once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handBackClicks, onToolbarClick, takeClicks, takeHandoff } from '@/lib/ui/click';
import { POPUP_PAGE } from '@/lib/ui/popup';
import { CONTENT_SCRIPT_FILE } from '@/lib/ui/read-tab';
import { chromeMessage, loadCatalogue } from './chrome-i18n';
import { NOTICE } from './shop-notice';

const catalogue = loadCatalogue('en');
const URL = 'https://shop.example/privacy';
const TAB = { id: 7, windowId: 3, url: URL, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

type Action = typeof fakeBrowser.action & {
  setPopup: ReturnType<typeof vi.fn>;
  openPopup: ReturnType<typeof vi.fn>;
};
const action = fakeBrowser.action as Action;
let popups: string[];
let badges: [number, number][];
const setBadge = async (tabId: number, count: number) => void badges.push([tabId, count]);

/** The content script's answer for the notice page; the one-line language read answers 'en'. */
function pageAnswers(injection: { files?: string[] }) {
  if (injection.files?.[0] === CONTENT_SCRIPT_FILE) {
    return [{ result: { url: URL, title: 'Privacy', lang: 'en', blocks: NOTICE, truncated: false, links: [], readyState: 'complete' } }];
  }
  return [{ result: 'en' }];
}

beforeEach(() => {
  fakeBrowser.reset();
  popups = [];
  badges = [];
  action.setPopup = vi.fn(async ({ popup }: { popup: string }) => void popups.push(popup));
  action.openPopup = vi.fn(async () => undefined);
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = vi.fn(async (injection: { files?: string[] }) => pageAnswers(injection));
  // the cold worker's warm-up follows the UI's language
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => chromeMessage(catalogue, key));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('who takes the toolbar clicks', () => {
  it('the worker takes them (no popup set) and hands them back to the default popup', async () => {
    await takeClicks();
    await handBackClicks();
    await takeClicks();
    expect(popups).toEqual(['', POPUP_PAGE, '']);
  });
});

describe('a toolbar click', () => {
  it('opens the popup named for the clicked tab in its window, then unsets it', async () => {
    await takeClicks();
    onToolbarClick(TAB, setBadge);
    await vi.waitFor(() => expect(popups).toHaveLength(3));
    expect(popups).toEqual(['', `${POPUP_PAGE}?tab=7`, '']);
    expect(action.openPopup).toHaveBeenCalledWith({ windowId: 3 });
    await takeHandoff(7);
  });

  it('reads and analyses the page, sets the badge, and hands the summary over once, to that tab only', async () => {
    onToolbarClick(TAB, setBadge);
    expect(takeHandoff(8)).toBeNull();
    const handoff = await takeHandoff(7);
    expect(handoff?.state.status).toBe('done');
    if (handoff?.state.status !== 'done') return;
    expect(handoff.state.tabId).toBe(7);
    expect(handoff.state.page).toEqual({ url: URL, title: 'Privacy', truncated: false });
    const high = handoff.state.report.flags.filter((f) => f.severity === 'high').length;
    expect(badges).toEqual([[7, high]]);
    expect(handoff.timings.readyAt).toBeGreaterThanOrEqual(handoff.timings.heardAt);
    expect(takeHandoff(7)).toBeNull();
  });

  it('reads the page again when the browser refused it for no reason we can name (the grant not yet known)', async () => {
    let refusals = 2;
    const executeScript = vi.fn(async (injection: { files?: string[] }) => {
      if (injection.files && refusals-- > 0) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      return pageAnswers(injection);
    });
    (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onToolbarClick(TAB, setBadge);
    expect((await takeHandoff(7))?.state.status).toBe('done');
    expect(executeScript.mock.calls.filter(([injection]) => injection.files)).toHaveLength(3);
  });

  it('a page the browser will not let us read is handed over as its problem', async () => {
    (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    });
    onToolbarClick(TAB, setBadge);
    const handoff = await takeHandoff(7);
    expect(handoff?.state.status).toBe('problem');
    expect(badges).toEqual([]);
  });

  it('a popup that does not open hands the clicks back to the default popup', async () => {
    action.openPopup = vi.fn(async () => {
      throw new Error('Could not find an active browser window.');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onToolbarClick(TAB, setBadge);
    await vi.waitFor(() => expect(popups.at(-1)).toBe(POPUP_PAGE));
    // Chrome says so too of a popup closed before it finished loading: one that opened may still ask
    expect((await takeHandoff(7))?.state.status).toBe('done');
  });
});
