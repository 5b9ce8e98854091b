// A file (name + content) to blocks: its extension says how to read it. Bad input is refused with
// one plain sentence (NoticeInputError) that the CLI and the dashboard show as is.
import type { SourceKind } from '../report';
import { htmlToBlocks } from './html';
import { textToBlocks } from './text';
import type { ExtractResult } from './types';

export class NoticeInputError extends Error {
  override name = 'NoticeInputError';
}

/** How each accepted extension is read. */
export const FILE_KINDS: Record<string, Exclude<SourceKind, 'page'>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
};

/** Only the start of the content is inspected for binary bytes. */
const BINARY_SAMPLE_CHARS = 8_000;
/** Share of control or replacement characters above which content is binary, not text. */
const BINARY_SHARE = 0.02;

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The text of a file's bytes: UTF-8 when they are valid UTF-8 (a BOM is dropped), otherwise Windows-1252,
 * the usual encoding of older French and English pages, so that "é" is not read as binary noise.
 */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** True when the content is bytes, not text (NUL bytes, control characters, undecodable bytes). */
export function looksBinary(content: string): boolean {
  const sample = content.slice(0, BINARY_SAMPLE_CHARS);
  if (sample.includes('\u0000')) return true;
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && odd / sample.length > BINARY_SHARE;
}

export function fileToBlocks(name: string, content: string, url?: string): { kind: SourceKind } & ExtractResult {
  const kind = FILE_KINDS[extensionOf(name)];
  if (!kind) throw new NoticeInputError(`${name}: unsupported file type (use .html, .htm, .txt or .md).`);
  if (!content.trim()) throw new NoticeInputError(`${name} is empty.`);
  if (looksBinary(content)) throw new NoticeInputError(`${name} looks like a binary file, not a web page or a text.`);
  const result = kind === 'html' ? htmlToBlocks(content, url) : textToBlocks(content, kind);
  if (!result.blocks.length) throw new NoticeInputError(`${name} contains no readable text.`);
  return { kind, ...result };
}
