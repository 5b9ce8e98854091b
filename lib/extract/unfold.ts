// Notices fold their sections (details, accordions, tabs, hidden panels) and Readability drops what it
// believes invisible (hidden, aria-hidden, inline display:none). On the clone, everything is unfolded.

/** Inline style declarations that hide an element. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:max-)?height\s*:\s*0(?:px)?|opacity\s*:\s*0)\s*(?:!important)?\s*(?=;|$)/gi;

/** The same test without the global flag (no lastIndex state between calls). */
const HIDES = new RegExp(HIDING_STYLE.source, 'i');

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

/** Hidden content in another language than the page (a language switch that hides the other version). */
const FOLDED = '[hidden][lang], [aria-hidden="true"][lang], [style*="display"][lang]';

function baseLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split('-')[0];
}

/** Removes folded versions of the page in another language: unfolding them would mix two notices. */
function dropOtherLanguages(doc: Document): number {
  const page = baseLanguage(doc.documentElement?.getAttribute('lang'));
  if (!page) return 0;
  const others = Array.from(doc.querySelectorAll(FOLDED)).filter((el) => {
    const lang = baseLanguage(el.getAttribute('lang'));
    const hidden = el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDES.test(el.getAttribute('style') ?? '');
    return hidden && lang && lang !== page;
  });
  for (const el of others) el.remove();
  return others.length;
}

/** Opens every folded part of a (cloned) document; returns how many elements were changed. */
export function unfold(doc: Document): number {
  let changed = dropOtherLanguages(doc);
  for (const rule of UNFOLD_RULES) {
    for (const el of Array.from(doc.querySelectorAll(rule.selector))) {
      rule.apply(el);
      changed++;
    }
  }
  return changed;
}
