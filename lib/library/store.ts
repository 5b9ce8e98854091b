// How versions are stored: the report without its passage texts, which live once in `passages`
// (counted, so a text goes when no version uses it any more). Successive versions of a notice share
// nearly every passage, so a site saved ten times costs little more than once.
import type { EntityTable } from 'dexie';
import type { SavedVersion, StoredPassage, StoredReport, StoredVersion } from '../db';
import { fnv1a64 } from '../hash';

/**
 * The notice text rebuilt from a report: the same as lib/analyze.ts `noticeText` (a unit test checks it),
 * written here so that the database module does not pull the whole analyser into every bundle.
 */
export function rebuildText(report: { sections: { heading: string | null; passages: { text: string }[] }[] }): string {
  const parts: string[] = [];
  for (const section of report.sections) {
    if (section.heading) parts.push(section.heading);
    for (const passage of section.passages) parts.push(passage.text);
  }
  return parts.join('\n\n');
}

/** Key of a passage text: its hash and length (a collision would need both to match). */
export function passageHash(text: string): string {
  return `${fnv1a64(text).slice(-16)}:${text.length}`;
}

/** Splits a version into the stored row (passages by hash) and the distinct passage texts it uses. */
export function dehydrate(version: SavedVersion): { row: StoredVersion; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const sections = version.report.sections.map((section) => ({
    ...section,
    passages: section.passages.map(({ text, ...rest }) => {
      const h = passageHash(text);
      texts.set(h, text);
      return { ...rest, h };
    }),
  }));
  const report: StoredReport = { ...version.report, sections };
  const { text, ...meta } = version;
  const row: StoredVersion = { ...meta, report };
  const rebuilt = hydrateWith(row, texts).text;
  if (rebuilt !== text) row.text = text;
  return { row, texts };
}

/** The distinct passage hashes a stored version uses. */
export function hashesOf(row: Pick<StoredVersion, 'report'>): string[] {
  return [...new Set(row.report.sections.flatMap((s) => s.passages.map((p) => p.h)))];
}

/** Puts the passage texts back; a text missing from `texts` comes back empty (never expected). */
export function hydrateWith(row: StoredVersion, texts: ReadonlyMap<string, string>): SavedVersion {
  const sections = row.report.sections.map((section) => ({
    ...section,
    passages: section.passages.map(({ h, ...rest }) => ({ ...rest, text: texts.get(h) ?? '' })),
  }));
  const report = { ...row.report, sections };
  const { text, ...meta } = row;
  return { ...meta, report, text: text ?? rebuildText(report) };
}

type PassageTable = EntityTable<StoredPassage, 'h'>;

/** Reads the passage texts of a stored version and rebuilds the SavedVersion. */
export async function hydrate(passages: PassageTable, row: StoredVersion): Promise<SavedVersion> {
  const hashes = hashesOf(row);
  const found = await passages.bulkGet(hashes);
  const texts = new Map<string, string>();
  found.forEach((p, i) => {
    if (p) texts.set(hashes[i], p.text);
  });
  return hydrateWith(row, texts);
}

/** Above this many passages at once (an import), reading all keys beats one request per passage. */
const KEY_SCAN_THRESHOLD = 1000;

/** Counts one more use of each passage of `uses` (hash -> text, with how many versions use it). */
export async function retainPassages(passages: PassageTable, uses: ReadonlyMap<string, { text: string; count: number }>): Promise<void> {
  const hashes = [...uses.keys()];
  if (!hashes.length) return;
  const known =
    hashes.length > KEY_SCAN_THRESHOLD
      ? new Set(await passages.toCollection().primaryKeys())
      : new Set((await passages.bulkGet(hashes)).filter((p) => p !== undefined).map((p) => p.h));
  const added = hashes.filter((h) => !known.has(h));
  const counted = hashes.filter((h) => known.has(h));
  const existing = await passages.bulkGet(counted);
  await passages.bulkPut(existing.map((p, i) => ({ h: counted[i], text: p!.text, refs: p!.refs + uses.get(counted[i])!.count })));
  await passages.bulkAdd(added.map((h) => ({ h, text: uses.get(h)!.text, refs: uses.get(h)!.count })));
}

/** Counts one use less of each passage of the given versions; texts no version uses are deleted. */
export async function releasePassages(passages: PassageTable, rows: readonly Pick<StoredVersion, 'report'>[]): Promise<void> {
  const counts = new Map<string, number>();
  for (const row of rows) for (const h of hashesOf(row)) counts.set(h, (counts.get(h) ?? 0) + 1);
  const hashes = [...counts.keys()];
  if (!hashes.length) return;
  const existing = await passages.bulkGet(hashes);
  const keep: StoredPassage[] = [];
  const drop: string[] = [];
  existing.forEach((p, i) => {
    if (!p) return;
    const refs = p.refs - counts.get(hashes[i])!;
    if (refs > 0) keep.push({ ...p, refs });
    else drop.push(p.h);
  });
  await passages.bulkPut(keep);
  await passages.bulkDelete(drop);
}

/** hash -> {text, number of the given versions using it}, from dehydrated versions. */
export function usesOf(parts: readonly { row: StoredVersion; texts: ReadonlyMap<string, string> }[]): Map<string, { text: string; count: number }> {
  const uses = new Map<string, { text: string; count: number }>();
  for (const { texts } of parts) {
    for (const [h, text] of texts) {
      const use = uses.get(h);
      if (use) use.count += 1;
      else uses.set(h, { text, count: 1 });
    }
  }
  return uses;
}

/** Length of the text a stored version stands for, without building it. */
export function textLength(row: StoredVersion, texts: ReadonlyMap<string, string>): number {
  if (row.text !== undefined) return row.text.length;
  const SEPARATOR = 2; // the blank line between parts
  let length = 0;
  let parts = 0;
  for (const section of row.report.sections) {
    if (section.heading) {
      length += section.heading.length;
      parts += 1;
    }
    for (const p of section.passages) {
      length += texts.get(p.h)?.length ?? 0;
      parts += 1;
    }
  }
  return length + Math.max(0, parts - 1) * SEPARATOR;
}
