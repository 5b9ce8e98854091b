import { describe, expect, it } from 'vitest';
import type { Block } from '../../../lib/blocks';
import { analyze, noticeText } from '../../../lib/analyze';
import { reportErrors } from '../../../lib/cli/validate';

const BLOCKS: Block[] = [
  { kind: 'paragraph', text: 'Cette politique décrit comment nous traitons vos données personnelles.' },
  { kind: 'heading', level: 2, text: 'Conservation' },
  { kind: 'paragraph', text: 'Nous conservons vos données pendant trois ans après la fin du contrat.' },
  { kind: 'item', text: 'Factures : dix ans.' },
];
const NOW = new Date('2026-03-01T10:00:00Z');

describe('analyze', () => {
  const report = analyze(BLOCKS, { kind: 'text', url: 'https://example.fr/confidentialite', title: 'Confidentialité' }, { now: NOW });

  it('builds a report the schema accepts, with every field filled', () => {
    expect(reportErrors(report)).toEqual([]);
    expect(report.source).toMatchObject({ kind: 'text', url: 'https://example.fr/confidentialite', title: 'Confidentialité', analyzedAt: NOW.toISOString() });
    expect(typeof report.noticeScore).toBe('number');
    expect(report.facts).toBeDefined();
    expect(Array.isArray(report.flags)).toBe(true);
  });

  it('turns each non-heading block into exactly one passage, in order', () => {
    expect(report.sections.map((s) => [s.heading, s.passages.map((p) => p.id)])).toEqual([
      [null, ['p1']],
      ['Conservation', ['p2', 'p3']],
    ]);
  });

  it('times every stage', () => {
    expect(Object.keys(report.timings ?? {})).toEqual(
      expect.arrayContaining(['language', 'segment', 'classify', 'facts', 'notice', 'flags', 'hash', 'total']),
    );
  });

  it('uses the language it is given', () => {
    expect(analyze(BLOCKS, { kind: 'text' }, { lang: 'en' }).language).toBe('en');
    expect(report.language).toBe('fr');
  });

  it('noticeText: headings and passages separated by blank lines; the hash follows the text', () => {
    expect(noticeText(report)).toBe(
      'Cette politique décrit comment nous traitons vos données personnelles.\n\nConservation\n\nNous conservons vos données pendant trois ans après la fin du contrat.\n\nFactures : dix ans.',
    );
    expect(report.source.characters).toBe(noticeText(report).length);
    const changed = analyze([...BLOCKS, { kind: 'paragraph', text: 'Nouveau paragraphe.' }], { kind: 'text' });
    expect(changed.source.contentHash).not.toBe(report.source.contentHash);
    expect(analyze(BLOCKS, { kind: 'page' }).source.contentHash).toBe(report.source.contentHash);
  });

  it('copes with no blocks at all', () => {
    const empty = analyze([], { kind: 'text' });
    expect(empty.sections).toEqual([]);
    expect(empty.isPrivacyNotice).toBe(false);
    expect(empty.language).toBe('und');
    expect(reportErrors(empty)).toEqual([]);
  });
});
