// Requests kept until answered: create, send, record what happens, with the due date from laws.ts.
// Every change is a read-modify-write inside one transaction, so two open pages never lose an event.
import type { NoticeLensDb, RequestEvent, RequestStatus, RightsRequestRecord } from '../db';
import { deadlineRule, dueDate, isLawId, isRequestType, localIsoDate } from './laws';
import type { Recipient } from './recipient';

export interface NewRequest {
  site: string;
  versionId: number | null;
  type: string;
  law: string;
  language: string;
  recipient: Recipient;
  subject: string;
  letter: string;
  controller?: string | null;
  noticeUrl?: string | null;
  choices?: Record<string, string>;
}

export class RequestError extends Error {
  constructor(
    readonly code: 'not-found' | 'not-sent' | 'no-extension' | 'bad-date',
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Events the person records after sending. `sent` is recorded by markSent, `drafted` at creation. */
export const FOLLOW_EVENTS = ['acknowledged', 'extended', 'answered', 'reminded', 'complaint', 'closed'] as const;
export type FollowEvent = (typeof FOLLOW_EVENTS)[number];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(day: string): string {
  if (!ISO_DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
    throw new RequestError('bad-date', `Not a date: ${day}`);
  return day;
}

export async function createRequest(db: NoticeLensDb, draft: NewRequest, now: Date): Promise<RightsRequestRecord> {
  const at = now.toISOString();
  const record: Omit<RightsRequestRecord, 'id'> = {
    site: draft.site,
    versionId: draft.versionId,
    type: draft.type,
    law: draft.law,
    language: draft.language,
    recipient: draft.recipient.address,
    channel: draft.recipient.channel,
    subject: draft.subject,
    letter: draft.letter,
    status: 'drafted',
    sentAt: null,
    dueDate: null,
    history: [{ status: 'drafted', at }],
    notes: '',
    createdAt: at,
    updatedAt: at,
    controller: draft.controller ?? null,
    noticeUrl: draft.noticeUrl ?? null,
    choices: draft.choices ?? {},
    overdueSince: null,
    notifiedStep: null,
  };
  const id = await db.requests.add(record as RightsRequestRecord);
  return { ...record, id } as RightsRequestRecord;
}

async function change(
  db: NoticeLensDb,
  id: number,
  apply: (record: RightsRequestRecord) => Partial<RightsRequestRecord>,
  now: Date,
): Promise<RightsRequestRecord> {
  return db.transaction('rw', db.requests, async () => {
    const record = await db.requests.get(id);
    if (!record) throw new RequestError('not-found', `No request ${id}`);
    const updated: RightsRequestRecord = { ...record, ...apply(record), updatedAt: now.toISOString() };
    await db.requests.put(updated);
    return updated;
  });
}

/** The due date of a sent request: from the sending date, longer once the controller has extended it. */
export function computeDueDate(record: Pick<RightsRequestRecord, 'law' | 'type' | 'sentAt' | 'history'>): string | null {
  if (!record.sentAt || !isLawId(record.law) || !isRequestType(record.type)) return null;
  const extended = record.history.some((e) => e.status === 'extended');
  return dueDate(record.law, record.type, record.sentAt, extended);
}

/** The person sent it (on `sentOn`, an ISO date, today by default): the clock starts. */
export async function markSent(db: NoticeLensDb, id: number, now: Date, sentOn: string = localIsoDate(now)): Promise<RightsRequestRecord> {
  const day = checkDay(sentOn);
  return change(
    db,
    id,
    (record) => {
      const history: RequestEvent[] = [...record.history.filter((e) => e.status !== 'sent'), { status: 'sent', at: day }];
      const next = { ...record, sentAt: day, history };
      return { sentAt: day, history, status: latestStatus(history), dueDate: computeDueDate(next), overdueSince: null, notifiedStep: null };
    },
    now,
  );
}

/** The current status: the latest event, `closed` winning over anything recorded the same day. */
function latestStatus(history: RequestEvent[]): RequestStatus {
  return history.at(-1)?.status ?? 'drafted';
}

/** Records what happened (on `on`, an ISO date, today by default), with an optional note. */
export async function recordEvent(
  db: NoticeLensDb,
  id: number,
  status: FollowEvent,
  now: Date,
  options: { on?: string; note?: string } = {},
): Promise<RightsRequestRecord> {
  const day = checkDay(options.on ?? localIsoDate(now));
  return change(
    db,
    id,
    (record) => {
      if (!record.sentAt) throw new RequestError('not-sent', 'Mark the request as sent first');
      if (status === 'extended') {
        const rule = isLawId(record.law) && isRequestType(record.type) ? deadlineRule(record.law, record.type) : null;
        if (!rule?.extendedDeadline) throw new RequestError('no-extension', 'This law gives no extension for this request');
      }
      const event: RequestEvent = options.note?.trim() ? { status, at: day, note: options.note.trim() } : { status, at: day };
      const history = [...record.history, event];
      const dueDate = computeDueDate({ ...record, history });
      const stillLate = record.overdueSince && dueDate && dueDate < localIsoDate(now) ? record.overdueSince : null;
      return { history, status: latestStatus(history), dueDate, overdueSince: stillLate };
    },
    now,
  );
}

/** Undo the last event (a wrong click): the status goes back, the due date follows. `drafted` stays. */
export async function undoLastEvent(db: NoticeLensDb, id: number, now: Date): Promise<RightsRequestRecord> {
  return change(
    db,
    id,
    (record) => {
      if (record.history.length <= 1) return {};
      const history = record.history.slice(0, -1);
      const sentAt = history.find((e) => e.status === 'sent')?.at ?? null;
      const next = { ...record, history, sentAt };
      return { history, sentAt, status: latestStatus(history), dueDate: computeDueDate(next), overdueSince: null, notifiedStep: null };
    },
    now,
  );
}

export async function updateNotes(db: NoticeLensDb, id: number, notes: string, now: Date): Promise<RightsRequestRecord> {
  return change(db, id, () => ({ notes }), now);
}

/** Changes the letter of a request not yet sent. */
export async function updateLetter(
  db: NoticeLensDb,
  id: number,
  letter: { subject: string; letter: string },
  now: Date,
): Promise<RightsRequestRecord> {
  return change(db, id, () => ({ subject: letter.subject, letter: letter.letter }), now);
}

export async function deleteRequest(db: NoticeLensDb, id: number): Promise<void> {
  await db.requests.delete(id);
}

/** All requests, newest first. */
export async function listRequests(db: NoticeLensDb): Promise<RightsRequestRecord[]> {
  const all = await db.requests.toArray();
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
