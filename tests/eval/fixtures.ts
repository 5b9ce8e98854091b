// Labelled fixtures: notices written by the team with the tags a careful reviewer gives each passage
// and the facts of the whole document. Shape agreed in the team brief; validated here so that a typo in
// a label is a loud error, not a silently wrong score.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Block, BlockKind } from '../../lib/blocks';
import { RIGHTS, SAFEGUARDS, TAGS, type Right, type Safeguard, type Tag } from '../../lib/report';

export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'item', 'row'];
const MAX_HEADING_LEVEL = 6;
const LANG = /^[a-z]{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
/** Transfer destinations beyond ISO 3166 codes that the contract allows. */
const REGION_CODES = ['EEA', 'EU', 'WORLD'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface LabelledBlock extends Block {
  tags?: Tag[];
}

export interface ExpectedRetention {
  days?: number;
  appliesTo?: string;
  indefinite?: boolean;
}

export interface ExpectedChildrenAge {
  age: number;
  region?: string;
}

export interface ExpectedFacts {
  retention: ExpectedRetention[];
  childrenMinAge: ExpectedChildrenAge[];
  rights: Right[];
  emails: string[];
  dpoEmails: string[];
  authorities: string[];
  destinations: string[];
  safeguards: Safeguard[];
  sellsData: boolean | null;
  responseDays: number | null;
  lastUpdated: string | null;
}

export const FACT_KEYS = [
  'retention',
  'childrenMinAge',
  'rights',
  'emails',
  'dpoEmails',
  'authorities',
  'destinations',
  'safeguards',
  'sellsData',
  'responseDays',
  'lastUpdated',
] as const satisfies readonly (keyof ExpectedFacts)[];

export interface LabelledFixture {
  id: string;
  lang: string;
  style: string;
  blocks: LabelledBlock[];
  facts: ExpectedFacts;
}

export interface LoadedFixture {
  file: string;
  split: Split;
  fixture: LabelledFixture;
}

/** A fixture that does not follow the agreed shape; the message is one sentence naming the file. */
export class FixtureError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}.`);
    this.name = 'FixtureError';
  }
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: Json): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function stringList<T extends string>(
  file: string,
  where: string,
  value: Json,
  allowed?: (s: string) => boolean,
): T[] {
  if (!Array.isArray(value)) throw new FixtureError(file, `${where} must be an array`);
  for (const v of value) {
    if (typeof v !== 'string' || (allowed && !allowed(v))) {
      throw new FixtureError(file, `${where} has an invalid value ${JSON.stringify(v)}`);
    }
  }
  if (new Set(value).size !== value.length) throw new FixtureError(file, `${where} lists a value twice`);
  return value as T[];
}

function checkBlock(file: string, index: number, raw: Json): LabelledBlock {
  const where = `block ${index + 1}`;
  if (!isObject(raw)) throw new FixtureError(file, `${where} is not an object`);
  for (const key of Object.keys(raw)) {
    if (!['kind', 'level', 'text', 'tags'].includes(key)) throw new FixtureError(file, `${where} has an unknown key "${key}"`);
  }
  const { kind, level, text, tags } = raw;
  if (typeof kind !== 'string' || !BLOCK_KINDS.includes(kind as BlockKind)) {
    throw new FixtureError(file, `${where} has kind ${JSON.stringify(kind)}, expected one of ${BLOCK_KINDS.join(', ')}`);
  }
  if (typeof text !== 'string' || text.trim() === '') throw new FixtureError(file, `${where} has no text`);
  const block: LabelledBlock = { kind: kind as BlockKind, text };
  if (level !== undefined) {
    if (kind !== 'heading' || !isInt(level) || level < 1 || level > MAX_HEADING_LEVEL) {
      throw new FixtureError(file, `${where} has an invalid level ${JSON.stringify(level)}`);
    }
    block.level = level;
  }
  if (tags !== undefined) {
    if (kind === 'heading') throw new FixtureError(file, `${where} is a heading with tags (only passages are labelled)`);
    block.tags = stringList<Tag>(file, `${where} tags`, tags, (t) => (TAGS as readonly string[]).includes(t));
  }
  return block;
}

/**
 * Checks expected facts. With `partial`, a missing kind is allowed (it is then not scored); otherwise every
 * kind must be written out, [] or null when the notice says nothing, so that "nothing" is a label too.
 */
export function checkFacts(file: string, raw: Json, partial = false): Partial<ExpectedFacts> {
  if (!isObject(raw)) throw new FixtureError(file, 'facts is missing or not an object');
  for (const key of Object.keys(raw)) {
    if (!(FACT_KEYS as readonly string[]).includes(key)) throw new FixtureError(file, `facts has an unknown key "${key}"`);
  }
  if (!partial) {
    for (const key of FACT_KEYS) {
      if (!(key in raw)) throw new FixtureError(file, `facts.${key} is missing (write [] or null when the notice says nothing)`);
    }
  }
  const out: Partial<ExpectedFacts> = {};

  if ('retention' in raw) {
    if (!Array.isArray(raw.retention)) throw new FixtureError(file, 'facts.retention must be an array');
    out.retention = raw.retention.map((r, i): ExpectedRetention => {
      const where = `facts.retention[${i}]`;
      if (!isObject(r)) throw new FixtureError(file, `${where} is not an object`);
      const indefinite = r.indefinite === true;
      if (indefinite === isInt(r.days)) {
        throw new FixtureError(file, `${where} needs either "days" (a whole number) or "indefinite": true, not both`);
      }
      if (r.appliesTo !== undefined && r.appliesTo !== null && typeof r.appliesTo !== 'string') {
        throw new FixtureError(file, `${where}.appliesTo must be text or null`);
      }
      const appliesTo = typeof r.appliesTo === 'string' ? { appliesTo: r.appliesTo } : {};
      return indefinite ? { indefinite: true, ...appliesTo } : { days: r.days as number, ...appliesTo };
    });
  }

  if ('childrenMinAge' in raw) {
    if (!Array.isArray(raw.childrenMinAge)) throw new FixtureError(file, 'facts.childrenMinAge must be an array');
    out.childrenMinAge = raw.childrenMinAge.map((c, i): ExpectedChildrenAge => {
      const where = `facts.childrenMinAge[${i}]`;
      if (!isObject(c) || !isInt(c.age)) throw new FixtureError(file, `${where} needs a whole-number "age"`);
      // null and absent both mean "the text names no region"
      if (c.region !== undefined && c.region !== null && typeof c.region !== 'string') {
        throw new FixtureError(file, `${where}.region must be text or null`);
      }
      return typeof c.region === 'string' ? { age: c.age, region: c.region } : { age: c.age };
    });
  }

  if ('rights' in raw) out.rights = stringList<Right>(file, 'facts.rights', raw.rights, (r) => (RIGHTS as readonly string[]).includes(r));
  if ('emails' in raw) out.emails = stringList<string>(file, 'facts.emails', raw.emails, (e) => EMAIL.test(e));
  if ('dpoEmails' in raw) {
    // the DPO's addresses are a subset of all addresses, as in the report
    out.dpoEmails = stringList<string>(file, 'facts.dpoEmails', raw.dpoEmails, (e) => EMAIL.test(e) && (!out.emails || out.emails.includes(e)));
  }
  if ('authorities' in raw) out.authorities = stringList(file, 'facts.authorities', raw.authorities, (c) => COUNTRY.test(c));
  if ('destinations' in raw) {
    out.destinations = stringList(file, 'facts.destinations', raw.destinations, (c) => COUNTRY.test(c) || REGION_CODES.includes(c));
  }
  if ('safeguards' in raw) {
    out.safeguards = stringList<Safeguard>(file, 'facts.safeguards', raw.safeguards, (s) => (SAFEGUARDS as readonly string[]).includes(s));
  }
  const { sellsData, responseDays, lastUpdated } = raw;
  if ('sellsData' in raw) {
    if (sellsData !== null && typeof sellsData !== 'boolean') throw new FixtureError(file, 'facts.sellsData must be true, false or null');
    out.sellsData = sellsData as boolean | null;
  }
  if ('responseDays' in raw) {
    if (responseDays !== null && !isInt(responseDays)) throw new FixtureError(file, 'facts.responseDays must be a whole number or null');
    out.responseDays = responseDays as number | null;
  }
  if ('lastUpdated' in raw) {
    if (lastUpdated !== null && (typeof lastUpdated !== 'string' || !ISO_DATE.test(lastUpdated))) {
      throw new FixtureError(file, 'facts.lastUpdated must be a YYYY-MM-DD date or null');
    }
    out.lastUpdated = lastUpdated as string | null;
  }
  return out;
}

/** Checks a parsed fixture against the agreed shape; `file` is used in the error messages. */
export function validateFixture(file: string, raw: Json): LabelledFixture {
  if (!isObject(raw)) throw new FixtureError(file, 'the file is not a JSON object');
  const { id, lang, style, blocks, facts } = raw;
  if (typeof lang !== 'string' || !LANG.test(lang)) throw new FixtureError(file, `lang ${JSON.stringify(lang)} is not a two-letter code`);
  if (typeof id !== 'string' || !id.startsWith(`${lang}-`)) throw new FixtureError(file, `id ${JSON.stringify(id)} must start with "${lang}-"`);
  const expectedName = `${id}.json`;
  if (basename(file) !== expectedName) throw new FixtureError(file, `the file must be named after its id (${expectedName})`);
  if (typeof style !== 'string' || style.trim() === '') throw new FixtureError(file, 'style is missing');
  if (!Array.isArray(blocks) || blocks.length === 0) throw new FixtureError(file, 'blocks must be a non-empty array');
  const checked = blocks.map((b, i) => checkBlock(file, i, b));
  if (!checked.some((b) => b.kind !== 'heading')) throw new FixtureError(file, 'the notice has no passage');
  return { id, lang, style, blocks: checked, facts: checkFacts(file, facts) as ExpectedFacts };
}

/** Reads and validates a fixture file. */
export function readFixture(path: string): LabelledFixture {
  let raw: Json;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new FixtureError(path, `it is not valid JSON (${(error as Error).message})`);
  }
  return validateFixture(path, raw);
}

/** Every fixture of `tests/fixtures/labelled/<split>/*.json` under `root`, sorted by split then file name. */
export function loadFixtures(root: string, splits: readonly Split[] = SPLITS): LoadedFixture[] {
  const loaded: LoadedFixture[] = [];
  for (const split of splits) {
    const dir = join(root, split);
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
    } catch {
      continue; // a split nobody has written yet
    }
    for (const name of names) loaded.push({ file: join(dir, name), split, fixture: readFixture(join(dir, name)) });
  }
  return loaded;
}

