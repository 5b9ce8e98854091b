// browser.i18n.getMessage as Chrome and Firefox do it, over the real messages.json files, for tests
// (the fake browser has no catalogue): named placeholders `$name$` become their content, then `$1`..`$9`
// take the substitutions in order and `$$` is a literal dollar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const ROOT = join(import.meta.dirname, '../../..');

export function loadCatalogue(lang: string): Catalogue {
  return JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales', lang, 'messages.json'), 'utf8')) as Catalogue;
}

export function chromeMessage(catalogue: Catalogue, key: string, substitutions: string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_, slot: string) => (slot === '$' ? '$' : (substitutions[Number(slot) - 1] ?? '')));
}
