import type { Tag } from '../report';
import type { RuleFile } from './types';

// Every `rules/<tag>.<lang>.ts` is picked up here: a new language is added by writing rule files only.
const modules = import.meta.glob<{ default: RuleFile }>('./rules/*.ts', { eager: true });

export interface RegisteredRuleFile extends RuleFile {
  /** file name, e.g. `retention.fr.ts` */
  file: string;
}

export const RULE_FILES: RegisteredRuleFile[] = Object.entries(modules)
  .map(([path, mod]) => ({ ...mod.default, file: path.replace('./rules/', '') }))
  // plain code-unit order (as the file system lists them): localeCompare would load a collator at start-up
  .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

/** Languages that have at least one rule file. */
export const CLASSIFIED_LANGUAGES: string[] = [...new Set(RULE_FILES.map((f) => f.lang))].sort();

const byLanguage = new Map<string, readonly RegisteredRuleFile[]>();

/** The rule files of a language: the same array on every call (the engine keys what it derives on it). */
export function ruleFilesFor(lang: string): readonly RegisteredRuleFile[] {
  let files = byLanguage.get(lang);
  if (!files) byLanguage.set(lang, (files = Object.freeze(RULE_FILES.filter((f) => f.lang === lang))));
  return files;
}

export function ruleFile(tag: Tag, lang: string): RegisteredRuleFile | undefined {
  return RULE_FILES.find((f) => f.tag === tag && f.lang === lang);
}
