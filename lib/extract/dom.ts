// Extraction from a DOM: the live page in the content script, or a parsed HTML string in Node.
// Works on a clone (the page is never touched): drop consent banners, unfold collapsed sections,
// run Readability, check its pick against the fallbacks, walk the winner into blocks. A page whose
// main or article element holds nearly all its text skips Readability: that element is the notice.
// Keep this module's imports light: it is bundled into the content script.
import Readability from '@mozilla/readability/Readability.js';
import type { Block } from '../blocks';
import { cleanText, MAX_ANALYSED_CHARS, type ExtractResult } from './types';
import { removeBanners } from './banners';
import { tidyHeadings } from './contents';
import { candidate, chooseCandidate, fallbackCandidates, isWrongPick, type Candidate } from './fallback';
import { trimToNotice } from './trim';
import { frameDocuments, inlineShadowRoots } from './roots';
import { unfold } from './unfold';
import { CHROME_TAGS, SKIPPED_TAGS, walkBlocks } from './walk';

export type { ExtractResult } from './types';

export interface ExtractOptions {
  /** most characters of text kept (default MAX_ANALYSED_CHARS) */
  maxChars?: number;
}

/** Readability's minimum article length: lower than its default, since a short clause is a notice too. */
export const READABILITY_CHAR_THRESHOLD = 300;

/** Readability's cost grows with nesting depth (seconds at a few hundred levels); real pages stay far below this. */
export const READABILITY_MAX_DEPTH = 120;
/** Past this many elements Readability gives up (it throws) and the linear fallbacks decide; notice pages have 1-5 thousand. */
export const READABILITY_MAX_ELEMENTS = 20_000;

/** Whether any element lies deeper than `limit` below `root` (iterative: no recursion on a hostile page). */
function deeperThan(root: Element | null, limit: number): boolean {
  const stack: Array<[Element, number]> = root ? [[root, 0]] : [];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Marks every element of the prepared document, so that Readability's pick can be found in it again. */
const MARK = 'data-notice-lens-i';
/** The region Readability took from may be this much longer than its cleaned pick and still replace it. */
export const REGION_MAX_GROWTH = 1.5;

function markElements(doc: Document): Element[] {
  const all = Array.from(doc.querySelectorAll('*'));
  all.forEach((el, i) => el.setAttribute(MARK, String(i)));
  return all;
}

function ancestors(el: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) chain.push(node);
  return chain;
}

/** The outermost marked elements under Readability's wrappers (which it creates unmarked). */
function topMarked(el: Element): Element[] {
  if (el.hasAttribute(MARK)) return [el];
  return Array.from(el.children).flatMap(topMarked);
}

/** The smallest element of the prepared document that holds everything Readability kept. */
function sourceRegion(content: Element, marked: Element[]): Element | null {
  const origins = topMarked(content)
    .map((el) => marked[Number(el.getAttribute(MARK))])
    .filter((el): el is Element => !!el);
  if (!origins.length) return null;
  let common = ancestors(origins[0]);
  for (const el of origins.slice(1)) {
    const chain = new Set(ancestors(el));
    common = common.filter((a) => chain.has(a));
  }
  return common[0] ?? null;
}

function headingCount(c: Candidate): number {
  return c.blocks.filter((b) => b.kind === 'heading').length;
}

/**
 * Readability's pick, walked. Its cleaning sometimes drops a section heading (an h3 next to a table):
 * when the region it took from, walked as is, has more headings for little more text, the region wins.
 */
function readabilityCandidate(prepared: Document, maxChars: number): Candidate | null {
  if (deeperThan(prepared.documentElement, READABILITY_MAX_DEPTH)) return null;
  const marked = markElements(prepared);
  try {
    const doc = prepared.cloneNode(true) as Document;
    const article = new Readability<Element>(doc, {
      charThreshold: READABILITY_CHAR_THRESHOLD,
      maxElemsToParse: READABILITY_MAX_ELEMENTS,
      serializer: (el) => el as Element,
    }).parse();
    if (!article?.content) return null;
    const cleaned = candidate('readability', walkBlocks(article.content, { maxChars }));
    const region = sourceRegion(article.content, marked);
    if (!region) return cleaned;
    const raw = candidate('readability-region', walkBlocks(region, { maxChars, skipChrome: true }));
    const better = headingCount(raw) > headingCount(cleaned) && raw.chars <= cleaned.chars * REGION_MAX_GROWTH;
    return better ? raw : cleaned;
  } catch {
    return null; // Readability gives up on some documents (no body, odd markup): the fallbacks remain
  }
}

