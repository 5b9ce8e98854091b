// Fills a letter template from what the notice says, the person's profile and their choices.
// Every value a template can read is given here, so that no placeholder is ever left in a letter;
// a detail the person has not filled in becomes a visible bracketed gap and is listed in `missing`.
import type { Profile, RightsRequestRecord } from '../db';
import type { NoticeReport } from '../report';
import { LAWS, addDays, deadlineRule, isRequestType, localIsoDate, type LawId, type RequestType } from './laws';
import type { Recipient } from './recipient';
import { render, renderLine, type LetterLang, type LetterTemplate, type Partials, type TemplateValues } from './template';

const modules = import.meta.glob<{ default: LetterTemplate | Partials }>('./templates/*.ts', { eager: true });

const TEMPLATES: LetterTemplate[] = [];
const PARTIALS: Partial<Record<LetterLang, Record<string, string>>> = {};
for (const mod of Object.values(modules)) {
  const data = mod.default;
  if ('partials' in data) PARTIALS[data.lang] = data.partials;
  else TEMPLATES.push(data);
}

export function allTemplates(): readonly LetterTemplate[] {
  return TEMPLATES;
}

export function partialsFor(lang: LetterLang): Record<string, string> {
  return PARTIALS[lang] ?? {};
}

export function findTemplate(type: RequestType, lang: LetterLang, law: LawId): LetterTemplate | undefined {
  return TEMPLATES.find((t) => t.type === type && t.lang === lang && t.laws.includes(law));
}

export const ERASURE_GROUNDS = ['no-longer-necessary', 'withdrawn-consent', 'objection', 'unlawful', 'legal-obligation', 'child'] as const;
export type ErasureGround = (typeof ERASURE_GROUNDS)[number];
export const RESTRICTION_GROUNDS = ['accuracy', 'unlawful', 'legal-claims', 'objection'] as const;
export type RestrictionGround = (typeof RESTRICTION_GROUNDS)[number];
export const OBJECTION_KINDS = ['marketing', 'situation'] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];

/** What the person chooses or writes for a given request type; all optional, with lawful defaults. */
export interface LetterChoices {
  erasureGround?: ErasureGround;
  erasureDetails?: string;
  restrictionGround?: RestrictionGround;
  restrictionDetails?: string;
  objectionKind?: ObjectionKind;
  objectionReason?: string;
  corrections?: string;
  portabilityTo?: string;
  consentScope?: string;
  decisionDescription?: string;
}

/** The supervisory authority a complaint goes to (from the facts helper's table, or the CCPA agency). */
export interface ComplaintAuthority {
  name: string;
  address?: string | null;
  webform?: string | null;
  email?: string | null;
}

/** The request a reminder or a complaint follows up. */
export type OriginalRequest = Pick<
  RightsRequestRecord,
  'type' | 'law' | 'subject' | 'letter' | 'sentAt' | 'dueDate' | 'recipient' | 'history'
>;

export interface LetterInput {
  type: RequestType;
  law: LawId;
  lang: LetterLang;
  /** host name without www */
  site: string;
  /** the company's name; the site when unknown */
  controller?: string | null;
  noticeUrl?: string | null;
  /** ISO date of the notice's "last updated" line */
  noticeUpdated?: string | null;
  recipient: Recipient;
  profile: Partial<Profile>;
  choices?: LetterChoices;
  now: Date;
  /** reminder and complaint: the request they follow up */
  original?: OriginalRequest;
  /** reminder (named in the threat) and complaint (the addressee) */
  authority?: ComplaintAuthority | null;
}

export type MissingField =
  | 'name'
  | 'email'
  | 'postalAddress'
  | 'accountNumber'
  | 'recipient'
  | 'corrections'
  | 'objectionReason'
  | 'authority';

export interface MissingItem {
  field: MissingField;
  /** the letter shows a bracketed gap for it (it cannot go without) */
  required: boolean;
}

export interface Letter {
  subject: string;
  body: string;
  missing: MissingItem[];
}

/** Days given in a reminder before the complaint (a fortnight, the usual courtesy period). */
export const REMINDER_REPLY_DAYS = 15;

const GAPS: Record<LetterLang, Record<MissingField, string>> = {
  en: {
    name: '[your name]',
    email: '[your e-mail address]',
    postalAddress: '[your postal address]',
    accountNumber: '[your account number]',
    recipient: '[the company’s address]',
    corrections: '[the inaccurate data, and the correct values]',
    objectionReason: '[the reasons relating to your particular situation]',
    authority: '[the supervisory authority]',
  },
  fr: {
    name: '[votre nom]',
    email: '[votre adresse électronique]',
    postalAddress: '[votre adresse postale]',
    accountNumber: '[votre numéro de compte]',
    recipient: '[l’adresse de la société]',
    corrections: '[les données inexactes et les valeurs correctes]',
    objectionReason: '[les raisons tenant à votre situation particulière]',
    authority: '[l’autorité de contrôle]',
  },
};

/** A long date in the letter's language ("31 January 2027", "31 janvier 2027"). */
export function formatDate(iso: string, lang: LetterLang): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const formatted = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  // French writes the first of the month as an ordinal: "1er mars".
  return lang === 'fr' ? formatted.replace(/^1 /, '1er ') : formatted;
}

const TITLE_PARTS = /\s+[-–—|:·]\s+/;
const GENERIC_TITLE = /privacy|policy|notice|cookie|terms|data|confidentialit|politique|données|mentions|protection|charte|rgpd|gdpr/i;

/** The company's name from the notice's title ("Privacy Policy | Acme" -> "Acme"), else the site. */
export function controllerName(report: Pick<NoticeReport, 'source'> | null | undefined, site: string): string {
  const parts = (report?.source.title ?? '').split(TITLE_PARTS).map((p) => p.trim()).filter(Boolean);
  const name = parts.find((p) => !GENERIC_TITLE.test(p) && p.length <= 60);
  return name ?? site;
}

