// Blocks to sections and passages (contract: a passage is a paragraph, a list item, a table row or a
// heading-less block). Each non-heading block becomes exactly one passage, in order: ids p1, p2, ...
// over the whole report; sections s1, s2, ...; text before the first heading is a section without one.
import type { Block } from '../blocks';
import type { Section } from '../report';
import { tocBlocks } from './toc';

export interface Segmented {
  sections: Section[];
  /** ids of the passages that are table-of-contents entries (not evidence) */
  tocPassages: Set<string>;
}

export function segment(blocks: Block[]): Segmented {
  const toc = tocBlocks(blocks);
  const sections: Section[] = [];
  const tocPassages = new Set<string>();
  let current: Section | null = null;
  let passageCount = 0;
  const open = (heading: string | null, level?: number): Section => {
    const id = `s${sections.length + 1}`;
    const section: Section = level === undefined ? { id, heading, tags: [], passages: [] } : { id, heading, level, tags: [], passages: [] };
    sections.push(section);
    return section;
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      current = open(block.text, block.level ?? 1);
      return;
    }
    current ??= open(null);
    const id = `p${++passageCount}`;
    current.passages.push({ id, text: block.text, tags: [] });
    if (toc.has(index)) tocPassages.add(id);
  });
  return { sections, tocPassages };
}
