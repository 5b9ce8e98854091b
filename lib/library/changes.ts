// What changed between two versions of one notice, by topic, as sentences a person reads first
// ("Retention: customer data 12 months → 24 months", "New transfer to India (IN)").
import type { NoticeReport, RetentionFact } from '../report';
import { formatRegion, formatRetention } from '../ui/format';
import { capitalize, flagName, RIGHT_NAMES, SAFEGUARD_NAMES, SALE_NAMES, type Lang } from './labels';
import { foldText } from './words';

export type ChangeTopic = 'retention' | 'children' | 'transfers' | 'rights' | 'contacts' | 'flags' | 'other';
export const CHANGE_TOPICS: readonly ChangeTopic[] = ['retention', 'children', 'transfers', 'rights', 'contacts', 'flags', 'other'];

export interface Change {
  topic: ChangeTopic;
  kind: 'added' | 'removed' | 'changed';
  sentence: string;
}

const ARROW = '→';

interface Words {
  retention: string;
  retentionNew: (what: string, after: string) => string;
  retentionGone: (what: string, before: string) => string;
  indefinite: string;
  general: string;
  childAge: (region: string) => string;
  childAgeNew: (region: string, age: number) => string;
  childAgeGone: (region: string, age: number) => string;
  transferNew: (place: string) => string;
  transferGone: (place: string) => string;
  safeguardNew: (name: string) => string;
  safeguardGone: (name: string) => string;
  rightNew: (name: string) => string;
  rightGone: (name: string) => string;
  contactNew: (kind: ContactKind, value: string) => string;
  contactGone: (kind: ContactKind, value: string) => string;
  authorityNew: (name: string) => string;
  authorityGone: (name: string) => string;
  flagNew: (name: string) => string;
  flagGone: (name: string) => string;
  sale: string;
  responseDays: string;
  days: (n: number) => string;
  lastUpdated: string;
  none: string;
}

type ContactKind = 'email' | 'dpo' | 'postal' | 'url' | 'phone';
const CONTACT_KINDS: Record<Lang, Record<ContactKind, string>> = {
  en: { email: 'contact e-mail', dpo: 'DPO e-mail', postal: 'postal address', url: 'contact web page', phone: 'phone number' },
  fr: { email: 'adresse e-mail de contact', dpo: 'adresse e-mail du DPO', postal: 'adresse postale', url: 'page de contact', phone: 'numéro de téléphone' },
};

const WORDS: Record<Lang, Words> = {
  en: {
    retention: 'Retention',
    retentionNew: (what, after) => `Retention: new period${what ? ` for ${what}` : ''}: ${after}`,
    retentionGone: (what, before) => `Retention: ${before}${what ? ` for ${what}` : ''} no longer mentioned`,
    indefinite: 'as long as necessary',
    general: '',
    childAge: (region) => `Children's minimum age${region ? ` (${region})` : ''}`,
    childAgeNew: (region, age) => `Children's minimum age now stated${region ? ` (${region})` : ''}: ${age}`,
    childAgeGone: (region, age) => `Children's minimum age${region ? ` (${region})` : ''} of ${age} no longer mentioned`,
    transferNew: (place) => `New transfer to ${place}`,
    transferGone: (place) => `Transfer to ${place} no longer mentioned`,
    safeguardNew: (name) => `New safeguard for transfers: ${name}`,
    safeguardGone: (name) => `Safeguard for transfers no longer mentioned: ${name}`,
    rightNew: (name) => `${capitalize(name)} now mentioned`,
    rightGone: (name) => `${capitalize(name)} no longer mentioned`,
    contactNew: (kind, value) => `New ${CONTACT_KINDS.en[kind]}: ${value}`,
    contactGone: (kind, value) => `${capitalize(CONTACT_KINDS.en[kind])} no longer mentioned: ${value}`,
    authorityNew: (name) => `Supervisory authority now named: ${name}`,
    authorityGone: (name) => `Supervisory authority no longer named: ${name}`,
    flagNew: (name) => `New warning: ${name}`,
    flagGone: (name) => `Warning gone: ${name}`,
    sale: 'Sale of data',
    responseDays: 'Promised delay to answer a request',
    days: (n) => `${n} days`,
    lastUpdated: '"Last updated" date',
    none: 'none',
  },
  fr: {
    retention: 'Conservation',
    retentionNew: (what, after) => `Conservation : nouvelle durée${what ? ` pour ${what}` : ''} : ${after}`,
    retentionGone: (what, before) => `Conservation : la durée « ${before} »${what ? ` pour ${what}` : ''} n'est plus mentionnée`,
    indefinite: 'aussi longtemps que nécessaire',
    general: '',
    childAge: (region) => `Âge minimum des enfants${region ? ` (${region})` : ''}`,
    childAgeNew: (region, age) => `Âge minimum des enfants désormais indiqué${region ? ` (${region})` : ''} : ${age} ans`,
    childAgeGone: (region, age) => `Âge minimum des enfants${region ? ` (${region})` : ''} de ${age} ans plus mentionné`,
    transferNew: (place) => `Nouvelle destination des transferts : ${place}`,
    transferGone: (place) => `Destination des transferts plus mentionnée : ${place}`,
    safeguardNew: (name) => `Nouvelle garantie pour les transferts : ${name}`,
    safeguardGone: (name) => `Garantie pour les transferts plus mentionnée : ${name}`,
    rightNew: (name) => `${capitalize(name)} désormais mentionné`,
    rightGone: (name) => `${capitalize(name)} plus mentionné`,
    contactNew: (kind, value) => `Nouveau contact, ${CONTACT_KINDS.fr[kind]} : ${value}`,
    contactGone: (kind, value) => `Ne figure plus, ${CONTACT_KINDS.fr[kind]} : ${value}`,
    authorityNew: (name) => `Autorité de contrôle désormais citée : ${name}`,
    authorityGone: (name) => `Autorité de contrôle plus citée : ${name}`,
    flagNew: (name) => `Nouvelle alerte : ${name}`,
    flagGone: (name) => `Alerte disparue : ${name}`,
    sale: 'Vente de données',
    responseDays: 'Délai de réponse promis',
    days: (n) => `${n} jours`,
    lastUpdated: 'Date de « dernière mise à jour »',
    none: 'aucune',
  },
};

