import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ruleFilesFor } from '../../../lib/classify/index';

const analyze = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/analyze', () => ({ analyze }));
const { warmUpAnalysis, warmUpOrder } = await import('../../../lib/warmup');

describe('warmUpAnalysis', () => {
  beforeEach(() => analyze.mockClear());

  it('analyses each rule file’s examples, in the language order given, while the page is being read', async () => {
    await warmUpAnalysis(['fr', 'en'], new Promise(() => {}));
    const files = [...ruleFilesFor('fr'), ...ruleFilesFor('en')];
    expect(analyze).toHaveBeenCalledTimes(files.length);
    const [blocks, , options] = analyze.mock.calls[0];
    expect(options).toEqual({ lang: 'fr' });
    expect(blocks.map((b: { text: string }) => b.text)).toContain(files[0].rules[0].example);
    expect(analyze.mock.calls.at(-1)?.[2]).toEqual({ lang: 'en' });
  });

  it('stops as soon as the page has been read, so the real analysis never waits', async () => {
    await warmUpAnalysis(['fr', 'en'], Promise.resolve());
    expect(analyze).not.toHaveBeenCalled();
  });

  it('stops after a failed read too', async () => {
    let fail: (reason: unknown) => void = () => {};
    const reading = new Promise((_, reject) => (fail = reject));
    const warming = warmUpAnalysis(['en'], reading);
    await new Promise((resolve) => setTimeout(resolve, 0));
    fail(new Error('page gone'));
    await warming;
    expect(analyze.mock.calls.length).toBeLessThan(ruleFilesFor('en').length);
  });
});

describe('warmUpOrder', () => {
  it.each([
    ['a French page in an English UI: French first', 'fr', 'en', ['fr', 'en']],
    ['a regional tag counts as its language', 'fr-CA', 'en-US', ['fr', 'en']],
    ['an English page in a French UI: English first', 'en', 'fr', ['en', 'fr']],
    ['no declared language: the UI language first', '', 'en', ['en', 'fr']],
    ['a language the rules do not read: the UI language first', 'de', 'en', ['en', 'fr']],
    ['neither known: the rules\' languages in their order', 'ja', 'de', ['fr', 'en']],
  ])('%s', (_, page, ui, expected) => {
    expect(warmUpOrder(page, ui)).toEqual(expected);
  });
});
