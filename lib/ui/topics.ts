// The popup's view-model: the 13 contract tags grouped as a reader thinks about a notice.
// Pure: takes a report, returns what each card shows (found or not, evidence passages, facts).
import type { Flag, NoticeReport, Passage, Tag } from '../report';

export const TOPICS = [
  { id: 'collected', tags: ['collection', 'purposes', 'legal-basis'] },
  { id: 'sharing', tags: ['sharing', 'transfers'] },
  { id: 'retention', tags: ['retention'] },
  { id: 'rights', tags: ['rights', 'contact', 'automated-decisions'] },
  { id: 'children', tags: ['children'] },
  { id: 'cookies', tags: ['cookies'] },
  { id: 'security', tags: ['security'] },
  { id: 'changes', tags: ['changes'] },
] as const satisfies readonly { id: string; tags: readonly Tag[] }[];

export type TopicId = (typeof TOPICS)[number]['id'];

export interface TopicView {
  id: TopicId;
  tags: readonly Tag[];
  /** the tags of this topic that some passage carries */
  tagsFound: Tag[];
  found: boolean;
  /** evidence: the passages carrying one of the topic's tags, in reading order */
  passages: Passage[];
}

/** One card per topic, in reading order of the topics. */
export function buildTopics(report: Pick<NoticeReport, 'sections'>): TopicView[] {
  const passages = report.sections.flatMap((section) => section.passages);
  return TOPICS.map((topic) => {
    const tags: readonly Tag[] = topic.tags;
    const evidence = passages.filter((p) => p.tags.some((tag) => tags.includes(tag)));
    const tagsFound = tags.filter((tag) => evidence.some((p) => p.tags.includes(tag)));
    return { id: topic.id, tags, tagsFound, found: evidence.length > 0, passages: evidence };
  });
}

/** passage id -> passage, to show the sentence behind a fact or a flag. */
export function passageIndex(report: Pick<NoticeReport, 'sections'>): Map<string, Passage> {
  const index = new Map<string, Passage>();
  for (const section of report.sections) for (const passage of section.passages) index.set(passage.id, passage);
  return index;
}

/** Flags with high severity first (the engine sorts them; we do not rely on it for what is shown first). */
export function sortedFlags(flags: readonly Flag[]): Flag[] {
  const order = { high: 0, medium: 1, info: 2 } as const;
  return [...flags].sort((a, b) => order[a.severity] - order[b.severity]);
}

/** The badge count: how many high-severity flags the report raises. */
export function highFlagCount(report: Pick<NoticeReport, 'flags'>): number {
  return report.flags.filter((flag) => flag.severity === 'high').length;
}

/** Contacts ordered for the reader: DPO addresses first, then the other e-mails, then the rest. */
export function orderedContacts(report: Pick<NoticeReport, 'facts'>): { kind: 'dpo' | 'email' | 'url' | 'postal' | 'phone'; value: string }[] {
  const { contacts } = report.facts;
  const dpo = contacts.dpoEmails ?? [];
  return [
    ...dpo.map((value) => ({ kind: 'dpo' as const, value })),
    ...contacts.emails.filter((e) => !dpo.includes(e)).map((value) => ({ kind: 'email' as const, value })),
    ...(contacts.urls ?? []).filter(isSafeLink).map((value) => ({ kind: 'url' as const, value })),
    ...(contacts.postalAddresses ?? []).map((value) => ({ kind: 'postal' as const, value })),
    ...(contacts.phones ?? []).map((value) => ({ kind: 'phone' as const, value })),
  ];
}

/** Links taken from a notice are shown as links only when they are http(s): or mailto:. */
export function isSafeLink(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/**
 * The sentence behind a fact the contract gives without a passage (an e-mail, an authority's name):
 * the first passage that contains the value, preferring the topic's own passages.
 */
export function passageMentioning(all: readonly Passage[], preferred: readonly Passage[], value: string): Passage | undefined {
  const needle = value.trim().toLowerCase();
  if (!needle) return undefined;
  const has = (p: Passage) => lowerText(p).includes(needle);
  return preferred.find(has) ?? all.find(has);
}

/** Lower-cased passage texts, made once per passage: every contact and authority scans the whole notice. */
const lowered = new WeakMap<Passage, string>();

function lowerText(passage: Passage): string {
  let text = lowered.get(passage);
  if (text === undefined) lowered.set(passage, (text = passage.text.toLowerCase()));
  return text;
}
