// An HTML string to blocks, in Node and in extension pages: parsed with linkedom, then the same
// extraction as on a live page.
import { parseHTML } from 'linkedom';
import { extractFromDocument } from './dom';
import type { ExtractResult } from './types';

export function htmlToBlocks(html: string, url?: string): ExtractResult {
  void url; // blocks carry no links; the URL is the report's source, set by the caller
  return extractFromDocument(parseDocument(html));
}

/** linkedom leaves a fragment without `<html>` (plain text, a bare `<p>`) with no documentElement: wrap it. */
function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement && document.body) return document as unknown as Document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}
