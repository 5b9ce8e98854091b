// Notices fold their sections (details, accordions, tabs, hidden panels) and Readability drops what it
// believes invisible (hidden, aria-hidden, inline display:none). On the clone, everything is unfolded.

/** Inline style declarations that hide an element. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:max-)?height\s*:\s*0(?:px)?|opacity\s*:\s*0)\s*(?:!important)?\s*(?=;|$)/gi;

/** Attributes that fold content, and how each is undone. */
export const UNFOLD_RULES: ReadonlyArray<{ selector: string; apply: (el: Element) => void }> = [
  { selector: 'details:not([open])', apply: (el) => el.setAttribute('open', '') },
  { selector: '[hidden]', apply: (el) => el.removeAttribute('hidden') },
  { selector: '[aria-hidden="true"]', apply: (el) => el.removeAttribute('aria-hidden') },
  { selector: '[aria-expanded="false"]', apply: (el) => el.setAttribute('aria-expanded', 'true') },
  {
    selector: '[style]',
    apply: (el) => {
      const style = el.getAttribute('style') ?? '';
      const open = style.replace(HIDING_STYLE, '');
      if (open !== style) el.setAttribute('style', open);
    },
  },
];

/** Opens every folded part of a (cloned) document; returns how many elements were changed. */
export function unfold(doc: Document): number {
  let changed = 0;
  for (const rule of UNFOLD_RULES) {
    for (const el of Array.from(doc.querySelectorAll(rule.selector))) {
      rule.apply(el);
      changed++;
    }
  }
  return changed;
}
