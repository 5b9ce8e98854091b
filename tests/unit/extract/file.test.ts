import { describe, expect, it } from 'vitest';
import { decodeBytes, fileToBlocks, looksBinary, NoticeInputError } from '../../../lib/extract/file';

const NOTICE = '# Privacy Policy\n\nWe collect your email address to send you receipts and keep it for two years.';

describe('fileToBlocks', () => {
  it.each([
    ['notice.html', 'html'],
    ['notice.HTM', 'html'],
    ['notice.txt', 'text'],
    ['notice.md', 'markdown'],
  ])('reads %s as %s', (name, kind) => {
    const content = kind === 'html' ? `<html><body><main><h1>Privacy Policy</h1><p>${NOTICE}</p></main></body></html>` : NOTICE;
    expect(fileToBlocks(name, content).kind).toBe(kind);
  });

  it.each([
    ['an unknown extension', 'notice.pdf', NOTICE, /notice\.pdf: unsupported file type/],
    ['no extension', 'README', NOTICE, /README: unsupported file type/],
    ['an empty file', 'empty.txt', '', /empty\.txt is empty\./],
    ['a file of blanks', 'blank.md', ' \n\n\t ', /blank\.md is empty\./],
    ['a binary file', 'image.txt', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /image\.txt looks like a binary file/],
    ['HTML without text', 'empty.html', '<html><body><div></div><script>x()</script></body></html>', /empty\.html contains no readable text\./],
  ])('refuses %s with one sentence naming the file', (_, name, content, message) => {
    expect(() => fileToBlocks(name, content)).toThrow(NoticeInputError);
    expect(() => fileToBlocks(name, content)).toThrow(message);
  });

  it('reads a 10 MB text in bounded time, cut to the analysed maximum', () => {
    const line = 'We may share your personal data with our service providers who process it on our behalf.\n\n';
    const content = line.repeat(Math.ceil(10_000_000 / line.length));
    const started = performance.now();
    const result = fileToBlocks('big.txt', content);
    expect(result.truncated).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('looksBinary', () => {
  it.each([
    ['plain French text', 'Vos données sont conservées trois ans.', false],
    ['a NUL byte', 'abc\u0000def', true],
    ['undecodable bytes', '\ufffd\ufffd\ufffd\ufffd abc', true],
  ])('%s', (_, content, binary) => {
    expect(looksBinary(content)).toBe(binary);
  });
});

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from('Données conservées', 'utf8'), 'Données conservées'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Privacy', 'utf8')]), 'Privacy'],
    ['Windows-1252 (an older French page)', Buffer.from([0x44, 0x6f, 0x6e, 0x6e, 0xe9, 0x65, 0x73]), 'Données'],
  ])('%s', (_, bytes, text) => {
    expect(decodeBytes(new Uint8Array(bytes))).toBe(text);
  });

  it('does not take a Windows-1252 French text for a binary file', () => {
    const latin = Buffer.from("Vos données personnelles sont conservées trois ans. Vous avez le droit d'accès. ".repeat(20), 'latin1');
    expect(looksBinary(decodeBytes(new Uint8Array(latin)))).toBe(false);
  });
});
