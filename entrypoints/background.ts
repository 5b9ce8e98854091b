// Thin: routes validated messages (badge, the summary prepared on a toolbar click), clears a stale badge,
// offers "Analyse selected text". A toolbar click lands here (lib/ui/click.ts opens the popup and reads
// the page meanwhile).
// Messages are checked against lib/messaging.ts: anything malformed, unknown or from a sender that
// may not send it is refused and logged, never acted on.
import { parseBackgroundMessage, senderKind, type BackgroundMessage } from '@/lib/messaging';
import { SELECTION_KEY, dashboardUrl, type PendingSelection } from '@/lib/ui/routes';
import { registerOverdueCheck } from '@/lib/requests/alarm';
import { onToolbarClick, takeClicks, takeHandoff } from '@/lib/ui/click';
import type { Handoff } from '@/lib/ui/popup';

const MENU_ANALYSE_SELECTION = 'analyse-selection';
const BADGE_COLOR = '#b3261e';

async function setBadge(tabId: number, count: number): Promise<void> {
  // null, not '': the tab falls back to the global badge (overdue rights requests) instead of hiding it.
  // Both browsers document null for this; the typings only know strings.
  const text = count > 0 ? String(count) : (null as unknown as string);
  await browser.action.setBadgeText({ tabId, text });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

async function handle(message: BackgroundMessage, tabId: number | undefined): Promise<{ ok: true } | Handoff | null> {
  switch (message.type) {
    case 'badge':
      await setBadge(message.tabId, message.count);
      return { ok: true };
    case 'location-changed':
      // The analysed page is gone from this tab: its count no longer applies.
      if (tabId !== undefined) await setBadge(tabId, 0);
      return { ok: true };
    case 'take-summary':
      return takeHandoff(message.tabId);
  }
}

export default defineBackground(() => {
  // Rights requests: daily check for late answers (badge, notification offering the reminder, then the complaint).
  registerOverdueCheck();
  const origin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const kind = senderKind(sender, browser.runtime.id, origin);
    if (!kind) {
      console.warn('[Notice Lens] message from an unknown sender refused');
      return undefined;
    }
    const parsed = parseBackgroundMessage(raw, kind);
    if (!parsed.ok) {
      console.warn('[Notice Lens] message refused:', parsed.error);
      return undefined;
    }
    // Takes the clicks back after a popup that failed to open handed them to the default popup.
    void takeClicks();
    return handle(parsed.message, sender.tab?.id);
  });

  // From the background's first start on, toolbar clicks come here (no popup set) and the popup it opens
  // is handed its summary (lib/ui/click.ts).
  browser.action.onClicked.addListener((tab) => onToolbarClick(tab, setBadge));
  void takeClicks();

  browser.runtime.onInstalled.addListener(async () => {
    // Menus survive updates: start from none so the create never meets a duplicate id.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_ANALYSE_SELECTION,
      title: browser.i18n.getMessage('menuAnalyseSelection'),
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ANALYSE_SELECTION || !info.selectionText) return;
    const pending: PendingSelection = { text: info.selectionText, url: tab?.url ?? null, title: tab?.title ?? null };
    await browser.storage.session.set({ [SELECTION_KEY]: pending });
    await browser.tabs.create({ url: dashboardUrl('analyse', { from: 'selection' }) });
  });
});
