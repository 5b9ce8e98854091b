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
  .sort((a, b) => a.file.localeCompare(b.file));

/** Languages that have at least one rule file. */
export const CLASSIFIED_LANGUAGES: string[] = [...new Set(RULE_FILES.map((f) => f.lang))].sort();

export function ruleFilesFor(lang: string): RegisteredRuleFile[] {
  return RULE_FILES.filter((f) => f.lang === lang);
}

export function ruleFile(tag: Tag, lang: string): RegisteredRuleFile | undefined {
  return RULE_FILES.find((f) => f.tag === tag && f.lang === lang);
}
