// The one message protocol between the extension's contexts (popup, dashboard, background, content script).
// Every message is validated at runtime on arrival: a content script runs next to a page we do not
// control, so anything that reaches a listener is `unknown` until `parse*` says otherwise.

import type { Block, BlockKind } from './blocks';
import type { RawLink } from './links';

/** Longest passage text the popup may ask the page to find (passages are paragraphs, not whole notices). */
export const MAX_HIGHLIGHT_TEXT = 5_000;
/** Longest URL accepted in a message (browsers cap URLs near 2 MB; ours are page URLs). */
export const MAX_URL_LENGTH = 8_192;
/** The badge shows a small count; anything larger is a bug or a forged message. */
export const MAX_BADGE_COUNT = 999;

// ---- extension pages (popup, dashboard) -> content script in the active tab -------------------------

export interface HighlightMessage {
  type: 'highlight';
  /** the passage text as the report holds it */
  text: string;
}
export interface ClearHighlightMessage {
  type: 'clear-highlight';
}
export type ContentMessage = HighlightMessage | ClearHighlightMessage;

export interface HighlightResponse {
  found: boolean;
  /** how many collapsed ancestors (details, hidden panels, accordions) had to be opened */
  opened: number;
}

// ---- to the background ------------------------------------------------------------------------------

/** From an extension page: the popup analysed a tab; the badge shows the high-severity flags. */
export interface BadgeMessage {
  type: 'badge';
  tabId: number;
  count: number;
}
/** From a content script: the page changed its URL without a reload (history API), the badge is stale. */
export interface LocationChangedMessage {
  type: 'location-changed';
  url: string;
}
/**
 * From the popup the background opened after a toolbar click: the summary it prepared for that tab.
 * Answered with a Handoff (lib/ui/popup.ts: the popup's state), or null when it has none for the tab.
 */
export interface TakeSummaryMessage {
  type: 'take-summary';
  tabId: number;
}
export type BackgroundMessage = BadgeMessage | LocationChangedMessage | TakeSummaryMessage;

