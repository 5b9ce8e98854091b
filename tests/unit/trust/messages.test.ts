// Messages from content scripts are untrusted: the background's real listener (entrypoints/background.ts,
// on the fake browser) must refuse and log anything unknown, malformed, from another extension or from a
// sender that may not send it, and never act on it; lib/messaging.ts parsers get the cases
// tests/unit/ui/messaging.test.ts leaves out (forged shapes, prototype keys, sizes, the PDF content type).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_BLOCK_TEXT, MAX_BLOCKS, MAX_URL_LENGTH, parseBackgroundMessage, parseContentMessage, parsePageExtract } from '../../../lib/messaging';

vi.mock('../../../lib/requests/alarm', () => ({ registerOverdueCheck: () => undefined }));
vi.mock('../../../lib/ui/i18n', () => ({ t: (key: string) => key, uiLocale: () => 'en' }));

type Listener = (message: unknown, sender: Record<string, unknown>) => unknown;
let listener: Listener;
const setBadgeText = vi.fn(async () => undefined);
const setBadgeBackgroundColor = vi.fn(async () => undefined);
// The background takes the toolbar clicks (lib/ui/click.ts): no popup set while it runs.
const setPopup = vi.fn(async () => undefined);

beforeAll(async () => {
  // The listener the background registers, captured from the fake browser.
  const api = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  api.contextMenus = { removeAll: async () => undefined, create: () => undefined, onClicked: { addListener: () => undefined } };
  api.action = { ...api.action, setBadgeText, setBadgeBackgroundColor, setPopup };
  const runtime = fakeBrowser.runtime as unknown as { onMessage: { addListener(l: Listener): void } };
  const addListener = vi.spyOn(runtime.onMessage, 'addListener');
  const background = (await import('../../../entrypoints/background')).default as unknown as { main(): void };
  background.main();
  listener = addListener.mock.calls[0]![0] as Listener;
  expect(listener).toBeTypeOf('function');
});

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  setBadgeText.mockClear();
  setBadgeBackgroundColor.mockClear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

