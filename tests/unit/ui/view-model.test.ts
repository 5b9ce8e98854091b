import { describe, expect, it } from 'vitest';
import { TAGS, type NoticeReport, type Passage, type Tag } from '@/lib/report';
import { formatDate, formatLanguage, formatRegion, formatRetention, hostLabel } from '@/lib/ui/format';
import { FIREFOX_PDF_VIEWER_ICON, isSupportedLanguage, problemForInjectionError, problemForUrl } from '@/lib/ui/page';
import { parseRoute, routeHash } from '@/lib/ui/routes';
import { TOPICS, buildTopics, highFlagCount, isSafeLink, orderedContacts, passageIndex, passageMentioning, sortedFlags } from '@/lib/ui/topics';

const passage = (id: string, text: string, tags: Tag[]): Passage => ({ id, text, tags });

function report(partial: Partial<NoticeReport> = {}): NoticeReport {
  return {
    schemaVersion: 1,
    source: { kind: 'page', url: 'https://example.com/privacy', title: 'Privacy' },
    language: 'en',
    isPrivacyNotice: true,
    sections: [
      {
        id: 's1',
        heading: 'Retention',
        tags: ['retention'],
        passages: [passage('p1', 'We keep account data for 7 years.', ['retention']), passage('p2', 'We share data with processors.', ['sharing', 'transfers'])],
      },
      { id: 's2', heading: 'Contact', tags: ['contact'], passages: [passage('p3', 'Write to dpo@example.com.', ['contact'])] },
    ],
    facts: {
      retention: [],
      childrenMinAge: [],
      transfers: { destinations: [], safeguards: [] },
      rights: [],
      contacts: { emails: ['privacy@example.com', 'dpo@example.com'], dpoEmails: ['dpo@example.com'], urls: ['https://example.com/form', 'javascript:alert(1)'], postalAddresses: ['1 Main St'] },
      authorities: [],
      sellsData: null,
    },
    flags: [],
    ...partial,
  };
}

describe('topics', () => {
  it('groups every contract tag into exactly one topic', () => {
    const grouped = TOPICS.flatMap((topic) => [...topic.tags]).sort();
    expect(grouped).toEqual([...TAGS].sort());
  });

  it('marks topics found or not and keeps their evidence in reading order', () => {
    const topics = Object.fromEntries(buildTopics(report()).map((t) => [t.id, t]));
    expect(topics.retention?.found).toBe(true);
    expect(topics.retention?.passages.map((p) => p.id)).toEqual(['p1']);
    expect(topics.sharing?.tagsFound).toEqual(['sharing', 'transfers']);
    expect(topics.rights?.tagsFound).toEqual(['contact']);
    expect(topics.children?.found).toBe(false);
    expect(topics.children?.passages).toEqual([]);
  });

  it('indexes passages by id', () => {
    expect(passageIndex(report()).get('p3')?.text).toBe('Write to dpo@example.com.');
  });

  it('puts high flags first and counts them for the badge', () => {
    const flags = [
      { id: 'no-authority', severity: 'medium' as const },
      { id: 'privacy-shield', severity: 'high' as const, passageId: 'p2' },
      { id: 'x', severity: 'info' as const },
      { id: 'sells-data', severity: 'high' as const },
    ];
    expect(sortedFlags(flags).map((f) => f.severity)).toEqual(['high', 'high', 'medium', 'info']);
    expect(highFlagCount({ flags })).toBe(2);
  });

  it('lists the DPO first and drops links that are not http(s)', () => {
    expect(orderedContacts(report())).toEqual([
      { kind: 'dpo', value: 'dpo@example.com' },
      { kind: 'email', value: 'privacy@example.com' },
      { kind: 'url', value: 'https://example.com/form' },
      { kind: 'postal', value: '1 Main St' },
    ]);
  });

  it('finds the sentence behind a fact given without a passage, preferring the topic', () => {
    const all = [...passageIndex(report()).values()];
    const contactPassages = all.filter((p) => p.tags.includes('contact'));
    expect(passageMentioning(all, contactPassages, 'DPO@example.com')?.id).toBe('p3');
    expect(passageMentioning(all, [], 'processors')?.id).toBe('p2');
    expect(passageMentioning(all, contactPassages, 'CNIL')).toBeUndefined();
  });

  it.each([
    ['https://example.com', true],
    ['http://example.com', true],
    ['mailto:dpo@example.com', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['example.com', false],
  ])('isSafeLink(%j) = %s', (value, safe) => {
    expect(isSafeLink(value)).toBe(safe);
  });
});

describe('problemForUrl', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'extension-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/fr/firefox/', 'web-store'],
    ['https://example.com/docs/privacy.pdf', 'pdf'],
    ['view-source:https://example.com/', 'view-source'],
    ['data:text/html,hello', 'not-web'],
    ['https://example.com/privacy', null],
    ['http://127.0.0.1:8080/notice.html', null],
    ['file:///home/me/notice.html', null],
    [undefined, 'no-tab'],
  ])('%s -> %s', (url, problem) => {
    expect(problemForUrl(url)).toBe(problem);
  });

  it.each([
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', 'file:///tmp/a.html', 'file-access'],
    ['The extensions gallery cannot be scripted.', 'https://example.com/', 'web-store'],
    ['Cannot access a chrome:// URL', 'https://example.com/', 'browser-page'],
    ['Frame with ID 0 was removed.', 'https://example.com/', 'failed'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', undefined, 'browser-page'],
  ])('injection error %j -> %s', (message, url, problem) => {
    expect(problemForInjectionError(message, url)).toBe(problem);
  });

  // Firefox refuses its PDF viewer with a bare message; the tab's icon is the viewer's
  it.each([
    ['http://127.0.0.1/docs/download?id=privacy', FIREFOX_PDF_VIEWER_ICON, 'pdf'],
    ['http://127.0.0.1/docs/download?id=privacy', 'http://127.0.0.1/favicon.ico', 'failed'],
    ['http://127.0.0.1/docs/download?id=privacy', undefined, 'failed'],
    ['about:blank', FIREFOX_PDF_VIEWER_ICON, 'browser-page'],
  ])('Firefox "Missing host permission for the tab" on %s with icon %s -> %s', (url, icon, problem) => {
    expect(problemForInjectionError('Missing host permission for the tab', url, icon)).toBe(problem);
  });

  it.each([
    ['fr', true],
    ['en-GB', true],
    ['ja', false],
    ['und', false],
  ])('isSupportedLanguage(%s) = %s', (lang, ok) => {
    expect(isSupportedLanguage(lang)).toBe(ok);
  });
});

