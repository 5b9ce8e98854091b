// Full-text search across saved notices.
//
// Choice: an inverted index, one row per site holding the distinct folded words of the site's LATEST
// version, with a multi-entry IndexedDB index on the words (table `search`, key `site, *words`).
// A query is then one index lookup per word, intersected: its cost follows the number of matches, not the
// amount of saved text, so 2,000 versions (tens of megabytes of text) are searched without reading any
// text. Only the latest version of each site is indexed: a person searches for what sites say now, and
// older versions are one click away in the site's history. The row is written in the same transaction
// as the version it describes (lib/library/versions.ts, backup.ts), so the index is never stale.
// Words are matched whole, except the last one typed, which matches as a prefix (search as you type).
import type { NoticeLensDb } from '../db';
import { foldText, tokensOf } from './words';

/** A last word shorter than this is matched whole: as a prefix it would match most of the vocabulary. */
export const MIN_PREFIX_LENGTH = 3;

export interface SearchHit {
  site: string;
  versionId: number;
}

/** Sites whose latest version contains every word of the query; empty for a query with no word. */
export async function searchNotices(db: NoticeLensDb, query: string): Promise<SearchHit[]> {
  const terms = [...new Set(tokensOf(query))];
  if (!terms.length) return [];
  const last = terms[terms.length - 1];
  const lookups = terms.map((term) =>
    term === last && /[\p{L}\p{N}]$/u.test(query) && term.length >= MIN_PREFIX_LENGTH
      ? db.search.where('words').startsWith(term).primaryKeys()
      : db.search.where('words').equals(term).primaryKeys(),
  );
  // Smallest set first: the intersection then touches as few keys as possible.
  // A prefix matches several words of one row: the same key comes back once per word.
  const sets = (await Promise.all(lookups))
    .map((keys) => new Map(keys.map(([site, versionId]) => [site, versionId])))
    .sort((x, y) => x.size - y.size);
  const [smallest, ...others] = sets;
  return [...smallest]
    .filter(([site]) => others.every((set) => set.has(site)))
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([site, versionId]) => ({ site, versionId }));
}

const SNIPPET_CONTEXT = 60;

/**
 * A short excerpt of `text` around the first occurrence of a query word, with the match located,
 * for showing a search result (plain text: the view renders it as text, never as HTML).
 */
export function snippetOf(text: string, query: string): { before: string; match: string; after: string } | null {
  const terms = tokensOf(query);
  if (!terms.length) return null;
  // Fold character by character so that offsets in the folded text are offsets in the original.
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldText(text[i]);
    for (let k = 0; k < f.length; k++) offsets.push(i);
    folded += f;
  }
  let best = -1;
  let term = '';
  for (const t of terms) {
    const at = folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
    if (at >= 0 && (best < 0 || at < best)) {
      best = at;
      term = t;
    }
  }
  if (best < 0) return null;
  const start = offsets[best];
  const end = (offsets[best + term.length - 1] ?? start) + 1;
  const from = Math.max(0, start - SNIPPET_CONTEXT);
  const to = Math.min(text.length, end + SNIPPET_CONTEXT);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + squash(text.slice(from, start)).trimStart(),
    match: text.slice(start, end),
    after: squash(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}
