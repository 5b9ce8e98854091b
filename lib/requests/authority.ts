// The authority a complaint goes to: from the facts helper's table for the GDPR and the UK GDPR
// (the one the notice names, else the one of the site's country), the California agency for the CCPA.
import { AUTHORITIES, displayName, nationalAuthority, type Authority } from '../facts/authorities';
import type { NoticeReport } from '../report';
import type { LawId } from './laws';
import type { ComplaintAuthority } from './letter';

export interface AuthorityOption extends ComplaintAuthority {
  id: string;
  country: string;
}

/** California Privacy Protection Agency: it takes consumer complaints under § 1798.199.45. */
export const CCPA_AGENCY: AuthorityOption = {
  id: 'us-ca-cppa',
  country: 'US',
  name: 'California Privacy Protection Agency',
  address: null,
  webform: 'https://cppa.ca.gov/webapplications/complaint',
  email: null,
};

function option(a: Authority): AuthorityOption {
  return { id: a.id, country: a.country, name: displayName(a), address: a.address, webform: a.complaintUrl, email: a.email };
}

/** The authorities a complaint under this law can go to, sorted by country. */
export function authorityOptions(law: LawId): AuthorityOption[] {
  if (law === 'ccpa') return [CCPA_AGENCY];
  const list = AUTHORITIES.filter((a) => (law === 'uk-gdpr' ? a.country === 'GB' : a.country !== 'GB'));
  return list.map(option).sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
}

export function authorityById(id: string | null | undefined): AuthorityOption | null {
  if (!id) return null;
  if (id === CCPA_AGENCY.id) return CCPA_AGENCY;
  const found = AUTHORITIES.find((a) => a.id === id);
  return found ? option(found) : null;
}

/** Country-code top-level domains that are not the country's ISO code. */
const TLD_COUNTRY: Record<string, string> = { uk: 'GB' };

/**
 * A sensible first choice, which the person can change (art. 77 lets them complain where they live, work
 * or where the infringement took place): the authority the notice names, else the one of the site's domain.
 */
export function defaultAuthority(
  law: LawId,
  report: Pick<NoticeReport, 'facts'> | null | undefined,
  url: string | null | undefined,
): AuthorityOption | null {
  if (law === 'ccpa') return CCPA_AGENCY;
  if (law === 'uk-gdpr') return authorityById(nationalAuthority('GB')?.id);
  for (const named of report?.facts.authorities ?? []) {
    const country = (named.country ?? '').toUpperCase();
    if (!country || country === 'GB') continue;
    const found = nationalAuthority(country);
    if (found) return option(found);
  }
  if (url) {
    try {
      const tld = new URL(url).hostname.split('.').pop() ?? '';
      const found = nationalAuthority(TLD_COUNTRY[tld] ?? tld.toUpperCase());
      if (found && found.country !== 'GB') return option(found);
    } catch {
      // not a URL (a file or pasted text): no guess
    }
  }
  return null;
}
