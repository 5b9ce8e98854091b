// The daily check: which sent requests are past their due date, and which follow-up to offer:
// first the reminder, then, when the reminder's own delay has passed too, the complaint.
import type { NoticeLensDb, RequestStatus, RightsRequestRecord } from '../db';
import { addDays, localIsoDate } from './laws';
import { REMINDER_REPLY_DAYS } from './letter';

/** Statuses in which the company still owes an answer. */
export const AWAITING: readonly RequestStatus[] = ['sent', 'acknowledged', 'extended', 'reminded'];
/** Statuses listed as "closed" (answered counts: the person may still complain from there). */
export const CLOSED: readonly RequestStatus[] = ['answered', 'closed'];

/** Late when the due date has passed: the company has the whole due day. */
export function isOverdue(record: Pick<RightsRequestRecord, 'status' | 'dueDate'>, today: string): boolean {
  return AWAITING.includes(record.status) && record.dueDate !== null && record.dueDate < today;
}

export type NextStep = 'reminder' | 'complaint';

/** What to offer a late request: the reminder, then the complaint once the reminder went unanswered. */
export function nextStep(record: Pick<RightsRequestRecord, 'status' | 'dueDate' | 'history'>, today: string): NextStep | null {
  if (!isOverdue(record, today)) return null;
  const reminded = record.history.filter((e) => e.status === 'reminded').at(-1);
  if (!reminded) return 'reminder';
  return addDays(reminded.at, REMINDER_REPLY_DAYS) < today ? 'complaint' : null;
}

/**
 * Marks the requests that are overdue today (and unmarks those that no longer are, e.g. after an extension)
 * and returns every overdue request.
 */
export async function checkOverdue(db: NoticeLensDb, now: Date): Promise<RightsRequestRecord[]> {
  const today = localIsoDate(now);
  return db.transaction('rw', db.requests, async () => {
    const overdue: RightsRequestRecord[] = [];
    const rows = await db.requests.toArray();
    for (const row of rows) {
      const late = isOverdue(row, today);
      if (late && !row.overdueSince) {
        const updated = { ...row, overdueSince: today };
        await db.requests.put(updated);
        overdue.push(updated);
      } else if (!late && row.overdueSince) {
        await db.requests.put({ ...row, overdueSince: null, notifiedStep: null });
      } else if (late) overdue.push(row);
    }
    return overdue;
  });
}

/** The follow-ups not yet notified; marks them as notified so each step is offered once. */
export async function takeNotifications(
  db: NoticeLensDb,
  overdue: RightsRequestRecord[],
  now: Date,
): Promise<{ record: RightsRequestRecord; step: NextStep }[]> {
  const today = localIsoDate(now);
  const due = overdue
    .map((record) => ({ record, step: nextStep(record, today) }))
    .filter((n): n is { record: RightsRequestRecord; step: NextStep } => n.step !== null && n.record.notifiedStep !== n.step);
  if (due.length)
    await db.transaction('rw', db.requests, async () => {
      for (const { record, step } of due) await db.requests.update(record.id, { notifiedStep: step });
    });
  return due;
}
