// Any two reports side by side, per topic, with the differences marked and, where it is clear,
// which side protects the reader more: shorter retention, more rights, no Privacy Shield, fewer high flags.
import type { Flag, NoticeReport, RetentionFact, Severity } from '../report';
import { formatRegion } from '../ui/format';
import { periodText, retentionByCategory } from './changes';
import { flagName, RIGHT_NAMES, SAFEGUARD_NAMES, SALE_NAMES, type Lang } from './labels';
import { foldText } from './words';

export type SideId = 'a' | 'b';
export type CompareTopicId = 'retention' | 'children' | 'transfers' | 'rights' | 'contacts' | 'flags' | 'other';

export interface CompareItem {
  text: string;
  /** the other side does not have it */
  unique: boolean;
}

export interface CompareRow {
  label: string;
  a: CompareItem[];
  b: CompareItem[];
  differs: boolean;
  /** the side that protects more on this row, when clear */
  better: SideId | null;
}

export interface CompareTopic {
  topic: CompareTopicId;
  rows: CompareRow[];
  differs: boolean;
  better: SideId | null;
  /** why `better` is better, one short phrase */
  reason: string | null;
}

const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    allData: 'data not specified',
    minAge: 'minimum age',
    anywhere: 'everywhere',
    destinations: 'destinations',
    safeguards: 'safeguards',
    rights: 'rights granted',
    emails: 'e-mails',
    dpo: 'DPO',
    postal: 'postal addresses',
    urls: 'web pages',
    phones: 'phones',
    authorities: 'supervisory authorities',
    high: 'high',
    medium: 'medium',
    info: 'info',
    sale: 'sale of data',
    responseDays: 'answer within',
    days: 'days',
    lastUpdated: 'last updated',
    'why:retention': 'shorter retention',
    'why:children': 'higher minimum age',
    'why:transfers': 'no reliance on the invalid Privacy Shield',
    'why:rights': 'more rights',
    'why:contacts': 'more ways to reach the company or an authority',
    'why:flags': 'fewer serious warnings',
    'why:other': 'does not sell data, or answers sooner',
  },
  fr: {
    allData: 'données non précisées',
    minAge: 'âge minimum',
    anywhere: 'partout',
    destinations: 'destinations',
    safeguards: 'garanties',
    rights: 'droits accordés',
    emails: 'e-mails',
    dpo: 'DPO',
    postal: 'adresses postales',
    urls: 'pages web',
    phones: 'téléphones',
    authorities: 'autorités de contrôle',
    high: 'élevée',
    medium: 'moyenne',
    info: 'info',
    sale: 'vente de données',
    responseDays: 'réponse sous',
    days: 'jours',
    lastUpdated: 'dernière mise à jour',
    'why:retention': 'conservation plus courte',
    'why:children': 'âge minimum plus élevé',
    'why:transfers': "pas d'appui sur le Privacy Shield invalidé",
    'why:rights': 'plus de droits',
    'why:contacts': "plus de moyens de joindre l'entreprise ou une autorité",
    'why:flags': "moins d'alertes graves",
    'why:other': 'ne vend pas les données, ou répond plus vite',
  },
};

/** Two lists of display texts, each item marked when the other side lacks it (compared folded). */
function row(label: string, a: string[], b: string[], better: SideId | null = null): CompareRow {
  const key = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  const items = (list: string[], other: Set<string>) => list.map((text) => ({ text, unique: !other.has(key(text)) }));
  const ia = items(a, kb);
  const ib = items(b, ka);
  return { label, a: ia, b: ib, differs: ia.some((i) => i.unique) || ib.some((i) => i.unique), better };
}

/** The side with the smaller value; null when equal or either is unknown. */
function lower(a: number | null, b: number | null): SideId | null {
  if (a === null || b === null || a === b) return null;
  return a < b ? 'a' : 'b';
}
const flip = (side: SideId | null): SideId | null => (side === null ? null : side === 'a' ? 'b' : 'a');

/** Longest period in days, Infinity for "as long as necessary"; null when nothing is stated. */
function longest(facts: readonly RetentionFact[]): number | null {
  if (!facts.length) return null;
  return Math.max(...facts.map((f) => (typeof f.days === 'number' ? f.days : Number.POSITIVE_INFINITY)));
}

function topic(id: CompareTopicId, rows: CompareRow[], better: SideId | null, lang: Lang): CompareTopic {
  return { topic: id, rows, differs: rows.some((r) => r.differs), better, reason: better ? WORDS[lang][`why:${id}`] : null };
}

const countOf = (flags: readonly Flag[], severity: Severity) => flags.filter((f) => f.severity === severity).length;

