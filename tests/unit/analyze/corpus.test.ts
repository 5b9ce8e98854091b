// The unlabelled corpus in ../shared/corpus (real notices, never copied into the repo): every file gives
// sensible sections and is recognised as a privacy notice. Skipped when the corpus is absent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { reportErrors } from '../../../lib/cli/validate';
import { fileToBlocks } from '../../../lib/extract/file';
import { corpusFiles, hasCorpus } from './paths';

/** A real notice has at least this many sections... */
const MIN_SECTIONS = 5;
/** ...and most of them hold text (a table of contents or a menu gives empty ones). */
const MIN_FILLED_SHARE = 0.6;

const files = [...corpusFiles('pages'), ...corpusFiles('text')];

describe.skipIf(!hasCorpus || !files.length).each(files)('corpus %s', (path) => {
  const { kind, blocks, title } = fileToBlocks(path, readFileSync(path, 'utf8'));
  const report = analyze(blocks, { kind, title });
  const lang = path.split('/').pop()!.slice(0, 2);

  it('is a privacy notice in its language', () => {
    expect(report.isPrivacyNotice).toBe(true);
    expect(report.language).toBe(lang);
  });
  it('has sensible sections: several, mostly with text', () => {
    const withHeading = report.sections.filter((s) => s.heading);
    expect(withHeading.length).toBeGreaterThanOrEqual(MIN_SECTIONS);
    const filled = withHeading.filter((s) => s.passages.length > 0).length;
    expect(filled / withHeading.length).toBeGreaterThanOrEqual(MIN_FILLED_SHARE);
  });
  it('gives a valid report', () => {
    expect(reportErrors(report)).toEqual([]);
  });
});
