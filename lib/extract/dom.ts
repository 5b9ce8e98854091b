// Extraction from a DOM: the live page in the content script, or a parsed HTML string in Node.
// Works on a clone (the page is never touched): drop consent banners, unfold collapsed sections,
// run Readability, check its pick against the fallbacks, walk the winner into blocks.
// Keep this module's imports light: it is bundled into the content script.
import { Readability } from '@mozilla/readability';
import { cleanText, MAX_ANALYSED_CHARS, type ExtractResult } from './types';
import { removeBanners } from './banners';
import { candidate, chooseCandidate, fallbackCandidates, type Candidate } from './fallback';
import { trimToNotice } from './trim';
import { unfold } from './unfold';
import { walkBlocks } from './walk';

export type { ExtractResult } from './types';

export interface ExtractOptions {
  /** most characters of text kept (default MAX_ANALYSED_CHARS) */
  maxChars?: number;
}

/** Readability's minimum article length: lower than its default, since a short clause is a notice too. */
export const READABILITY_CHAR_THRESHOLD = 300;

function readabilityCandidate(doc: Document, maxChars: number): Candidate | null {
  try {
    const article = new Readability<Element>(doc, { charThreshold: READABILITY_CHAR_THRESHOLD, serializer: (el) => el as Element }).parse();
    if (!article?.content) return null;
    return candidate('readability', walkBlocks(article.content, { maxChars }));
  } catch {
    return null; // Readability gives up on some documents (no body, odd markup): the fallbacks remain
  }
}

function pageTitle(doc: Document): string | null {
  const title = cleanText(doc.title ?? '') || cleanText(doc.querySelector('h1')?.textContent ?? '');
  return title || null;
}

export function extractFromDocument(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  const maxChars = opts.maxChars ?? MAX_ANALYSED_CHARS;
  const prepared = doc.cloneNode(true) as Document;
  removeBanners(prepared);
  unfold(prepared);
  const others = fallbackCandidates(prepared, maxChars);
  const readability = readabilityCandidate(prepared.cloneNode(true) as Document, maxChars);
  const chosen = chooseCandidate(readability, others);
  if (!chosen) return { blocks: [], title: pageTitle(doc), truncated: false };
  return { blocks: trimToNotice(chosen.blocks), title: pageTitle(doc), truncated: chosen.truncated };
}
