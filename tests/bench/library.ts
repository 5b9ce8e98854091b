// Library benchmarks (issue 6): 2,000 saved versions generated from the seeds with variations, in
// fake-indexeddb under Node. Medians against the budgets: opening the library, a full-text search,
// a version diff of seed 004 against a modified copy, export and import of the whole base.
import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { analyze, noticeText } from '../../lib/analyze';
import { openDb, type NoticeLensDb, type StoredVersion } from '../../lib/db';
import { fileToBlocks } from '../../lib/extract/file';
import { fnv1a64 } from '../../lib/hash';
import { exportBackup, importBackup, parseBackup, serializeBackup, type BackupFile } from '../../lib/library/backup';
import { describeChanges } from '../../lib/library/changes';
import { diffNotices } from '../../lib/library/diff';
import { applyLibraryQuery, openLibrary } from '../../lib/library/filters';
import { searchNotices } from '../../lib/library/search';
import { dehydrate } from '../../lib/library/store';
import { getVersion, saveVersion } from '../../lib/library/versions';
import type { NoticeReport, Section } from '../../lib/report';
import { median, type BenchRow } from './types';

export const VERSIONS = 2000;
const VERSIONS_PER_SITE = 10;
const SEEDS_DIR = resolve(process.cwd(), '../shared/seeds');
const DAY_MS = 86_400_000;
/** Passages edited from one version to the next (a notice update rewrites a few, not all, passages). */
const EDITS_PER_VERSION = 3;
const RUNS = 5;
const HEAVY_RUNS = 3;

export const BUDGETS_MS = { open: 300, search: 100, diff: 150, export: 5000, import: 5000 };

