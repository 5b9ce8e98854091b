// Flags: findings a careful reader wants to see first (contract: Flags), each backed by a passage
// or by the absence of one. Sorted high > medium > info.
import type { Facts, Flag, Section, Severity } from './report';

export interface FlagInput {
  sections: Section[];
  facts: Facts;
  language: string;
  isPrivacyNotice: boolean;
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, info: 2 };

export function sortFlags(flags: Flag[]): Flag[] {
  return [...flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function computeFlags(input: FlagInput): Flag[] {
  // Missing-part flags only make sense for a privacy notice.
  if (!input.isPrivacyNotice) return [];
  return sortFlags([]);
}
