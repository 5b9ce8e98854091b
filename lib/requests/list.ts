// What the requests list shows: filters by state and site, days left or late.
import type { RightsRequestRecord } from '../db';
import { CLOSED, isOverdue } from './overdue';

export const LIST_FILTERS = ['all', 'open', 'overdue', 'closed'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export function inFilter(record: RightsRequestRecord, filter: ListFilter, today: string): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return !CLOSED.includes(record.status);
    case 'overdue':
      return isOverdue(record, today);
    case 'closed':
      return CLOSED.includes(record.status);
  }
}

export function filterRequests(
  records: RightsRequestRecord[],
  filter: ListFilter,
  site: string | null,
  today: string,
): RightsRequestRecord[] {
  return records.filter((r) => inFilter(r, filter, today) && (!site || r.site === site));
}

/** Sites that have requests, sorted, for the site filter. */
export function requestSites(records: RightsRequestRecord[]): string[] {
  return [...new Set(records.map((r) => r.site))].sort();
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
}
