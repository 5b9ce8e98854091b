// Pages the popup cannot or should not read, each with its own reason (the UI turns it into a sentence).

export const PAGE_PROBLEMS = [
  'browser-page', // chrome://, edge://, about:, the browser's own pages
  'extension-page', // another extension's page, or ours
  'web-store', // extension stores forbid scripts
  'pdf', // the built-in PDF viewer
  'file-access', // file:// without "Allow access to file URLs"
  'view-source',
  'not-web', // data:, blob:, javascript: and other schemes
  'no-tab',
  'empty', // the page holds no text
  'loading', // the page is still loading and holds too little yet
  'busy', // the page's main thread did not let the content script run in time
  'unsupported-language', // we read French and English
  'reopen', // we opened the notice on another site: the click's access stayed with the previous page
  'failed', // anything else the browser refused
] as const;
export type PageProblem = (typeof PAGE_PROBLEMS)[number];

const BROWSER_SCHEMES = ['chrome:', 'edge:', 'about:', 'brave:', 'opera:', 'vivaldi:', 'chrome-search:', 'devtools:', 'chrome-untrusted:'];
const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'extension:'];
const STORE_HOSTS: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];
const PDF_PATH = /\.pdf$/i;

/** What the URL alone says about reading the page; null when it looks readable. */
export function problemForUrl(rawUrl: string | undefined | null): PageProblem | null {
  if (!rawUrl) return 'no-tab';
  if (rawUrl.startsWith('view-source:')) return 'view-source';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'not-web';
  }
  if (BROWSER_SCHEMES.includes(url.protocol)) return 'browser-page';
  if (EXTENSION_SCHEMES.includes(url.protocol)) {
    // Chrome shows PDFs in its own viewer extension, with the file's URL as the tab's URL: that case is
    // caught below; an extension URL here is a real extension page.
    return 'extension-page';
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (STORE_HOSTS.some((s) => url.hostname === s.host && (!s.path || url.pathname.startsWith(s.path)))) return 'web-store';
    if (PDF_PATH.test(url.pathname)) return 'pdf';
    return null;
  }
  if (url.protocol === 'file:') return PDF_PATH.test(url.pathname) ? 'pdf' : null;
  return 'not-web';
}

/**
 * The tab icon of Firefox's built-in PDF viewer. Firefox shows a PDF at the file's own URL and refuses
 * scripts there with a bare "Missing host permission": this icon is what tells it is a PDF.
 */
export const FIREFOX_PDF_VIEWER_ICON = 'chrome://global/skin/icons/pdf.svg';

/**
 * Turns the browser's refusal to inject into the most specific reason we can tell. After a click on the
 * toolbar button, activeTab reveals the URL of any web or file page: a tab whose URL stays hidden is one
 * of the browser's own pages (about:blank, the new tab page, ...).
 */
export function problemForInjectionError(message: string, url: string | undefined | null, favIconUrl?: string | null): PageProblem {
  if (!url) return 'browser-page';
  const fromUrl = problemForUrl(url);
  if (fromUrl) return fromUrl;
  if (favIconUrl === FIREFOX_PDF_VIEWER_ICON) return 'pdf';
  if (url.startsWith('file:')) return 'file-access';
  if (/gallery|web store|extensions gallery/i.test(message)) return 'web-store';
  if (/chrome:\/\/|cannot be scripted|privileged|about:/i.test(message)) return 'browser-page';
  if (/pdf/i.test(message)) return 'pdf';
  return 'failed';
}

/** Languages the rules read. */
export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;

/** "fr-FR" -> "fr". */
export function baseLanguage(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function isSupportedLanguage(language: string): boolean {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(baseLanguage(language));
}

/** Too little text to be any kind of document (a few menu words do not make a page). */
export const MIN_PAGE_CHARS = 40;
