// The evaluation command end to end: every labelled fixture lines up with the analyser's passages (one passage
// per non-heading block), and the figures add up. The figures themselves are a measurement, not asserted here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFixtures, passagesOfFixture } from '../../../tests/eval/fixtures';
import { evaluate, type Evaluation } from '../../../tests/eval/run';
import { fileURLToPath } from 'node:url';

const LABELLED = fileURLToPath(new URL('../../fixtures/labelled/', import.meta.url));

describe('evaluate', () => {
  for (const split of ['dev', 'heldout'] as const) {
    const fixtures = loadFixtures(LABELLED, [split]);
    it.skipIf(fixtures.length === 0)(`scores every ${split} fixture, passage for passage`, () => {
      let evaluation: Evaluation | undefined;
      expect(() => (evaluation = evaluate({ splits: [split], lang: null }, LABELLED))).not.toThrow();
      const { results } = evaluation!;
      expect(results.reduce((n, r) => n + r.notices, 0)).toBe(fixtures.length);
      const passages = fixtures.flatMap((f) => passagesOfFixture(f.fixture));
      expect(results.reduce((n, r) => n + r.passages, 0)).toBe(passages.length);
      // the support of the tag table is the number of labels written
      const labels = passages.reduce((n, b) => n + (b.tags?.length ?? 0), 0);
      expect(results.reduce((n, r) => n + r.tags.micro.support, 0)).toBe(labels);
      expect(evaluation!.seeds).toBeNull();
    });
  }

  const tmp = mkdtempSync(join(tmpdir(), 'eval-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('refuses a malformed fixture with a sentence naming the file', () => {
    mkdirSync(join(tmp, 'heldout'));
    const file = join(tmp, 'heldout', 'fr-cassé.json');
    writeFileSync(file, JSON.stringify({ id: 'fr-cassé', lang: 'fr', style: 'x', blocks: [] }));
    expect(() => evaluate({ splits: ['heldout'], lang: null }, tmp)).toThrow(`${file}: blocks must be a non-empty array.`);
  });
});
