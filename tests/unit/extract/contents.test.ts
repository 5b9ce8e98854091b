import { describe, expect, it } from 'vitest';
import type { Block } from '../../../lib/blocks';
import { tidyHeadings } from '../../../lib/extract/contents';

const h = (text: string, level = 3): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });

describe('tidyHeadings', () => {
  it('drops a heading repeated right after itself (one per tab)', () => {
    expect(tidyHeadings([h('Overview'), h('Overview'), p('text')])).toEqual([h('Overview'), p('text')]);
  });

  it('turns a run of headings that lists the sections below into items, wording differences included', () => {
    const blocks = [
      p('This policy will help you understand the following:'),
      h('I. How Do We Collect and Process Your Personal Data'),
      h('II. How Do We Use Your Personal Data'),
      h('III. How Do We Share Your Personal Data'),
      h('IV. How to Contact Us'),
      h('I. How We Collect Your Personal Data'),
      p('a'),
      h('II. How Do We Use Your Personal Data'),
      p('b'),
      h('III. How Do We Share Your Personal Data'),
      p('c'),
      h('IV. How to Contact Us'),
      p('d'),
    ];
    const out = tidyHeadings(blocks);
    expect(out.slice(1, 5).map((b) => b.kind)).toEqual(['item', 'item', 'item', 'item']);
    expect(out.filter((b) => b.kind === 'heading')).toHaveLength(4);
  });

  it('leaves sub-sections that follow their section alone', () => {
    const blocks = [h('2. Principles', 2), h('2.1 Relevance'), h('2.2 Purposes'), h('2.3 Recipients'), p('text'), h('3. Consent', 2), p('x')];
    expect(tidyHeadings(blocks)).toEqual(blocks);
  });
});
