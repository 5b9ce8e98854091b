// Keeping only the notice when a text carries its page around it (a page capture like urlscan's
// "Text Content", or a copy-paste of a whole page): where it starts (a title that names a notice,
// after the cookie banner, search and navigation) and where it ends (feedback widget, copyright).
import type { Block } from '../blocks';
import { NOTICE_TITLE } from '../notice';

/** Page-capture formats: how to recognise one and where the rendered text begins. */
export const CAPTURE_FORMATS: ReadonlyArray<{ name: string; detect: RegExp; bodyStart: RegExp }> = [
  { name: 'urlscan', detect: /urlscan|^Form analysis\b/im, bodyStart: /^Text Content[ \t]*$/m },
];

/** How far into a capture the first line of a format marker may be. */
const CAPTURE_HEAD_CHARS = 2_000;

/** Words of page chrome: consent buttons, cart, sign-in, search. */
export const CHROME_WORDS =
  /\b(?:accepter|refuser|tout accepter|tout refuser|personnaliser|accept all|reject all|accept cookies|manage cookies|panier|identifiez-vous|se connecter|mon compte|sign in|log in|your account|cart|basket|rechercher|search|menu)\b/i;

/** Blocks that end a notice on a page: what comes after them is the site's footer. */
export const END_MARKERS: readonly RegExp[] = [
  /^(?:ces informations ont-elles été utiles|cette (?:information|page|réponse) vous a-t-elle été utile|was this (?:information|page|article|answer) helpful|did this (?:answer|help))/i,
  /^(?:©|copyright\s*©|\(c\)\s*\d{4})/i,
  /^(?:.{0,80}\b)?(?:tous droits réservés|all rights reserved)\.?$/i,
];

/** Lines of chrome dropped wherever they are. */
export const CHROME_LINES = /^(?:back to top|retour en haut(?: de (?:la )?page)?|retourner en haut|top of page|haut de page|imprimer|print|partager|share|skip to (?:main )?content|passer au contenu(?: principal)?|aller au contenu)$/i;

/** Chrome is short: a button, a menu entry, a link. */
const CHROME_BLOCK_CHARS = 80;

/** A heading over a list of links to other pages of the site: the heading and its list are dropped. */
export const RELATED_LINKS_HEADINGS =
  /^(?:thèmes liés|sujets connexes|voir aussi|articles? (?:liés|similaires|connexes)|related (?:topics|articles|links|pages)|see also|you may also like|in this section|dans cette rubrique)$/i;

/** The start of the notice is looked for in this first share of the blocks... */
export const START_SEARCH_SHARE = 0.5;
/** ...and chrome before it is trusted only with this many chrome blocks (a capture needs none). */
export const MIN_CHROME_BLOCKS = 2;
/** An end marker counts only past this share of the notice (a copyright line at the top is a header). */
export const END_SEARCH_SHARE = 0.5;

/** The rendered text of a page capture, or the text itself when it is not one. */
export function captureBody(text: string): { text: string; capture: string | null } {
  const head = text.slice(0, CAPTURE_HEAD_CHARS);
  for (const format of CAPTURE_FORMATS) {
    if (!format.detect.test(head)) continue;
    const start = format.bodyStart.exec(text);
    if (start) return { text: text.slice(start.index + start[0].length), capture: format.name };
  }
  return { text, capture: null };
}

function noticeStart(blocks: Block[], capture: boolean): number {
  const limit = Math.ceil(blocks.length * START_SEARCH_SHARE);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    if (b.kind !== 'heading' || !NOTICE_TITLE.test(b.text)) continue;
    if (capture) return i;
    const chrome = blocks.slice(0, i).filter((x) => x.text.length <= CHROME_BLOCK_CHARS && CHROME_WORDS.test(x.text)).length;
    return chrome >= MIN_CHROME_BLOCKS ? i : 0;
  }
  return 0;
}

function noticeEnd(blocks: Block[], start: number): number {
  const from = start + Math.floor((blocks.length - start) * END_SEARCH_SHARE);
  for (let i = from; i < blocks.length; i++) {
    if (END_MARKERS.some((m) => m.test(blocks[i].text))) return i;
  }
  return blocks.length;
}

function dropRelatedLinks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'heading' || !RELATED_LINKS_HEADINGS.test(blocks[i].text)) {
      out.push(blocks[i]);
      continue;
    }
    while (blocks[i + 1]?.kind === 'item') i++;
  }
  return out;
}

/** The notice's blocks without the page around them. `capture` says the text is a known page capture. */
export function trimToNotice(blocks: Block[], capture = false): Block[] {
  const start = noticeStart(blocks, capture);
  const end = noticeEnd(blocks, start);
  return dropRelatedLinks(blocks.slice(start, end).filter((b) => !CHROME_LINES.test(b.text)));
}
