// Small hand-made reports for the library tests: only the parts the library reads.
import { noticeText } from '../../../lib/analyze';
import { emptyFacts } from '../../../lib/facts/index';
import type { Facts, Flag, NoticeReport, Section } from '../../../lib/report';

export interface ReportParts {
  passages?: string[];
  facts?: Partial<Facts>;
  flags?: Flag[];
  language?: string;
  url?: string | null;
  title?: string | null;
}

export function makeReport(parts: ReportParts = {}): NoticeReport {
  const passages = parts.passages ?? ['We keep customer data for 12 months.'];
  const section: Section = {
    id: 's1',
    heading: 'Privacy notice',
    level: 1,
    tags: [],
    passages: passages.map((text, i) => ({ id: `p${i + 1}`, text, tags: [] })),
  };
  return {
    schemaVersion: 1,
    source: { kind: 'page', url: parts.url ?? null, title: parts.title ?? null },
    language: parts.language ?? 'en',
    isPrivacyNotice: true,
    lastUpdated: null,
    sections: [section],
    facts: { ...emptyFacts(), ...parts.facts },
    flags: parts.flags ?? [],
  };
}

/** The text the library stores: the engine's extracted text. */
export function textOf(report: NoticeReport): string {
  return noticeText(report);
}

export function saveInput(url: string, passages: string[], extra: ReportParts = {}) {
  const report = makeReport({ ...extra, passages, url });
  return { report, text: textOf(report), url, title: extra.title ?? null };
}
