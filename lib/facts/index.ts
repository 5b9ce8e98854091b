// Facts: typed values pulled out of passages, each with the passage it came from (contract: Facts).
// Each kind lives in its own module; this file walks the passages once and assembles the result.
// Empty is better than wrong: every extractor needs its own cue words in the passage, not only a tag.
import type { AuthorityFact, ChildrenAgeFact, Facts, Right, Safeguard, Section } from '../report';
import { RIGHTS, SAFEGUARDS } from '../report';
import { extractAuthorities } from './authorities';
import { extractChildren } from './children';
import { extractContacts } from './contacts';
import { contextsFor } from './context';
import { findLastUpdated, findLastUpdatedNormalized } from './dates';
import { extractResponseDays } from './response';
import { extractRetention } from './retention';
import { extractRights } from './rights';
import { extractSale, sellsData, type SaleStatement } from './sale';
import { EEA, EEA_CODES, EU, WORLD } from './countries';
import { unique } from './text';
import { extractTransfers } from './transfers';

export interface FactsResult {
  facts: Facts;
  lastUpdated: string | null;
}

/** Evidence the flags need beyond the contract's facts: which passage said what. */
export interface FactsEvidence {
  safeguardPassages: Partial<Record<Safeguard, string>>;
  sale: SaleStatement[];
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

/** Facts plus the passages behind the ones whose passage is not in the contract's shape. */
export function extractFactsWithEvidence(sections: Section[], lang: string): FactsResult & { evidence: FactsEvidence } {
  const facts = emptyFacts();
  const evidence: FactsEvidence = { safeguardPassages: {}, sale: [] };
  const rights = new Set<Right>();
  const ages = new Map<string, ChildrenAgeFact>();
  const authorities = new Map<string, AuthorityFact>();
  const destinations: string[] = [];
  const explicitDestinations = new Set<string>();
  const home = new Set<string>(lang === 'fr' ? ['FR'] : []);
  let worldwide = false;
  const safeguards = new Set<Safeguard>();
  const contacts = { emails: [] as string[], dpoEmails: [] as string[], postalAddresses: [] as string[], urls: [] as string[], phones: [] as string[] };
  let lastUpdated: string | null = null;

  for (const section of sections) {
    if (!lastUpdated && section.heading) lastUpdated = findLastUpdated(section.heading, lang);
    if (lastUpdated) break;
  }

  for (const ctx of contextsFor(sections, lang)) {
    facts.retention.push(...extractRetention(ctx));
    for (const age of extractChildren(ctx)) {
      const key = `${age.age}|${age.region ?? ''}`;
      const seen = ages.get(key);
      if (!seen) ages.set(key, age);
      else if (seen.parentalConsent == null && age.parentalConsent != null) seen.parentalConsent = age.parentalConsent;
    }
    for (const r of extractRights(ctx)) rights.add(r);
    for (const a of extractAuthorities(ctx)) if (!authorities.has(a.name)) authorities.set(a.name, a);
    const t = extractTransfers(ctx);
    destinations.push(...t.destinations);
    for (const d of t.explicit) explicitDestinations.add(d);
    for (const h of t.home) home.add(h);
    worldwide ||= t.worldwide;
    for (const s of t.safeguards) safeguards.add(s);
    for (const [k, v] of Object.entries(t.safeguardPassages) as Array<[Safeguard, string]>) evidence.safeguardPassages[k] ??= v;
    const c = extractContacts(ctx);
    for (const k of Object.keys(contacts) as Array<keyof typeof contacts>) contacts[k].push(...c[k]);
    evidence.sale.push(...extractSale(ctx));
    facts.responseDays ??= extractResponseDays(ctx);
    lastUpdated ??= findLastUpdatedNormalized(ctx.text, lang);
  }

  facts.childrenMinAge = [...ages.values()];
  facts.rights = RIGHTS.filter((r) => rights.has(r));
  facts.authorities = [...authorities.values()];
  facts.transfers = { destinations: finalDestinations(destinations, explicitDestinations, home, worldwide), safeguards: SAFEGUARDS.filter((s) => safeguards.has(s)) };
  facts.contacts = {
    emails: unique(contacts.emails),
    dpoEmails: unique(contacts.dpoEmails),
    postalAddresses: unique(contacts.postalAddresses),
    urls: unique(contacts.urls),
    phones: unique(contacts.phones),
  };
  facts.sellsData = sellsData(evidence.sale);
  return { facts, lastUpdated, evidence };
}

/**
 * Hosting in the controller's own country is no transfer unless a sentence says data is transferred there;
 * "outside the EEA" (WORLD) is kept only when no country is named, "worldwide" always.
 */
function finalDestinations(found: string[], explicit: Set<string>, home: Set<string>, worldwide: boolean): string[] {
  // data kept within the EEA by a controller established there does not leave it
  const inEea = [...home].some((h) => EEA_CODES.has(h));
  const atHome = (d: string) => home.has(d) || (inEea && (EEA_CODES.has(d) || d === EEA || d === EU));
  const countries = unique(found).filter((d) => d !== WORLD && (explicit.has(d) || !atHome(d)));
  if (countries.length > 0) return worldwide ? [...countries, WORLD] : countries;
  return found.includes(WORLD) ? [WORLD] : [];
}

/** Extract the facts of a notice from its sections (passages in reading order). */
export function extractFacts(sections: Section[], lang: string): FactsResult {
  const { facts, lastUpdated } = extractFactsWithEvidence(sections, lang);
  return { facts, lastUpdated };
}
