// The words of a finding that its quoted passage holds: what the evidence quote emphasises.
import type { ChildrenAgeFact, FlagId, RetentionFact } from '../report';

/** Words a flagged passage holds, most telling first (French and English, lower case, prefixes allowed). */
const FLAG_CUES: Partial<Record<FlagId, readonly string[]>> = {
  'privacy-shield': ['privacy shield', 'bouclier'],
  'sells-data': ['sell', 'vend'],
  'tacit-consent': ['tacit', 'implied', 'implicit', 'tacite', 'implicite', 'by using', 'en utilisant', 'consent'],
  'changes-without-notice': ['without notice', 'without prior', 'sans préavis', 'sans notification', 'continu', 'poursui'],
  'retention-unspecified': ['as long as', 'aussi longtemps', 'le temps nécessaire', 'necessary', 'nécessaire', 'conserv', 'retain', 'keep'],
  'transfers-no-safeguard': ['outside', 'hors de', 'en dehors', 'transf'],
  'children-under-16-eu': ['16', 'child', 'enfant', 'mineur'],
};

export function flagCues(id: string): readonly string[] {
  return FLAG_CUES[id as FlagId] ?? [];
}

/** A retention fact's own words ("sept (7) ans"), then what it applies to. */
export function retentionCues(fact: RetentionFact): string[] {
  return [fact.text, fact.appliesTo ?? ''].filter(Boolean);
}

export function ageCues(fact: ChildrenAgeFact): string[] {
  return [String(fact.age)];
}
