// Every UI string the requests views and the background check use exists in English and French in the one
// catalogue (assets/public/_locales), and counts and substitutions render as the browser renders them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ERASURE_GROUNDS, OBJECTION_KINDS, RESTRICTION_GROUNDS } from '../../../lib/requests/letter';
import { LAW_IDS, REQUEST_TYPES } from '../../../lib/requests/laws';
import { LIST_FILTERS } from '../../../lib/requests/list';
import { t, tCount } from '../../../lib/ui/i18n';
import { chromeMessage, loadCatalogue } from '../ui/chrome-i18n';

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

const literal = SOURCES.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bt(?:Count)?\(\s*'(rq_\w+)'(?:,\s*'(rq_\w+)')?/g)].flatMap((m) => [m[1], m[2]].filter((k): k is string => !!k)));
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

describe.each(['en', 'fr'])('messages.json in %s', (lang) => {
  it('has every requests string, none empty', () => {
    expect(literal.length).toBeGreaterThan(50);
    const messages = loadCatalogue(lang);
    expect(KEYS.filter((k) => !messages[k]?.message.trim())).toEqual([]);
  });
});

/** The browser's i18n in one UI language, over the real catalogue. */
function useLanguage(lang: 'en' | 'fr') {
  const catalogue = loadCatalogue(lang);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    chromeMessage(catalogue, key, typeof subs === 'string' ? [subs] : subs)) as typeof fakeBrowser.i18n.getMessage);
}

describe('rendering through t() and tCount()', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['en', 1, '1 day late', '1 day left'],
    ['en', 0, '0 days late', '0 days left'],
    ['en', 9, '9 days late', '9 days left'],
    ['fr', 1, '1 jour de retard', 'encore 1 jour'],
    ['fr', 0, '0 jour de retard', 'encore 0 jour'],
    ['fr', 2, '2 jours de retard', 'encore 2 jours'],
  ] as const)('in %s, %i -> %s, %s', (lang, count, late, left) => {
    useLanguage(lang);
    expect(tCount('rq_dayLate', 'rq_daysLate', count)).toBe(late);
    expect(tCount('rq_dayLeft', 'rq_daysLeft', count)).toBe(left);
  });

  it.each([
    ['en', 'rq_dueOn', [], 'Answer due'],
    ['fr', 'rq_dueOn', [], 'Réponse attendue le'],
    ['en', 'rq_downloaded', ['letter.txt'], 'Downloaded: letter.txt'],
    ['fr', 'rq_downloaded', ['letter.txt'], 'Téléchargé : letter.txt'],
    ['en', 'rq_notifyReminder', ['shop.example'], 'shop.example has not answered your request in time. Your reminder letter is ready.'],
    ['fr', 'rq_notifyMany', [3], '3 demandes sont en retard. Ouvrez-les pour envoyer une relance ou une réclamation.'],
    ['fr', 'rq_badgeTitle', [2], 'Notice Lens : demandes en retard : 2'],
  ] as const)('in %s, %s with %j -> %s', (lang, key, subs, expected) => {
    useLanguage(lang);
    expect(t(key, ...subs)).toBe(expected);
  });
});