const OWN_ID = fakeBrowser.runtime.id;
const extensionPage = () => ({ id: OWN_ID, url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScript = (url = 'https://shop.example/privacy') => ({ id: OWN_ID, url, tab: { id: 7 } });

describe('the background listener refuses, logs, and does nothing', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ['an unknown type from a content script', { type: 'delete-everything' }, contentScript()],
    ['no type', { tabId: 7, count: 3 }, contentScript()],
    ['not an object', 'badge', contentScript()],
    ['null', null, contentScript()],
    ['an array', [{ type: 'badge', tabId: 7, count: 3 }], extensionPage()],
    ['a badge from a content script (a page would choose our badge)', { type: 'badge', tabId: 7, count: 3 }, contentScript()],
    ["a take-summary from a content script (a page would read another tab's summary)", { type: 'take-summary', tabId: 8 }, contentScript()],
    ['a badge with a forged count', { type: 'badge', tabId: 7, count: '3; alert(1)' }, extensionPage()],
    ['a badge with a huge count', { type: 'badge', tabId: 7, count: 1e9 }, extensionPage()],
    ['a badge with an extra key', { type: 'badge', tabId: 7, count: 3, color: 'red' }, extensionPage()],
    ['location-changed from an extension page', { type: 'location-changed', url: 'https://a.example/' }, extensionPage()],
    ['location-changed to a javascript: URL', { type: 'location-changed', url: 'javascript:alert(1)' }, contentScript()],
    ['location-changed with a huge URL', { type: 'location-changed', url: `https://a.example/${'x'.repeat(MAX_URL_LENGTH)}` }, contentScript()],
    ['a message from another extension', { type: 'badge', tabId: 7, count: 3 }, { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' }],
    ['a message from a web page (no extension id)', { type: 'location-changed', url: 'https://a.example/' }, { url: 'https://a.example/', tab: { id: 7 } }],
    ['a prototype key as type', JSON.parse('{"type":"__proto__","tabId":7}'), contentScript()],
    ['a constructor key as type', { type: 'constructor' }, contentScript()],
  ])('%s', async (_label, message, sender) => {
    const answer = await listener(message, sender);
    expect(answer).toBeUndefined();
    expect(setBadgeText).not.toHaveBeenCalled();
    expect(setBadgeBackgroundColor).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/refused/);
  });

  it('acts on a valid badge from an extension page (the test can tell acting from refusing)', async () => {
    expect(await listener({ type: 'badge', tabId: 7, count: 2 }, extensionPage())).toEqual({ ok: true });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '2' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('a valid take-summary from an extension page gets null when nothing was prepared for the tab', async () => {
    expect(await listener({ type: 'take-summary', tabId: 7 }, extensionPage())).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('a valid location change from a content script clears only its own tab badge, whatever tab the message names', async () => {
    expect(await listener({ type: 'location-changed', url: 'https://shop.example/other' }, contentScript())).toEqual({ ok: true });
    expect(setBadgeText).toHaveBeenCalledTimes(1);
    expect(setBadgeText.mock.calls[0]).toEqual([{ tabId: 7, text: null }]);
  });
});

describe('message parsers: shapes the UI tests leave out', () => {
  it.each([
    ['highlight text as an object with toString', { type: 'highlight', text: { toString: () => 'x' } }],
    ['highlight with a prototype key', JSON.parse('{"type":"highlight","text":"a","__proto__":{"polluted":1}}')],
    ['type as a number', { type: 1 }],
    ['type as an array', { type: ['highlight'] }],
  ])('content message: refuses %s', (_label, message) => {
    expect(parseContentMessage(message).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['tab id negative', { type: 'badge', tabId: -1, count: 1 }],
    ['tab id NaN', { type: 'badge', tabId: Number.NaN, count: 1 }],
    ['count Infinity', { type: 'badge', tabId: 1, count: Number.POSITIVE_INFINITY }],
    ['url data:', { type: 'location-changed', url: 'data:text/html,<script>alert(1)</script>' }],
  ])('background message: refuses %s', (_label, message) => {
    const sender = message.type === 'badge' ? 'extension-page' : 'content-script';
    expect(parseBackgroundMessage(message, sender).ok).toBe(false);
  });

  const valid = {
    url: 'https://example.com/privacy',
    title: 'Privacy',
    lang: 'en',
    blocks: [{ kind: 'paragraph', text: 'We keep data.' }],
    truncated: false,
    links: [],
    readyState: 'complete',
  };

  it.each([
    ['too many blocks', { ...valid, blocks: Array.from({ length: MAX_BLOCKS + 1 }, () => valid.blocks[0]) }],
    ['a block too long', { ...valid, blocks: [{ kind: 'paragraph', text: 'x'.repeat(MAX_BLOCK_TEXT + 1) }] }],
    ['a block whose text is not a string', { ...valid, blocks: [{ kind: 'paragraph', text: ['<img onerror>'] }] }],
    ['a url that is not a string', { ...valid, url: { href: 'https://x' } }],
    ['links that are not a list', { ...valid, links: { length: 1 } }],
  ])('page extract: refuses %s', (_label, value) => {
    expect(parsePageExtract(value).ok).toBe(false);
  });

  it('page extract keeps only what it knows, cut to size', () => {
    const parsed = parsePageExtract({ ...valid, lang: 'x'.repeat(500), contentType: `application/pdf${' '.repeat(1000)}`, injected: '<script>' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.message.lang.length).toBeLessThanOrEqual(35);
    expect(parsed.message.contentType!.length).toBeLessThanOrEqual(255);
    expect('injected' in parsed.message).toBe(false);
  });

  it('page extract: a content type that is not a string is dropped', () => {
    const parsed = parsePageExtract({ ...valid, contentType: { pdf: true } });
    expect(parsed.ok && parsed.message.contentType).toBeUndefined();
  });
});
