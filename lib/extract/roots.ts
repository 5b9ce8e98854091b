// Text the page clone does not carry: open shadow roots (web components render notices there) and
// same-origin iframes (help centres frame their notice in a shell page). `doc.cloneNode(true)` copies
// neither, so the extractor copies shadow content into the clone and reads accessible frames itself.
// Closed shadow roots and cross-origin frames stay out of reach, as for any script in the page.
// Kept small: bundled into the content script.

/** Shadow content copied at most this many nodes deep (a hostile page may nest without end). */
export const MAX_SHADOW_DEPTH = 64;
/** Most nodes copied out of shadow roots in one page. */
export const MAX_SHADOW_NODES = 200_000;
/** Most same-origin frames read per page (each costs a whole extraction). */
export const MAX_FRAMES = 5;

const ELEMENT_NODE = 1;

interface Budget {
  nodes: number;
}

/** Copies `node` into `doc`: a shadow host gets its shadow content, a slot becomes what it shows. */
function copy(node: Node, doc: Document, depth: number, budget: Budget): Node[] {
  if (--budget.nodes < 0) return [];
  if (node.nodeType !== ELEMENT_NODE) return [doc.importNode(node, false)];
  const el = node as Element;
  if (el.tagName.toUpperCase() === 'SLOT') {
    const slot = el as HTMLSlotElement;
    const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
    return (assigned.length ? assigned : Array.from(slot.childNodes)).flatMap((n) => copy(n, doc, depth + 1, budget));
  }
  const out = doc.importNode(el, false) as Element;
  if (depth < MAX_SHADOW_DEPTH) out.append(...flatten(el.shadowRoot ?? el, doc, depth + 1, budget));
  return [out];
}

function flatten(root: ParentNode, doc: Document, depth: number, budget: Budget): Node[] {
  return Array.from(root.childNodes).flatMap((child) => copy(child, doc, depth, budget));
}

/**
 * Puts the content of every open shadow root of `live` into the matching host of `clone` (a deep clone
 * of `live`, so both list their elements in the same order). A host's light children reach the copy
 * through its slots, as the page shows them.
 */
export function inlineShadowRoots(live: Document, clone: Document): void {
  const liveElements = live.querySelectorAll('*');
  let cloned: NodeListOf<Element> | null = null;
  const budget: Budget = { nodes: MAX_SHADOW_NODES };
  for (let i = 0; i < liveElements.length; i++) {
    const root = (liveElements[i] as Element).shadowRoot;
    if (!root) continue;
    cloned ??= clone.querySelectorAll('*');
    cloned[i]?.replaceChildren(...flatten(root, clone, 0, budget));
  }
}

/** The documents of the page's same-origin frames that hold a body (others are null to page scripts too). */
export function frameDocuments(doc: Document): Document[] {
  const docs: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    if (docs.length >= MAX_FRAMES) break;
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner?.body) docs.push(inner);
    } catch {
      // cross-origin: out of reach
    }
  }
  return docs;
}
