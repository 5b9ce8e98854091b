// Facts: typed values pulled out of passages, each with the passage it came from (contract: Facts).
// Each kind lives in its own module; this file only walks the passages once and assembles the result.
import type { Facts, Section } from '../report';

export interface FactsResult {
  facts: Facts;
  lastUpdated: string | null;
}

/** An empty facts object: what a notice that states nothing yields. */
export function emptyFacts(): Facts {
  return {
    retention: [],
    childrenMinAge: [],
    transfers: { destinations: [], safeguards: [] },
    rights: [],
    contacts: { emails: [], dpoEmails: [], postalAddresses: [], urls: [], phones: [] },
    authorities: [],
    sellsData: null,
    responseDays: null,
  };
}

/** Extract the facts of a notice from its sections (passages in reading order). */
export function extractFacts(sections: Section[], lang: string): FactsResult {
  void sections;
  void lang;
  // Extractors land module by module (retention, children, transfers, rights, contacts, authorities, dates).
  return { facts: emptyFacts(), lastUpdated: null };
}