/** Who may send what: the background acts on a message only when its sender is allowed to send it. */
export type SenderKind = 'extension-page' | 'content-script';
export const ALLOWED_SENDERS: Record<BackgroundMessage['type'], readonly SenderKind[]> = {
  badge: ['extension-page'],
  'location-changed': ['content-script'],
  'take-summary': ['extension-page'],
};

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only the listed keys may be present: extra keys mean a message from something else. */
function hasOnlyKeys(value: Obj, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function isBoundedString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function isHttpUrl(value: unknown): value is string {
  if (!isBoundedString(value, MAX_URL_LENGTH)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:';
  } catch {
    return false;
  }
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function fail<T>(error: string): Parsed<T> {
  return { ok: false, error };
}

/** Validates a message meant for the content script. */
export function parseContentMessage(value: unknown): Parsed<ContentMessage> {
  if (!isObject(value)) return fail('not an object');
  switch (value.type) {
    case 'highlight':
      if (!hasOnlyKeys(value, ['type', 'text'])) return fail('unexpected keys in highlight');
      if (!isBoundedString(value.text, MAX_HIGHLIGHT_TEXT)) return fail('highlight.text must be a non-empty string');
      return { ok: true, message: { type: 'highlight', text: value.text } };
    case 'clear-highlight':
      if (!hasOnlyKeys(value, ['type'])) return fail('unexpected keys in clear-highlight');
      return { ok: true, message: { type: 'clear-highlight' } };
    default:
      return fail(`unknown message type ${JSON.stringify(String(value.type)).slice(0, 60)}`);
  }
}

/** Validates a message meant for the background, including whether this sender may send it. */
export function parseBackgroundMessage(value: unknown, sender: SenderKind): Parsed<BackgroundMessage> {
  if (!isObject(value)) return fail('not an object');
  const type = value.type;
  if (typeof type !== 'string' || !Object.hasOwn(ALLOWED_SENDERS, type)) {
    return fail(`unknown message type ${JSON.stringify(String(type)).slice(0, 60)}`);
  }
  const allowed = ALLOWED_SENDERS[type as BackgroundMessage['type']];
  if (!allowed.includes(sender)) return fail(`a ${sender} may not send ${type}`);
  switch (type) {
    case 'badge':
      if (!hasOnlyKeys(value, ['type', 'tabId', 'count'])) return fail('unexpected keys in badge');
      if (!isCount(value.tabId, Number.MAX_SAFE_INTEGER)) return fail('badge.tabId must be a tab id');
      if (!isCount(value.count, MAX_BADGE_COUNT)) return fail('badge.count must be a small whole number');
      return { ok: true, message: { type: 'badge', tabId: value.tabId, count: value.count } };
    case 'location-changed':
      if (!hasOnlyKeys(value, ['type', 'url'])) return fail('unexpected keys in location-changed');
      if (!isHttpUrl(value.url)) return fail('location-changed.url must be a page URL');
      return { ok: true, message: { type: 'location-changed', url: value.url } };
    case 'take-summary':
      if (!hasOnlyKeys(value, ['type', 'tabId'])) return fail('unexpected keys in take-summary');
      if (!isCount(value.tabId, Number.MAX_SAFE_INTEGER)) return fail('take-summary.tabId must be a tab id');
      return { ok: true, message: { type: 'take-summary', tabId: value.tabId } };
    default:
      return fail(`unhandled message type ${type}`);
  }
}

/** The parts of a runtime.MessageSender the background looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Tells an extension page from a content script: both carry our extension id; only extension pages
 * have a URL on the extension's own origin. Messages from other extensions are refused (null).
 */
export function senderKind(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url && sender.url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content-script';
  return null;
}

// ---- content script -> extension page: the result of injecting the content script ------------------


/** What the content script returns from `scripting.executeScript`: the page read as blocks. */
export interface PageExtract {
  url: string;
  title: string | null;
  /** the page's declared language (`<html lang>`), may be empty */
  lang: string;
  blocks: Block[];
  /** the page was too large: only its first part was read */
  truncated: boolean;
  /** the page's links, footer first; the popup ranks them (lib/links.ts) to find the notice */
  links: RawLink[];
  /** document.readyState when read */
  readyState: string;
  /** document.contentType: a PDF shown by the browser's viewer says so here even when its URL does not */
  contentType?: string;
}

/** Upper bounds on what we accept from a page (the extractor truncates far below these). */
export const MAX_BLOCKS = 20_000;
export const MAX_BLOCK_TEXT = 100_000;
const MAX_TITLE = 1_000;
/** BCP 47 tags are short; longer is junk. */
const MAX_LANG_TAG = 35;
/** MIME types are short (RFC 6838 caps each part at 127 characters). */
const MAX_CONTENT_TYPE = 255;
const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'item', 'row'];
const MAX_HEADING_LEVEL = 6;

function parseBlock(value: unknown): Block | null {
  if (!isObject(value)) return null;
  if (typeof value.kind !== 'string' || !BLOCK_KINDS.includes(value.kind as BlockKind)) return null;
  if (typeof value.text !== 'string' || value.text.length > MAX_BLOCK_TEXT) return null;
  const block: Block = { kind: value.kind as BlockKind, text: value.text };
  if (value.level !== undefined) {
    if (!isCount(value.level, MAX_HEADING_LEVEL)) return null;
    block.level = value.level;
  }
  return block;
}

/** Links the page may send (the content script caps them; a page with more is a sitemap). */
export const MAX_LINKS = 1_000;
const MAX_LINK_TEXT = 300;

function parseLink(value: unknown): RawLink | null {
  if (!isObject(value)) return null;
  if (!isBoundedString(value.href, MAX_URL_LENGTH) || typeof value.text !== 'string') return null;
  return { href: value.href, text: value.text.slice(0, MAX_LINK_TEXT), inFooter: value.inFooter === true };
}

/** Validates what the content script returned; malformed parts make the whole result invalid. */
export function parsePageExtract(value: unknown): Parsed<PageExtract> {
  if (!isObject(value)) return fail('no result from the page');
  if (typeof value.url !== 'string' || value.url.length > MAX_URL_LENGTH) return fail('bad url');
  if (!(value.title === null || typeof value.title === 'string')) return fail('bad title');
  if (!Array.isArray(value.blocks) || value.blocks.length > MAX_BLOCKS) return fail('bad blocks');
  if (!Array.isArray(value.links) || value.links.length > MAX_LINKS) return fail('bad links');
  const blocks: Block[] = [];
  for (const raw of value.blocks) {
    const block = parseBlock(raw);
    if (!block) return fail('bad block');
    blocks.push(block);
  }
  const links: RawLink[] = [];
  for (const raw of value.links) {
    const link = parseLink(raw);
    if (link) links.push(link);
  }
  return {
    ok: true,
    message: {
      url: value.url,
      title: typeof value.title === 'string' ? value.title.slice(0, MAX_TITLE) : null,
      lang: typeof value.lang === 'string' ? value.lang.slice(0, MAX_LANG_TAG) : '',
      blocks,
      truncated: value.truncated === true,
      links,
      readyState: typeof value.readyState === 'string' ? value.readyState : 'complete',
      ...(typeof value.contentType === 'string' ? { contentType: value.contentType.slice(0, MAX_CONTENT_TYPE) } : {}),
    },
  };
}
