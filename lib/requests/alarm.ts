// Background side of the overdue check: a daily alarm, the toolbar badge (number of late requests)
// and one notification per new follow-up (the reminder, later the complaint). Clicking it opens the request.
import { openDb, type NoticeLensDb } from '../db';
import { t } from '../ui/i18n';
import { dashboardUrl } from '../ui/routes';
import { checkOverdue, takeNotifications } from './overdue';

export const OVERDUE_ALARM = 'overdue-requests';
const MINUTES_PER_DAY = 24 * 60;
/** First check shortly after the browser starts, then once a day. */
const FIRST_CHECK_DELAY_MINUTES = 1;
const NOTIFICATION_PREFIX = 'overdue-request:';
const ALL_REQUESTS = 'all';
const BADGE_COLOR = '#b3261e';

/** The global badge: how many requests are late (tab badges set by the popup take precedence on their tab). */
async function showOverdueBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await browser.action.setTitle({ title: t('rq_badgeTitle', count) });
  } else {
    await browser.action.setTitle({ title: t('actionTitle') });
  }
}

/** Marks late requests, updates the badge; the background also notifies (extension pages only refresh). */
export async function runOverdueCheck(db: NoticeLensDb, now: Date, notify = true): Promise<void> {
  const overdue = await checkOverdue(db, now);
  await showOverdueBadge(overdue.length);
  if (!notify) return;
  const due = await takeNotifications(db, overdue, now);
  if (due.length === 0) return;
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  if (due.length === 1) {
    const [{ record, step }] = due;
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${record.id}`, {
      type: 'basic',
      iconUrl,
      title: t('rq_notifyTitle'),
      message: t(step === 'complaint' ? 'rq_notifyComplaint' : 'rq_notifyReminder', record.site),
    });
  } else {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${ALL_REQUESTS}`, {
      type: 'basic',
      iconUrl,
      title: t('rq_notifyTitle'),
      message: t('rq_notifyMany', due.length),
    });
  }
}

/** Call synchronously from the background's main: listeners must exist each time the worker wakes. */
export function registerOverdueCheck(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OVERDUE_ALARM) void runOverdueCheck(openDb(), new Date());
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const which = id.slice(NOTIFICATION_PREFIX.length);
    const url = which === ALL_REQUESTS ? dashboardUrl('requests', { filter: 'overdue' }) : dashboardUrl('request', { id: which });
    void browser.tabs.create({ url });
    void browser.notifications.clear(id);
  });
  // Alarms survive restarts; create it only when missing so that the daily rhythm is kept.
  void browser.alarms.get(OVERDUE_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(OVERDUE_ALARM, { delayInMinutes: FIRST_CHECK_DELAY_MINUTES, periodInMinutes: MINUTES_PER_DAY });
  });
}
