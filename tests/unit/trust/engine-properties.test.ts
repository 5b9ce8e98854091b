// Property-based tests: whatever a file or a page contains, the engine gives a valid report or one
// clear sentence (NoticeInputError), never an exception. Speed on hostile input is measured by
// `npm run bench` (tests/bench/adversarial.ts), not here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { reportErrors } from '../../../lib/cli/validate';
import { fileToBlocks, NoticeInputError } from '../../../lib/extract/file';

const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const seeds = existsSync(SEEDS_DIR)
  ? readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(SEEDS_DIR + f, 'utf8'))
  : [];

/** Runs as many cases as a unit test can afford on two cores; CI uses the same seedless runs. */
const RUNS = 60;
const NAMES = ['notice.txt', 'notice.md', 'notice.html'];

/** Either a report valid against the contract, or a NoticeInputError: anything else fails. */
function analyseOrRefuse(name: string, content: string): 'report' | 'refused' {
  let blocks;
  try {
    blocks = fileToBlocks(name, content);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeInputError);
    expect((error as Error).message).toMatch(/\S/);
    return 'refused';
  }
  const report = analyze(blocks.blocks, { kind: blocks.kind, title: blocks.title });
  expect(reportErrors(report)).toEqual([]);
  const passageIds = new Set(report.sections.flatMap((s) => s.passages.map((p) => p.id)));
  for (const flag of report.flags) if (flag.passageId) expect(passageIds.has(flag.passageId)).toBe(true);
  for (const fact of report.facts.retention) if (fact.passageId) expect(passageIds.has(fact.passageId)).toBe(true);
  return 'report';
}

/** Pieces notices are made of, so that random documents look like notices often enough to reach the rules. */
const noticeLine = fc.constantFrom(
  '# Privacy Policy',
  '## How long do we keep your data?',
  '1. Données collectées',
  'DURÉE DE CONSERVATION',
  'Combien de temps conservons-nous vos données ?',
  'We retain account data for seven (7) years, then delete it.',
  'Nous conservons vos données pendant vingt-cinq mois.',
  'We do not sell your personal information.',
  'Nous ne vendons jamais vos données.',
  'Contact our DPO at dpo(at)example.com or write to 1 rue de la Paix, 75002 Paris.',
  'Data may be transferred to the United States under standard contractual clauses.',
  'Vous pouvez introduire une réclamation auprès de la CNIL.',
  'Children under 13 may not use the service; in the EU the age is 16.',
  '| Data | Retention |',
  '|---|---|',
  '| Invoices | 10 years |',
  '- access, rectification, erasure',
  '<details><summary>Cookies</summary><p>We use cookies.</p></details>',
  '<h2>Vos droits</h2>',
  '<script>alert(1)</script>',
  '',
);

const document = fc.array(fc.oneof(noticeLine, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })), {
  maxLength: 40,
});

describe('engine properties', () => {
  it('any text, markdown or HTML file: a valid report or one clear sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), document, (name, lines) => {
        analyseOrRefuse(name, lines.join('\n'));
      }),
      { numRuns: RUNS },
    );
  });

  it('raw random strings and bytes never throw anything but a NoticeInputError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.uint8Array({ maxLength: 300 }).map((b) => String.fromCharCode(...b))),
        (name, content) => {
          analyseOrRefuse(name, content);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('random HTML trees: a valid report or one clear sentence', () => {
    const tag = fc.constantFrom('div', 'p', 'h1', 'h2', 'h3', 'li', 'ul', 'table', 'tr', 'td', 'details', 'summary', 'main', 'article', 'nav', 'footer', 'span', 'strong', 'dialog', 'template', 'svg');
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        noticeLine,
        fc.tuple(tag, fc.array(tie('tree'), { maxLength: 4 }), fc.boolean()).map(
          ([name, children, hidden]) => `<${name}${hidden ? ' hidden aria-hidden="true"' : ''}>${(children as string[]).join('')}</${name}>`,
        ),
      ),
    }));
    fc.assert(
      fc.property(tree, (body) => {
        analyseOrRefuse('page.html', `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
      }),
      { numRuns: RUNS },
    );
  });

  it.skipIf(seeds.length === 0)('mutated seed notices: cut, duplicated, shuffled or salted, still a valid report', () => {
    const mutation = fc.record({
      seed: fc.integer({ min: 0, max: Math.max(0, seeds.length - 1) }),
      start: fc.nat(),
      length: fc.nat({ max: 20_000 }),
      salt: fc.string({ unit: 'binary', maxLength: 20 }),
      kind: fc.constantFrom('cut', 'duplicate', 'shuffle', 'salt'),
      name: fc.constantFrom(...NAMES),
    });
    fc.assert(
      fc.property(mutation, ({ seed, start, length, salt, kind, name }) => {
        const text = seeds[seed];
        const from = start % Math.max(1, text.length);
        const piece = text.slice(from, from + length);
        const mutated =
          kind === 'cut'
            ? piece
            : kind === 'duplicate'
              ? text.slice(0, from) + piece + piece + text.slice(from)
              : kind === 'shuffle'
                ? piece.split('\n\n').reverse().join('\n\n')
                : piece.split(' ').join(` ${salt} `);
        analyseOrRefuse(name, mutated);
      }),
      { numRuns: 25 },
    );
  });
});
