// The popup's decisions after reading a tab (problem, unsupported language, summary and badge), and how
// it knows the background opened it for a tab.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Block } from '@/lib/blocks';
import type { PageExtract } from '@/lib/messaging';
import { analyseReading } from '@/lib/ui/analyse';
import { analyseInPopup, handedTabId, popupPageFor } from '@/lib/ui/popup';
import { NOTICE } from './shop-notice';

function extract(blocks: Block[], lang = ''): PageExtract {
  return { url: 'https://shop.example/privacy', title: 'Privacy', lang, blocks, truncated: false, links: [], readyState: 'complete' };
}

const JAPANESE: Block[] = [
  { kind: 'heading', level: 1, text: 'プライバシーポリシー' },
  { kind: 'paragraph', text: '当社は、お客様の個人情報を適切に取り扱うことが社会的責務であると考え、以下の方針に基づき個人情報の保護に努めます。' },
];

describe('analyseReading', () => {
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
    });
  });

  it('passes a reading problem through', async () => {
    expect(await analyseInPopup(Promise.resolve({ ok: false, problem: 'browser-page' }))).toEqual({ status: 'problem', problem: 'browser-page' });
    expect(analyseReading({ ok: false, problem: 'busy' })).toEqual({ status: 'problem', problem: 'busy' });
  });

  it('summarises a notice and tells the background the count of high flags', async () => {
    const state = await analyseInPopup(Promise.resolve({ ok: true, tabId: 7, extract: extract(NOTICE, 'en') }));
    expect(state.status).toBe('done');
    if (state.status !== 'done') return;
    expect(state.page).toEqual({ url: 'https://shop.example/privacy', title: 'Privacy', truncated: false });
    const high = state.report.flags.filter((f) => f.severity === 'high').length;
    expect(high).toBeGreaterThan(0);
    // sent once the summary is painted, not before
    expect(sent).toEqual([]);
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'badge', tabId: 7, count: high }]));
  });

  it('the analysis alone (as the background runs it) sends nothing, and its state survives JSON messaging', () => {
    const state = analyseReading({ ok: true, tabId: 7, extract: extract(NOTICE, 'en') });
    expect(state.status).toBe('done');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(sent).toEqual([]);
  });

  it('says a Japanese page is in a language we do not read, naming it', async () => {
    const state = await analyseInPopup(Promise.resolve({ ok: true, tabId: 7, extract: extract(JAPANESE, 'ja') }));
    expect(state).toEqual({ status: 'problem', problem: 'unsupported-language', language: 'ja' });
    expect(sent).toEqual([]);
  });
});

describe('the popup page the background opens for a tab', () => {
  it.each([
    [popupPageFor(42).slice('popup.html'.length), 42],
    ['?tab=0', 0],
    ['', null],
    ['?tab=', null],
    ['?tab=-3', null],
    ['?tab=1.5', null],
    ['?tab=abc', null],
    ['?tab=99999999999999999999', null],
  ])('%j names tab %j', (search, tabId) => {
    expect(handedTabId(search)).toBe(tabId);
  });

  it('is popup.html with the tab in its query', () => {
    expect(popupPageFor(42)).toBe('popup.html?tab=42');
  });
});
