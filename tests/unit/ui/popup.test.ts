// The popup's decisions after reading a tab: problem, unsupported language, summary and badge.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Block } from '@/lib/blocks';
import type { PageExtract } from '@/lib/messaging';
import { analyseReading } from '@/lib/ui/popup';

function extract(blocks: Block[], lang = ''): PageExtract {
  return { url: 'https://shop.example/privacy', title: 'Privacy', lang, blocks, truncated: false, links: [], readyState: 'complete' };
}

const NOTICE: Block[] = [
  { kind: 'heading', level: 1, text: 'Privacy Policy' },
  { kind: 'paragraph', text: 'We collect your name, e-mail address and order history when you create an account.' },
  { kind: 'paragraph', text: 'We keep your account data for 7 years after your last order, then delete it.' },
  { kind: 'paragraph', text: 'You have the right to access, rectify and erase your personal data. Write to privacy@shop.example.' },
  { kind: 'paragraph', text: 'We rely on the EU-US Privacy Shield for transfers of personal data to the United States.' },
];

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
    expect(await analyseReading({ ok: false, problem: 'browser-page' })).toEqual({ status: 'problem', problem: 'browser-page' });
  });

  it('summarises a notice and tells the background the count of high flags', async () => {
    const state = await analyseReading({ ok: true, tabId: 7, extract: extract(NOTICE, 'en') });
    expect(state.status).toBe('done');
    if (state.status !== 'done') return;
    const high = state.report.flags.filter((f) => f.severity === 'high').length;
    expect(sent).toEqual([{ type: 'badge', tabId: 7, count: high }]);
  });

  it('says a Japanese page is in a language we do not read, naming it', async () => {
    const state = await analyseReading({ ok: true, tabId: 7, extract: extract(JAPANESE, 'ja') });
    expect(state).toEqual({ status: 'problem', problem: 'unsupported-language', language: 'ja' });
    expect(sent).toEqual([]);
  });
});
