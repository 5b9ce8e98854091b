// "Show in page": find a passage's text in the live page, open whatever keeps it collapsed, scroll to it
// and draw a removable overlay over it. The overlay lives only in the page's current DOM (nothing is
// stored), so a reload removes it. The page's own nodes are never modified except to open collapsed parts.
import { frameDocuments } from './extract/roots';

/** How many visible characters (whitespace ignored) of a passage are searched for. */
export const MATCH_CHARS = 80;
/** Shorter keys tried when the long one is not found (the page may split or decorate the passage). */
const FALLBACK_MATCH_CHARS = [40, 24];
/** Passages shorter than this (visible characters) are too ambiguous to search for. */
const MIN_MATCH_CHARS = 4;
/** Overlay boxes drawn at most (a passage spans a few lines; a huge count means a layout gone wrong). */
const MAX_BOXES = 200;
/** Padding around the highlighted lines, in CSS pixels. */
const BOX_PADDING = 2;
/** Attribute that marks our overlay so it can be found and removed. */
export const OVERLAY_ATTR = 'data-notice-lens-highlight';
/** Ancestors to walk up when opening collapsed parts. */
const MAX_ANCESTORS = 60;

/**
 * Folds one character for matching: case, typographic quotes and dashes, ligature-free.
 * Returns '' for whitespace and invisible characters so that spacing never matters, and for "|",
 * which joins table cells in a passage but is no character of the page (cells are separate elements).
 */
export function foldChar(ch: string): string {
  if (/\s|\||[\u200b-\u200d\u2060\ufeff\u00ad]/.test(ch)) return '';
  if (/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/.test(ch)) return "'";
  if (/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/.test(ch)) return '"';
  if (/[\u2010-\u2015\u2212]/.test(ch)) return '-';
  const lower = ch.toLowerCase();
  // Keep a 1:1 mapping between source and folded characters (e.g. "İ" lowercases to two code units).
  return lower.length === ch.length ? lower : ch;
}

/** A passage's text as a search key: folded, whitespace removed, leading list markers dropped. */
export function matchKey(text: string, length: number = MATCH_CHARS): string {
  const withoutMarker = text.replace(/^\s*(?:[-*•·▪◦–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/i, '');
  let key = '';
  for (const ch of withoutMarker) {
    key += foldChar(ch);
    if (key.length >= length) break;
  }
  return key.slice(0, length);
}

/** The document's text, folded, with each folded character's position in its text node. */
export interface TextIndex {
  text: string;
  nodes: Text[];
  /** per folded character: index into `nodes` */
  nodeOf: number[];
  /** per folded character: offset of the source character in its node */
  offsetOf: number[];
}

const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG']);

function isSkipped(element: Element): boolean {
  return SKIPPED_ELEMENTS.has(element.tagName.toUpperCase()) || element.hasAttribute(OVERLAY_ATTR);
}

function indexText(index: TextIndex, parts: string[], node: Text): void {
  const nodeIndex = index.nodes.push(node) - 1;
  let offset = 0;
  for (const ch of node.data) {
    const folded = foldChar(ch);
    for (let i = 0; i < folded.length; i++) {
      parts.push(folded[i] as string);
      index.nodeOf.push(nodeIndex);
      index.offsetOf.push(offset);
    }
    offset += ch.length;
  }
}

/**
 * Indexes every text node under `root` in reading order, hidden ones too (they may be in collapsed
 * sections) and those inside open shadow roots (notices rendered by web components).
 */
export function buildTextIndex(root: Node): TextIndex {
  const index: TextIndex = { text: '', nodes: [], nodeOf: [], offsetOf: [] };
  const parts: string[] = [];
  // An explicit stack rather than recursion: deep pages must not overflow the call stack.
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === Node.TEXT_NODE) {
      indexText(index, parts, node as Text);
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)) continue;
    const children: Node[] = Array.from(node.childNodes);
    const shadow = node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) children.unshift(shadow);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  index.text = parts.join('');
  return index;
}

