// The popup's and Analyse view's link to the saved-notice library (helper "library" owns lib/library).
import { noticeText } from '../analyze';
import { openDb, type NoticeLensDb } from '../db';
import { contentHashOf, latestVersion, saveVersion, siteForSave, type SavedVersion } from '../library/versions';
import type { NoticeReport } from '../report';
import { t } from './i18n';

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

/** How this analysis stands against the site's saved versions. */
export interface SavedState {
  /** the site's latest saved version, if any */
  latest: SavedVersion | null;
  /** this analysis has the latest version's content (nothing new to save) */
  same: boolean;
}

export async function savedState(target: SaveTarget): Promise<SavedState> {
  const latest = (await latestVersion(database(), siteForSave(target))) ?? null;
  if (!latest) return { latest, same: false };
  const hash = await contentHashOf(target.report, noticeText(target.report));
  return { latest, same: latest.contentHash === hash };
}

/** A failed save in one sentence: the library's errors carry a code, the words come from our catalogue. */
export function saveErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'quota' || code === 'storage') return t(`saveFailed_${code}`);
  return t('saveFailed', error instanceof Error ? error.message : String(error));
}
