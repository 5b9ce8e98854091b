import { describe, expect, it } from 'vitest';
import {
  emlFile,
  encodeQuotedPrintable,
  headerLine,
  letterFileName,
  letterText,
  MAILTO_MAX_LENGTH,
  mailtoUrl,
  rfc5322Date,
  sendPlan,
} from '../../../lib/requests/send';
import type { Recipient } from '../../../lib/requests/recipient';

const EMAIL: Recipient = { channel: 'email', address: 'dpo@shop.example', dpo: true };

/** A reference quoted-printable decoder, to check the encoder round-trips. */
function decodeQuotedPrintable(encoded: string): string {
  const joined = encoded.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=') {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return new TextDecoder().decode(Uint8Array.from(bytes)).replace(/\r\n/g, '\n');
}

function decodeEncodedWords(value: string): string {
  return value.replace(/\r\n /g, ' ').replace(/=\?UTF-8\?B\?([^?]*)\?=\s?/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('latin1'))
    .replace(/[\x80-\xff]+/g, (m) => Buffer.from(m, 'latin1').toString('utf8'));
}

describe('mailto', () => {
  it('percent-encodes subject and body, with CRLF line breaks', () => {
    const url = mailtoUrl('dpo@shop.example', { subject: 'Accès & effacement', body: 'Line one\nLigne deux ?' });
    expect(url).toBe('mailto:dpo@shop.example?subject=Acc%C3%A8s%20%26%20effacement&body=Line%20one%0D%0ALigne%20deux%20%3F');
    const parsed = new URL(url);
    expect(decodeURIComponent(parsed.search.split('&body=')[1])).toBe('Line one\r\nLigne deux ?');
  });

  it.each([
    ['a@b.example?bcc=spy@evil.example', 'mailto:a@b.example%3Fbcc%3Dspy@evil.example?'],
    ['a@b.example&cc=spy@evil.example', 'mailto:a@b.example%26cc%3Dspy@evil.example?'],
    ['javascript:alert(1)', 'mailto:javascript%3Aalert(1)?'],
  ])('an address taken from a page cannot add headers or change the scheme: %s', (address, prefix) => {
    expect(mailtoUrl(address, { subject: 'S', body: 'B' }).startsWith(prefix)).toBe(true);
  });

  it.each([
    [EMAIL, 'short', 'mailto'],
    [EMAIL, 'x'.repeat(MAILTO_MAX_LENGTH), 'copy'],
    [{ channel: 'post', address: '1 rue X', dpo: false } as Recipient, 'short', 'copy'],
    [{ channel: 'webform', address: 'https://shop.example/form', dpo: false } as Recipient, 'short', 'copy'],
    [{ channel: 'email', address: ' ', dpo: false } as Recipient, 'short', 'copy'],
  ])('%j with a body of %s chars -> %s', (recipient, body, kind) => {
    expect(sendPlan(recipient, { subject: 'S', body }).kind).toBe(kind);
  });

  it('the limit is a whole-URL length', () => {
    const letter = { subject: 'S', body: 'a'.repeat(100) };
    const length = mailtoUrl(EMAIL.address, letter).length;
    expect(sendPlan(EMAIL, letter, length).kind).toBe('mailto');
    expect(sendPlan(EMAIL, letter, length - 1)).toEqual({
      kind: 'copy',
      reason: 'too-long',
      url: 'mailto:dpo@shop.example?subject=S&body=',
    });
  });
});

describe('quoted-printable', () => {
  it.each([
    ['plain ASCII', 'plain ASCII'],
    ['é', '=C3=A9'],
    ['a=b', 'a=3Db'],
    ['ends with space ', 'ends with space=20'],
    ['tab\tinside', 'tab\tinside'],
    ['two\nlines', 'two\r\nlines'],
    ['« guillemets »', '=C2=AB guillemets =C2=BB'],
  ])('%j -> %j', (input, expected) => {
    expect(encodeQuotedPrintable(input)).toBe(expected);
  });

  it.each([
    'a'.repeat(200),
    'é'.repeat(100),
    `Under Article 15 of the GDPR — “données” ${'ü'.repeat(40)} = end `,
    'x'.repeat(74) + 'é' + 'y'.repeat(10),
  ])('round-trips and keeps lines within 76 characters: %#', (text) => {
    const encoded = encodeQuotedPrintable(text);
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded).toMatch(/^[\x20-\x7e\t\r\n]*$/);
    expect(decodeQuotedPrintable(encoded)).toBe(text);
  });
});