/** Side-by-side comparison of two reports, topic by topic, in `lang`. */
export function compareReports(a: NoticeReport, b: NoticeReport, lang: Lang): CompareTopic[] {
  const w = WORDS[lang];
  const fa = a.facts;
  const fb = b.facts;

  // Retention per data category: a row per category, the shorter longest period is better.
  const ra = retentionByCategory(fa.retention);
  const rb = retentionByCategory(fb.retention);
  const retentionRows = [...new Set([...ra.keys(), ...rb.keys()])].map((key) => {
    const ga = ra.get(key)?.facts ?? [];
    const gb = rb.get(key)?.facts ?? [];
    const label = (ra.get(key) ?? rb.get(key))?.label || w.allData;
    return row(label, ga.map((f) => periodText(f, lang)), gb.map((f) => periodText(f, lang)), lower(longest(ga), longest(gb)));
  });
  const retention = topic('retention', retentionRows, lower(longest(fa.retention), longest(fb.retention)), lang);

  // Children: the minimum ages per region; a higher lowest age is better.
  const regions = [...new Set([...fa.childrenMinAge, ...fb.childrenMinAge].map((c) => c.region ?? ''))];
  const ages = (r: NoticeReport, region: string) => r.facts.childrenMinAge.filter((c) => (c.region ?? '') === region).map((c) => String(c.age));
  const childRows = regions.map((region) => row(region ? `${w.minAge} (${formatRegion(region, lang)})` : w.minAge, ages(a, region), ages(b, region)));
  const minAge = (r: NoticeReport) => (r.facts.childrenMinAge.length ? Math.min(...r.facts.childrenMinAge.map((c) => c.age)) : null);
  const children = topic('children', childRows, flip(lower(minAge(a), minAge(b))), lang);

  // Transfers: destinations and safeguards; relying on the Privacy Shield is worse.
  const place = (code: string) => (/^[A-Z]{2}$/.test(code) ? `${formatRegion(code, lang)} (${code})` : formatRegion(code, lang));
  const shield = (r: NoticeReport) => (r.facts.transfers.safeguards.includes('privacy-shield') ? 1 : 0);
  const transfers = topic(
    'transfers',
    [
      row(w.destinations, fa.transfers.destinations.map(place), fb.transfers.destinations.map(place)),
      row(
        w.safeguards,
        fa.transfers.safeguards.map((s) => SAFEGUARD_NAMES[lang][s]),
        fb.transfers.safeguards.map((s) => SAFEGUARD_NAMES[lang][s]),
      ),
    ],
    lower(shield(a), shield(b)),
    lang,
  );

  // Rights: more rights granted is better.
  const rights = topic(
    'rights',
    [row(w.rights, fa.rights.map((r) => RIGHT_NAMES[lang][r]), fb.rights.map((r) => RIGHT_NAMES[lang][r]))],
    flip(lower(new Set(fa.rights).size, new Set(fb.rights).size)),
    lang,
  );

  // Contacts and authority: a side that gives more of {a contact, a DPO, an authority} is better.
  const reach = (r: NoticeReport) => {
    const c = r.facts.contacts;
    const any = c.emails.length + (c.postalAddresses?.length ?? 0) + (c.urls?.length ?? 0) + (c.phones?.length ?? 0) > 0;
    return Number(any) + Number((c.dpoEmails?.length ?? 0) > 0) + Number(r.facts.authorities.length > 0);
  };
  const authority = (r: NoticeReport) => r.facts.authorities.map((x) => (x.country ? `${x.name} (${x.country})` : x.name));
  const contacts = topic(
    'contacts',
    [
      row(w.emails, fa.contacts.emails, fb.contacts.emails),
      row(w.dpo, fa.contacts.dpoEmails ?? [], fb.contacts.dpoEmails ?? []),
      row(w.postal, fa.contacts.postalAddresses ?? [], fb.contacts.postalAddresses ?? []),
      row(w.urls, fa.contacts.urls ?? [], fb.contacts.urls ?? []),
      row(w.phones, fa.contacts.phones ?? [], fb.contacts.phones ?? []),
      row(w.authorities, authority(a), authority(b)),
    ].filter((r) => r.a.length + r.b.length > 0),
    flip(lower(reach(a), reach(b))),
    lang,
  );

  // Flags: fewer high ones is better; on a tie, fewer medium ones.
  const severities: Severity[] = ['high', 'medium', 'info'];
  const names = (r: NoticeReport, s: Severity) => r.flags.filter((f) => f.severity === s).map((f) => flagName(String(f.id), lang));
  const flagRows = severities.map((s) => row(w[s], names(a, s), names(b, s))).filter((r) => r.a.length + r.b.length > 0);
  const flags = topic(
    'flags',
    flagRows,
    lower(countOf(a.flags, 'high'), countOf(b.flags, 'high')) ?? lower(countOf(a.flags, 'medium'), countOf(b.flags, 'medium')),
    lang,
  );

  // Other: sale of data (not selling is better than selling) and the promised answer delay (sooner is better).
  const saleScore = (r: NoticeReport) => (r.facts.sellsData === true ? 1 : r.facts.sellsData === false ? 0 : null);
  const days = (r: NoticeReport) => (r.facts.responseDays ? [`${r.facts.responseDays} ${w.days}`] : []);
  const dates = (r: NoticeReport) => (r.lastUpdated ? [r.lastUpdated] : []);
  const other = topic(
    'other',
    [
      row(w.sale, [SALE_NAMES[lang][`${fa.sellsData}`]], [SALE_NAMES[lang][`${fb.sellsData}`]], lower(saleScore(a), saleScore(b))),
      row(w.responseDays, days(a), days(b), lower(fa.responseDays ?? null, fb.responseDays ?? null)),
      row(w.lastUpdated, dates(a), dates(b)),
    ].filter((r) => r.a.length + r.b.length > 0),
    lower(saleScore(a), saleScore(b)) ?? lower(fa.responseDays ?? null, fb.responseDays ?? null),
    lang,
  );

  return [retention, children, transfers, rights, contacts, flags, other];
}