function pageTitle(doc: Document): string | null {
  const title = cleanText(doc.title ?? '') || cleanText(doc.querySelector('h1')?.textContent ?? '');
  return title || null;
}

/** Readability turns the page's <h1> into an <h2>: the notice's title gets its level back. */
function restoreTitleLevel(blocks: Block[], doc: Document): Block[] {
  const h1 = cleanText(doc.querySelector('h1')?.textContent ?? '');
  const first = blocks.find((b) => b.kind === 'heading');
  if (!h1 || !first || first.text !== h1 || first.level === 1) return blocks;
  return blocks.map((b) => (b === first ? { ...b, level: 1 } : b));
}

/** Frames inside frames are read this deep at most. */
const MAX_FRAME_DEPTH = 2;

function chars(blocks: Block[]): number {
  return blocks.reduce((sum, b) => sum + b.text.length, 0);
}

export function extractFromDocument(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  return extractWithFrames(doc, opts.maxChars ?? MAX_ANALYSED_CHARS, 0);
}

/** A shell page that frames its notice (same origin) gives the frame's text: the frame wins when it holds more. */
function extractWithFrames(doc: Document, maxChars: number, depth: number): ExtractResult {
  const top = extractOne(doc, maxChars);
  if (depth >= MAX_FRAME_DEPTH) return top;
  let best = top;
  for (const frame of frameDocuments(doc)) {
    const inner = extractWithFrames(frame, maxChars, depth + 1);
    if (chars(inner.blocks) > chars(best.blocks)) best = inner;
  }
  return best === top ? top : { ...best, title: best.title ?? top.title };
}

/** The page's one content element, when it says so itself; the innermost is tried first. */
export const CONTAINER_SELECTORS: readonly string[] = ['article', '[role="main"]', 'main'];
/**
 * A container holding this share of the text outside the page's chrome (header, nav, footer, aside) leaves
 * Readability nothing to find: the container is walked directly (Readability costs ~60% of an extraction).
 */
export const CONTAINER_TEXT_SHARE = 0.9;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Characters of text under `root`, as a walk reads it (skipped tags and, with `skipChrome`, chrome left out). */
function textChars(root: Element, skipChrome: boolean): number {
  let total = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      total += (node.nodeValue ?? '').trim().length;
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || (skipChrome && CHROME_TAGS.has(tag))) continue;
      const kids = node.childNodes;
      for (let i = 0; i < kids.length; i++) stack.push(kids[i] as Node);
    }
  }
  return total;
}

/** The innermost lone main/article element holding nearly all the page's text, walked; null when there is none. */
export function containerCandidate(prepared: Document, maxChars: number): Candidate | null {
  if (!prepared.body) return null;
  const pageChars = textChars(prepared.body, true);
  if (!pageChars) return null;
  for (const selector of CONTAINER_SELECTORS) {
    const found = prepared.querySelectorAll(selector);
    // several articles are a list of posts, not one document
    if (found.length !== 1) continue;
    const el = found[0] as Element;
    if (textChars(el, true) < pageChars * CONTAINER_TEXT_SHARE) continue;
    const walked = candidate(selector, walkBlocks(el, { maxChars, skipChrome: true }));
    return isWrongPick(walked) ? null : walked;
  }
  return null;
}

function extractOne(doc: Document, maxChars: number): ExtractResult {
  const prepared = doc.cloneNode(true) as Document;
  inlineShadowRoots(doc, prepared);
  removeBanners(prepared);
  unfold(prepared);
  const chosen = containerCandidate(prepared, maxChars) ?? chooseCandidate(readabilityCandidate(prepared, maxChars), fallbackCandidates(prepared, maxChars));
  if (!chosen) return { blocks: [], title: pageTitle(doc), truncated: false };
  const blocks = restoreTitleLevel(tidyHeadings(trimToNotice(chosen.blocks)), prepared);
  return { blocks, title: pageTitle(doc), truncated: chosen.truncated };
}
