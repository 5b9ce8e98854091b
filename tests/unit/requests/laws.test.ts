import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addMonths,
  chooseLaw,
  dueDate,
  LAWS,
  LAW_IDS,
  typeForRight,
  typeUnderLaw,
  type LawId,
  type RequestType,
} from '../../../lib/requests/laws';
import { makeReport } from '../library/reports';

describe('addMonths: same day next month, else the last day of the month', () => {
  it.each([
    ['2027-01-15', 1, '2027-02-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2100-01-31', 1, '2100-02-28'], // century, not a leap year
    ['2000-01-31', 1, '2000-02-29'], // 400-year rule
    ['2027-01-29', 1, '2027-02-28'],
    ['2028-01-29', 1, '2028-02-29'],
    ['2027-03-31', 1, '2027-04-30'],
    ['2027-08-31', 1, '2027-09-30'],
    ['2027-12-31', 1, '2028-01-31'], // year change
    ['2027-12-15', 3, '2028-03-15'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-29'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s + %i month(s) = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('addBusinessDays skips weekends', () => {
  it.each([
    ['2027-01-04', 1, '2027-01-05'], // Monday -> Tuesday
    ['2027-01-08', 1, '2027-01-11'], // Friday -> Monday
    ['2027-01-09', 1, '2027-01-11'], // Saturday -> Monday
    ['2027-01-04', 15, '2027-01-25'], // three weeks
    ['2027-01-08', 15, '2027-01-29'],
  ])('%s + %i business days = %s', (from, days, expected) => {
    expect(addBusinessDays(from, days)).toBe(expected);
  });
});

describe('dueDate per law', () => {
  it.each<[LawId, RequestType, string, boolean, string]>([
    ['gdpr', 'access', '2027-01-31', false, '2027-02-28'],
    ['gdpr', 'access', '2028-01-31', false, '2028-02-29'],
    ['gdpr', 'erasure', '2027-03-15', false, '2027-04-15'],
    ['gdpr', 'access', '2027-01-31', true, '2027-04-30'], // one month + two further months, from receipt
    ['gdpr', 'access', '2027-11-30', true, '2028-02-29'],
    ['gdpr', 'objection', '2027-12-31', false, '2028-01-31'],
    ['uk-gdpr', 'access', '2027-01-31', false, '2027-02-28'],
    ['uk-gdpr', 'portability', '2027-10-31', true, '2028-01-31'],
    ['ccpa', 'know', '2027-01-01', false, '2027-02-15'], // 45 days
    ['ccpa', 'delete', '2027-12-20', false, '2028-02-03'],
    ['ccpa', 'know', '2027-01-01', true, '2027-04-01'], // 45 + 45 days
    ['ccpa', 'correct', '2028-01-15', true, '2028-04-14'], // leap February
    ['ccpa', 'opt-out-sale', '2027-01-04', false, '2027-01-25'], // 15 business days
    ['ccpa', 'opt-out-sale', '2027-01-04', true, '2027-01-25'], // no extension for opt-outs
    ['ccpa', 'limit-sensitive', '2027-01-08', false, '2027-01-29'],
  ])('%s %s received %s (extended: %s) is due %s', (law, type, received, extended, expected) => {
    expect(dueDate(law, type, received, extended)).toBe(expected);
  });

  it('counts from the date part of a timestamp', () => {
    expect(dueDate('gdpr', 'access', '2027-01-31T23:30:00.000Z')).toBe('2027-02-28');
  });

  it('every law lists reminder and complaint, and knows its own types', () => {
    for (const id of LAW_IDS) {
      expect(LAWS[id].types).toContain('reminder');
      expect(LAWS[id].types).toContain('complaint');
    }
  });
});

describe('chooseLaw', () => {
  it.each([
    [{ facts: { authorities: [{ name: 'CNIL', country: 'FR' }] } }, 'gdpr', 'authority'],
    [{ facts: { authorities: [{ name: 'ICO', country: 'GB' }] } }, 'uk-gdpr', 'authority'],
    [{ url: 'https://shop.example.co.uk/privacy' }, 'uk-gdpr', 'domain'],
    [{ url: 'https://example.de/datenschutz' }, 'gdpr', 'domain'],
    [{ url: 'https://example.eu/privacy' }, 'gdpr', 'domain'],
    [{ url: 'https://example.com/privacy', passages: ['California residents have the right to know what we collect (CCPA).'] }, 'ccpa', 'california'],
    [{ url: 'https://example.com/privacy', passages: ['Under the California Consumer Privacy Act you may opt out.'] }, 'ccpa', 'california'],
    [{ url: 'https://example.com/privacy', passages: ['Under the GDPR you may object. California residents: see the CCPA section.'] }, 'gdpr', 'eu-text'],
    [{ url: 'https://example.com/privacy', passages: ['You can complain to the Information Commissioner’s Office.'] }, 'uk-gdpr', 'uk-text'],
    [{ url: 'https://example.com/privacy', passages: ['We comply with the UK GDPR and the Data Protection Act 2018.'] }, 'uk-gdpr', 'uk-text'],
    [{ url: 'https://example.com/privacy', passages: ['The GDPR (EU) 2016/679, the UK GDPR or the UK Data Protection Act 2018 apply.'] }, 'gdpr', 'eu-text'],
    [{ url: 'https://example.com/privacy', language: 'fr', passages: ['le Règlement (UE) 2016/679, le RGPD du Royaume Uni ou la loi britannique (UK Data Protection Act 2018)'] }, 'gdpr', 'eu-text'],
    [{ url: 'https://example.com/privacy', language: 'fr', passages: ['Vous pouvez accéder à vos données.'] }, 'gdpr', 'language'],
    [{ url: 'https://example.com/privacy', passages: ['We keep your data safe.'] }, 'gdpr', 'default'],
  ] as const)('%j -> %s (%s)', (parts, law, reason) => {
    const report = makeReport({ ...parts, facts: 'facts' in parts ? { ...parts.facts } : undefined } as never);
    expect(chooseLaw(report)).toEqual({ law, reason });
  });
});

describe('rights to request types', () => {
  it.each<[string, LawId, RequestType]>([
    ['access', 'gdpr', 'access'],
    ['erasure', 'gdpr', 'erasure'],
    ['objection', 'uk-gdpr', 'objection'],
    ['opt-out-sale', 'gdpr', 'objection'],
    ['access', 'ccpa', 'know'],
    ['erasure', 'ccpa', 'delete'],
    ['rectification', 'ccpa', 'correct'],
    ['opt-out-sale', 'ccpa', 'opt-out-sale'],
    ['complaint', 'gdpr', 'complaint'],
    ['post-mortem', 'gdpr', 'access'], // no request of its own: the law's first type
    ['non-discrimination', 'ccpa', 'know'],
  ])('%s under %s -> %s', (right, law, type) => {
    expect(typeForRight(right, law)).toBe(type);
  });

  it.each<[RequestType, LawId, RequestType]>([
    ['access', 'ccpa', 'know'],
    ['know', 'gdpr', 'access'],
    ['erasure', 'ccpa', 'delete'],
    ['delete', 'uk-gdpr', 'erasure'],
    ['objection', 'ccpa', 'opt-out-sale'],
    ['access', 'uk-gdpr', 'access'],
    ['automated-decision', 'ccpa', 'know'],
  ])('%s switched to %s -> %s', (type, law, expected) => {
    expect(typeUnderLaw(type, law)).toBe(expected);
  });
});
