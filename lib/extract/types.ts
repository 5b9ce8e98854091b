import type { Block } from '../blocks';

/** What every extractor returns: blocks in reading order, the page/document title, and whether the text was cut. */
export interface ExtractResult {
  blocks: Block[];
  title: string | null;
  truncated: boolean;
}

/** Longest text analysed: a notice is 5-200 KB; past this it is a dump, and the cost must stay bounded. */
export const MAX_ANALYSED_CHARS = 400_000;

/** Drops invisible characters (zero-width, word joiner, soft hyphen, BOM), collapses white space, trims. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Characters in a list of blocks. */
export function blockChars(blocks: Block[]): number {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  return total;
}

/** Keeps blocks until MAX_ANALYSED_CHARS is reached. */
export function capBlocks(blocks: Block[], max = MAX_ANALYSED_CHARS): { blocks: Block[]; truncated: boolean } {
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    total += blocks[i].text.length;
    if (total > max) return { blocks: blocks.slice(0, i), truncated: true };
  }
  return { blocks, truncated: false };
}
