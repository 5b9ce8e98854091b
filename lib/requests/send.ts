// Ways the person sends a letter themselves: a mailto: link, the clipboard, a .txt or .eml file, the print view.
// Nothing here sends anything: these only build strings.
import type { LetterLang } from './template';
import type { Recipient } from './recipient';

/** Mail clients and browsers cut or refuse mailto: URLs much longer than this; past it, copy instead. */
export const MAILTO_MAX_LENGTH = 1800;

export interface OutgoingLetter {
  subject: string;
  body: string;
}

/** RFC 6068: percent-encoded UTF-8, line breaks as CRLF. The address keeps its "@" (some clients choke on %40). */
export function mailtoUrl(to: string, letter: OutgoingLetter): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const address = encodeURIComponent(to.trim()).replace(/%40/g, '@');
  return `mailto:${address}?subject=${enc(letter.subject)}&body=${enc(letter.body)}`;
}

/**
 * How the letter reaches the mail client: whole in a mailto: URL when it fits; else copied, with a mailto:
 * that fills in the address and subject only (the person pastes the body); a non-e-mail letter is copied.
 */
export type SendPlan =
  | { kind: 'mailto'; url: string }
  | { kind: 'copy'; reason: 'too-long'; url: string }
  | { kind: 'copy'; reason: 'not-email' };

export function sendPlan(recipient: Recipient, letter: OutgoingLetter, maxLength = MAILTO_MAX_LENGTH): SendPlan {
  if (recipient.channel !== 'email' || !recipient.address.trim()) return { kind: 'copy', reason: 'not-email' };
  const url = mailtoUrl(recipient.address, letter);
  if (url.length <= maxLength) return { kind: 'mailto', url };
  return { kind: 'copy', reason: 'too-long', url: mailtoUrl(recipient.address, { subject: letter.subject, body: '' }) };
}

const LABELS: Record<LetterLang, { to: string; subject: string }> = {
  en: { to: 'To: ', subject: 'Subject: ' },
  fr: { to: 'À\u00a0: ', subject: 'Objet\u00a0: ' },
};

/** The letter as plain text (clipboard, .txt): a postal letter carries its own header, an e-mail gets To and Subject. */
export function letterText(letter: OutgoingLetter, recipient: Recipient, lang: LetterLang): string {
  if (recipient.channel === 'post') return `${letter.body}\n`;
  const labels = LABELS[lang];
  const to = recipient.address ? `${labels.to}${recipient.address}\n` : '';
  return `${to}${labels.subject}${letter.subject}\n\n${letter.body}\n`;
}

// ---- .eml (RFC 5322 message, MIME text/plain UTF-8, quoted-printable body) ----

const CRLF = '\r\n';
/** RFC 2045: encoded lines are at most 76 characters. */
const QP_LINE = 76;
/** RFC 5322: header lines should stay within 78 characters. */
const HEADER_LINE = 78;
/** RFC 2047 words of 42 bytes: 56 base64 characters + 12 of "=?UTF-8?B?...?=" fit after "Subject: " in 78. */
const ENCODED_WORD_BYTES = 42;

const utf8 = new TextEncoder();

function hex(byte: number): string {
  return `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

const TAB = 9;
const SPACE = 32;
const EQUALS = 61;
const PRINTABLE_MIN = 33;
const PRINTABLE_MAX = 126;

/** Quoted-printable (RFC 2045 6.7) of UTF-8 text, with CRLF line breaks and soft breaks at 76 characters. */
export function encodeQuotedPrintable(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) => {
      const bytes = utf8.encode(line);
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const literal = (b >= PRINTABLE_MIN && b <= PRINTABLE_MAX && b !== EQUALS) || ((b === SPACE || b === TAB) && !last);
        tokens.push(literal ? String.fromCharCode(b) : hex(b));
      });
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        // keep room for the "=" of a soft line break
        if (current.length + token.length > QP_LINE - 1) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function isAscii(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value);
}

/** RFC 2047 encoded words (B), split on character boundaries, folded one per line. */
function encodedWords(value: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const char of value) {
    const bytes = [...utf8.encode(char)];
    if (chunk.length + bytes.length > ENCODED_WORD_BYTES) {
      words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length || !words.length) words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
  return words;
}

/** A header field, folded (RFC 5322 2.2.3); non-ASCII text as encoded words. */
export function headerLine(name: string, value: string): string {
  const flat = value.replace(/\s*\r?\n\s*/g, ' ');
  const words = isAscii(flat) ? flat.split(' ') : encodedWords(flat);
  const lines: string[] = [];
  let current = `${name}:`;
  for (const word of words) {
    if (current.length + 1 + word.length > HEADER_LINE && current.length > name.length + 1) {
      lines.push(current);
      current = '';
    }
    current += ` ${word}`;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** A mailbox: "Name <address>", the name quoted or encoded as needed. */
function mailbox(rawName: string | undefined, address: string): string {
  const name = rawName?.replace(/\s+/g, ' ').trim();
  if (!name) return address;
  if (!isAscii(name)) return `${encodedWords(name).join(' ')} <${address}>`;
  return `"${name.replace(/["\\]/g, '\\$&')}" <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time, in UTC. */
export function rfc5322Date(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

export interface EmlInput extends OutgoingLetter {
  to?: string;
  fromAddress?: string;
  fromName?: string;
  date: Date;
}

/**
 * An unsent e-mail the person opens in their mail client (X-Unsent makes Outlook open it as a draft).
 * From is left out when the profile has no address: the mail client fills it in.
 */
export function emlFile(input: EmlInput): string {
  const headers = [
    input.fromAddress ? headerLine('From', mailbox(input.fromName, input.fromAddress)) : null,
    input.to ? headerLine('To', input.to) : null,
    headerLine('Subject', input.subject),
    `Date: ${rfc5322Date(input.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ].filter((h): h is string => h !== null);
  return `${headers.join(CRLF)}${CRLF}${CRLF}${encodeQuotedPrintable(input.body)}${CRLF}`;
}

/** A file name for downloads: site, request type and date, safe on every system. */
export function letterFileName(site: string, type: string, isoDate: string, extension: 'txt' | 'eml'): string {
  const safe = (s: string) => s.replace(/[^a-z0-9.-]+/gi, '-').replace(/^-+|-+$/g, '');
  return `${safe(site) || 'request'}-${safe(type)}-${isoDate.slice(0, 10)}.${extension}`;
}
