// An HTML string to blocks, in Node and in extension pages: parsed with the browser's DOMParser when
// there is one (the dashboard), with linkedom otherwise (Node), then the same extraction as on a live page.
// Scripts and styles are cut before parsing (they are most of a modern page's bytes and never notice
// text) and the rest is capped, so that time stays bounded.
import { parseHTML } from 'linkedom';
import { extractFromDocument } from './dom';
import type { ExtractResult } from './types';

/** HTML beyond this (after scripts and styles are cut) is not parsed: pages with notices are far smaller. */
export const MAX_HTML_CHARS = 2_000_000;

/** linkedom builds a document only from a whole page: a fragment ("<p>..</p>", plain words) is wrapped in one. */
const HAS_BODY = /<body[\s>]/i;

const SCRIPTS_AND_STYLES = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

function parse(html: string): Document {
  if (typeof DOMParser !== 'undefined') return new DOMParser().parseFromString(html, 'text/html');
  return parseHTML(html).document as unknown as Document;
}

export function htmlToBlocks(html: string, url?: string): ExtractResult {
  void url; // blocks carry no links; the URL is the report's source, set by the caller
  const lean = html.replace(SCRIPTS_AND_STYLES, '');
  const cut = lean.length > MAX_HTML_CHARS;
  const capped = cut ? lean.slice(0, MAX_HTML_CHARS) : lean;
  const page = HAS_BODY.test(capped) ? capped : `<!doctype html><html><head></head><body>${capped}</body></html>`;
  const result = extractFromDocument(parse(page));
  return cut ? { ...result, truncated: true } : result;
}
