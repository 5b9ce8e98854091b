// The UI's words come from assets/public/_locales (browser.i18n): the UI follows the browser's language,
// whatever the notice's language. Keys are typed from the English catalogue.
import type en from '../../assets/public/_locales/en/messages.json';
import type { Right, Safeguard, Severity, Tag } from '../report';

export type MessageKey = keyof typeof en;

/** A message in the UI language; substitutions fill its placeholders in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  return getMessage(key, substitutions.map(String)) || key;
}

/** A count with its noun: the `one` message when the UI language's plural rules say so (1 in English, 0 and 1 in French), else `other`. */
export function tCount(one: MessageKey, other: MessageKey, count: number): string {
  return t(new Intl.PluralRules(uiLocale()).select(count) === 'one' ? one : other, count);
}

/**
 * The language of the catalogue the browser picked ("en", "fr"), for Intl formatting: numbers, dates and
 * country names must speak the same language as the words around them (the browser may pick the
 * catalogue from its language preferences while getUILanguage() reports another locale).
 */
export function uiLocale(): string {
  return t('locale');
}

// Message names may hold only letters, digits and "_": contract ids use "-".
const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}` as MessageKey;

export const tagKey = (tag: Tag) => key('tag', tag);
export const rightKey = (right: Right) => key('right', right);
export const safeguardKey = (safeguard: Safeguard) => key('safeguard', safeguard);
export const severityKey = (severity: Severity) => key('severity', severity);

/** A flag's sentence; flags the engine adds later fall back to a generic one until translated. */
export function flagText(id: string): string {
  const getMessage = browser.i18n.getMessage as (name: string) => string;
  return getMessage(key('flag', id)) || t('flag_unknown');
}
