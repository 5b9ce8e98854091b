// An HTML string to blocks, in Node and in extension pages: parsed with linkedom, then the same
// extraction as on a live page.
import { parseHTML } from 'linkedom';
import { extractFromDocument } from './dom';
import type { ExtractResult } from './types';

export function htmlToBlocks(html: string, url?: string): ExtractResult {
  void url; // blocks carry no links; the URL is the report's source, set by the caller
  const { document } = parseHTML(html);
  return extractFromDocument(document as unknown as Document);
}
