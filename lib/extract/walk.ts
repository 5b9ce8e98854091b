// Walks a DOM subtree into blocks, keeping its structure: headings with their levels, paragraphs,
// list items, table rows. Never textContent of the whole tree (it glues a heading to the next
// paragraph). A bold-only paragraph ("<div><strong>Data we collect</strong></div>") is a heading.
import { CELL_SEPARATOR, type Block } from '../blocks';
import { headingStyle, MAX_HEADING_CHARS } from '../segment/headings';
import { cleanText, MAX_ANALYSED_CHARS } from './types';

/** Elements whose text is never notice text. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA',
  'IFRAME', 'CANVAS', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'MAP', 'HEAD', 'TITLE', 'META', 'LINK',
]);
/** Page chrome, skipped when walking a fallback candidate (Readability drops it itself). */
export const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
/** Elements that end the running paragraph and start their own. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'ADDRESS',
  'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'FORM',
  'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY', 'HR', 'BODY', 'HTML', 'CENTER', 'HGROUP', 'DIALOG', 'MENU', 'LABEL',
]);
const HEADING_TAGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const BOLD_TAGS = new Set(['STRONG', 'B']);
/** Level of a `<summary>` (the title of a folded section) when no heading gives one. */
const SUMMARY_LEVEL = 3;

/** Deeper than any real page (a few dozen levels); the walk recurses, so it stops here. */
export const MAX_WALK_DEPTH = 400;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface WalkOptions {
  skipChrome?: boolean;
  maxChars?: number;
}

interface State {
  blocks: Block[];
  buffer: string;
  kind: 'paragraph' | 'item';
  chars: number;
  max: number;
  truncated: boolean;
  lastLevel: number;
  skipChrome: boolean;
  depth: number;
}

function push(state: State, block: Block): void {
  if (state.truncated || !block.text) return;
  if (state.chars + block.text.length > state.max) {
    state.truncated = true;
    return;
  }
  state.chars += block.text.length;
  state.blocks.push(block);
}

function flush(state: State): void {
  const text = cleanText(state.buffer);
  state.buffer = '';
  if (text) push(state, { kind: state.kind, text });
}

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** A title is a few short nodes: deciding whether an element is one never needs to read more than this. */
const TITLE_SCAN_NODES = 200;
const TITLE_SCAN_CHARS = MAX_HEADING_CHARS * 8;

/**
 * Raw text of an element, its parts spaced, or null past `maxNodes` nodes or `maxChars` characters.
 * A heading's button (accordion toggles) is its title, so buttons count. An explicit stack, not
 * recursion: a hostile page nests elements thousands deep.
 */
function collectText(el: Element, maxNodes: number, maxChars: number): string | null {
  let text = '';
  let nodes = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (++nodes > maxNodes || text.length > maxChars) return null;
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
    else if (node.nodeType === ELEMENT_NODE && (tagOf(node as Element) === 'BUTTON' || !SKIPPED_TAGS.has(tagOf(node as Element)))) {
      text += ' ';
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
    }
  }
  return text;
}

function textOf(el: Element): string {
  return cleanText(collectText(el, Infinity, Infinity) ?? '');
}

/** The text of an element short enough to be a title; null otherwise (without reading a long subtree). */
function titleTextOf(el: Element): string | null {
  const text = collectText(el, TITLE_SCAN_NODES, TITLE_SCAN_CHARS);
  return text === null ? null : cleanText(text);
}

/** A paragraph whose only content is one bold run that reads like a title. */
function boldTitle(el: Element): string | null {
  const children = Array.from(el.children).filter((c) => !SKIPPED_TAGS.has(tagOf(c)));
  if (children.length !== 1 || !BOLD_TAGS.has(tagOf(children[0]))) return null;
  const text = titleTextOf(el)?.replace(/\s*:$/, '');
  if (!text) return null;
  if (text !== textOf(children[0]).replace(/\s*:$/, '')) return null;
  return headingStyle(text, true) ? text : null;
}