describe('headers', () => {
  it('keeps a short ASCII header as it is', () => {
    expect(headerLine('Subject', 'Subject access request')).toBe('Subject: Subject access request');
  });

  it('folds a long ASCII header at spaces within 78 characters', () => {
    const line = headerLine('Subject', 'word '.repeat(40).trim());
    for (const l of line.split('\r\n')) expect(l.length).toBeLessThanOrEqual(78);
    expect(line.replace(/\r\n /g, ' ')).toBe(`Subject: ${'word '.repeat(40).trim()}`);
  });

  it('encodes non-ASCII text as RFC 2047 words that decode back', () => {
    const subject = 'Demande d’accès à mes données personnelles – article 15 du RGPD – compte C-4471';
    const line = headerLine('Subject', subject);
    for (const l of line.split('\r\n')) expect(l.length).toBeLessThanOrEqual(78);
    expect(line).toMatch(/^Subject: =\?UTF-8\?B\?/);
    expect(decodeEncodedWords(line.slice('Subject: '.length))).toBe(subject);
  });

  it.each([
    ['2027-03-01T09:05:07Z', 'Mon, 01 Mar 2027 09:05:07 +0000'],
    ['2028-02-29T23:59:59Z', 'Tue, 29 Feb 2028 23:59:59 +0000'],
  ])('RFC 5322 date of %s', (iso, expected) => {
    expect(rfc5322Date(new Date(iso))).toBe(expected);
  });
});

describe('eml file', () => {
  const base = { subject: 'Demande d’accès', body: 'Madame, Monsieur,\n\nJe vous écris.', date: new Date('2027-03-01T09:00:00Z') };

  it('is an RFC 5322 message with a UTF-8 quoted-printable body and CRLF lines', () => {
    const eml = emlFile({ ...base, to: 'dpo@shop.example', fromAddress: 'camille@example.org', fromName: 'Camille Martin' });
    const split = eml.indexOf('\r\n\r\n');
    const [head, body] = [eml.slice(0, split), eml.slice(split + 4)];
    expect(head.split('\r\n')).toEqual([
      'From: "Camille Martin" <camille@example.org>',
      'To: dpo@shop.example',
      expect.stringMatching(/^Subject: =\?UTF-8\?B\?/),
      'Date: Mon, 01 Mar 2027 09:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: quoted-printable',
      'X-Unsent: 1',
    ]);
    expect(decodeQuotedPrintable(body.replace(/\r\n$/, ''))).toBe(base.body);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('a line break in a header value from a page cannot start a new header', () => {
    const eml = emlFile({ ...base, to: 'dpo@shop.example\r\nBcc: spy@evil.example', fromAddress: 'a@b.example', fromName: 'A "B"\nBcc: x' });
    const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
    expect(head).not.toMatch(/^Bcc:/m);
    expect(head).toContain('From: "A \\"B\\" Bcc: x" <a@b.example>');
  });

  it('encodes a non-ASCII sender name and leaves From out when there is no address', () => {
    expect(emlFile({ ...base, fromAddress: 'a@b.example', fromName: 'Zoé Lefèvre' })).toMatch(/^From: =\?UTF-8\?B\?[^\r\n]+ <a@b\.example>\r\n/);
    expect(emlFile(base)).not.toMatch(/^From:/m);
    expect(emlFile(base)).not.toMatch(/^To:/m);
  });
});

describe('plain text and file names', () => {
  it.each([
    [EMAIL, 'en', 'To: dpo@shop.example\nSubject: S\n\nBody\n'],
    [EMAIL, 'fr', 'À\u00a0: dpo@shop.example\nObjet\u00a0: S\n\nBody\n'],
    [{ channel: 'post', address: 'X', dpo: false } as Recipient, 'en', 'Body\n'],
    [{ channel: 'none', address: '', dpo: false } as Recipient, 'en', 'Subject: S\n\nBody\n'],
  ] as const)('%j in %s', (recipient, lang, expected) => {
    expect(letterText({ subject: 'S', body: 'Body' }, recipient, lang)).toBe(expected);
  });

  it.each([
    ['shop.example', 'access', '2027-03-01T10:00:00Z', 'txt', 'shop.example-access-2027-03-01.txt'],
    ['file:my notice.html', 'erasure', '2027-03-01', 'eml', 'file-my-notice.html-erasure-2027-03-01.eml'],
    ['', 'know', '2027-03-01', 'txt', 'request-know-2027-03-01.txt'],
  ] as const)('%s %s %s .%s -> %s', (site, type, date, ext, expected) => {
    expect(letterFileName(site, type, date, ext)).toBe(expected);
  });
});
