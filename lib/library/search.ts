// Full-text search across saved notices.
//
// Choice: an inverted index over the LATEST version of each site. Table `terms` maps each folded word to
// the sites whose latest version contains it; table `search` keeps, per site, the version indexed and its
// words (to update `terms` by difference when the site gets a new version or loses one). A query is one
// read per word (a key range for the prefix), intersected: its cost follows the matches, not the saved
// text, so 2,000 versions (tens of megabytes) are searched without reading any text. Only latest versions
// are indexed: a person searches for what sites say now; older versions are one click away. Upkeep runs
// in the transaction that changes the versions (versions.ts, backup.ts), so the index is never stale.
// Why not a multi-entry index on each site's word list: writing it costs one index entry per (site, word)
// — 220,000 for 200 notices — which made importing a full backup several times slower; a new version of
// a site changes few words, so updating `terms` by difference is cheap.
// Words are matched whole, except the last one typed, which matches as a prefix (search as you type).
import type { Transaction } from 'dexie';
import type { NoticeLensDb, SearchRow, SearchTerm } from '../db';
import { foldText, tokensOf } from './words';

/** A last word shorter than this is matched whole: as a prefix it would match most of the vocabulary. */
export const MIN_PREFIX_LENGTH = 3;
/** Above this many words to update at once (an import), reading the whole index beats one read per word. */
const FULL_READ_THRESHOLD = 2000;

export interface SearchHit {
  site: string;
  versionId: number;
}

/** Sites whose latest version contains every word of the query; empty for a query with no word. */
export async function searchNotices(db: NoticeLensDb, query: string): Promise<SearchHit[]> {
  const terms = [...new Set(tokensOf(query))];
  if (!terms.length) return [];
  const last = terms[terms.length - 1];
  const lookups = terms.map(async (term) => {
    const prefix = term === last && /[\p{L}\p{N}]$/u.test(query) && term.length >= MIN_PREFIX_LENGTH;
    const rows = prefix ? await db.terms.where('w').startsWith(term).toArray() : [await db.terms.get(term)];
    return new Set(rows.flatMap((row) => row?.sites ?? []));
  });
  const sets = (await Promise.all(lookups)).sort((x, y) => x.size - y.size);
  const [smallest, ...others] = sets;
  const sites = [...smallest].filter((site) => others.every((set) => set.has(site))).sort();
  if (!sites.length) return [];
  // site -> indexed version, from the keys alone (the rows hold word lists not worth reading here).
  const [keys, versionIds] = await Promise.all([db.search.orderBy('versionId').primaryKeys(), db.search.orderBy('versionId').keys()]);
  const versionOf = new Map(keys.map((site, i) => [site, Number(versionIds[i])]));
  return sites.filter((site) => versionOf.has(site)).map((site) => ({ site, versionId: versionOf.get(site)! }));
}

/**
 * Re-indexes sites: each row of `rows` becomes its site's indexed version; each site of `removed` leaves
 * the index. `terms` changes by the difference with what each site was indexed under. Call inside a rw
 * transaction over `search` and `terms`.
 */
export async function updateSearchIndex(tx: Transaction, rows: readonly SearchRow[], removed: readonly string[] = []): Promise<void> {
  const search = tx.table('search');
  const termsTable = tx.table('terms');
  const sites = [...rows.map((r) => r.site), ...removed];
  if (!sites.length) return;
  const before = (await search.bulkGet(sites)) as (SearchRow | undefined)[];
  const add = new Map<string, string[]>();
  const drop = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, word: string, site: string) => {
    const list = map.get(word);
    if (list) list.push(site);
    else map.set(word, [site]);
  };
  sites.forEach((site, i) => {
    const oldWords = new Set(before[i]?.words ?? []);
    const newWords = new Set(i < rows.length ? rows[i].words : []);
    for (const w of newWords) if (!oldWords.has(w)) push(add, w, site);
    for (const w of oldWords) if (!newWords.has(w)) push(drop, w, site);
  });
  const words = [...new Set([...add.keys(), ...drop.keys()])];
  const current = new Map<string, SearchTerm>();
  if (words.length > FULL_READ_THRESHOLD) {
    for (const term of (await termsTable.toArray()) as SearchTerm[]) current.set(term.w, term);
  } else {
    ((await termsTable.bulkGet(words)) as (SearchTerm | undefined)[]).forEach((term) => term && current.set(term.w, term));
  }
  const put: SearchTerm[] = [];
  const gone: string[] = [];
  for (const w of words) {
    const dropped = new Set(drop.get(w) ?? []);
    const kept = (current.get(w)?.sites ?? []).filter((site) => !dropped.has(site));
    const next = [...new Set([...kept, ...(add.get(w) ?? [])])];
    if (next.length) put.push({ w, sites: next });
    else if (current.has(w)) gone.push(w);
  }
  await termsTable.bulkPut(put);
  await termsTable.bulkDelete(gone);
  await search.bulkPut(rows as SearchRow[]);
  await search.bulkDelete(removed as string[]);
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
