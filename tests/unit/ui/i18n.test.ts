// The two catalogues must stay in step: same keys, same placeholders, nothing empty.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAG_IDS, RIGHTS, SAFEGUARDS, TAGS } from '@/lib/report';
import { PAGE_PROBLEMS } from '@/lib/ui/page';
import { TOPICS } from '@/lib/ui/topics';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Catalogue => JSON.parse(readFileSync(`assets/public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;
const en = load('en');
const fr = load('fr');
const id = (prefix: string, value: string) => `${prefix}_${value.replace(/-/g, '_')}`;

describe('i18n catalogues', () => {
  it('have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: same placeholders, non-empty, each used', (key) => {
    const a = en[key]!;
    const b = fr[key]!;
    expect(a.message.trim()).not.toBe('');
    expect(b.message.trim()).not.toBe('');
    expect(b.placeholders ?? {}).toEqual(a.placeholders ?? {});
    for (const name of Object.keys(a.placeholders ?? {})) {
      expect(a.message).toContain(`$${name}$`);
      expect(b.message).toContain(`$${name}$`);
    }
  });

  it('name every tag, right, safeguard, flag, topic and page problem', () => {
    const needed = [
      ...TAGS.map((v) => id('tag', v)),
      ...RIGHTS.map((v) => id('right', v)),
      ...SAFEGUARDS.map((v) => id('safeguard', v)),
      ...FLAG_IDS.map((v) => id('flag', v)),
      ...TOPICS.map((v) => id('topic', v.id)),
      ...PAGE_PROBLEMS.map((v) => id('problem', v)),
      'extName',
      'extDescription',
      'actionTitle',
    ];
    expect(needed.filter((key) => !(key in en))).toEqual([]);
  });
});
