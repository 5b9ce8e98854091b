// A table of contents repeats the headings that follow it: its entries are passages (each block is one),
// but they are not evidence, so the classifier skips them.
import type { Block } from '../blocks';
import { headingKey } from './headings';

/** A list needs this many entries to be a table of contents... */
export const TOC_MIN_ENTRIES = 3;
/** ...of which this share name a heading found later in the document. */
export const TOC_MATCH_SHARE = 0.5;
/** Entries longer than this are text, not contents. */
export const TOC_ENTRY_MAX_CHARS = 200;
/** Keys shorter than this are too vague to match ("faq"). */
const MIN_KEY_CHARS = 4;
/** Headings of a contents section. */
export const TOC_HEADINGS =
  /^(?:sommaire|table des matières|contenu|contents|table of contents|in this (?:policy|notice|statement)|dans cette (?:politique|notice)|summary|navigation|quick links|liens rapides)$/i;

/** An entry may differ from its heading by a few words ("Les Responsables du traitement" / "RESPONSABLES DU TRAITEMENT"),
 * but the shorter must be this share of the longer: a long paragraph that mentions "contact" is not an entry. */
const MIN_LENGTH_SHARE = 0.6;

function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= long.length * MIN_LENGTH_SHARE && long.includes(short);
}

function matchesLaterHeading(key: string, later: string[]): boolean {
  if (key.length < MIN_KEY_CHARS) return false;
  return later.some((h) => h.length >= MIN_KEY_CHARS && sameTitle(key, h));
}

/** Indices of the blocks that are entries of a table of contents. */
export function tocBlocks(blocks: Block[]): Set<number> {
  const toc = new Set<number>();
  const headings = blocks.map((b, i) => (b.kind === 'heading' ? { i, key: headingKey(b.text) } : null)).filter((h) => h !== null);
  let i = 0;
  while (i < blocks.length) {
    if (blocks[i].kind === 'heading' || blocks[i].text.length > TOC_ENTRY_MAX_CHARS) {
      i++;
      continue;
    }
    const start = i;
    while (i < blocks.length && blocks[i].kind !== 'heading' && blocks[i].text.length <= TOC_ENTRY_MAX_CHARS) i++;
    if (i - start < TOC_MIN_ENTRIES) continue;
    const later = headings.filter((h) => h.i >= i).map((h) => h.key);
    const matching: number[] = [];
    for (let j = start; j < i; j++) if (matchesLaterHeading(headingKey(blocks[j].text), later)) matching.push(j);
    if (matching.length < TOC_MIN_ENTRIES) continue;
    // The contents are the span from the first to the last entry that names a heading (not the intro before it).
    const first = matching[0];
    const last = matching[matching.length - 1];
    if (matching.length >= (last - first + 1) * TOC_MATCH_SHARE) for (let j = first; j <= last; j++) toc.add(j);
  }
  markContentsSections(blocks, toc);
  return toc;
}

/** Everything under a "Contents" / "Sommaire" heading, up to the next heading. */
function markContentsSections(blocks: Block[], toc: Set<number>): void {
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'heading' || !TOC_HEADINGS.test(blocks[i].text.trim())) continue;
    for (let j = i + 1; j < blocks.length && blocks[j].kind !== 'heading'; j++) toc.add(j);
  }
}
