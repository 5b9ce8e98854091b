// Blocks are the seam between the two doors (live page, file) and the analysis:
// everything above knows DOMs and files, everything below is pure functions over blocks.

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row';

/** How extraction joins the cells of a table row (a block of kind 'row'); the analysis splits rows on it. */
export const CELL_SEPARATOR = ' | ';

export interface Block {
  kind: BlockKind;
  /** heading level, 1 (top) to 6 */
  level?: number;
  text: string;
}