/** Cues that make a plain paragraph a title (site builders without <h*>); capitals are left out: in HTML they are
 * an address line or a shouted disclaimer more often than a title. */
const PARAGRAPH_TITLE_STYLES = new Set(['numbered', 'question']);

/** A paragraph of plain text that is marked as a title: numbered ("6.1. Prestataires") or a question. */
function markedTitle(el: Element): string | null {
  if (Array.from(el.children).some((c) => BLOCK_TAGS.has(tagOf(c)) || tagOf(c) === 'LI')) return null;
  const text = titleTextOf(el);
  if (text === null) return null;
  return PARAGRAPH_TITLE_STYLES.has(headingStyle(text, false) ?? '') ? text : null;
}

function ariaHeadingLevel(el: Element): number | null {
  if (el.getAttribute('role') !== 'heading') return null;
  const level = Number(el.getAttribute('aria-level'));
  return level >= 1 && level <= 6 ? level : 2;
}

function heading(state: State, text: string, level: number): void {
  flush(state);
  push(state, { kind: 'heading', level, text });
}

function row(state: State, tr: Element): void {
  flush(state);
  const cells = Array.from(tr.children)
    .filter((c) => tagOf(c) === 'TD' || tagOf(c) === 'TH')
    .map(textOf)
    .filter(Boolean);
  if (cells.length) push(state, { kind: 'row', text: cells.join(CELL_SEPARATOR) });
}

function element(state: State, el: Element): void {
  const tag = tagOf(el);
  if (SKIPPED_TAGS.has(tag) || (state.skipChrome && CHROME_TAGS.has(tag))) return;
  const level = HEADING_TAGS[tag] ?? ariaHeadingLevel(el);
  if (level) {
    state.lastLevel = level;
    return heading(state, textOf(el), level);
  }
  if (tag === 'SUMMARY') return heading(state, textOf(el), Math.min(6, Math.max(SUMMARY_LEVEL, state.lastLevel + 1)));
  if (tag === 'TR') return row(state, el);
  if (tag === 'DT') {
    // A definition term that reads like a title (an FAQ question) heads the answer in its <dd>.
    const text = textOf(el);
    if (headingStyle(text, true)) return heading(state, text, Math.min(6, state.lastLevel + 1));
  }
  if (tag === 'BR') {
    state.buffer += ' ';
    return;
  }
  if (tag === 'LI') {
    flush(state);
    const outer = state.kind;
    state.kind = 'item';
    children(state, el);
    flush(state);
    state.kind = outer;
    return;
  }
  if (!BLOCK_TAGS.has(tag)) return children(state, el);
  flush(state);
  const title = tag === 'P' || tag === 'DIV' ? boldTitle(el) ?? markedTitle(el) : null;
  if (title) return heading(state, title, Math.min(6, state.lastLevel + 1));
  children(state, el);
  flush(state);
}

function children(state: State, el: Element): void {
  // Past this depth (a pathological or hostile page) the subtree is read as flat text: no stack overflow.
  if (++state.depth > MAX_WALK_DEPTH) {
    state.buffer += ` ${el.textContent ?? ''} `;
    state.depth--;
    return;
  }
  for (const node of Array.from(el.childNodes)) {
    if (state.truncated) return;
    if (node.nodeType === TEXT_NODE) state.buffer += node.textContent ?? '';
    else if (node.nodeType === ELEMENT_NODE) element(state, node as Element);
  }
  state.depth--;
}

/** The blocks of a subtree, at most `maxChars` characters of them. */
export function walkBlocks(root: Element, options: WalkOptions = {}): { blocks: Block[]; truncated: boolean } {
  const state: State = {
    blocks: [],
    buffer: '',
    kind: 'paragraph',
    chars: 0,
    max: options.maxChars ?? MAX_ANALYSED_CHARS,
    truncated: false,
    lastLevel: 2,
    skipChrome: options.skipChrome ?? false,
    depth: 0,
  };
  element(state, root);
  flush(state);
  return { blocks: state.blocks, truncated: state.truncated };
}
