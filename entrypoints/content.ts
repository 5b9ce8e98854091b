// Injected on demand into the active tab by the popup (scripting.executeScript; no host permission).
// Thin: reads the page into blocks (engine) and its links (ranked in the popup), answers highlight requests.
// Never loads the NLP libraries and never opens IndexedDB: the analysis runs in the popup.
import { extractFromDocument } from '@/lib/extract/dom';
import { clearHighlight, highlightPassage } from '@/lib/highlight';
import { collectLinks } from '@/lib/links';
import { parseContentMessage, type HighlightResponse, type LocationChangedMessage, type PageExtract } from '@/lib/messaging';

/** Below this many characters a page may still be rendering its text with script: wait a little. */
const MIN_TEXT_CHARS = 200;
/** How long to wait for such a page, and how often to look again. */
const SETTLE_WAIT_MS = 1_500;
const SETTLE_STEP_MS = 250;

function read(): PageExtract {
  const { blocks, title, truncated } = extractFromDocument(document);
  return {
    url: location.href,
    title: title ?? (document.title || null),
    lang: document.documentElement.lang || '',
    blocks,
    truncated,
    links: collectLinks(document),
    readyState: document.readyState,
    contentType: document.contentType,
  };
}

function textLength(extract: PageExtract): number {
  return extract.blocks.reduce((sum, block) => sum + block.text.length, 0);
}

export default defineContentScript({
  registration: 'runtime',
  // WXT would also announce the script to the page with window.postMessage, naming our extension id:
  // a page could tell that its visitor uses Notice Lens. The DOM event it keeps needs the id to be heard.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Answers through sendResponse: Chrome ignores promises returned by listeners (lib/content-browser.ts).
    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (response: HighlightResponse) => void): false => {
      const parsed = parseContentMessage(raw);
      if (!parsed.ok) {
        console.warn('[Notice Lens] message refused:', parsed.error);
        return false;
      }
      if (parsed.message.type === 'clear-highlight') {
        clearHighlight(document);
        sendResponse({ found: false, opened: 0 });
      } else {
        sendResponse(highlightPassage(document, parsed.message.text));
      }
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      const message: LocationChangedMessage = { type: 'location-changed', url: newUrl.href };
      browser.runtime.sendMessage(message).catch(() => undefined);
    });

    let extract = read();
    for (let waited = 0; textLength(extract) < MIN_TEXT_CHARS && waited < SETTLE_WAIT_MS; waited += SETTLE_STEP_MS) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_STEP_MS));
      extract = read();
    }
    return extract;
  },
});
