// The pipeline: blocks -> language -> sections and passages -> tags -> facts -> notice score -> flags
// -> report, with the time of each stage. Pure and synchronous: the same in the extension and in Node.
import type { Block } from './blocks';
import { classifySections } from './classify/match';
import { extractFacts } from './facts/index';
import { computeFlags } from './flags';
import { fnv1a64 } from './hash';
import { detectLanguage } from './language';
import { isPrivacyNotice, noticeScore } from './notice';
import { SCHEMA_VERSION, type NoticeReport, type SourceKind } from './report';
import { segment } from './segment/passages';

export interface AnalyzeSource {
  kind: SourceKind;
  url?: string | null;
  title?: string | null;
}

export interface AnalyzeOptions {
  /** ISO 639-1 code that overrides the detected language */
  lang?: string;
  /** clock for analyzedAt (tests pin it) */
  now?: Date;
}

/** Headings that speak for the whole document when judging whether it is a notice. */
export const TITLE_HEADINGS = 3;

/** Runs one stage and records its duration (ms, 0.01 precision). */
function timed<T>(timings: Record<string, number>, stage: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  timings[stage] = Math.round((performance.now() - start) * 100) / 100;
  return result;
}

function blocksText(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

export function analyze(blocks: Block[], source: AnalyzeSource, options: AnalyzeOptions = {}): NoticeReport {
  const timings: Record<string, number> = {};
  const started = performance.now();
  const text = blocksText(blocks);
  const language = options.lang ?? timed(timings, 'language', () => detectLanguage(text));
  const { sections, tocPassages } = timed(timings, 'segment', () => segment(blocks));
  timed(timings, 'classify', () => classifySections(sections, language, (p) => tocPassages.has(p.id)));
  const { facts, lastUpdated } = timed(timings, 'facts', () => extractFacts(sections, language));
  const titles = [source.title, ...blocks.filter((b) => b.kind === 'heading').slice(0, TITLE_HEADINGS).map((b) => b.text)];
  const score = timed(timings, 'notice', () => noticeScore(text, titles));
  const notice = isPrivacyNotice(score);
  const flags = timed(timings, 'flags', () => computeFlags({ sections, facts, language, isPrivacyNotice: notice }));
  const report: NoticeReport = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      kind: source.kind,
      url: source.url ?? null,
      title: source.title ?? null,
      analyzedAt: (options.now ?? new Date()).toISOString(),
    },
    language,
    isPrivacyNotice: notice,
    noticeScore: score,
    lastUpdated,
    sections,
    facts,
    flags,
    timings,
  };
  const extracted = noticeText(report);
  report.source.characters = extracted.length;
  report.source.contentHash = timed(timings, 'hash', () => fnv1a64(extracted));
  timings.total = Math.round((performance.now() - started) * 100) / 100;
  return report;
}

/** The extracted text: headings and passages separated by blank lines (what contentHash hashes). */
export function noticeText(report: Pick<NoticeReport, 'sections'>): string {
  const parts: string[] = [];
  for (const section of report.sections) {
    if (section.heading) parts.push(section.heading);
    for (const passage of section.passages) parts.push(passage.text);
  }
  return parts.join('\n\n');
}
