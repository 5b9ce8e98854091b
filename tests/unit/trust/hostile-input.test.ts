// The pathological inputs of the adversarial benchmark (tests/bench/adversarial.ts), at 200 KB, each give a
// valid report or one clear sentence: the benchmark measures their speed, this checks they do not crash
// (a page nested thousands deep once overflowed the call stack in the DOM walk).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { reportErrors } from '../../../lib/cli/validate';
import { fileToBlocks, NoticeInputError } from '../../../lib/extract/file';
import { PATHOLOGICAL } from '../../bench/adversarial';

const SIZE = 200 * 1024;

describe('pathological inputs of 200 KB', () => {
  it.each(PATHOLOGICAL.map((p) => [p.name, p] as const))('%s', (_name, input) => {
    const content = input.make(SIZE);
    expect(content.length).toBeGreaterThan(SIZE * 0.9);
    let extracted;
    try {
      extracted = fileToBlocks(input.file, content);
    } catch (error) {
      expect(error).toBeInstanceOf(NoticeInputError);
      return;
    }
    const report = analyze(extracted.blocks, { kind: extracted.kind, title: extracted.title });
    expect(reportErrors(report)).toEqual([]);
  });

  it('a page nested far deeper than any real one keeps its text', () => {
    const depth = 20_000;
    const html = `${'<div><span>'.repeat(depth)}Nous conservons vos données pendant trois ans.${'</span></div>'.repeat(depth)}`;
    const { blocks } = fileToBlocks('deep.html', html);
    expect(blocks.map((b) => b.text).join(' ')).toContain('trois ans');
  });
});
