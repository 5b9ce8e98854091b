// Contacts: e-mails (also written "name(at)domain", "name [at] domain", "name [arobase] domain"), the subset
// addressed to a DPO, postal addresses, web forms/portals, phones.
import type { Contacts } from '../report';
import type { PassageContext } from './context';
import { native, nativeTest } from './cues';

interface ContactCues {
  /** the sentence speaks of the data protection officer */
  dpo: RegExp;
  /** a URL in this sentence is a form or portal the reader can use */
  portal: RegExp;
  /** a number in this sentence is a phone number */
  phone: RegExp;
  /** street words of a postal address */
  street: string;
}

const CUES: Record<string, ContactCues> = {
  fr: {
    dpo: /\b(?:dpo|dpd)\b|délégu\p{L}* (?:à|a) la protection des données|data protection officer/iu,
    portal: /\b(?:formulaire|portail|demande|exercer|plainte|réclamation|contact|désinscri\w*|opposition|paramètres)/i,
    phone: /\b(?:t[ée]l[ée]phone|t[ée]l\.?|phone|num[ée]ro d'appel|appel\w*)\b/i,
    street: 'rue|avenue|av\\.|boulevard|bd|place|all[ée]e|chemin|quai|impasse|cours|route|square|street|road|drive|lane',
  },
  en: {
    dpo: /\b(?:dpo|data protection officer|privacy officer)\b/i,
    portal: /\b(?:form|portal|request|exercise|complaint|contact|opt[- ]out|unsubscribe|settings)\b/i,
    phone: /\b(?:phone|telephone|tel\.?|call|toll[- ]free)\b/i,
    street: 'street|st\\.|avenue|ave\\.?|road|rd\\.|drive|dr\\.|lane|boulevard|blvd\\.?|place|way|court|square|parkway|rue',
  },
};

const EMAIL = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
const PHONE = /(?:\+\d{1,3}[\s.]?)?(?:\(\d{1,4}\)[\s.]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,5}/g;
const MIN_PHONE_DIGITS = 8;
const MAX_PHONE_DIGITS = 15;
const OBFUSCATED = /[[({]\s*(?:at|arobase|@|dot|point)\s*[\])}]/i;
/** e-mail local parts that name a DPO */
const DPO_LOCAL = /^(?:dpo|dpd|data-?protection-?officer|privacy-?officer|delegue\w*)\b/i;

/** "name(at)domain", "name [at] domain", "name [arobase] domain", "(dot)" back to plain addresses. */
export function deobfuscate(text: string): string {
  if (!nativeTest(OBFUSCATED, text)) return text;
  return text
    .replace(/\s*[[({]\s*(?:at|arobase|@)\s*[\])}]\s*/gi, '@')
    .replace(/\s*[[({]\s*(?:dot|point)\s*[\])}]\s*/gi, '.');
}

/** Contacts found in one passage. */
export function extractContacts(ctx: PassageContext): Required<Contacts> {
  const cues = CUES[ctx.lang] ?? CUES.en;
  const out: Required<Contacts> = { emails: [], dpoEmails: [], postalAddresses: [], urls: [], phones: [] };
  const text = deobfuscate(ctx.raw);
  const mayHaveEmail = text.includes('@');
  const mayHaveUrl = /https?:|www\./.test(text);
  const mayHavePhone = nativeTest(cues.phone, text);
  if (!mayHaveEmail && !mayHaveUrl && !mayHavePhone) {
    out.postalAddresses.push(...postalAddresses(ctx.raw, cues));
    return out;
  }
  // sentences of the original-case text, for the DPO test around each address
  for (const sentence of text.split(/(?<=[.!?;])\s+(?=[A-ZÀ-Ý«"(-])/)) {
    for (const m of sentence.matchAll(native(EMAIL, sentence))) {
      const email = m[0].toLowerCase().replace(/\.$/, '');
      out.emails.push(email);
      const local = email.split('@')[0];
      if (nativeTest(DPO_LOCAL, local) || nativeTest(cues.dpo, sentence)) out.dpoEmails.push(email);
    }
    if (nativeTest(cues.portal, sentence)) {
      for (const m of sentence.matchAll(native(URL, sentence))) {
        const url = m[0].replace(/[.,;:]+$/, '');
        if (!/@/.test(url)) out.urls.push(url);
      }
    }
    if (nativeTest(cues.phone, sentence)) {
      for (const m of sentence.matchAll(native(PHONE, sentence))) {
        const digits = m[0].replace(/\D/g, '').length;
        if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS) out.phones.push(m[0].trim());
      }
    }
  }
  out.postalAddresses.push(...postalAddresses(ctx.raw, cues));
  return out;
}

const postalCache = new Map<ContactCues, RegExp>();

/** Street number + street word ... + postcode + town: "4 rue Galvani 75838 PARIS Cedex 17". */
function postalAddresses(raw: string, cues: ContactCues): string[] {
  if (!/\d/.test(raw)) return [];
  let re = postalCache.get(cues);
  if (!re) {
    re = postalPattern(cues);
    postalCache.set(cues, re);
  }
  return [...raw.matchAll(native(re, raw))].map((m) => m[0].replace(/\s+/g, ' ').trim());
}

function postalPattern(cues: ContactCues): RegExp {
  const street = cues.street
    .split('|')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
  return new RegExp(
    `\\b\\d{1,4}(?:[-–]\\d{1,4})?,?\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:${street})\\b[^;:]{2,80}?(?:\\b(?:L-)?\\d{4,5}\\b(?:[ ,]+(?!ATTN|Email|E-mail|Tel|Phone|Fax|Courriel|T[ée]l)[A-Z][\\p{L}-]+(?: (?:Cedex|CEDEX)(?: \\d{1,2})?)?)?|\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b|\\b[A-Z]{2} \\d{5}(?:-\\d{4})?\\b)`,
    'gu',
  );
}
