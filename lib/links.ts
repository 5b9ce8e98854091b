// Finding a site's privacy notice from any of its pages: scan the links (footer first) for the words
// sites use in several languages, and rank the candidates. Ranking is pure (tested in Node);
// `collectLinks` is the only part that touches a DOM.

/** A link as found in the page. */
export interface RawLink {
  href: string;
  text: string;
  /** inside a <footer>, role=contentinfo or an element whose id/class says footer */
  inFooter: boolean;
}

/** A ranked candidate, best first. */
export interface LinkCandidate {
  url: string;
  text: string;
  score: number;
  /** what the link is about: the notice itself, or only the cookie policy */
  kind: 'privacy' | 'cookies';
}

/** How many candidates the popup keeps: the best one is offered, a few more are listed. */
export const MAX_CANDIDATES = 5;
/** Links with longer text are paragraphs that merely contain a keyword, not notice links. */
const MAX_LINK_TEXT = 120;
/** Scan at most this many links: a page with more is a sitemap and the footer comes first anyway. */
export const MAX_LINKS_SCANNED = 3_000;

// Weights: words in the visible text count more than words in the URL (URLs are often opaque),
// the footer is where sites put the notice, and a cookie policy is a weaker match than the notice.
const WEIGHT_TEXT_PRIVACY = 10;
const WEIGHT_URL_PRIVACY = 6;
const WEIGHT_TEXT_COOKIES = 4;
const WEIGHT_URL_COOKIES = 2;
const WEIGHT_FOOTER = 3;
const WEIGHT_NOTICE_WORD = 2;
const WEIGHT_SAME_SITE = 1;

/** Words that name the notice itself (text is lower-cased and stripped of accents first). */
const PRIVACY_WORDS = [
  'privacy',
  'confidentialite',
  'donnees personnelles',
  'protection des donnees',
  'vie privee',
  'datenschutz',
  'privacidad',
  'privacidade',
  'riservatezza',
  'personal data',
  'data protection',
];
const PRIVACY_URL_WORDS = [
  'privacy',
  'confidentialite',
  'donnees-personnelles',
  'protection-des-donnees',
  'vie-privee',
  'datenschutz',
  'privacidad',
  'rgpd',
  'gdpr',
];
const COOKIE_WORDS = ['cookie'];
/** Words that say "this is the document", not a settings toggle. */
const NOTICE_WORDS = ['policy', 'notice', 'statement', 'politique', 'charte', 'declaration', 'erklarung', 'politica', 'avis'];
/** Links that mention privacy but lead to settings, not to the text. */
const SETTINGS_WORDS = ['settings', 'preferences', 'parametres', 'manage', 'gerer', 'choices', 'choix', 'do not sell'];

/** Lower case, accents removed, whitespace collapsed: "Confidentialité" -> "confidentialite". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function includesAny(haystack: string, needles: readonly string[]): boolean {
  return needles.some((needle) => haystack.includes(needle));
}

/** The registrable-ish host (without www.) used to prefer links to the same site. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

/** Resolves a link against the page and keeps only web links (no javascript:, mailto:, data:). */
export function resolveWebLink(href: string, pageUrl: string): URL | null {
  try {
    const url = new URL(href, pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** Scores one link; 0 means "not a notice link". */
export function scoreLink(link: RawLink, url: URL, page: URL): { score: number; kind: LinkCandidate['kind'] } {
  const text = foldText(link.text);
  const path = foldText(decodeURIComponent(url.pathname + url.search).replace(/[_/]+/g, ' '));
  const pathDashed = path.replace(/ /g, '-');
  let score = 0;
  let kind: LinkCandidate['kind'] = 'privacy';
  if (includesAny(text, PRIVACY_WORDS)) score += WEIGHT_TEXT_PRIVACY;
  if (includesAny(pathDashed, PRIVACY_URL_WORDS)) score += WEIGHT_URL_PRIVACY;
  if (score === 0) {
    if (includesAny(text, COOKIE_WORDS)) score += WEIGHT_TEXT_COOKIES;
    if (includesAny(pathDashed, COOKIE_WORDS)) score += WEIGHT_URL_COOKIES;
    kind = 'cookies';
  }
  if (score === 0) return { score: 0, kind };
  if (includesAny(text, SETTINGS_WORDS) && !includesAny(text, NOTICE_WORDS)) return { score: 0, kind };
  if (includesAny(text, NOTICE_WORDS)) score += WEIGHT_NOTICE_WORD;
  if (link.inFooter) score += WEIGHT_FOOTER;
  if (hostOf(url) === hostOf(page)) score += WEIGHT_SAME_SITE;
  return { score, kind };
}

/** Ranks a page's links as privacy-notice candidates, best first, one entry per URL, never the page itself. */
export function rankLinks(links: readonly RawLink[], pageUrl: string): LinkCandidate[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const pageKey = page.origin + page.pathname + page.search;
  const best = new Map<string, LinkCandidate & { order: number }>();
  links.slice(0, MAX_LINKS_SCANNED).forEach((link, order) => {
    const text = link.text.replace(/\s+/g, ' ').trim();
    if (text.length > MAX_LINK_TEXT) return;
    const url = resolveWebLink(link.href, pageUrl);
    if (!url) return;
    const key = url.toString();
    if (key === pageKey) return;
    const { score, kind } = scoreLink({ ...link, text }, url, page);
    if (score === 0) return;
    const previous = best.get(key);
    if (!previous || previous.score < score) best.set(key, { url: key, text, score, kind, order });
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_CANDIDATES)
    .map(({ url, text, score, kind }) => ({ url, text, score, kind }));
}

const FOOTER_SELECTOR = 'footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]';

/** Links sent from the page at most (footer first, so the ones that matter come first). */
export const MAX_LINKS_SENT = 1_000;
/** Link text kept: longer text is not a notice link anyway (see MAX_LINK_TEXT). */
const LINK_TEXT_SENT = 200;

/**
 * Reads a document's links, footer links first (they are where notices live and win ties), with
 * absolute URLs. Runs in the page; the ranking runs in the popup, keeping the content script small.
 */
export function collectLinks(doc: Document): RawLink[] {
  const anchors = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]')).slice(0, MAX_LINKS_SCANNED);
  const raw = anchors.map((a) => ({
    href: a.href || (a.getAttribute('href') ?? ''),
    text: ((a.textContent ?? '').trim() || (a.getAttribute('aria-label') ?? '')).replace(/\s+/g, ' ').slice(0, LINK_TEXT_SENT),
    inFooter: a.closest(FOOTER_SELECTOR) !== null,
  }));
  return [...raw.filter((l) => l.inFooter), ...raw.filter((l) => !l.inFooter)].slice(0, MAX_LINKS_SENT);
}