describe('format', () => {
  it.each([
    [{ days: 2555, iso: 'P7Y' }, 'en', '7 years'],
    [{ days: 2555, iso: 'P7Y' }, 'fr', '7 ans'],
    [{ days: 750, iso: 'P25M' }, 'en', '25 months'],
    [{ days: 60, iso: 'P60D' }, 'en', '60 days'],
    [{ days: 365 }, 'en', '1 year'],
    [{ days: 90 }, 'fr', '3\u00a0mois'],
    [{ days: 14 }, 'en', '2 weeks'],
    [{ days: null }, 'en', null],
  ])('formatRetention(%j, %s) = %s', (fact, locale, text) => {
    expect(formatRetention(fact, locale)).toBe(text);
  });

  it.each([
    ['US', 'en', 'United States'],
    ['FR', 'fr', 'France'],
    ['EEA', 'en', 'European Economic Area'],
    ['WORLD', 'fr', 'partout dans le monde'],
    ['Quebec', 'en', 'Quebec'],
  ])('formatRegion(%s, %s) = %s', (code, locale, name) => {
    expect(formatRegion(code, locale)).toBe(name);
  });

  it('names languages and dates in the UI language', () => {
    expect(formatLanguage('fr', 'en')).toBe('French');
    expect(formatLanguage('en', 'fr')).toBe('anglais');
    expect(formatDate('2024-03-01', 'en')).toBe('Mar 1, 2024');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(hostLabel('https://www.example.com/privacy')).toBe('example.com');
    expect(hostLabel('file:///home/me/Mes%20documents/notice.html')).toBe('notice.html');
  });
});

describe('routes', () => {
  it.each([
    ['#/analyse', { name: 'analyse', params: {} }],
    ['#/draft?version=3&right=access', { name: 'draft', params: { version: '3', right: 'access' } }],
    ['#/diff?a=1&b=2', { name: 'diff', params: { a: '1', b: '2' } }],
    ['#/request/12', { name: 'request', params: { id: '12' } }],
    ['#/analyse?from=selection', { name: 'analyse', params: { from: 'selection' } }],
    ['', { name: 'analyse', params: {} }],
    ['#/nowhere?x=1', { name: 'analyse', params: {} }],
  ])('parseRoute(%j)', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('builds hashes that parse back', () => {
    expect(routeHash('draft', { version: 3, right: 'access' })).toBe('#/draft?version=3&right=access');
    expect(routeHash('request', { id: 12 })).toBe('#/request/12');
    expect(parseRoute(routeHash('compare', { a: 4, b: 9 }))).toEqual({ name: 'compare', params: { a: '4', b: '9' } });
  });
});
