// The popup's and Analyse view's link to the saved-notice library (helper "library" owns lib/library).
import { noticeText } from '../analyze';
import { openDb, type NoticeLensDb } from '../db';
import { contentHashOf, latestVersion, saveVersion, siteForSave, type SavedVersion } from '../library/versions';
import type { NoticeReport } from '../report';

let db: NoticeLensDb | null = null;
function database(): NoticeLensDb {
  db ??= openDb();
  return db;
}

export interface SaveTarget {
  report: NoticeReport;
  url: string | null;
  title: string | null;
}

/** Saves the analysed notice (a new version only when its text changed). */
export async function saveReport(target: SaveTarget): Promise<{ version: SavedVersion; created: boolean }> {
  // The report may come from a Svelte $state (a Proxy), which IndexedDB cannot clone: store a plain copy.
  const report = JSON.parse(JSON.stringify(target.report)) as NoticeReport;
  return saveVersion(database(), { ...target, report, text: noticeText(report) });
}

/** The site's latest saved version when its content differs from this analysis, else null. */
export async function changedSince(target: SaveTarget): Promise<SavedVersion | null> {
  const latest = await latestVersion(database(), siteForSave(target));
  if (!latest) return null;
  const hash = await contentHashOf(target.report, noticeText(target.report));
  return latest.contentHash === hash ? null : latest;
}
