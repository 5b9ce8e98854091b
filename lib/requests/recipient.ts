// Where a request goes: the DPO's e-mail, else a privacy e-mail, else the postal address, else the web form.
import type { Contacts } from '../report';

export type Channel = 'email' | 'post' | 'webform' | 'none';

export interface Recipient {
  channel: Channel;
  /** e-mail address, postal address (lines separated by \n) or URL; empty when none is known */
  address: string;
  /** addressed to the data protection officer */
  dpo: boolean;
}

/** Local parts that show an address is meant for privacy matters rather than sales or support. */
const PRIVACY_MAILBOX = /privacy|privacidad|datenschutz|dpo|gdpr|rgpd|dataprotection|data-protection|data\.protection|donnees|données|personnelles|cil|vie-?privee|confidentialit/i;

/** Only links a person can safely follow: http(s) pages. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

export function chooseRecipient(contacts: Contacts | null | undefined): Recipient {
  const dpo = contacts?.dpoEmails?.[0];
  if (dpo) return { channel: 'email', address: dpo, dpo: true };
  const emails = contacts?.emails ?? [];
  const privacy = emails.find((e) => PRIVACY_MAILBOX.test(e.split('@')[0] ?? ''));
  if (privacy ?? emails[0]) return { channel: 'email', address: (privacy ?? emails[0]) as string, dpo: false };
  const postal = contacts?.postalAddresses?.[0];
  if (postal) return { channel: 'post', address: postal, dpo: false };
  const form = contacts?.urls?.find(isWebUrl);
  if (form) return { channel: 'webform', address: form, dpo: false };
  return { channel: 'none', address: '', dpo: false };
}

/** Every way the notice offers, in the order of preference, for the person to pick another one. */
export function recipientOptions(contacts: Contacts | null | undefined): Recipient[] {
  const options: Recipient[] = [];
  for (const address of contacts?.dpoEmails ?? []) options.push({ channel: 'email', address, dpo: true });
  const others = (contacts?.emails ?? []).filter((e) => !options.some((o) => o.address === e));
  others.sort((a, b) => Number(PRIVACY_MAILBOX.test(b.split('@')[0] ?? '')) - Number(PRIVACY_MAILBOX.test(a.split('@')[0] ?? '')));
  for (const address of others) options.push({ channel: 'email', address, dpo: false });
  for (const address of contacts?.postalAddresses ?? []) options.push({ channel: 'post', address, dpo: false });
  for (const address of (contacts?.urls ?? []).filter(isWebUrl)) options.push({ channel: 'webform', address, dpo: false });
  return options;
}
