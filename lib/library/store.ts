// How versions are stored: the report with its sections replaced by keys, and, per site, one pack of
// every distinct section its versions use (with the passages and their texts). Successive versions of
// a notice share nearly every section, so a site saved ten times costs little more than once, and the
// database holds one small row per version plus one pack per site: few rows to write on an import.
import type { EntityTable, Transaction } from 'dexie';
import type { SavedVersion, SectionPack, StoredVersion } from '../db';
import type { Section } from '../report';

type PackTable = EntityTable<SectionPack, 'site'>;
type VersionTable = EntityTable<StoredVersion, 'id'>;

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

/**
 * Key of a section: two 32-bit hashes (FNV-1a and a multiply-xorshift) of its JSON's UTF-16 code units
 * and its length; a collision would need all three to match. Computed on every save and, to check a
 * backup, on every section of the file: it reads code units directly, several times faster than
 * encoding to UTF-8 first.
 */
export function sectionKey(section: Section): string {
  const json = JSON.stringify(section);
  let a = FNV_OFFSET;
  let b = SEED_B;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, MIX_PRIME);
    b ^= b >>> MIX_SHIFT;
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}:${json.length}`;
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_B = 0x9e3779b9;
const MIX_PRIME = 0x85ebca6b;
const MIX_SHIFT = 13;

/** Splits a version into the stored row (sections by key) and the distinct sections it uses. */
export function dehydrate(version: SavedVersion): { row: StoredVersion; sections: Map<string, Section> } {
  const sections = new Map<string, Section>();
  const keys = version.report.sections.map((section) => {
    const key = sectionKey(section);
    sections.set(key, section);
    return key;
  });
  const { text, ...meta } = version;
  const row: StoredVersion = { ...meta, report: { ...version.report, sections: keys } };
  if (rebuildText(version.report) !== text) row.text = text;
  return { row, sections };
}

/** Puts the sections back; a section missing from `sections` is left out (never expected). */
export function hydrateWith(row: StoredVersion, sections: ReadonlyMap<string, Section> | Record<string, Section>): SavedVersion {
  const get = (key: string) => (sections instanceof Map ? sections.get(key) : (sections as Record<string, Section>)[key]);
  const report = { ...row.report, sections: row.report.sections.map(get).filter((s): s is Section => s !== undefined) };
  const { text, ...meta } = row;
  return { ...meta, report, text: text ?? rebuildText(report) };
}

/** Reads the site's pack and rebuilds the SavedVersion. */
export async function hydrate(packs: PackTable, row: StoredVersion): Promise<SavedVersion> {
  const pack = await packs.get(row.site);
  return hydrateWith(row, pack?.sections ?? {});
}

/** Adds sections to a site's pack. */
export async function addToPack(packs: PackTable, site: string, sections: ReadonlyMap<string, Section>): Promise<void> {
  const pack = (await packs.get(site)) ?? { site, sections: {} };
  let changed = false;
  for (const [key, section] of sections) {
    if (pack.sections[key]) continue;
    pack.sections[key] = section;
    changed = true;
  }
  if (changed) await packs.put(pack);
}

/** Drops from a site's pack the sections no remaining version of the site uses (the pack when none is left). */
export async function prunePack(tx: Transaction, site: string): Promise<void> {
  const packs = tx.table('packs') as PackTable;
  const rows = (await (tx.table('versions') as VersionTable).where('site').equals(site).toArray()) as StoredVersion[];
  if (!rows.length) {
    await packs.delete(site);
    return;
  }
  const pack = await packs.get(site);
  if (!pack) return;
  const used = new Set(rows.flatMap((r) => r.report.sections));
  const kept = Object.fromEntries(Object.entries(pack.sections).filter(([key]) => used.has(key)));
  if (Object.keys(kept).length !== Object.keys(pack.sections).length) await packs.put({ site, sections: kept });
}

/** Length of the text a stored version stands for, without building it. */
export function textLength(row: StoredVersion, sections: ReadonlyMap<string, Section>): number {
  if (row.text !== undefined) return row.text.length;
  const SEPARATOR = 2; // the blank line between parts
  let length = 0;
  let parts = 0;
  for (const key of row.report.sections) {
    const section = sections.get(key);
    if (!section) continue;
    if (section.heading) {
      length += section.heading.length;
      parts += 1;
    }
    for (const p of section.passages) {
      length += p.text.length;
      parts += 1;
    }
  }
  return length + Math.max(0, parts - 1) * SEPARATOR;
}