/** The passages of a fixture (non-heading blocks), in reading order. */
export function passagesOfFixture(fixture: LabelledFixture): LabelledBlock[] {
  return fixture.blocks.filter((b) => b.kind !== 'heading');
}

/**
 * Expected facts of a seed (tests/fixtures/seeds/<seed>.facts.json, written by the facts helper). Accepted
 * either in the fixtures' flat shape or in the report's shape (`transfers`, `contacts`, authorities as
 * objects), bare or wrapped in `{ facts }`. Kinds left out are not scored; keys that are no fact kind are
 * returned in `ignored` so that the report can show them.
 */
export function readSeedFacts(file: string, raw: Json): { facts: Partial<ExpectedFacts>; ignored: string[] } {
  if (!isObject(raw)) throw new FixtureError(file, 'the file is not a JSON object');
  const outer = raw;
  const inner = isObject(raw.facts) ? raw.facts : raw;
  const flat: Record<string, Json> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(inner)) {
    if (key === 'transfers' && isObject(value)) {
      if ('destinations' in value) flat.destinations = value.destinations;
      if ('safeguards' in value) flat.safeguards = value.safeguards;
    } else if (key === 'contacts' && isObject(value)) {
      if ('emails' in value) flat.emails = value.emails;
      if ('dpoEmails' in value) flat.dpoEmails = value.dpoEmails;
    } else if (key === 'authorities' && Array.isArray(value)) {
      flat.authorities = value.map((a) => (isObject(a) && typeof a.country === 'string' ? a.country.toUpperCase() : a));
    } else if (key === 'retention' && Array.isArray(value)) {
      // the report's shape: days null means indefinite
      flat.retention = value.map((r) =>
        isObject(r) ? (isInt(r.days) ? { days: r.days, appliesTo: r.appliesTo ?? null } : { indefinite: true }) : r,
      );
    } else if ((FACT_KEYS as readonly string[]).includes(key)) flat[key] = value;
    else ignored.push(key);
  }
  if (inner !== outer && 'lastUpdated' in outer && !('lastUpdated' in flat)) flat.lastUpdated = outer.lastUpdated;
  return { facts: checkFacts(file, flat, true), ignored };
}