/** A retention period as words: "24 months", "as long as necessary". */
export function periodText(fact: Pick<RetentionFact, 'days' | 'iso' | 'indefinite'>, lang: Lang): string {
  return formatRetention(fact, lang) ?? WORDS[lang].indefinite;
}

/** "Customer data" -> "customer data" (it follows "Retention:"), but "IP addresses" and "CRM" stay. */
function midSentence(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;
}

/** Retention facts grouped by what they apply to (folded), '' for periods that do not say. */
export function retentionByCategory(facts: readonly RetentionFact[]): Map<string, { label: string; facts: RetentionFact[] }> {
  const groups = new Map<string, { label: string; facts: RetentionFact[] }>();
  for (const fact of facts) {
    const label = midSentence((fact.appliesTo ?? '').trim().replace(/\s+/g, ' '));
    const key = foldText(label);
    const group = groups.get(key) ?? { label, facts: [] };
    group.facts.push(fact);
    groups.set(key, group);
  }
  return groups;
}

function periodKey(fact: RetentionFact): string {
  return fact.days === null || fact.days === undefined ? 'indefinite' : String(fact.days);
}

/** Removes from `a` and `b` the periods present in both (as a multiset); returns the leftovers. */
function unmatched(a: RetentionFact[], b: RetentionFact[]): [RetentionFact[], RetentionFact[]] {
  const rest = [...b];
  const left: RetentionFact[] = [];
  for (const fact of a) {
    const i = rest.findIndex((r) => periodKey(r) === periodKey(fact));
    if (i >= 0) rest.splice(i, 1);
    else left.push(fact);
  }
  return [left, rest];
}

/** Every element of `after` missing from `before`, and the other way round. */
function setDiff<T>(before: readonly T[], after: readonly T[], key: (x: T) => string = String): { added: T[]; removed: T[] } {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  return {
    added: [...new Map(after.filter((x) => !b.has(key(x))).map((x) => [key(x), x])).values()],
    removed: [...new Map(before.filter((x) => !a.has(key(x))).map((x) => [key(x), x])).values()],
  };
}

const lowerKey = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();

