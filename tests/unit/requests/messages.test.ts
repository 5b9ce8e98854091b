// Every UI string the requests views and the background check use exists in English and French
// (public/_locales is shared: this fails if an edit of the catalogue drops them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERASURE_GROUNDS, OBJECTION_KINDS, RESTRICTION_GROUNDS } from '../../../lib/requests/letter';
import { LAW_IDS, REQUEST_TYPES } from '../../../lib/requests/laws';
import { LIST_FILTERS } from '../../../lib/requests/list';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCES = [
  'entrypoints/dashboard/views/Draft.svelte',
  'entrypoints/dashboard/views/Requests.svelte',
  'entrypoints/dashboard/views/Profile.svelte',
  'entrypoints/dashboard/views/requests/Request.svelte',
  'entrypoints/dashboard/views/requests/LetterActions.svelte',
  'lib/requests/alarm.ts',
];
const catalogue = (lang: string) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const id = (s: string) => s.replace(/-/g, '_');

const literal = SOURCES.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bt\(\s*'(rq_\w+)'/g)].map((m) => m[1]));
const families = [
  ...REQUEST_TYPES.map((x) => `rq_type_${id(x)}`),
  ...['drafted', 'sent', 'acknowledged', 'extended', 'answered', 'reminded', 'complaint', 'closed'].map((x) => `rq_status_${x}`),
  ...['email', 'post', 'webform', 'none'].map((x) => `rq_channel_${x}`),
  ...['name', 'email', 'postalAddress', 'accountNumber', 'recipient', 'corrections', 'objectionReason'].map((x) => `rq_missing_${x}`),
  ...LAW_IDS.map((x) => `rq_law_${id(x)}`),
  ...['authority', 'domain', 'california', 'uk-text', 'eu-text', 'language', 'default'].map((x) => `rq_lawReason_${id(x)}`),
  ...ERASURE_GROUNDS.map((x) => `rq_erasure_${id(x)}`),
  ...RESTRICTION_GROUNDS.map((x) => `rq_restriction_${id(x)}`),
  ...OBJECTION_KINDS.map((x) => `rq_objection_${x}`),
  ...LIST_FILTERS.map((x) => `rq_filter_${x}`),
];
const KEYS = [...new Set([...literal, ...families])].sort();

describe.each(['en', 'fr'])('messages in %s', (lang) => {
  it('has every requests string', () => {
    expect(literal.length).toBeGreaterThan(50);
    const messages = catalogue(lang);
    expect(KEYS.filter((k) => !messages[k]?.message)).toEqual([]);
  });
});
