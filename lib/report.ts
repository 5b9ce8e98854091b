// Types of the notice report: a mirror of ../shared/contract/report.schema.json (schema version 1).
// Every part of the product reads this shape; change it only with the contract.

export const SCHEMA_VERSION = 1 as const;

export const TAGS = [
  'collection',
  'purposes',
  'legal-basis',
  'sharing',
  'transfers',
  'retention',
  'rights',
  'children',
  'cookies',
  'security',
  'contact',
  'changes',
  'automated-decisions',
] as const;
export type Tag = (typeof TAGS)[number];

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
  'complaint',
  'automated-decision',
  'opt-out-sale',
  'limit-sensitive',
  'non-discrimination',
  'know',
  'post-mortem',
] as const;
export type Right = (typeof RIGHTS)[number];

export const SAFEGUARDS = ['adequacy', 'scc', 'bcr', 'dpf', 'privacy-shield', 'consent', 'derogation'] as const;
export type Safeguard = (typeof SAFEGUARDS)[number];

export type SourceKind = 'page' | 'html' | 'text' | 'markdown';
export type Severity = 'high' | 'medium' | 'info';

export const FLAG_IDS = [
  'privacy-shield',
  'retention-unspecified',
  'no-retention',
  'no-rights',
  'no-contact',
  'no-authority',
  'tacit-consent',
  'sells-data',
  'changes-without-notice',
  'transfers-no-safeguard',
  'children-under-16-eu',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export interface Passage {
  id: string;
  text: string;
  tags: Tag[];
  /** rule ids that produced the tags (heading-assisted ones are prefixed "heading:") */
  why?: string[];
}

export interface Section {
  id: string;
  heading: string | null;
  level?: number;
  tags: Tag[];
  passages: Passage[];
}

export interface RetentionFact {
  text: string;
  days: number | null;
  iso?: string | null;
  appliesTo?: string | null;
  indefinite?: boolean;
  passageId?: string;
}

export interface ChildrenAgeFact {
  age: number;
  region?: string | null;
  parentalConsent?: boolean | null;
  passageId?: string;
}

export interface Contacts {
  emails: string[];
  dpoEmails?: string[];
  postalAddresses?: string[];
  urls?: string[];
  phones?: string[];
}

export interface AuthorityFact {
  name: string;
  country?: string | null;
  url?: string | null;
}

export interface Facts {
  retention: RetentionFact[];
  childrenMinAge: ChildrenAgeFact[];
  transfers: { destinations: string[]; safeguards: Safeguard[] };
  rights: Right[];
  contacts: Contacts;
  authorities: AuthorityFact[];
  sellsData: boolean | null;
  responseDays?: number | null;
}

export interface Flag {
  id: FlagId | string;
  severity: Severity;
  passageId?: string | null;
  message?: string;
}

export interface NoticeSource {
  kind: SourceKind;
  url?: string | null;
  title?: string | null;
  analyzedAt?: string;
  contentHash?: string;
  characters?: number;
}

export interface NoticeReport {
  schemaVersion: typeof SCHEMA_VERSION;
  source: NoticeSource;
  language: string;
  isPrivacyNotice: boolean;
  noticeScore?: number;
  lastUpdated?: string | null;
  sections: Section[];
  facts: Facts;
  flags: Flag[];
  timings?: Record<string, number>;
}

/** Every passage of a report in reading order, with the section it belongs to. */
export function* passagesOf(report: Pick<NoticeReport, 'sections'>): Generator<[Passage, Section]> {
  for (const section of report.sections) for (const passage of section.passages) yield [passage, section];
}
