// The evaluation command end to end: every labelled fixture lines up with the analyser's passages (one passage
// per non-heading block), and the figures add up. The figures themselves are a measurement, not asserted here.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFixtures, passagesOfFixture } from '../../../tests/eval/fixtures';
import { evaluate, type Evaluation } from '../../../tests/eval/run';
import { fileURLToPath } from 'node:url';

const LABELLED = fileURLToPath(new URL('../../fixtures/labelled/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const NO_SEED_FACTS = join(tmpdir(), 'eval-no-seed-facts');

describe('evaluate', () => {
  for (const split of ['dev', 'heldout'] as const) {
    const fixtures = loadFixtures(LABELLED, [split]);
    it.skipIf(fixtures.length === 0)(`scores every ${split} fixture, passage for passage`, () => {
      let evaluation: Evaluation | undefined;
      expect(() => (evaluation = evaluate({ splits: [split], lang: null }, { labelled: LABELLED, seedFacts: NO_SEED_FACTS }))).not.toThrow();
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
    expect(() => evaluate({ splits: ['heldout'], lang: null }, { labelled: tmp, seedFacts: NO_SEED_FACTS })).toThrow(`${file}: blocks must be a non-empty array.`);
  });

  const seed = existsSync(SEEDS) ? readdirSync(SEEDS).find((n) => /^\d{3}_.*\.txt$/.test(n)) : undefined;
  it.skipIf(!seed)('runs a seed through the file pipeline and scores the kinds its expected facts give', () => {
    const dir = join(tmp, 'seeds');
    mkdirSync(dir);
    const name = seed!.replace(/\.txt$/, '');
    // a deliberately impossible label: the score must count it as missed, whatever the analyser finds
    writeFileSync(join(dir, `${name}.facts.json`), JSON.stringify({ emails: ['nobody@eval.invalid'], extra: 1 }));
    const { seeds } = evaluate({ splits: ['dev', 'heldout'], lang: null }, { labelled: join(tmp, 'none'), seedFacts: dir });
    expect(seeds?.perSeed).toHaveLength(1);
    expect(seeds!.perSeed[0]).toMatchObject({ seed: name, ignored: ['extra'] });
    expect(Object.keys(seeds!.perSeed[0].facts)).toEqual(['emails']);
    expect(seeds!.perSeed[0].facts.emails).toMatchObject({ tp: 0, fn: 1 });
  });
});
