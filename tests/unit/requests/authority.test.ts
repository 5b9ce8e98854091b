import { describe, expect, it } from 'vitest';
import { authorityById, authorityOptions, CCPA_AGENCY, defaultAuthority } from '../../../lib/requests/authority';
import { makeReport } from '../library/reports';

describe('complaint authority', () => {
  it.each([
    ['gdpr', { authorities: [{ name: 'CNIL', country: 'FR' }] }, 'https://shop.example.com/', 'FR'],
    ['gdpr', { authorities: [{ name: 'ICO', country: 'GB' }, { name: 'CNPD', country: 'LU' }] }, null, 'LU'],
    ['gdpr', {}, 'https://www.boutique.fr/confidentialite', 'FR'],
    ['gdpr', {}, 'https://shop.example.de/datenschutz', 'DE'],
    ['uk-gdpr', { authorities: [{ name: 'CNIL', country: 'FR' }] }, 'https://shop.example.com/', 'GB'],
    ['ccpa', {}, 'https://shop.example.com/', 'US'],
    ['gdpr', {}, 'https://shop.example.com/', null],
    ['gdpr', {}, 'file:///home/me/notice.html', null],
  ] as const)('%s with %j at %s -> %s', (law, facts, url, country) => {
    const found = defaultAuthority(law, makeReport({ facts: { ...facts } as never }), url);
    expect(found?.country ?? null).toBe(country);
  });

  it('every option for the GDPR has a name and a way to complain; the ICO is the only UK GDPR one', () => {
    const gdpr = authorityOptions('gdpr');
    expect(gdpr.length).toBeGreaterThan(20);
    for (const a of gdpr) {
      expect(a.name).toBeTruthy();
      expect(a.webform || a.address || a.email).toBeTruthy();
    }
    expect(gdpr.some((a) => a.country === 'GB')).toBe(false);
    expect(authorityOptions('uk-gdpr').map((a) => a.country)).toEqual(['GB']);
    expect(authorityOptions('ccpa')).toEqual([CCPA_AGENCY]);
  });

  it('finds an option back by id', () => {
    const first = authorityOptions('gdpr')[0];
    expect(authorityById(first.id)).toEqual(first);
    expect(authorityById(CCPA_AGENCY.id)).toBe(CCPA_AGENCY);
    expect(authorityById('nope')).toBeNull();
  });
});