async function time(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function seedReports(): NoticeReport[] {
  const files = readdirSync(SEEDS_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
  return files.map((f) => {
    const extracted = fileToBlocks(f, readFileSync(resolve(SEEDS_DIR, f), 'utf8'));
    return analyze(extracted.blocks, { kind: extracted.kind, url: null, title: extracted.title });
  });
}

/**
 * A variation of a seed's report: every passage marked with the site (different sites share no passage,
 * as different companies' notices do not); version k has k rounds of a few passage edits (spread over
 * the notice) and a retention period moved; every version adds a line.
 */
export function vary(base: NoticeReport, site: number, version: number): NoticeReport {
  const report = structuredClone(base);
  const all = report.sections.flatMap((s) => s.passages);
  for (const passage of all) passage.text += ` [site ${site}]`;
  for (let round = 1; round <= version; round++) {
    for (let e = 0; e < EDITS_PER_VERSION; e++) {
      const passage = all[(round * 7919 + e * 104_729) % all.length];
      if (passage) passage.text += ` Révision ${round}.`;
    }
  }
  const next = all.length + 1;
  report.sections[0]?.passages.push({ id: `p${next}`, text: `Site numéro ${site}, version ${version}.`, tags: [] });
  const first = report.facts.retention[0];
  if (first && typeof first.days === 'number') first.days += version * 30;
  report.source.contentHash = fnv1a64(noticeText(report));
  return report;
}

/** The backup file of a base of `count` versions (what importing the whole base reads). */
export function generateBase(seeds: NoticeReport[], count = VERSIONS): BackupFile {
  const start = Date.parse('2022-01-01T00:00:00Z');
  const versions: StoredVersion[] = [];
  const sections = new Map<string, Section>();
  for (let n = 0; n < count; n++) {
    const site = Math.floor(n / VERSIONS_PER_SITE);
    const version = n % VERSIONS_PER_SITE;
    const report = vary(seeds[site % seeds.length], site, version);
    const { row, sections: used } = dehydrate({
      id: n + 1,
      site: `site-${site}.example`,
      url: `https://site-${site}.example/privacy`,
      title: `Privacy notice of site ${site}`,
      contentHash: report.source.contentHash!,
      savedAt: new Date(start + (version * 30 + site) * DAY_MS).toISOString(),
      report,
      text: noticeText(report),
    });
    versions.push(row);
    for (const [k, section] of used) sections.set(k, section);
  }
  return {
    format: 'notice-lens-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    data: { versions, sections: [...sections].map(([k, section]) => ({ k, section })), requests: [], profile: [] },
  };
}

let dbCount = 0;
async function freshDb(): Promise<NoticeLensDb> {
  const db = openDb(`bench-library-${++dbCount}`);
  await db.open();
  return db;
}

const SEARCHES = ['infobip', 'données', 'conservons données', 'transf', 'privacy shield', 'numéro 42'];

export async function bench(): Promise<BenchRow[]> {
  if (!existsSync(SEEDS_DIR)) return [];
  const seeds = seedReports();
  // Only the file's text is kept: the generated objects are garbage by the time anything is timed.
  const json = serializeBackup(generateBase(seeds));

  // Import of the whole base: parse, check, write (versions, summaries, search index) in one transaction.
  const importTimes: number[] = [];
  let db: NoticeLensDb | null = null;
  for (let i = 0; i < HEAVY_RUNS; i++) {
    if (db) await db.delete();
    db = await freshDb();
    const target = db;
    importTimes.push(await time(1, async () => importBackup(target, parseBackup(json))));
  }
  const library = db!;

  const open = await time(RUNS, async () => applyLibraryQuery(await openLibrary(library), { sort: 'date' }));
  const searchTimes: number[] = [];
  for (const query of SEARCHES) searchTimes.push(await time(RUNS, () => searchNotices(library, query)));

  // Seed 004 saved, then a modified copy: retention changed, a passage edited, one removed, one added.
  const seed004 = seeds[4];
  const modified = structuredClone(seed004);
  const passages = modified.sections.flatMap((s) => s.passages);
  passages[10].text = passages[10].text.replace(/\b(\w+)\b/, 'Désormais');
  modified.sections[1]?.passages.splice(0, 1);
  modified.sections[2]?.passages.push({ id: 'px', text: 'Nous transférons aussi des données vers l’Inde.', tags: ['transfers'] });
  if (modified.facts.retention[0]) modified.facts.retention[0].days = 3650;
  modified.facts.transfers.destinations.push('IN');
  modified.source.contentHash = fnv1a64(noticeText(modified));
  const ids: number[] = [];
  for (const [k, report] of [seed004, modified].entries()) {
    const saved = await saveVersion(library, { report, text: noticeText(report), url: 'https://seed-004.example/', title: null, now: new Date(Date.UTC(2025, k, 1)) });
    ids.push(saved.version.id);
  }
  // What the diff view does: read both versions whole, changes by topic, passage diff.
  const diff = await time(RUNS, async () => {
    const [a, b] = await Promise.all(ids.map((id) => getVersion(library, id)));
    describeChanges(a!.report, b!.report, 'en');
    diffNotices(a!.report, b!.report);
  });

  const exportTime = await time(HEAVY_RUNS, async () => serializeBackup(await exportBackup(library)));
  await library.delete();
  await Dexie.delete(library.name);

  const mb = (json.length / 1e6).toFixed(0);
  // How fast this machine is right now (2 shared cores): the budgets assume an ordinary laptop.
  const parseMs = await time(HEAVY_RUNS, () => JSON.parse(json));
  const fakeDb = 'fake-indexeddb (IndexedDB written in JS) in Node';
  const rows: BenchRow[] = [
    { name: `library: open (${VERSIONS} versions, grouped and sorted)`, median: open, budget: BUDGETS_MS.open, note: fakeDb },
    { name: `library: full-text search (median of ${SEARCHES.length} queries)`, median: median(searchTimes), budget: BUDGETS_MS.search, note: fakeDb },
    { name: 'library: version diff, seed 004 vs modified copy', median: diff, budget: BUDGETS_MS.diff, note: 'read both versions, changes by topic, passage diff' },
    { name: `library: export whole base (${mb} MB JSON)`, median: exportTime, budget: BUDGETS_MS.export, note: fakeDb },
    { name: `library: import whole base (${mb} MB JSON)`, median: median(importTimes), budget: BUDGETS_MS.import, note: `${fakeDb}; parse, check, write, index` },
    { name: `library: reference, JSON.parse of the ${mb} MB file`, median: parseMs, budget: null, note: 'machine speed, for reading the rows above' },
  ];
  // The same base in a real Chromium, measured by tests/e2e/library.test.ts (when it has run here).
  const scale = resolve(process.cwd(), 'tests/e2e/artifacts/library-scale.json');
  if (existsSync(scale)) {
    const figures = JSON.parse(readFileSync(scale, 'utf8')) as Record<string, number | string>;
    const note = `Chromium, through the Backup and Library views, one run at ${String(figures.measuredAt).slice(0, 16)} by the e2e test`;
    rows.push(
      { name: `library: import whole base in Chromium (${figures.versions} versions)`, median: Number(figures.importMs), budget: BUDGETS_MS.import, note },
      { name: 'library: export whole base in Chromium', median: Number(figures.exportMs), budget: BUDGETS_MS.export, note },
      { name: 'library: open in Chromium (route change to first site on screen)', median: Number(figures.openMs), budget: BUDGETS_MS.open, note },
      { name: 'library: search in Chromium (typing to filtered list, 150 ms debounce included)', median: Number(figures.searchMs), budget: null, note },
    );
  }
  return rows;
}
