import { describe, expect, it } from 'vitest';
import type { RightsRequestRecord } from '../../../lib/db';
import { LAWS, type LawId, type RequestType } from '../../../lib/requests/laws';
import {
  allTemplates,
  buildLetter,
  controllerName,
  ERASURE_GROUNDS,
  formatDate,
  LetterError,
  letterValues,
  partialsFor,
  RESTRICTION_GROUNDS,
  type LetterChoices,
  type LetterInput,
  type OriginalRequest,
} from '../../../lib/requests/letter';
import type { Recipient } from '../../../lib/requests/recipient';
import { LETTER_LANGS, templateKeys, type LetterLang } from '../../../lib/requests/template';
import { makeReport } from '../library/reports';

const NOW = new Date('2027-03-10T10:00:00Z');
const FULL_PROFILE = {
  name: 'Camille Martin',
  email: 'camille@example.org',
  postalAddress: '12 rue des Lilas\n75011 Paris',
  accountNumber: 'C-4471',
};
const EMAIL: Recipient = { channel: 'email', address: 'dpo@shop.example', dpo: true };
const POST: Recipient = { channel: 'post', address: 'Shop SAS\n1 avenue de la Gare\n69001 Lyon', dpo: false };
const CHOICES: LetterChoices = {
  corrections: 'My surname is Martin, not Martins.',
  objectionReason: 'I was harassed by a former colleague who works for you.',
};

const ORIGINAL: OriginalRequest = {
  type: 'access',
  law: 'gdpr',
  subject: 'Subject access request – Article 15 GDPR',
  letter: 'Dear Sir or Madam, (the original letter)',
  sentAt: '2027-01-31',
  dueDate: '2027-02-28',
  recipient: 'dpo@shop.example',
  history: [
    { status: 'drafted', at: '2027-01-31T09:00:00.000Z' },
    { status: 'sent', at: '2027-01-31' },
  ],
};
const AUTHORITY = { name: 'Commission nationale de l’informatique et des libertés (CNIL)', address: '3 place de Fontenoy\n75007 Paris', webform: 'https://www.cnil.fr/fr/plaintes' };

function input(type: RequestType, lang: LetterLang, law: LawId, extra: Partial<LetterInput> = {}): LetterInput {
  const followUp = type === 'reminder' || type === 'complaint';
  return {
    type,
    lang,
    law,
    site: 'shop.example',
    controller: 'Shop SAS',
    noticeUrl: 'https://shop.example/privacy',
    noticeUpdated: '2026-11-02',
    recipient: EMAIL,
    profile: FULL_PROFILE,
    choices: CHOICES,
    now: NOW,
    ...(followUp ? { original: { ...ORIGINAL, law }, authority: AUTHORITY } : {}),
    ...extra,
  };
}

/** Every (type, lang, law) a template exists for. */
const CASES = allTemplates().flatMap((t) => t.laws.map((law) => [t.type, t.lang, law] as [RequestType, LetterLang, LawId]));

/** What each type must cite, per language. */
const CITES: Record<string, Record<LetterLang, string>> = {
  access: { en: 'Article 15(3)', fr: 'article 15, paragraphe 3' },
  rectification: { en: 'Article 16', fr: 'article 16' },
  erasure: { en: 'Article 17', fr: 'article 17' },
  restriction: { en: 'Article 18', fr: 'article 18' },
  portability: { en: 'machine-readable', fr: 'lisible par machine' },
  objection: { en: 'Article 21(2)', fr: 'article 21, paragraphe 2' },
  'withdraw-consent': { en: 'Article 7(3)', fr: 'article 7, paragraphe 3' },
  'automated-decision': { en: 'Article 22(3)', fr: 'article 22, paragraphe 3' },
  know: { en: '1798.110', fr: '1798.110' },
  delete: { en: '1798.105', fr: '1798.105' },
  correct: { en: '1798.106', fr: '1798.106' },
  'opt-out-sale': { en: '1798.120', fr: '1798.120' },
  'limit-sensitive': { en: '1798.121', fr: '1798.121' },
  reminder: { en: 'I sent you', fr: 'je vous ai adressé' },
  complaint: { en: 'I enclose a copy of my request', fr: 'ci-joint une copie de ma demande' },
};

