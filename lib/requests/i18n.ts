// rt(): the requests UI strings in the UI's language (the catalogue language the browser picked).
import { uiLocale } from '../ui/i18n';
import { REQUEST_MESSAGES, type RequestMessageKey } from './messages';

export type { RequestMessageKey } from './messages';

/** The requests catalogue for a UI locale: French for fr, fr-FR, ...; English otherwise. */
export function requestCatalogue(locale: string): Record<RequestMessageKey, string> {
  return locale.toLowerCase().startsWith('fr') ? REQUEST_MESSAGES.fr : REQUEST_MESSAGES.en;
}

/** Fills `$1`, `$2`, ... with the substitutions, in order. */
export function fillMessage(message: string, substitutions: (string | number)[]): string {
  return message.replace(/\$(\d)/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

export function rt(key: RequestMessageKey, ...substitutions: (string | number)[]): string {
  return fillMessage(requestCatalogue(uiLocale())[key], substitutions);
}

/** A count with its noun: the `one` message for 1 in English (0 and 1 in French), else `other`. */
export function rtCount(one: RequestMessageKey, other: RequestMessageKey, count: number, locale: string = uiLocale()): string {
  const form = new Intl.PluralRules(locale).select(count);
  return fillMessage(requestCatalogue(locale)[form === 'one' ? one : other], [count]);
}
