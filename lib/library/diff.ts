// Passage-level diff of two versions of a notice: the passages are the units a person reads and the
// classifier tags, so the diff aligns whole passages first (diffArrays), then shows the words that
// changed inside a passage that was edited rather than replaced.
import { diffArrays, diffWords } from 'diff';
import type { NoticeReport, Tag } from '../report';
import { tokensOf } from './words';

export interface PassageRef {
  id: string;
  text: string;
  tags: Tag[];
  heading: string | null;
}

export interface WordPart {
  text: string;
  added?: boolean;
  removed?: boolean;
}

export type PassageDiffEntry =
  | { kind: 'same'; before: PassageRef; after: PassageRef }
  | { kind: 'added'; after: PassageRef }
  | { kind: 'removed'; before: PassageRef }
  | { kind: 'changed'; before: PassageRef; after: PassageRef; words: WordPart[] };

export interface NoticeDiff {
  entries: PassageDiffEntry[];
  added: number;
  removed: number;
  changed: number;
}

/** Share of words two passages must have in common to count as one edited passage, not a replacement. */
export const EDIT_SIMILARITY = 0.5;
/** Above this many removed × added passages in one hunk, pairing them costs more than it tells: show them as is. */
const MAX_PAIRING_WORK = 40_000;

function refsOf(report: Pick<NoticeReport, 'sections'>): PassageRef[] {
  return report.sections.flatMap((s) => s.passages.map((p) => ({ id: p.id, text: p.text, tags: p.tags, heading: s.heading })));
}

/** Whitespace differences are not changes. */
const canonical = (text: string) => text.replace(/\s+/g, ' ').trim();

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common += 1;
  return common / (a.size + b.size - common);
}

/** Entries for one hunk: removed passages paired in order with similar added ones as edits. */
function hunk(removed: PassageRef[], added: PassageRef[]): PassageDiffEntry[] {
  const out: PassageDiffEntry[] = [];
  if (!removed.length || !added.length || removed.length * added.length > MAX_PAIRING_WORK) {
    return [...removed.map((before) => ({ kind: 'removed' as const, before })), ...added.map((after) => ({ kind: 'added' as const, after }))];
  }
  const addedWords = added.map((p) => new Set(tokensOf(p.text)));
  let next = 0; // first added passage not yet emitted: pairs keep reading order on both sides
  for (const before of removed) {
    const words = new Set(tokensOf(before.text));
    let match = -1;
    for (let j = next; j < added.length; j++) {
      if (similarity(words, addedWords[j]) >= EDIT_SIMILARITY) {
        match = j;
        break;
      }
    }
    if (match < 0) {
      out.push({ kind: 'removed', before });
      continue;
    }
    for (; next < match; next++) out.push({ kind: 'added', after: added[next] });
    const after = added[match];
    next = match + 1;
    const words2 = diffWords(before.text, after.text).map((c) => ({
      text: c.value,
      ...(c.added ? { added: true } : {}),
      ...(c.removed ? { removed: true } : {}),
    }));
    out.push({ kind: 'changed', before, after, words: words2 });
  }
  for (; next < added.length; next++) out.push({ kind: 'added', after: added[next] });
  return out;
}

/** The passage diff from `before` to `after`, in reading order. */
export function diffNotices(before: Pick<NoticeReport, 'sections'>, after: Pick<NoticeReport, 'sections'>): NoticeDiff {
  const a = refsOf(before);
  const b = refsOf(after);
  const parts = diffArrays(a.map((p) => canonical(p.text)), b.map((p) => canonical(p.text)));
  const entries: PassageDiffEntry[] = [];
  let i = 0;
  let j = 0;
  let removed: PassageRef[] = [];
  let added: PassageRef[] = [];
  const flush = () => {
    entries.push(...hunk(removed, added));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (part.removed) removed.push(...a.slice(i, (i += n)));
    else if (part.added) added.push(...b.slice(j, (j += n)));
    else {
      flush();
      for (let k = 0; k < n; k++) entries.push({ kind: 'same', before: a[i++], after: b[j++] });
    }
  }
  flush();
  const count = (kind: PassageDiffEntry['kind']) => entries.filter((e) => e.kind === kind).length;
  return { entries, added: count('added'), removed: count('removed'), changed: count('changed') };
}