describe('templates cover every type, language and law', () => {
  it.each(LAW_TYPE_LANG())('%s has a %s template in %s', (law, type, lang) => {
    expect(CASES.some(([t, l, lw]) => t === type && l === lang && lw === law)).toBe(true);
  });

  function LAW_TYPE_LANG(): [LawId, RequestType, LetterLang][] {
    return (Object.keys(LAWS) as LawId[]).flatMap((law) => LAWS[law].types.flatMap((type) => LETTER_LANGS.map((lang) => [law, type, lang] as [LawId, RequestType, LetterLang])));
  }

  it.each(allTemplates().map((t) => [t.type, t.lang, t] as const))('%s.%s reads only keys the letter provides', (_type, _lang, t) => {
    const provided = new Set([...Object.keys(letterValues(input(t.type, t.lang, t.laws[0]))), 'subject']);
    const keys = [...templateKeys(t.body, partialsFor(t.lang)), ...templateKeys(t.subject, partialsFor(t.lang))];
    expect(keys.filter((k) => !provided.has(k))).toEqual([]);
  });
});

describe.each(CASES)('%s letter in %s under %s', (type, lang, law) => {
  const letter = buildLetter(input(type, lang, law));

  it('has no placeholder left and no gap with a full profile', () => {
    expect(letter.subject + letter.body).not.toMatch(/\{\{|\}\}/);
    expect(letter.body).not.toMatch(/\[(your|votre|the|les|l’)/);
    expect(letter.subject).not.toMatch(/\n/);
  });

  it('cites the law and signs with the name', () => {
    expect(letter.body).toContain(CITES[type][lang]);
    expect(letter.body).toContain('Camille Martin');
    if (type !== 'complaint') expect(letter.body).toContain(LAWS[law].short[lang]);
  });

  it('states the deadline', () => {
    const deadline =
      law === 'ccpa'
        ? type === 'opt-out-sale' || type === 'limit-sensitive'
          ? { en: '15 business days', fr: '15 jours ouvrables' }
          : { en: '45 calendar days', fr: '45 jours calendaires' }
        : { en: 'within one month', fr: 'délai d’un mois' };
    if (type === 'reminder' || type === 'complaint') expect(letter.body).toContain(formatDate('2027-02-28', lang));
    else expect(letter.body).toContain(deadline[lang]);
  });

  it('asks for identity proof only as the law allows', () => {
    if (type === 'reminder' || type === 'complaint') return;
    if (law !== 'ccpa') expect(letter.body).toMatch(/12\(6\)|12, paragraphe 6/);
    else if (type === 'opt-out-sale' || type === 'limit-sensitive') expect(letter.body).toContain('7026');
    else expect(letter.body).toContain('1798.130(a)(7)');
  });
});

describe('conditional parts', () => {
  it.each(ERASURE_GROUNDS.map((g, i) => [g, `17(1)(${'abcdef'[i]})`] as const))('erasure ground %s cites %s', (ground, cite) => {
    const body = buildLetter(input('erasure', 'en', 'gdpr', { choices: { erasureGround: ground } })).body;
    expect(body).toContain(cite);
    for (const other of 'abcdef'.split('').filter((x) => `17(1)(${x})` !== cite)) expect(body).not.toContain(`17(1)(${other})`);
  });

  it.each(ERASURE_GROUNDS.map((g, i) => [g, `point ${'abcdef'[i]})`] as const))('motif d’effacement %s : %s', (ground, cite) => {
    expect(buildLetter(input('erasure', 'fr', 'gdpr', { choices: { erasureGround: ground } })).body).toContain(cite);
  });

  it.each(RESTRICTION_GROUNDS.map((g, i) => [g, `18(1)(${'abcd'[i]})`] as const))('restriction ground %s cites %s', (ground, cite) => {
    expect(buildLetter(input('restriction', 'en', 'uk-gdpr', { choices: { restrictionGround: ground } })).body).toContain(cite);
  });

  it.each([
    ['en', 'marketing', 'Article 21(2)', 'do not have to give reasons'],
    ['en', 'situation', 'Article 21(1)', 'I was harassed'],
    ['fr', 'marketing', 'article 21, paragraphe 2', 'je n’ai pas à le motiver'],
    ['fr', 'situation', 'article 21, paragraphe 1', 'I was harassed'],
  ] as const)('objection (%s, %s) cites %s and says %s', (lang, kind, cite, says) => {
    const letter = buildLetter(input('objection', lang, 'gdpr', { choices: { ...CHOICES, objectionKind: kind } }));
    expect(letter.subject + letter.body).toContain(cite);
    expect(letter.body).toContain(says);
  });

  it('a direct-marketing objection gives no reason even when one was typed', () => {
    const body = buildLetter(input('objection', 'en', 'gdpr', { choices: { ...CHOICES, objectionKind: 'marketing' } })).body;
    expect(body).not.toContain('I was harassed');
  });

  it.each([
    [{ portabilityTo: 'NewBank Ltd' }, true],
    [{}, false],
  ])('portability to another controller (%j) -> Article 20(2): %s', (choices, expected) => {
    const body = buildLetter(input('portability', 'en', 'gdpr', { choices })).body;
    expect(body.includes('20(2)')).toBe(expected);
    expect(body.includes('NewBank Ltd')).toBe(expected);
  });

  it.each([
    ['en', { ...FULL_PROFILE }, 'account C-4471', true],
    ['en', { ...FULL_PROFILE, accountNumber: '' }, 'account', false],
    ['fr', { ...FULL_PROFILE }, 'compte C-4471', true],
  ] as const)('%s subject with profile %j mentions %s: %s', (lang, profile, text, expected) => {
    const letter = buildLetter(input('access', lang, 'gdpr', { profile }));
    expect(letter.subject.includes(text)).toBe(expected);
  });

  it('a postal letter carries the sender, the recipient, the date and the subject; an e-mail does not', () => {
    const post = buildLetter(input('access', 'fr', 'gdpr', { recipient: POST })).body;
    expect(post.split('\n')[0]).toBe('Camille Martin');
    expect(post).toContain('1 avenue de la Gare');
    expect(post).toContain('Le 10 mars 2027');
    expect(post).toMatch(/Objet\u00a0: Demande d’accès/);
    const mail = buildLetter(input('access', 'fr', 'gdpr')).body;
    expect(mail.startsWith('Madame, Monsieur,')).toBe(true);
    expect(mail).not.toContain('Objet');
  });

  it('does not write the company name twice when the postal address starts with it', () => {
    const body = buildLetter(input('access', 'en', 'gdpr', { recipient: POST })).body;
    expect(body.match(/Shop SAS\n/g)).toHaveLength(1);
    const other = buildLetter(input('access', 'en', 'gdpr', { recipient: { ...POST, address: '1 avenue de la Gare\n69001 Lyon' } })).body;
    expect(other).toContain('Shop SAS\n1 avenue de la Gare');
  });

  it.each([
    ['en', EMAIL, true],
    ['en', POST, false],
    ['fr', EMAIL, true],
    ['fr', POST, false],
  ] as const)('access in %s by %j asks for an electronic copy: %s', (lang, recipient, expected) => {
    const body = buildLetter(input('access', lang, 'gdpr', { recipient })).body;
    expect(/electronic form|forme électronique/.test(body)).toBe(expected);
  });

  it('addresses the DPO in a postal letter when the address is the DPO’s', () => {
    const body = buildLetter(input('access', 'en', 'gdpr', { recipient: { ...POST, dpo: true } })).body;
    expect(body).toContain('Data Protection Officer\nShop SAS');
  });

  it.each([
    ['Shop SAS', 'en', 'that Shop SAS holds about me in connection with shop.example.'],
    ['shop.example', 'en', 'that shop.example holds about me.'],
    ['', 'fr', 'que détient shop.example.'],
  ] as const)('names the site only when it is not the company (%s, %s)', (controller, lang, expected) => {
    expect(buildLetter(input('access', lang, 'gdpr', { controller })).body).toContain(expected);
  });

  it('mentions the notice and its date in an access request', () => {
    const body = buildLetter(input('access', 'en', 'gdpr')).body;
    expect(body).toContain('https://shop.example/privacy, last updated 2 November 2026');
    const bare = buildLetter(input('access', 'en', 'gdpr', { noticeUrl: null, noticeUpdated: null })).body;
    expect(bare).not.toContain('privacy notice');
  });

  it('a reminder names the original request, its dates, the authority and quotes the letter', () => {
    const letter = buildLetter(input('reminder', 'en', 'gdpr'));
    expect(letter.subject).toBe('Reminder: Subject access request – Article 15 GDPR');
    expect(letter.body).toContain('On 31 January 2027, I sent you a subject access request under Article 15 GDPR');
    expect(letter.body).toContain('ran out on 28 February 2027');
    expect(letter.body).toContain('by 25 March 2027'); // 15 days from 10 March
    expect(letter.body).toContain('Commission nationale');
    expect(letter.body).toContain('(the original letter)');
    expect(letter.body).not.toContain('extension');
  });

  it('a reminder after an extension and an acknowledgement says so', () => {
    const original = { ...ORIGINAL, history: [...ORIGINAL.history, { status: 'acknowledged' as const, at: '2027-02-01' }, { status: 'extended' as const, at: '2027-02-20' }] };
    const body = buildLetter(input('reminder', 'fr', 'gdpr', { original })).body;
    expect(body).toContain('après la prolongation que vous m’avez annoncée');
    expect(body).toContain('En dehors d’un accusé de réception');
  });

  it('a complaint is addressed to the authority, lists the facts and gives its web page', () => {
    const original = { ...ORIGINAL, history: [...ORIGINAL.history, { status: 'reminded' as const, at: '2027-03-01' }] };
    const letter = buildLetter(input('complaint', 'fr', 'gdpr', { original }));
    expect(letter.subject).toBe('Réclamation fondée sur l’article 77 du RGPD contre Shop SAS (shop.example)');
    expect(letter.body).toContain('3 place de Fontenoy');
    expect(letter.body).toContain('Le 1er mars 2027, je lui ai adressé une relance.');
    expect(letter.body).toContain('https://www.cnil.fr/fr/plaintes');
    expect(letter.body).toContain('article 58, paragraphe 2, point c)');
  });

  it('a complaint after an unsatisfying answer quotes the person’s note', () => {
    const original = { ...ORIGINAL, history: [...ORIGINAL.history, { status: 'answered' as const, at: '2027-02-20', note: 'They sent only my e-mail address.' }] };
    const body = buildLetter(input('complaint', 'en', 'gdpr', { original })).body;
    expect(body).toContain('does not satisfy my request: They sent only my e-mail address.');
  });

  it('a CCPA complaint goes to the California agency, without Article 77', () => {
    const body = buildLetter(input('complaint', 'en', 'ccpa', { original: { ...ORIGINAL, law: 'ccpa', type: 'know' }, authority: { name: 'California Privacy Protection Agency' } })).body;
    expect(body).toContain('1798.199.45');
    expect(body).not.toContain('Article 77');
  });

  it.each([
    ['en', 'lodge a complaint with the competent supervisory authority under Article 77 GDPR'],
    ['fr', 'auprès de l’autorité de contrôle compétente en application de l’article 77 du RGPD'],
  ] as const)('a reminder in %s without a chosen authority says "%s"', (lang, expected) => {
    expect(buildLetter(input('reminder', lang, 'gdpr', { authority: null })).body).toContain(expected);
  });

  it('a complaint without an authority shows a gap and lists it as missing', () => {
    const letter = buildLetter(input('complaint', 'en', 'gdpr', { authority: null }));
    expect(letter.body).toContain('[the supervisory authority]');
    expect(letter.missing).toContainEqual({ field: 'authority', required: true });
  });

  it.each([
    [{ name: 'A', email: 'a@b.example' }, 'A\na@b.example\n\n'],
    [{ name: 'A' }, 'A\n\n'],
    [{ name: 'A', postalAddress: '1 rue X', email: 'a@b.example' }, 'A\n1 rue X\na@b.example\n\n'],
  ])('the sender block of a complaint leaves no empty line (%j)', (profile, start) => {
    expect(buildLetter(input('complaint', 'en', 'gdpr', { profile })).body.startsWith(start)).toBe(true);
  });

  it('an opt-out cites its own 15-business-day rule even when drafted with other context', () => {
    const body = buildLetter(input('opt-out-sale', 'en', 'ccpa', { original: ORIGINAL })).body;
    expect(body).toContain('(Cal. Code Regs. tit. 11, § 7026(f))');
    expect(body).toContain('personal information that Shop SAS holds');
  });

  it('refuses a follow-up without the request it follows', () => {
    expect(() => buildLetter({ ...input('reminder', 'en', 'gdpr'), original: undefined })).toThrow(LetterError);
  });

  it('refuses a type the law does not have', () => {
    expect(() => buildLetter(input('know', 'en', 'gdpr'))).toThrow(LetterError);
  });
});

describe('missing profile details', () => {
  it.each([
    [{}, 'access', EMAIL, ['name:required', 'email', 'postalAddress', 'accountNumber']],
    [{ name: 'A' }, 'access', EMAIL, ['email', 'postalAddress', 'accountNumber']],
    [FULL_PROFILE, 'access', EMAIL, []],
    [FULL_PROFILE, 'access', { channel: 'none', address: '', dpo: false }, ['recipient']],
    [FULL_PROFILE, 'access', { channel: 'post', address: '', dpo: false }, ['recipient:required']],
  ] as const)('profile %j, %s by %j -> %j', (profile, type, recipient, expected) => {
    const { missing } = buildLetter(input(type, 'en', 'gdpr', { profile, recipient: recipient as Recipient }));
    expect(missing.map((m) => (m.required ? `${m.field}:required` : m.field))).toEqual(expected);
  });

  it.each([
    ['rectification', 'gdpr', {}, 'corrections', '[the inaccurate data, and the correct values]'],
    ['correct', 'ccpa', {}, 'corrections', '[the inaccurate data, and the correct values]'],
    ['objection', 'gdpr', { objectionKind: 'situation' }, 'objectionReason', '[the reasons relating to your particular situation]'],
  ] as const)('%s under %s without the details lists %s and shows a gap', (type, law, choices, field, gap) => {
    const letter = buildLetter(input(type, 'en', law, { choices }));
    expect(letter.missing).toContainEqual({ field, required: true });
    expect(letter.body).toContain(gap);
    expect(letter.body).not.toContain('{{');
  });

  it('a letter without a name shows a visible gap to fill, in the letter’s language', () => {
    expect(buildLetter(input('access', 'fr', 'gdpr', { profile: {} })).body).toContain('[votre nom]');
    expect(buildLetter(input('access', 'en', 'gdpr', { profile: {} })).body).toContain('[your name]');
  });

  it('identifies the person with the e-mail, or the account, or the letter', () => {
    expect(buildLetter(input('access', 'en', 'gdpr')).body).toContain('please use the e-mail address camille@example.org and my account number');
    expect(buildLetter(input('access', 'en', 'gdpr', { profile: { name: 'A', accountNumber: '9' } })).body).toContain('please use my account number');
    expect(buildLetter(input('access', 'en', 'gdpr', { profile: { name: 'A' } })).body).toContain('please use the details in this letter');
  });
});

describe('controllerName', () => {
  it.each([
    ['Privacy Policy | Acme', 'shop.example', 'Acme'],
    ['Acme Corp – Privacy Notice', 'shop.example', 'Acme Corp'],
    ['Politique de confidentialité - Boulangerie Dupont', 'dupont.fr', 'Boulangerie Dupont'],
    ['Privacy Policy', 'shop.example', 'shop.example'],
    [null, 'shop.example', 'shop.example'],
  ])('%s on %s -> %s', (title, site, expected) => {
    expect(controllerName(makeReport({ title }), site)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2027-02-28', 'en', '28 February 2027'],
    ['2027-02-28', 'fr', '28 février 2027'],
    ['2028-02-29T23:00:00.000Z', 'en', '29 February 2028'],
  ] as const)('%s in %s -> %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});

// Type-only use so that the record type stays compatible with what follow-ups read.
export type _Original = Pick<RightsRequestRecord, keyof OriginalRequest>;