function clean(value: string | null | undefined): string {
  return (value ?? '').trim();
}

/** Which profile details and choices the letter would use but are empty. */
function missingFields(input: LetterInput): MissingItem[] {
  const { profile, type, recipient, choices } = input;
  const missing: MissingItem[] = [];
  const add = (field: MissingField, required: boolean) => missing.push({ field, required });
  if (!clean(profile.name)) add('name', true);
  const complaint = type === 'complaint';
  if (!clean(profile.email)) add('email', false);
  if (!clean(profile.postalAddress)) add('postalAddress', false);
  if (!clean(profile.accountNumber) && !complaint) add('accountNumber', false);
  if (!complaint && !clean(recipient.address)) add('recipient', recipient.channel === 'post');
  if ((type === 'rectification' || type === 'correct') && !clean(choices?.corrections)) add('corrections', true);
  if (complaint && !clean(input.authority?.name)) add('authority', true);
  if (type === 'objection' && (choices?.objectionKind ?? 'marketing') === 'situation' && !clean(choices?.objectionReason))
    add('objectionReason', true);
  return missing;
}

function historyEvent(original: OriginalRequest | undefined, status: string) {
  return original?.history.filter((e) => e.status === status).at(-1);
}

/** All the values a template may read (plus `subject`, the rendered subject, in the body). */
export function letterValues(input: LetterInput): TemplateValues {
  const { lang, law: lawId, type, profile, recipient, original } = input;
  const law = LAWS[lawId];
  const gaps = GAPS[lang];
  const choices = input.choices ?? {};
  const partials = partialsFor(lang);
  const today = localIsoDate(input.now);
  const originalType = original && isRequestType(original.type) ? original.type : null;
  const followUp = type === 'reminder' || type === 'complaint';
  const rule = deadlineRule(lawId, followUp && originalType ? originalType : type);
  const controller = clean(input.controller) || input.site;
  const base: TemplateValues = {
    law: lawId,
    type,
    lawShort: law.short[lang],
    lawTitle: law.title[lang],
    deadlineArticle: rule.article,
    channel: recipient.channel,
    dpo: recipient.dpo ? 'yes' : '',
    recipientAddress: clean(recipient.address) || gaps.recipient,
    controller,
    // a postal address often starts with the company's name: do not write it twice
    recipientNamed: clean(recipient.address).split('\n')[0]?.toLowerCase().includes(controller.toLowerCase()) ? 'yes' : '',
    site: input.site,
    // the site, when it says more than the company's name (not "127.0.0.1 ... in connection with 127.0.0.1")
    aboutSite: controller.toLowerCase() === input.site.toLowerCase() ? '' : input.site,
    noticeUrl: clean(input.noticeUrl),
    noticeUpdated: input.noticeUpdated ? formatDate(input.noticeUpdated, lang) : '',
    today: formatDate(today, lang),
    name: clean(profile.name) || gaps.name,
    email: clean(profile.email),
    postalAddress: clean(profile.postalAddress),
    accountNumber: clean(profile.accountNumber),
    erasureGround: choices.erasureGround ?? 'no-longer-necessary',
    erasureDetails: clean(choices.erasureDetails),
    restrictionGround: choices.restrictionGround ?? 'accuracy',
    restrictionDetails: clean(choices.restrictionDetails),
    objectionKind: choices.objectionKind ?? 'marketing',
    objectionReason: clean(choices.objectionReason) || gaps.objectionReason,
    corrections: clean(choices.corrections) || gaps.corrections,
    portabilityTo: clean(choices.portabilityTo),
    consentScope: clean(choices.consentScope),
    decisionDescription: clean(choices.decisionDescription),
    authorityName: clean(input.authority?.name),
    authorityGap: gaps.authority,
    authorityAddress: clean(input.authority?.address),
    authorityWebform: clean(input.authority?.webform),
    replyBy: formatDate(addDays(today, REMINDER_REPLY_DAYS), lang),
  };
  const answered = historyEvent(original, 'answered');
  const reminded = historyEvent(original, 'reminded');
  const follow: TemplateValues = {
    originalSubject: original?.subject ?? '',
    originalLetter: original?.letter ?? '',
    originalRecipient: clean(original?.recipient) || gaps.recipient,
    originalTitle: originalType ? render(partials[`title-${originalType}`] ?? '', base) : '',
    sentDate: original?.sentAt ? formatDate(original.sentAt, lang) : '',
    dueDate: original?.dueDate ? formatDate(original.dueDate, lang) : '',
    extended: historyEvent(original, 'extended') ? 'yes' : '',
    acknowledged: historyEvent(original, 'acknowledged') ? 'yes' : '',
    reminderDate: reminded ? formatDate(reminded.at, lang) : '',
    answered: answered ? 'yes' : '',
    answerNote: clean(answered?.note),
  };
  return { ...base, ...follow };
}

export class LetterError extends Error {}

/** The letter for one request: subject, body and what the person has not filled in yet. */
export function buildLetter(input: LetterInput): Letter {
  const template = findTemplate(input.type, input.lang, input.law);
  if (!template) throw new LetterError(`No ${input.type} letter in ${input.lang} under ${input.law}`);
  if ((input.type === 'reminder' || input.type === 'complaint') && !input.original)
    throw new LetterError(`A ${input.type} needs the request it follows up`);
  const partials = partialsFor(input.lang);
  const values = letterValues(input);
  const subject = renderLine(template.subject, values, partials);
  const body = render(template.body, { ...values, subject }, partials);
  return { subject, body, missing: missingFields(input) };
}