/** Finds the passage in the index: a DOM Range over its first characters, or null. */
export function findPassage(index: TextIndex, passageText: string): Range | null {
  const full = matchKey(passageText, Number.MAX_SAFE_INTEGER);
  if (full.length < MIN_MATCH_CHARS) return null;
  for (const length of [MATCH_CHARS, ...FALLBACK_MATCH_CHARS]) {
    const key = full.slice(0, length);
    if (key.length < MIN_MATCH_CHARS) continue;
    const at = index.text.indexOf(key);
    if (at < 0) continue;
    // Extend the range over as much of the passage as the page holds contiguously.
    let end = at + key.length;
    while (end < index.text.length && end - at < full.length && index.text[end] === full[end - at]) end++;
    return rangeFor(index, at, end);
  }
  return null;
}

function rangeFor(index: TextIndex, start: number, end: number): Range {
  const startNode = index.nodes[index.nodeOf[start] as number] as Text;
  const last = end - 1;
  const endNode = index.nodes[index.nodeOf[last] as number] as Text;
  const endOffset = (index.offsetOf[last] as number) + 1;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.offsetOf[start] as number);
  range.setEnd(endNode, Math.min(endOffset, endNode.length));
  return range;
}

/** True when the element itself is not rendered or clipped to nothing. */
function isCollapsed(el: HTMLElement, view: Window): boolean {
  if (el.hidden) return true;
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.contentVisibility === 'hidden') return true;
  const clipped = style.overflow === 'hidden' || style.overflowY === 'hidden';
  return clipped && (style.maxHeight === '0px' || style.height === '0px');
}

/** Clicks the page's own toggle for a panel when it has one (aria-controls / aria-expanded="false"). */
function clickToggleFor(el: HTMLElement): boolean {
  if (!el.id) return false;
  const doc = el.ownerDocument;
  const toggles = Array.from(doc.querySelectorAll<HTMLElement>('[aria-controls]')).filter((t) =>
    (t.getAttribute('aria-controls') ?? '').split(/\s+/).includes(el.id),
  );
  const closed = toggles.find((t) => t.getAttribute('aria-expanded') === 'false');
  if (!closed) return false;
  closed.click();
  return true;
}

/** The parent element, stepping out of a shadow root to its host. */
function parentAcrossShadow(el: HTMLElement): HTMLElement | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return 'host' in root ? ((root as ShadowRoot).host as HTMLElement) : null;
}

/**
 * Opens everything that keeps `node` out of sight: <details>, `hidden` panels, aria-hidden panels,
 * accordions (through their own toggle first, by force otherwise). Returns how many were opened.
 */
export function revealAncestors(node: Node): number {
  const doc = node.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return 0;
  let opened = 0;
  let el: HTMLElement | null = node instanceof view.HTMLElement ? node : node.parentElement;
  for (let depth = 0; el && depth < MAX_ANCESTORS; depth++, el = parentAcrossShadow(el)) {
    if (el instanceof view.HTMLDetailsElement && !el.open) {
      el.open = true;
      opened++;
      continue;
    }
    const hiddenForReaders = el.getAttribute('aria-hidden') === 'true';
    if (!isCollapsed(el, view) && !hiddenForReaders) continue;
    if (clickToggleFor(el) && !isCollapsed(el, view)) {
      opened++;
      continue;
    }
    el.hidden = false;
    if (hiddenForReaders) el.removeAttribute('aria-hidden');
    if (isCollapsed(el, view)) {
      el.style.setProperty('display', 'block', 'important');
      el.style.setProperty('visibility', 'visible', 'important');
      el.style.setProperty('max-height', 'none', 'important');
      el.style.setProperty('height', 'auto', 'important');
      el.style.setProperty('content-visibility', 'visible', 'important');
    }
    opened++;
  }
  return opened;
}

/** Stops the listeners of the highlight on screen, if any. */
let stopActive: (() => void) | null = null;

