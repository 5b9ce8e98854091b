// Heading runs that are not sections: a heading repeated right after itself (tabbed pages render the
// same title per tab) and a run of headings that lists the ones below (a table of contents made of
// heading or bold elements). The first is dropped, the second turned into list items.
import type { Block } from '../blocks';
import { headingKey, numberingDepth } from '../segment/headings';

/** A run of this many headings with no text between them may be a table of contents... */
export const CONTENTS_MIN_RUN = 3;
/** ...when this share of them name a heading further down. */
export const CONTENTS_MATCH_SHARE = 0.5;

function dropRepeatedHeadings(blocks: Block[]): Block[] {
  return blocks.filter((b, i) => !(b.kind === 'heading' && i > 0 && blocks[i - 1].kind === 'heading' && blocks[i - 1].text === b.text));
}

function demoteContentsRuns(blocks: Block[]): Block[] {
  const out = blocks.slice();
  let i = 0;
  while (i < out.length) {
    if (out[i].kind !== 'heading') {
      i++;
      continue;
    }
    const start = i;
    while (i < out.length && out[i].kind === 'heading') i++;
    // The last heading of a run introduces the text after it; the others are the candidates.
    const end = i < out.length ? i - 1 : i;
    if (end - start < CONTENTS_MIN_RUN) continue;
    const later = new Set(out.slice(end).filter((b) => b.kind === 'heading').map((b) => headingKey(b.text)));
    const named: number[] = [];
    for (let j = start; j < end; j++) if (later.has(headingKey(out[j].text))) named.push(j);
    if (named.length < CONTENTS_MIN_RUN) continue;
    // The entries run from the first to the last one that names a heading; a "Contents" title above them stays.
    let [first, last] = [named[0], named[named.length - 1]];
    if (named.length < (last - first + 1) * CONTENTS_MATCH_SHARE) continue;
    // Numbered entries just above the first match belong to the list too (its wording differs from the section's).
    while (first > start && numberingDepth(out[first - 1].text) > 0 && numberingDepth(out[first].text) > 0) first--;
    for (let j = first; j <= last; j++) out[j] = { kind: 'item', text: out[j].text };
  }
  return out;
}

export function tidyHeadings(blocks: Block[]): Block[] {
  return demoteContentsRuns(dropRepeatedHeadings(blocks));
}
