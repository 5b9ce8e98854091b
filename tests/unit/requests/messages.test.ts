// Every UI string the requests views and the background check use exists in English and French.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERASURE_GROUNDS, OBJECTION_KINDS, RESTRICTION_GROUNDS } from '../../../lib/requests/letter';
import { LAW_IDS, REQUEST_TYPES } from '../../../lib/requests/laws';
import { LIST_FILTERS } from '../../../lib/requests/list';
import { fillMessage, requestCatalogue, rtCount } from '../../../lib/requests/i18n';
import { REQUEST_MESSAGES } from '../../../lib/requests/messages';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCES = [
  'entrypoints/dashboard/views/Draft.svelte',
  'entrypoints/dashboard/views/Requests.svelte',
  'entrypoints/dashboard/views/Profile.svelte',
  'entrypoints/dashboard/views/requests/Request.svelte',
  'entrypoints/dashboard/views/requests/LetterActions.svelte',
  'lib/requests/alarm.ts',
];
const id = (s: string) => s.replace(/-/g, '_');

const literal = SOURCES.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\brt(?:Count)?\(\s*'(rq_\w+)'(?:,\s*'(rq_\w+)')?/g)].flatMap((m) => [m[1], m[2]].filter((k): k is string => !!k)));
const families = [
  ...REQUEST_TYPES.map((x) => `rq_type_${id(x)}`),
  ...['drafted', 'sent', 'acknowledged', 'extended', 'answered', 'reminded', 'complaint', 'closed'].map((x) => `rq_status_${x}`),
  ...['email', 'post', 'webform', 'none'].map((x) => `rq_channel_${x}`),
  ...['name', 'email', 'postalAddress', 'accountNumber', 'recipient', 'corrections', 'objectionReason', 'authority'].map((x) => `rq_missing_${x}`),
  ...LAW_IDS.map((x) => `rq_law_${id(x)}`),
  ...['authority', 'domain', 'california', 'uk-text', 'eu-text', 'language', 'default'].map((x) => `rq_lawReason_${id(x)}`),
  ...ERASURE_GROUNDS.map((x) => `rq_erasure_${id(x)}`),
  ...RESTRICTION_GROUNDS.map((x) => `rq_restriction_${id(x)}`),
  ...OBJECTION_KINDS.map((x) => `rq_objection_${x}`),
  ...LIST_FILTERS.map((x) => `rq_filter_${x}`),
];
const KEYS = [...new Set([...literal, ...families])].sort();

describe.each(['en', 'fr'] as const)('messages in %s', (lang) => {
  it('has every requests string, none empty', () => {
    expect(literal.length).toBeGreaterThan(50);
    const messages = REQUEST_MESSAGES[lang] as Record<string, string>;
    expect(KEYS.filter((k) => !messages[k])).toEqual([]);
  });

  it('keeps the same substitutions as English', () => {
    const slots = (m: string) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort();
    for (const [key, message] of Object.entries(REQUEST_MESSAGES[lang])) expect(slots(message), key).toEqual(slots(REQUEST_MESSAGES.en[key as keyof typeof REQUEST_MESSAGES.en]));
  });
});

describe('catalogue choice and substitutions', () => {
  it.each([
    ['fr', 'Réponse attendue le'],
    ['fr-FR', 'Réponse attendue le'],
    ['en', 'Answer due'],
    ['en-US', 'Answer due'],
    ['de', 'Answer due'],
  ])('%s -> %s', (locale, expected) => {
    expect(requestCatalogue(locale).rq_dueOn).toBe(expected);
  });

  it.each([
    ['en', 1, '1 day late'],
    ['en', 0, '0 days late'],
    ['en', 9, '9 days late'],
    ['fr', 1, '1 jour de retard'],
    ['fr', 0, '0 jour de retard'],
    ['fr', 2, '2 jours de retard'],
  ] as const)('in %s, %i -> %s', (locale, count, expected) => {
    expect(rtCount('rq_dayLate', 'rq_daysLate', count, locale)).toBe(expected);
  });

  it.each([
    ['$1 days late', [3], '3 days late'],
    ['$1 and $2', ['a', 'b'], 'a and b'],
    ['$1 left', [], '$1 left'],
  ] as const)('%s with %j -> %s', (message, subs, expected) => {
    expect(fillMessage(message, [...subs])).toBe(expected);
  });
});