/** Removes our overlay from the document, if any, with its listeners. */
export function clearHighlight(doc: Document): void {
  stopActive?.();
  stopActive = null;
  for (const each of [doc, ...frameDocuments(doc)]) each.querySelectorAll(`[${OVERLAY_ATTR}]`).forEach((el) => el.remove());
}

/** A notice a shell page frames (same origin, read by the extractor too) is highlighted in its frame, brought into view. */
function highlightInFrames(doc: Document, passageText: string): HighlightOutcome {
  for (const frame of frameDocuments(doc)) {
    const outcome = highlightPassage(frame, passageText);
    if (!outcome.found) continue;
    (frame.defaultView?.frameElement as HTMLElement | null)?.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
    return outcome;
  }
  return { found: false, opened: 0 };
}

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

/** Draws boxes over the range's lines, positioned in document coordinates (they scroll with the page). */
function drawBoxes(overlay: HTMLElement, range: Range): void {
  const doc = overlay.ownerDocument;
  const view = doc.defaultView as Window;
  overlay.replaceChildren();
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0).slice(0, MAX_BOXES);
  for (const rect of rects) {
    const box = doc.createElement('div');
    setStyles(box, {
      position: 'absolute',
      left: `${rect.left + view.scrollX - BOX_PADDING}px`,
      top: `${rect.top + view.scrollY - BOX_PADDING}px`,
      width: `${rect.width + 2 * BOX_PADDING}px`,
      height: `${rect.height + 2 * BOX_PADDING}px`,
      background: 'rgba(255, 213, 0, 0.38)',
      outline: '2px solid rgba(214, 120, 0, 0.9)',
      'border-radius': '3px',
      'mix-blend-mode': 'multiply',
    });
    overlay.appendChild(box);
  }
}

function createOverlay(doc: Document): HTMLElement {
  const overlay = doc.createElement('div');
  overlay.setAttribute(OVERLAY_ATTR, '');
  overlay.setAttribute('aria-hidden', 'true');
  setStyles(overlay, { position: 'absolute', left: '0', top: '0', width: '0', height: '0', 'z-index': '2147483647', 'pointer-events': 'none' });
  (doc.body ?? doc.documentElement).appendChild(overlay);
  return overlay;
}

/** Accordions animate open and pages reflow: follow the layout this long after opening. */
const FOLLOW_LAYOUT_MS = 1_500;

export interface HighlightOutcome {
  found: boolean;
  opened: number;
}

/**
 * Finds `passageText` in the page, opens its collapsed ancestors, scrolls it into view and overlays it.
 * Any previous highlight is removed first; Escape or a click in the page removes this one. While the
 * page settles (an accordion animating open), the boxes and the scroll follow the text.
 */
export function highlightPassage(doc: Document, passageText: string): HighlightOutcome {
  clearHighlight(doc);
  const root = doc.body ?? doc.documentElement;
  const range = findPassage(buildTextIndex(root), passageText);
  if (!range) return highlightInFrames(doc, passageText);
  const opened = revealAncestors(range.startContainer);
  const target = range.startContainer.parentElement;
  const place = () => {
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    drawBoxes(overlay, range);
  };
  const overlay = createOverlay(doc);
  place();
  const view = doc.defaultView;
  if (!view) return { found: true, opened };
  const follow = 'ResizeObserver' in view ? new view.ResizeObserver(() => overlay.isConnected && place()) : null;
  follow?.observe(root);
  const stopFollowing = view.setTimeout(() => follow?.disconnect(), FOLLOW_LAYOUT_MS);
  const stop = () => {
    follow?.disconnect();
    view.clearTimeout(stopFollowing);
    view.removeEventListener('keydown', onEvent, true);
    view.removeEventListener('pointerdown', onEvent, true);
  };
  const onEvent = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
    clearHighlight(doc);
  };
  view.addEventListener('keydown', onEvent, true);
  view.addEventListener('pointerdown', onEvent, true);
  stopActive = stop;
  return { found: true, opened };
}
