// Reading the active tab, kept free of the analysis code: the popup starts it before its heavy
// modules load, so the page is read while the popup's script is still being parsed.
import { parsePageExtract, type PageExtract } from '../messaging';
import { MIN_PAGE_CHARS, problemForInjectionError, problemForUrl, type PageProblem } from './page';

/**
 * How long the page may take to answer. A content script shares the page's main thread: a page that
 * blocks it would keep the popup spinning forever. The content script itself waits up to 1.5 s for
 * pages that render their text late.
 */
export const READ_TIMEOUT_MS = 10_000;

/** What `document.contentType` says in the browser's PDF viewer. */
const PDF_CONTENT_TYPE = 'application/pdf';

/** The built content script, injected on demand (WXT's output path for entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export interface ActiveTab {
  id?: number;
  url?: string;
  title?: string;
  favIconUrl?: string;
}

/** What reading the tab gave: the page's blocks, or the reason there are none. */
export type Reading = { ok: true; tabId: number; extract: PageExtract } | { ok: false; problem: PageProblem };

export async function activeTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Longest language tag kept from a page (BCP 47 tags are short; the page is untrusted). */
const MAX_LANGUAGE_TAG_CHARS = 35;

/**
 * The language the page declares (<html lang>), asked with a one-line injection sent just before the
 * content script: the popup warms up that language's rules while the page is read. '' when unknown.
 */
export async function declaredLanguage(tabId: number): Promise<string> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.documentElement.lang });
    return typeof first?.result === 'string' ? first.result.trim().slice(0, MAX_LANGUAGE_TAG_CHARS) : '';
  } catch {
    return ''; // the content script's own injection reports why the page cannot be read
  }
}

/** Injects the content script and validates what it returns. */
async function extractTab(tabId: number, url: string | undefined, favIconUrl: string | undefined): Promise<PageExtract | PageProblem> {
  let results: { result?: unknown }[] | 'timeout';
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), READ_TIMEOUT_MS)));
    results = await Promise.race([browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }), timeout]);
    clearTimeout(timer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn('[Notice Lens] the page could not be read:', message);
    return problemForInjectionError(message, url, favIconUrl);
  }
  if (results === 'timeout') return 'busy';
  const parsed = parsePageExtract(results[0]?.result);
  if (!parsed.ok) {
    console.warn('[Notice Lens] page result refused:', parsed.error);
    return 'failed';
  }
  return parsed.message;
}

function pageChars(extract: PageExtract): number {
  return extract.blocks.reduce((sum, block) => sum + block.text.trim().length, 0);
}

/**
 * Reads the active tab; every failure becomes a PageProblem the UI can say in one sentence.
 * `onLanguage` hears the language the page declares before the reading lands ('' when unknown).
 */
export async function readActiveTab(onLanguage?: (language: string) => void): Promise<Reading> {
  return readTab(await activeTab(), onLanguage);
}

/**
 * Starts `read` and gives, beside its reading, the language the page declares as soon as it is heard ('' when
 * unknown, or when the page could not be asked: the promise settles once): the caller warms up that
 * language's rules while the page is read (the popup, and the background after a toolbar click).
 */
export function readHearingLanguage(read: (onLanguage: (language: string) => void) => Promise<Reading>): {
  reading: Promise<Reading>;
  pageLanguage: Promise<string>;
} {
  let heardLanguage: (language: string) => void = () => {};
  const pageLanguage = new Promise<string>((resolve) => (heardLanguage = resolve));
  const reading = read(heardLanguage);
  const unknownLanguage = () => heardLanguage('');
  void reading.then(unknownLanguage, unknownLanguage);
  return { reading, pageLanguage };
}

/** Reads `tab` (the active tab, or the one whose toolbar button the background saw clicked). */
export async function readTab(tab: ActiveTab | undefined, onLanguage?: (language: string) => void): Promise<Reading> {
  if (tab?.id === undefined) return { ok: false, problem: 'no-tab' };
  // Without access to the URL, trying the injection tells us more than guessing.
  const fromUrl = tab.url ? problemForUrl(tab.url) : null;
  if (fromUrl) return { ok: false, problem: fromUrl };
  if (onLanguage) void declaredLanguage(tab.id).then(onLanguage);
  performance.mark('notice-lens:extract');
  const extract = await extractTab(tab.id, tab.url, tab.favIconUrl);
  performance.mark('notice-lens:analyse');
  if (typeof extract === 'string') return { ok: false, problem: extract };
  // The PDF viewer's page can be scripted but holds no text: say it is a PDF, not an empty page.
  if (extract.contentType === PDF_CONTENT_TYPE) return { ok: false, problem: 'pdf' };
  if (pageChars(extract) < MIN_PAGE_CHARS) {
    return { ok: false, problem: extract.readyState === 'complete' ? 'empty' : 'loading' };
  }
  return { ok: true, tabId: tab.id, extract };
}
