// Test helper: Section[] from plain text, the way the engine's text extraction does it in outline (a blank
// line separates blocks, a short title-like line starts a section). Used until tests can call analyze().
import type { Section } from '../../../lib/report';

const TITLE_MAX_LENGTH = 90;

/** The contract's rule: a line on its own that is numbered, in capitals, a markdown heading or a question. */
function isTitle(block: string): boolean {
  if (/^#{1,6}\s/.test(block)) return true;
  if (block.includes('\n') || block.length > TITLE_MAX_LENGTH) return false;
  if (/^\d+(?:\.\d+)*\.?\s+\S/.test(block) && !/[.;,]$/.test(block)) return true;
  if (/\?$/.test(block)) return true;
  const letters = block.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

export function sectionsFromText(text: string): Section[] {
  const blocks = (/\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n')).map((b) => b.trim()).filter(Boolean);
  const sections: Section[] = [];
  let current: Section = { id: 's1', heading: null, tags: [], passages: [] };
  let passageCount = 0;
  for (const block of blocks) {
    if (isTitle(block)) {
      if (current.heading !== null || current.passages.length) sections.push(current);
      current = { id: `s${sections.length + 1}`, heading: block.replace(/^#+\s*/, ''), tags: [], passages: [] };
      continue;
    }
    passageCount++;
    current.passages.push({ id: `p${passageCount}`, text: block, tags: [] });
  }
  sections.push(current);
  return sections;
}

/** One passage per text, in one section: for sentence tables. */
export function sectionsOf(...texts: string[]): Section[] {
  return [{ id: 's1', heading: null, tags: [], passages: texts.map((text, i) => ({ id: `p${i + 1}`, text, tags: [] })) }];
}
