// Every message the library views use exists in English and in French (messages.json is shared by
// several helpers: this catches a key lost in a merge before a person sees a raw key).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_TOPICS } from '../../../lib/library/changes';
import { FACT_FILTER_IDS } from '../../../lib/library/filters';

const ROOT = join(import.meta.dirname, '../../..');
const VIEWS = ['Library', 'Compare', 'Diff', 'Backup'].map((v) => join(ROOT, 'entrypoints/dashboard/views', `${v}.svelte`));
const catalogue = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const file of VIEWS) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]);
    for (const m of source.matchAll(/'(backup_error[A-Za-z]+)'/g)) keys.add(m[1]);
  }
  for (const topic of CHANGE_TOPICS) keys.add(`cmp_topic_${topic}`);
  for (const kind of ['added', 'removed', 'changed']) keys.add(`diff_kind_${kind}`);
  for (const kind of ['added', 'removed', 'changed', 'same']) keys.add(`diff_passage_${kind}`);
  for (const id of FACT_FILTER_IDS) keys.add(`lib_fact_${id.replace(/-/g, '_')}`);
  return [...keys].sort();
}

describe('library messages', () => {
  const keys = usedKeys();
  it.each(['en', 'fr'])('every key the library views use is in %s', (lang) => {
    const messages = catalogue(lang);
    expect(keys.filter((key) => !messages[key]?.message)).toEqual([]);
  });
  it('finds the keys it checks', () => {
    expect(keys).toEqual(expect.arrayContaining(['lib_count', 'cmp_better', 'diff_counts', 'backup_errorNewer', 'lib_fact_no_dpo']));
  });
});
