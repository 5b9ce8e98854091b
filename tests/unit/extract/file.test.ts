import { describe, expect, it } from 'vitest';
import { fileToBlocks, looksBinary, NoticeInputError } from '../../../lib/extract/file';

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
