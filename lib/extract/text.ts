// Plain text and markdown to blocks. A blank line separates paragraphs; a line on its own that looks
// like a title (markdown `#`, setext, numbering, capitals, a question, a bold-only line, or, when the
// document has no explicit headings, a short line without a full stop) starts a section. Lists become
// items, tables rows (separator lines skipped). Hard-wrapped paragraphs are joined again.
import { CELL_SEPARATOR, type Block } from '../blocks';
import { headingStyle, numberingDepth, type HeadingStyle } from '../segment/headings';
import { tidyHeadings } from './contents';
import { captureBody, trimToNotice } from './trim';
import { cleanText, MAX_ANALYSED_CHARS, type ExtractResult } from './types';

/** With at least this many markdown headings, the document's own structure is trusted (no weak title lines). */
export const MIN_EXPLICIT_HEADINGS = 3;
/** Below this share of blank lines, the text puts one paragraph per line. */
export const MIN_BLANK_LINE_SHARE = 0.05;
/** Hard-wrapped lines are at most this long... */
export const WRAP_MAX_LINE = 100;
/** ...and, but for the last, at least this long. */
export const WRAP_MIN_LINE = 40;
/** Lines of an address or a signature are shorter than this. */
export const SHORT_LINE = 60;
/** A run of this many headings with no text between them is a table of contents, not sections. */
export const TOC_MIN_RUN = 3;
/** Double-spaced exports (a PDF copied out: a blank line after every line, two between paragraphs):
 * almost every chunk is one line, and this share of the gaps are two blank lines or more. */
export const DOUBLE_SPACED_GAP_SHARE = 0.15;
export const DOUBLE_SPACED_SINGLE_LINE_SHARE = 0.9;
/** Words an accordion export puts before its titles ("Accordion Toggle WHO WE ARE"). */
export const HEADING_NOISE = /^(?:accordion toggle|toggle|expand|collapse|show more|afficher plus)\s+/i;
/** Level of headings by style when the text gives none (capitals outrank bold and plain titles, then questions). */
export const STYLE_LEVELS: Record<Exclude<HeadingStyle, 'markdown' | 'numbered'>, number> = {
  caps: 2,
  bold: 3,
  title: 3,
  question: 4,
};

