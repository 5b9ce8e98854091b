import { describe, expect, it } from 'vitest';
import {
  MAX_BADGE_COUNT,
  MAX_HIGHLIGHT_TEXT,
  MAX_LINKS,
  parseBackgroundMessage,
  parseContentMessage,
  parsePageExtract,
  senderKind,
  type SenderKind,
} from '@/lib/messaging';

describe('parseContentMessage', () => {
  it.each([
    [{ type: 'highlight', text: 'We keep your data for 7 years.' }, true],
    [{ type: 'clear-highlight' }, true],
    [{ type: 'highlight', text: '' }, false],
    [{ type: 'highlight', text: 'x'.repeat(MAX_HIGHLIGHT_TEXT + 1) }, false],
    [{ type: 'highlight', text: 42 }, false],
    [{ type: 'highlight', text: 'a', extra: 1 }, false],
    [{ type: 'clear-highlight', text: 'a' }, false],
    [{ type: 'eval', code: 'alert(1)' }, false],
    [null, false],
    ['highlight', false],
    [['highlight'], false],
  ])('%j -> ok=%s', (input, ok) => {
    expect(parseContentMessage(input).ok).toBe(ok);
  });
});

describe('parseBackgroundMessage', () => {
  it.each<[unknown, SenderKind, boolean]>([
    [{ type: 'badge', tabId: 3, count: 2 }, 'extension-page', true],
    [{ type: 'badge', tabId: 3, count: 0 }, 'extension-page', true],
    // a page must not be able to set the badge through a content script
    [{ type: 'badge', tabId: 3, count: 2 }, 'content-script', false],
    [{ type: 'badge', tabId: 3, count: -1 }, 'extension-page', false],
    [{ type: 'badge', tabId: 3, count: 1.5 }, 'extension-page', false],
    [{ type: 'badge', tabId: 3, count: MAX_BADGE_COUNT + 1 }, 'extension-page', false],
    [{ type: 'badge', tabId: '3', count: 2 }, 'extension-page', false],
    [{ type: 'badge', tabId: 3, count: 2, text: 'x' }, 'extension-page', false],
    [{ type: 'location-changed', url: 'https://example.com/privacy' }, 'content-script', true],
    [{ type: 'location-changed', url: 'javascript:alert(1)' }, 'content-script', false],
    [{ type: 'location-changed', url: 'not a url' }, 'content-script', false],
    [{ type: 'location-changed', url: 'https://example.com/' }, 'extension-page', false],
    [{ type: 'take-summary', tabId: 3 }, 'extension-page', true],
    // a page must not be able to read the summary prepared for a tab
    [{ type: 'take-summary', tabId: 3 }, 'content-script', false],
    [{ type: 'take-summary', tabId: -1 }, 'extension-page', false],
    [{ type: 'take-summary', tabId: '3' }, 'extension-page', false],
    [{ type: 'take-summary', tabId: 3, extra: true }, 'extension-page', false],
    [{ type: 'highlight', text: 'a' }, 'content-script', false],
    [{ type: '__proto__' }, 'content-script', false],
    [{ type: 'toString' }, 'content-script', false],
    [{}, 'content-script', false],
    [undefined, 'extension-page', false],
  ])('%j from %s -> ok=%s', (input, sender, ok) => {
    expect(parseBackgroundMessage(input, sender).ok).toBe(ok);
  });

  it('says why a message was refused', () => {
    const parsed = parseBackgroundMessage({ type: 'badge', tabId: 1, count: 1 }, 'content-script');
    expect(parsed).toEqual({ ok: false, error: 'a content-script may not send badge' });
  });
});

describe('senderKind', () => {
  const id = 'abcdef';
  const origin = 'chrome-extension://abcdef/';
  it.each([
    [{ id, url: 'chrome-extension://abcdef/popup.html' }, 'extension-page'],
    [{ id, url: 'https://example.com/', tab: { id: 4 } }, 'content-script'],
    [{ id: 'other', url: 'chrome-extension://other/popup.html' }, null],
    [{ id: 'other', url: 'https://example.com/', tab: { id: 4 } }, null],
    [{ id }, null],
  ])('%j -> %s', (sender, kind) => {
    expect(senderKind(sender, id, origin)).toBe(kind);
  });
});

describe('parsePageExtract', () => {
  const valid = {
    url: 'https://example.com/privacy',
    title: 'Privacy',
    lang: 'en',
    blocks: [
      { kind: 'heading', level: 1, text: 'Privacy' },
      { kind: 'paragraph', text: 'We keep data.' },
    ],
    truncated: false,
    links: [{ href: 'https://example.com/privacy', text: 'Privacy', inFooter: true }],
    readyState: 'complete',
  };

  it('accepts a well-formed result', () => {
    const parsed = parsePageExtract(valid);
    expect(parsed.ok && parsed.message.blocks).toHaveLength(2);
  });

  it.each([
    ['no result', undefined],
    ['blocks not an array', { ...valid, blocks: 'x' }],
    ['unknown block kind', { ...valid, blocks: [{ kind: 'script', text: 'x' }] }],
    ['heading level out of range', { ...valid, blocks: [{ kind: 'heading', level: 9, text: 'x' }] }],
    ['title not a string', { ...valid, title: 7 }],
  ])('refuses %s', (_label, value) => {
    expect(parsePageExtract(value).ok).toBe(false);
  });

  it('drops malformed links and refuses a flood of them', () => {
    const parsed = parsePageExtract({ ...valid, links: [{ href: 42, text: 'Privacy' }, ...valid.links] });
    expect(parsed.ok && parsed.message.links).toEqual([{ href: 'https://example.com/privacy', text: 'Privacy', inFooter: true }]);
    const flood = Array.from({ length: MAX_LINKS + 1 }, () => valid.links[0]);
    expect(parsePageExtract({ ...valid, links: flood }).ok).toBe(false);
  });
});
