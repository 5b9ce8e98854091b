// Every labelled fixture follows the agreed shape, and there are enough of them. Also guards the held-out set:
// its passages must not leak into dev, and no fixture may carry text copied from the seeds or the corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FixtureError, passagesOfFixture, readFixture, readSeedFacts, validateFixture, type Split } from '../../../tests/eval/fixtures';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const LABELLED = join(REPO, 'tests/fixtures/labelled');
const SHARED = join(REPO, '../shared');
const LANGS = ['fr', 'en'];
/** issue 3: "Label at least 8 notices per language" (dev + held-out) */
const MIN_NOTICES_PER_LANG = 8;
/** held-out notices per language that the eval helper writes */
const MIN_HELDOUT_PER_LANG = 4;
/** passages this long copied verbatim from a seed or the corpus would be a copy, not a coincidence */
const COPY_MIN_CHARS = 60;

const files = (split: Split): string[] => {
  const dir = join(LABELLED, split);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => join(dir, n)) : [];
};

describe('labelled fixtures', () => {
  for (const split of ['dev', 'heldout'] as const) {
    for (const file of files(split)) {
      it(`${split}/${file.split('/').pop()} has the agreed shape`, () => {
        const fixture = readFixture(file);
        expect(passagesOfFixture(fixture).length).toBeGreaterThan(0);
      });
    }
  }

  // malformed files fail their own test above; the checks below look at the well-formed ones
  const all = (['dev', 'heldout'] as const).flatMap((split) =>
    files(split).flatMap((file) => {
      try {
        return [{ file, split, fixture: readFixture(file) }];
      } catch {
        return [];
      }
    }),
  );
  const count = (split: Split | null, lang: string) =>
    all.filter((f) => f.fixture.lang === lang && (split === null || f.split === split)).length;

  it('ids are unique across splits', () => {
    const ids = all.map((f) => f.fixture.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(LANGS)(`has at least ${MIN_HELDOUT_PER_LANG} held-out notices in %s`, (lang) => {
    expect(count('heldout', lang)).toBeGreaterThanOrEqual(MIN_HELDOUT_PER_LANG);
  });

  // Enforced once the rule writers have started their dev set for the language; the name reports the counts.
  for (const lang of LANGS) {
    const dev = count('dev', lang);
    const heldout = count('heldout', lang);
    it.skipIf(dev === 0)(`has at least ${MIN_NOTICES_PER_LANG} notices in ${lang} (dev ${dev} + held-out ${heldout})`, () => {
      expect(dev + heldout).toBeGreaterThanOrEqual(MIN_NOTICES_PER_LANG);
    });
  }

  it('held-out passages do not appear in dev fixtures', () => {
    const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const dev = new Set(all.filter((f) => f.split === 'dev').flatMap((f) => passagesOfFixture(f.fixture).map((b) => fold(b.text))));
    const leaked = all
      .filter((f) => f.split === 'heldout')
      .flatMap((f) => passagesOfFixture(f.fixture).map((b) => fold(b.text)))
      .filter((t) => t.length >= COPY_MIN_CHARS && dev.has(t));
    expect(leaked).toEqual([]);
  });

  it.skipIf(!existsSync(SHARED))('no fixture copies a passage from the seeds or the corpus', () => {
    const fold = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
    const sources: string[] = [];
    const walk = (dir: string) => {
      if (!existsSync(dir)) return;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else sources.push(fold(readFileSync(path, 'utf8')));
      }
    };
    walk(join(SHARED, 'seeds'));
    walk(join(SHARED, 'corpus'));
    const copied = all
      .flatMap((f) => passagesOfFixture(f.fixture).map((b) => `${f.fixture.id}: ${fold(b.text).trim()}`))
      .filter((line) => {
        const text = line.slice(line.indexOf(': ') + 2);
        return text.length >= COPY_MIN_CHARS && sources.some((s) => s.includes(text));
      });
    expect(copied).toEqual([]);
  });
});

describe('fixture validation', () => {
  const good = {
    id: 'en-demo',
    lang: 'en',
    style: 'short clause',
    blocks: [
      { kind: 'heading', level: 1, text: 'Privacy' },
      { kind: 'paragraph', text: 'We keep your data for two years.', tags: ['retention'] },
    ],
    facts: {
      retention: [{ days: 730 }],
      childrenMinAge: [],
      rights: [],
      emails: ['privacy@demo.test'],
      dpoEmails: [],
      authorities: [],
      destinations: [],
      safeguards: [],
      sellsData: null,
      responseDays: null,
      lastUpdated: null,
    },
  };
  const FILE = 'tests/fixtures/labelled/dev/en-demo.json';
  const variant = (patch: (f: typeof good & Record<string, unknown>) => void) => {
    const copy = structuredClone(good) as typeof good & Record<string, unknown>;
    patch(copy);
    return copy;
  };

  it('accepts a well-formed fixture', () => {
    expect(validateFixture(FILE, good).blocks).toHaveLength(2);
  });

  it.each([
    ['an unknown tag', variant((f) => ((f.blocks[1] as { tags: string[] }).tags = ['retentoin'])), 'invalid value "retentoin"'],
    ['a tag on a heading', variant((f) => ((f.blocks[0] as { tags?: string[] }).tags = ['retention'])), 'heading with tags'],
    ['an unknown right', variant((f) => ((f.facts.rights as string[]) = ['forget'])), 'facts.rights'],
    ['a missing fact kind', variant((f) => delete (f.facts as Partial<typeof good.facts>).sellsData), 'facts.sellsData is missing'],
    ['a misspelt fact kind', variant((f) => ((f.facts as Record<string, unknown>).right = [])), 'unknown key "right"'],
    ['a DPO e-mail not among the e-mails', variant((f) => ((f.facts.dpoEmails as string[]) = ['dpo@demo.test'])), 'facts.dpoEmails'],
    ['retention with neither days nor indefinite', variant((f) => ((f.facts.retention as object[]) = [{ appliesTo: 'x' }])), 'retention[0]'],
    ['an authority named, not coded', variant((f) => ((f.facts.authorities as string[]) = ['CNIL'])), 'facts.authorities'],
    ['a destination that is no code', variant((f) => ((f.facts.destinations as string[]) = ['USA'])), 'facts.destinations'],
    ['a date that is not ISO', variant((f) => ((f.facts.lastUpdated as unknown) = '01/03/2024')), 'lastUpdated'],
    ['an id that does not match the file', variant((f) => (f.id = 'en-other')), 'named after its id'],
    ['a block kind that does not exist', variant((f) => ((f.blocks[1] as { kind: string }).kind = 'list')), 'has kind "list"'],
    ['no passage at all', variant((f) => (f.blocks = [f.blocks[0]])), 'no passage'],
  ])('rejects %s, naming the file', (_what, fixture, message) => {
    expect(() => validateFixture(FILE, fixture)).toThrow(FixtureError);
    expect(() => validateFixture(FILE, fixture)).toThrow(message);
    expect(() => validateFixture(FILE, fixture)).toThrow(FILE);
  });
});

describe('seed facts', () => {
  const FILE = 'tests/fixtures/seeds/004.facts.json';

  it('reads the flat fixture shape', () => {
    const { facts, ignored } = readSeedFacts(FILE, { rights: ['access'], authorities: ['FR'], lastUpdated: '2018-12-10' });
    expect(facts).toEqual({ rights: ['access'], authorities: ['FR'], lastUpdated: '2018-12-10' });
    expect(ignored).toEqual([]);
  });

  it('reads the report shape, wrapped in { facts }, and reports keys that are no fact kind', () => {
    const { facts, ignored } = readSeedFacts(FILE, {
      seed: '004',
      lastUpdated: null,
      facts: {
        retention: [{ text: 'sept (7) ans', days: 2555, iso: 'P7Y' }, { text: 'aussi longtemps que nécessaire', days: null, indefinite: true }],
        transfers: { destinations: ['US'], safeguards: ['scc'] },
        contacts: { emails: ['dpo@x.example'], dpoEmails: ['dpo@x.example'], phones: [] },
        authorities: [{ name: 'CNIL', country: 'FR' }],
        note: 'written by hand',
      },
    });
    expect(facts).toEqual({
      retention: [{ days: 2555 }, { indefinite: true }],
      destinations: ['US'],
      safeguards: ['scc'],
      emails: ['dpo@x.example'],
      dpoEmails: ['dpo@x.example'],
      authorities: ['FR'],
      lastUpdated: null,
    });
    expect(ignored).toEqual(['note']);
  });

  it('still rejects values outside the contract', () => {
    expect(() => readSeedFacts(FILE, { rights: ['forget'] })).toThrow(FILE);
  });
});
