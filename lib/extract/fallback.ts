// After Readability: is its pick the notice? Too short or without notice vocabulary, or clearly poorer
// in notice vocabulary than another part of the page (one accordion panel, a sidebar), and the best
// candidate is taken instead: main, article, the page's content containers, or the body without chrome.
import type { Block } from '../blocks';
import { noticeVocabulary } from '../notice';
import { walkBlocks } from './walk';

/** Where the notice usually lives, in order of trust. */
export const CANDIDATE_SELECTORS: readonly string[] = [
  'main', '[role="main"]', 'article', '#content', '#main-content', '#main', '.main-content', '.content',
];
/** A pick shorter than this is not a whole notice. */
export const MIN_NOTICE_CHARS = 400;
/** A pick that uses fewer notice concepts than this is not a notice. */
export const MIN_NOTICE_CONCEPTS = 2;
/** Another candidate beats Readability's pick when it has this many times its notice vocabulary. */
export const BETTER_RATIO = 1.5;
/** Among candidates this close to the best vocabulary, the smallest wins (main rather than the whole body). */
export const NEAR_BEST = 0.9;

export interface Candidate {
  name: string;
  blocks: Block[];
  truncated: boolean;
  hits: number;
  concepts: number;
  chars: number;
}

export function candidate(name: string, walked: { blocks: Block[]; truncated: boolean }): Candidate {
  const text = walked.blocks.map((b) => b.text).join('\n');
  const vocab = noticeVocabulary(text);
  return { name, ...walked, hits: vocab.hits, concepts: vocab.concepts, chars: text.length };
}

/** Readability picked nothing usable: too short or no notice vocabulary. */
export function isWrongPick(c: Candidate | null): boolean {
  return !c || c.chars < MIN_NOTICE_CHARS || c.concepts < MIN_NOTICE_CONCEPTS;
}

/** The fallback candidates of a prepared (banner-free, unfolded) document. */
export function fallbackCandidates(doc: Document, maxChars: number): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  for (const selector of CANDIDATE_SELECTORS) {
    const el = doc.querySelector(selector);
    if (!el || seen.has(el)) continue;
    seen.add(el);
    out.push(candidate(selector, walkBlocks(el, { maxChars })));
  }
  if (doc.body) out.push(candidate('body', walkBlocks(doc.body, { maxChars, skipChrome: true })));
  return out;
}

/**
 * Readability's pick unless it is wrong or clearly poorer than another candidate; then the smallest of the
 * candidates nearly as rich in notice vocabulary. When nothing reads like a notice (a news article),
 * Readability's idea of the content stands, or else the largest candidate.
 */
export function chooseCandidate(readability: Candidate | null, others: Candidate[]): Candidate | null {
  const usable = readability?.blocks.length ? readability : null;
  const best = Math.max(0, ...others.map((c) => c.hits));
  if (usable && !isWrongPick(usable) && best <= usable.hits * BETTER_RATIO) return usable;
  const pool = [usable, ...others].filter((c): c is Candidate => !!c && !isWrongPick(c));
  if (!pool.length) return usable ?? largest(others);
  const top = Math.max(...pool.map((c) => c.hits));
  const near = pool.filter((c) => c.hits >= top * NEAR_BEST);
  return near.reduce((a, b) => (b.chars < a.chars ? b : a));
}

function largest(candidates: Candidate[]): Candidate | null {
  const filled = candidates.filter((c) => c.blocks.length);
  return filled.length ? filled.reduce((a, b) => (b.chars > a.chars ? b : a)) : null;
}