/** The changes from `before` to `after`, grouped by topic in CHANGE_TOPICS order, as sentences in `lang`. */
export function describeChanges(before: NoticeReport, after: NoticeReport, lang: Lang): Change[] {
  const w = WORDS[lang];
  const changes: Change[] = [];
  const add = (topic: ChangeTopic, kind: Change['kind'], sentence: string) => changes.push({ topic, kind, sentence });

  // Retention, per data category.
  const oldRet = retentionByCategory(before.facts.retention);
  const newRet = retentionByCategory(after.facts.retention);
  for (const key of new Set([...oldRet.keys(), ...newRet.keys()])) {
    const o = oldRet.get(key);
    const n = newRet.get(key);
    const what = (n ?? o)?.label ?? '';
    const [gone, fresh] = unmatched(o?.facts ?? [], n?.facts ?? []);
    const pairs = Math.min(gone.length, fresh.length);
    for (let i = 0; i < pairs; i++) {
      add('retention', 'changed', `${w.retention}${lang === 'fr' ? ' :' : ':'} ${what ? `${what} ` : ''}${periodText(gone[i], lang)} ${ARROW} ${periodText(fresh[i], lang)}`);
    }
    for (const f of fresh.slice(pairs)) add('retention', 'added', w.retentionNew(what, periodText(f, lang)));
    for (const f of gone.slice(pairs)) add('retention', 'removed', w.retentionGone(what, periodText(f, lang)));
  }

  // Children's minimum ages, per region.
  const ages = (r: NoticeReport) => new Map(r.facts.childrenMinAge.map((c) => [c.region ?? '', c.age]));
  const oldAges = ages(before);
  const newAges = ages(after);
  for (const region of new Set([...oldAges.keys(), ...newAges.keys()])) {
    const o = oldAges.get(region);
    const n = newAges.get(region);
    const place = region ? formatRegion(region, lang) : '';
    if (o !== undefined && n !== undefined && o !== n) add('children', 'changed', `${w.childAge(place)}${lang === 'fr' ? ' :' : ':'} ${o} ${ARROW} ${n}`);
    else if (o === undefined && n !== undefined) add('children', 'added', w.childAgeNew(place, n));
    else if (o !== undefined && n === undefined) add('children', 'removed', w.childAgeGone(place, o));
  }

  // Transfers.
  const dest = setDiff(before.facts.transfers.destinations, after.facts.transfers.destinations);
  const place = (code: string) => (/^[A-Z]{2}$/.test(code) ? `${formatRegion(code, lang)} (${code})` : formatRegion(code, lang));
  for (const code of dest.added) add('transfers', 'added', w.transferNew(place(code)));
  for (const code of dest.removed) add('transfers', 'removed', w.transferGone(place(code)));
  const safe = setDiff(before.facts.transfers.safeguards, after.facts.transfers.safeguards);
  for (const s of safe.added) add('transfers', 'added', w.safeguardNew(SAFEGUARD_NAMES[lang][s]));
  for (const s of safe.removed) add('transfers', 'removed', w.safeguardGone(SAFEGUARD_NAMES[lang][s]));

  // Rights.
  const rights = setDiff(before.facts.rights, after.facts.rights);
  for (const r of rights.added) add('rights', 'added', w.rightNew(RIGHT_NAMES[lang][r]));
  for (const r of rights.removed) add('rights', 'removed', w.rightGone(RIGHT_NAMES[lang][r]));

  // Contacts and authorities.
  const contactLists = (r: NoticeReport): Record<ContactKind, string[]> => {
    const c = r.facts.contacts;
    const dpo = c.dpoEmails ?? [];
    return { dpo, email: c.emails.filter((e) => !dpo.includes(e)), postal: c.postalAddresses ?? [], url: c.urls ?? [], phone: c.phones ?? [] };
  };
  const oldC = contactLists(before);
  const newC = contactLists(after);
  for (const kind of Object.keys(oldC) as ContactKind[]) {
    const d = setDiff(oldC[kind], newC[kind], lowerKey);
    for (const v of d.added) add('contacts', 'added', w.contactNew(kind, v));
    for (const v of d.removed) add('contacts', 'removed', w.contactGone(kind, v));
  }
  const auth = setDiff(before.facts.authorities, after.facts.authorities, (a) => lowerKey(a.name));
  for (const a of auth.added) add('contacts', 'added', w.authorityNew(a.name));
  for (const a of auth.removed) add('contacts', 'removed', w.authorityGone(a.name));

  // Flags.
  const flags = setDiff(before.flags.map((f) => String(f.id)), after.flags.map((f) => String(f.id)));
  for (const id of flags.added) add('flags', 'added', w.flagNew(flagName(id, lang)));
  for (const id of flags.removed) add('flags', 'removed', w.flagGone(flagName(id, lang)));

  // Sale, response delay, date.
  const colon = lang === 'fr' ? ' :' : ':';
  if (before.facts.sellsData !== after.facts.sellsData) {
    add('other', 'changed', `${w.sale}${colon} ${SALE_NAMES[lang][`${before.facts.sellsData}`]} ${ARROW} ${SALE_NAMES[lang][`${after.facts.sellsData}`]}`);
  }
  const oldDays = before.facts.responseDays ?? null;
  const newDays = after.facts.responseDays ?? null;
  if (oldDays !== newDays) {
    const show = (d: number | null) => (d === null ? w.none : w.days(d));
    add('other', 'changed', `${w.responseDays}${colon} ${show(oldDays)} ${ARROW} ${show(newDays)}`);
  }
  const oldDate = before.lastUpdated ?? null;
  const newDate = after.lastUpdated ?? null;
  if (oldDate !== newDate) add('other', 'changed', `${w.lastUpdated}${colon} ${oldDate ?? w.none} ${ARROW} ${newDate ?? w.none}`);

  return CHANGE_TOPICS.flatMap((topic) => changes.filter((c) => c.topic === topic));
}
