// Blocks are the seam between the two doors (live page, file) and the analysis:
// everything above knows DOMs and files, everything below is pure functions over blocks.

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row';

export interface Block {
  kind: BlockKind;
  /** heading level, 1 (top) to 6 */
  level?: number;
  text: string;
}