const LINE = {
  mdHeading: /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/,
  setext: /^\s{0,3}(=+|-{2,})\s*$/,
  /** an underline below a list item makes the item a title (accordion exports) */
  itemUnderline: /^\s*(={3,}|-{3,})\s*$/,
  rule: /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/,
  tableSeparator: /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/,
  tableRow: /^\s*\|.*\|\s*$/,
  item: /^(\s*)([-*+•·▪◦]|\d{1,3}[.)])\s+(.*)$/,
  indented: /^\s{2,}\S/,
  /** reference-style link definitions and code fences carry no notice text */
  linkDefinition: /^\s{0,3}\[[^\]]+\]:\s*\S+/,
  fence: /^\s{0,3}(?:```|~~~)/,
  quote: /^\s{0,3}>\s?/,
  bold: /^\s*(?:\*\*|__|<(?:b|strong)>)(.+?)(?:\*\*|__|<\/(?:b|strong)>)\s*:?\s*$/i,
};

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** Markdown and inline HTML reduced to their text: links to their words, tags and emphasis removed. */
export function inlineText(line: string): string {
  return cleanText(
    line
      .replace(/<!--.*?-->/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
      .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e])
      .replace(/\*\*|__/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1'),
  );
}

/** A block under construction, with what the heading pass needs to know about where it came from. */
interface Draft extends Block {
  /** the line stood on its own (a one-line paragraph), so it may be a title */
  alone?: boolean;
  /** joined from hard-wrapped lines, or one line among others: only strong cues make it a title */
  strongOnly?: boolean;
  bold?: boolean;
  /** a list item with a number: may be a numbered title standing alone */
  numbered?: boolean;
  style?: HeadingStyle;
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map(inlineText)
    .filter(Boolean)
    .join(CELL_SEPARATOR);
}

function tabRow(line: string): string | null {
  if (!line.includes('\t')) return null;
  const cells = line.split('\t').map(inlineText).filter(Boolean);
  return cells.length >= 2 ? cells.join(CELL_SEPARATOR) : null;
}

function isWrapped(lines: string[]): boolean {
  const lengths = lines.map((l) => l.trim().length);
  if (lengths.some((n) => n > WRAP_MAX_LINE)) return false;
  return lengths.slice(0, -1).every((n) => n >= WRAP_MIN_LINE);
}

/** A run of plain lines inside a paragraph chunk. */
function plainRun(lines: string[], perLine: boolean): Draft[] {
  const single = (l: string, strongOnly = false): Draft => {
    const bold = LINE.bold.exec(l);
    return { kind: 'paragraph', text: inlineText(l), alone: !strongOnly, strongOnly, bold: !!bold };
  };
  if (perLine || lines.length === 1) return lines.map((l) => single(l));
  if (isWrapped(lines)) return [{ kind: 'paragraph', text: inlineText(lines.join(' ')), strongOnly: true }];
  if (lines.every((l) => l.trim().length < SHORT_LINE)) {
    // An address or a signature: one passage, its lines kept; a strong title on top is split off.
    const head = headingStyle(inlineText(lines[0]), false) ? [single(lines[0])] : [];
    const rest = lines.slice(head.length).map(inlineText).filter(Boolean);
    return rest.length ? [...head, { kind: 'paragraph', text: rest.join('\n') }] : head;
  }
  return lines.map((l) => single(l, true));
}

/** Parses one chunk (lines between blank lines, or the whole text when it has none). */
function parseChunk(lines: string[], perLine: boolean): Draft[] {
  const out: Draft[] = [];
  let plain: string[] = [];
  let item: Draft | null = null;
  const flush = () => {
    // A loop, not push(...): a text of one-character lines makes a run too long to spread.
    if (plain.length) for (const draft of plainRun(plain, perLine)) out.push(draft);
    plain = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (LINE.linkDefinition.test(lines[i]) || LINE.fence.test(lines[i])) continue;
    const line = lines[i].replace(LINE.quote, '');
    const md = LINE.mdHeading.exec(line);
    if (md) {
      flush();
      item = null;
      out.push({ kind: 'heading', level: md[1].length, text: inlineText(md[2]).replace(HEADING_NOISE, ''), style: 'markdown' });
      continue;
    }
    if (LINE.setext.test(line) && plain.length === 1 && !item) {
      out.push({ kind: 'heading', level: line.trim()[0] === '=' ? 1 : 2, text: inlineText(plain[0]), style: 'markdown' });
      plain = [];
      continue;
    }
    if (item && plain.length === 0 && LINE.itemUnderline.test(line) && out[out.length - 1] === item) {
      Object.assign(item, { kind: 'heading', level: line.trim()[0] === '=' ? 1 : 2, style: 'markdown' });
      item = null;
      continue;
    }
    if (LINE.rule.test(line) || LINE.tableSeparator.test(line)) {
      flush();
      item = null;
      continue;
    }
    if (LINE.tableRow.test(line)) {
      flush();
      item = null;
      const text = tableRow(line);
      if (text) out.push({ kind: 'row', text });
      continue;
    }
    const tab = tabRow(line);
    if (tab) {
      flush();
      item = null;
      out.push({ kind: 'row', text: tab });
      continue;
    }
    const li = LINE.item.exec(line);
    if (li) {
      flush();
      item = { kind: 'item', text: inlineText(li[3]), numbered: /\d/.test(li[2]) };
      out.push(item);
      continue;
    }
    if (item && LINE.indented.test(line)) {
      item.text = cleanText(`${item.text} ${inlineText(line)}`);
      continue;
    }
    item = null;
    plain.push(line);
  }
  flush();
  return numberedTitles(out, lines);
}

/** A numbered "item" alone in its chunk ("1. Les données nécessaires") is a numbered title, not a list. */
function numberedTitles(drafts: Draft[], lines: string[]): Draft[] {
  const numbered = drafts.filter((d) => d.numbered);
  if (numbered.length !== 1 || drafts[0] !== numbered[0]) return drafts;
  const first = lines.find((l) => l.trim())!;
  const text = inlineText(first);
  if (numberingDepth(text) === 0 || headingStyle(text) !== 'numbered') return drafts;
  drafts[0] = { kind: 'paragraph', text, alone: true };
  return drafts;
}

/** Gaps between chunks: how many are one blank line, how many two or more; and how many chunks are one line. */
function isDoubleSpaced(lines: string[]): boolean {
  let gap = 0;
  let wide = 0;
  let gaps = 0;
  let chunkLines = 0;
  let chunkCount = 0;
  let singleChunks = 0;
  for (const line of [...lines, '']) {
    if (line.trim()) {
      if (gap) {
        gaps++;
        if (gap >= 2) wide++;
      }
      gap = 0;
      chunkLines++;
      continue;
    }
    if (chunkLines) {
      chunkCount++;
      if (chunkLines === 1) singleChunks++;
    }
    chunkLines = 0;
    gap++;
  }
  return gaps > 0 && wide / gaps >= DOUBLE_SPACED_GAP_SHARE && singleChunks / Math.max(1, chunkCount) >= DOUBLE_SPACED_SINGLE_LINE_SHARE;
}

/** Undoes double spacing: one blank line was a line break, two or more a paragraph break. */
function singleSpaced(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim()) out.push(lines[i]);
    else if (!lines[i + 1]?.trim() && out.length && out[out.length - 1] !== '') out.push('');
  }
  return out;
}

function chunks(lines: string[], perLine: boolean): string[][] {
  if (perLine) return [lines.filter((l) => l.trim())];
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim()) current.push(line);
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** Decides which drafts are headings, and their style. */
function promoteHeadings(drafts: Draft[], allowWeak: boolean): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.kind !== 'paragraph' || !(d.alone || d.strongOnly)) continue;
    const style = d.bold ? (headingStyle(d.text, true) ? 'bold' : null) : headingStyle(d.text, allowWeak && !d.strongOnly);
    if (!style) continue;
    // A heading introduces something: it is not the last block.
    if (i === drafts.length - 1) continue;
    // A plain line after "please contact:" is what the sentence announces (a name, an address), not a title.
    if (style === 'title' && /:\s*$/.test(drafts[i - 1]?.text ?? '')) continue;
    d.kind = 'heading';
    d.style = style;
  }
}

function levelOf(d: Draft): number {
  const depth = numberingDepth(d.text);
  if (depth && (d.style === 'markdown' || d.style === 'numbered')) return Math.min(6, depth + 1);
  if (d.style === 'markdown') return d.level ?? 2;
  return STYLE_LEVELS[d.style as keyof typeof STYLE_LEVELS] ?? 3;
}

/** Headings only guessed from a plain line: a run of them with nothing between is a list (contents, menu). */
const GUESSED: ReadonlySet<HeadingStyle | undefined> = new Set(['title', 'question', 'bold']);

/** Runs of guessed headings with nothing between them are a list of contents: back to paragraphs. */
function demoteHeadingRuns(drafts: Draft[]): void {
  let start = 0;
  for (let i = 0; i <= drafts.length; i++) {
    const unmarked = i < drafts.length && drafts[i].kind === 'heading' && GUESSED.has(drafts[i].style);
    if (unmarked) continue;
    // The last of the run introduces the text that follows it: it stays a heading.
    const end = i < drafts.length ? i - 1 : i;
    if (i - start >= TOC_MIN_RUN) for (let j = start; j < end; j++) drafts[j].kind = 'paragraph';
    start = i + 1;
  }
}

/** A title line at the very top (before any text) is the document's title: level 1. */
function markTitle(blocks: Block[]): void {
  const first = blocks[0];
  if (first?.kind === 'heading' && !numberingDepth(first.text)) first.level = 1;
}

function toBlock(d: Draft): Block {
  return d.kind === 'heading' ? { kind: 'heading', level: d.level, text: d.text } : { kind: d.kind, text: d.text };
}

/** Text and markdown to blocks (the same parser: markdown seeds come as .txt and plain notices as .md). */
export function textToBlocks(text: string, kind: 'text' | 'markdown'): ExtractResult {
  void kind;
  const truncated = text.length > MAX_ANALYSED_CHARS;
  const { text: body, capture } = captureBody(truncated ? text.slice(0, MAX_ANALYSED_CHARS) : text);
  const raw = body.replace(/\r\n?/g, '\n').split('\n');
  const lines = isDoubleSpaced(raw) ? singleSpaced(raw) : raw;
  const blank = lines.filter((l) => !l.trim()).length;
  const perLine = lines.length > 1 && blank / lines.length < MIN_BLANK_LINE_SHARE;
  const drafts = chunks(lines, perLine)
    .flatMap((c) => parseChunk(c, perLine))
    .filter((d) => d.text);
  const explicit = drafts.filter((d) => d.style === 'markdown').length >= MIN_EXPLICIT_HEADINGS;
  promoteHeadings(drafts, !explicit);
  demoteHeadingRuns(drafts);
  for (const d of drafts) if (d.kind === 'heading') d.level = levelOf(d);
  const blocks = tidyHeadings(trimToNotice(drafts.map(toBlock), capture !== null));
  markTitle(blocks);
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1)?.text ?? null;
  return { blocks, title, truncated };
}
