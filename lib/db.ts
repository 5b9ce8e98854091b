// The one database module. Only extension pages and the background open it (content scripts see
// the page's origin, so IndexedDB there would belong to the site). Every version() is kept.
import Dexie, { type EntityTable } from 'dexie';
import type { NoticeReport, Section } from './report';
import { upgradeToV2 } from './library/indexes';

export const DB_NAME = 'notice-lens';

/** One saved version of a site's notice: text stored once per version, never per view. */
export interface SavedVersion {
  id: number;
  /** host name without `www.` */
  site: string;
  url: string;
  title: string | null;
  contentHash: string;
  /** ISO timestamp */
  savedAt: string;
  report: NoticeReport;
  /** the extracted notice text */
  text: string;
}

/** A report as a stored version holds it: its sections are keys into the site's section pack. */
export type StoredReport = Omit<NoticeReport, 'sections'> & { sections: string[] };

/**
 * A version as stored (lib/library/store.ts turns it into a SavedVersion and back): its sections are
 * kept once per site in `packs`, however many versions contain them, since successive versions of a
 * notice share nearly all their sections; the notice text is rebuilt from them (`noticeText`).
 */
export interface StoredVersion extends Omit<SavedVersion, 'report' | 'text'> {
  report: StoredReport;
  /** only when the saved text is not the one rebuilt from the report's sections */
  text?: string;
}

/** Every distinct section (with its passages and their texts) the versions of one site use, by key. */
export interface SectionPack {
  site: string;
  sections: Record<string, Section>;
}

/**
 * What the library list, its filters and its sort need of one version, without the heavy report and text:
 * opening the library reads only these rows (one per version), so it stays fast with thousands of versions.
 * Kept in step with `versions` in the same transaction (lib/library/versions.ts).
 */
export interface VersionSummary extends Pick<SavedVersion, 'id' | 'site' | 'url' | 'title' | 'contentHash' | 'savedAt'> {
  language: string;
  isPrivacyNotice: boolean;
  lastUpdated: string | null;
  characters: number;
  flagIds: string[];
  flagCounts: { high: number; medium: number; info: number };
  /** longest stated retention in days, null when no period is stated */
  maxRetentionDays: number | null;
  indefiniteRetention: boolean;
  destinations: string[];
  safeguards: string[];
  rights: string[];
  hasDpo: boolean;
  hasContact: boolean;
  authorityCountries: string[];
  sellsData: boolean | null;
  /** lowest minimum age stated for children, null when none */
  minChildAge: number | null;
}

/** The words a site's latest version is indexed under (lib/library/search.ts). */
export interface SearchRow {
  site: string;
  versionId: number;
  words: string[];
}

/** One word of the inverted index. */
export interface SearchTerm {
  /** the folded word (lib/library/words.ts) */
  w: string;
  sites: string[];
}

export type RequestStatus =
  | 'drafted'
  | 'sent'
  | 'acknowledged'
  | 'extended'
  | 'answered'
  | 'reminded'
  | 'complaint'
  | 'closed';

export interface RequestEvent {
  status: RequestStatus;
  /** ISO timestamp */
  at: string;
  note?: string;
}

/** A rights request drafted by the person, tracked until answered. */
export interface RightsRequestRecord {
  id: number;
  site: string;
  versionId: number | null;
  type: string;
  law: string;
  language: string;
  recipient: string;
  channel: string;
  subject: string;
  letter: string;
  status: RequestStatus;
  /** ISO date the request was sent (the deadline counts from receipt; we take the sending date) */
  sentAt: string | null;
  /** ISO date the answer is due, null until sent */
  dueDate: string | null;
  history: RequestEvent[];
  notes: string;
  createdAt: string;
  updatedAt: string;
  // Added by the requests module; optional so that rows written before them still read.
  /** the company's name as the letter gives it */
  controller?: string | null;
  /** the notice the request was drafted from */
  noticeUrl?: string | null;
  /** the person's choices for the letter (erasure ground, objection reason, ...), to write follow-ups */
  choices?: Record<string, string>;
  /** ISO date the daily check first found the request overdue; null or absent when it is not */
  overdueSince?: string | null;
  /** the last follow-up the person was notified about, so that each is offered once */
  notifiedStep?: 'reminder' | 'complaint' | null;
}

/** The person's details, filled once, each field optional. A single row with id `me`. */
export interface Profile {
  id: 'me';
  name?: string;
  email?: string;
  postalAddress?: string;
  accountNumber?: string;
}

export type NoticeLensDb = Dexie & {
  versions: EntityTable<StoredVersion, 'id'>;
  packs: EntityTable<SectionPack, 'site'>;
  summaries: EntityTable<VersionSummary, 'id'>;
  search: EntityTable<SearchRow, 'site'>;
  /** the inverted index: a word -> the sites whose latest version contains it */
  terms: EntityTable<SearchTerm, 'w'>;
  requests: EntityTable<RightsRequestRecord, 'id'>;
  profile: EntityTable<Profile, 'id'>;
};

/** Opens (and upgrades) the database. Index only what is queried. */
export function openDb(name: string = DB_NAME): NoticeLensDb {
  const db = new Dexie(name) as NoticeLensDb;
  db.version(1).stores({
    versions: '++id, site, contentHash, savedAt',
    requests: '++id, site, status, dueDate',
    profile: 'id',
  });
  // Version 2 (library): sections stored once per site across versions, a light summary per version and a
  // word index per site's latest version; an older database is converted and indexed on opening.
  db.version(2)
    .stores({
      packs: 'site',
      summaries: 'id, site, savedAt, [site+savedAt]',
      search: 'site, versionId',
      terms: 'w',
    })
    .upgrade((tx) => upgradeToV2(tx));
  return db;
}
