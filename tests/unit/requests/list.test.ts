import { describe, expect, it } from 'vitest';
import type { RightsRequestRecord } from '../../../lib/db';
import { daysBetween, filterRequests, requestSites, type ListFilter } from '../../../lib/requests/list';

const row = (id: number, site: string, status: RightsRequestRecord['status'], dueDate: string | null) =>
  ({ id, site, status, dueDate, history: [] }) as unknown as RightsRequestRecord;

const ROWS = [
  row(1, 'a.example', 'drafted', null),
  row(2, 'a.example', 'sent', '2027-02-28'),
  row(3, 'b.example', 'sent', '2027-03-30'),
  row(4, 'b.example', 'answered', '2027-02-01'),
  row(5, 'c.example', 'closed', '2027-01-01'),
  row(6, 'c.example', 'reminded', '2027-02-10'),
];

describe('filterRequests', () => {
  it.each<[ListFilter, string | null, number[]]>([
    ['all', null, [1, 2, 3, 4, 5, 6]],
    ['open', null, [1, 2, 3, 6]],
    ['overdue', null, [2, 6]],
    ['closed', null, [4, 5]],
    ['all', 'b.example', [3, 4]],
    ['overdue', 'a.example', [2]],
    ['closed', 'a.example', []],
  ])('%s, site %s -> %j', (filter, site, ids) => {
    expect(filterRequests(ROWS, filter, site, '2027-03-01').map((r) => r.id)).toEqual(ids);
  });

  it('lists each site once, sorted', () => {
    expect(requestSites(ROWS)).toEqual(['a.example', 'b.example', 'c.example']);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2027-02-28', '2027-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2027-03-10', '2027-03-01', -9],
    ['2027-01-20', '2027-03-01T10:00:00Z', 40],
  ])('%s -> %s = %i', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });
});
