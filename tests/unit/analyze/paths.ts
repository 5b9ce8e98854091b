// Where tests find the shared material (read-only, outside the repo) and the repo's own fixtures.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** ../shared relative to the repository root. */
export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const SEEDS_DIR = `${SHARED}seeds/`;
export const CORPUS_DIR = `${SHARED}corpus/`;
export const CONTRACT_SCHEMA = `${SHARED}contract/report.schema.json`;
export const PAGES_DIR = `${REPO}tests/fixtures/pages/`;

export const hasSeeds = existsSync(SEEDS_DIR);
export const hasCorpus = existsSync(CORPUS_DIR);

/** The seed file whose name starts with `prefix` ("000"). */
export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  return SEEDS_DIR + name;
}

/** Corpus files of one kind (`pages` or `text`), or none when the corpus is absent. */
export function corpusFiles(kind: 'pages' | 'text'): string[] {
  const dir = `${CORPUS_DIR}${kind}/`;
  return existsSync(dir) ? readdirSync(dir).sort().map((f) => dir + f) : [];
}

export interface PageExpectation {
  description: string;
  language: string;
  isPrivacyNotice: boolean;
  readabilityAloneFails?: boolean;
  headings: string[];
  present: string[];
  absent: string[];
}

/** The golden pages: tests/fixtures/pages/<slug>/source.html + expected.json. */
export function fixturePages(): string[] {
  return readdirSync(PAGES_DIR).sort();
}
