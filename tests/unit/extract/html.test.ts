import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { removeBanners } from '../../../lib/extract/banners';
import { extractFromDocument } from '../../../lib/extract/dom';
import { chooseCandidate, type Candidate } from '../../../lib/extract/fallback';
import { htmlToBlocks } from '../../../lib/extract/html';
import { MAX_ANALYSED_CHARS } from '../../../lib/extract/types';
import { unfold } from '../../../lib/extract/unfold';
import { fixturePages, PAGES_DIR, type PageExpectation } from '../analyze/paths';

const page = (slug: string) => readFileSync(`${PAGES_DIR}${slug}/source.html`, 'utf8');
const expected = (slug: string): PageExpectation => JSON.parse(readFileSync(`${PAGES_DIR}${slug}/expected.json`, 'utf8'));
const doc = (html: string) => parseHTML(html).document as unknown as Document;

/** Is `sub` a subsequence of `list` (in order, gaps allowed)? */
function inOrder(list: string[], sub: string[]): boolean {
  let i = 0;
  for (const item of list) if (item === sub[i]) i++;
  return i === sub.length;
}

describe.each(fixturePages())('golden page %s', (slug) => {
  const want = expected(slug);
  const result = htmlToBlocks(page(slug));
  const text = result.blocks.map((b) => b.text).join('\n');
  const headings = result.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

  it('finds the expected headings, in order', () => {
    expect(inOrder(headings, want.headings), `got: ${JSON.stringify(headings)}`).toBe(true);
  });
  it('keeps the folded text and drops banners, menus and footers', () => {
    for (const s of want.present) expect(text).toContain(s);
    for (const s of want.absent) expect(text).not.toContain(s);
  });
  it(`is${want.isPrivacyNotice ? '' : ' not'} a privacy notice, in ${want.language}`, () => {
    const report = analyze(result.blocks, { kind: 'html', title: result.title });
    expect(report.isPrivacyNotice).toBe(want.isPrivacyNotice);
    expect(report.language).toBe(want.language);
  });
});

describe('Readability alone is not enough', () => {
  const fails = fixturePages().filter((slug) => expected(slug).readabilityAloneFails);
  it('some golden pages defeat a naive Readability call', () => {
    expect(fails.length).toBeGreaterThan(0);
  });
  it.each(fails)('%s: a naive call loses folded text that the engine keeps', (slug) => {
    const naive = new Readability(doc(page(slug))).parse()?.textContent ?? '';
    const lost = expected(slug).present.filter((s) => !naive.includes(s));
    expect(lost.length).toBeGreaterThan(0);
    const engine = htmlToBlocks(page(slug)).blocks.map((b) => b.text).join('\n');
    for (const s of lost) expect(engine).toContain(s);
  });
});

describe('extractFromDocument', () => {
  it('does not touch the document it is given (works on a clone)', () => {
    const d = doc(page('fr-accordion-onetrust'));
    const before = d.documentElement.outerHTML;
    extractFromDocument(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('keeps a heading apart from the paragraph after it', () => {
    const { blocks } = htmlToBlocks(
      '<html><body><main><h2>Article 1</h2><p>Nous conservons vos données personnelles trois ans, puis nous les supprimons de nos serveurs.</p></main></body></html>',
    );
    expect(blocks.slice(0, 2)).toEqual([
      { kind: 'heading', level: 2, text: 'Article 1' },
      { kind: 'paragraph', text: 'Nous conservons vos données personnelles trois ans, puis nous les supprimons de nos serveurs.' },
    ]);
  });

  it('caps a huge page and says it was cut', () => {
    const para = '<p>We collect personal data such as your name and email address to provide the service and we keep it for two years.</p>';
    const html = `<html><body><main><h1>Privacy Policy</h1>${para.repeat(Math.ceil((MAX_ANALYSED_CHARS * 1.2) / 110))}</main></body></html>`;
    const result = htmlToBlocks(html);
    expect(result.truncated).toBe(true);
    expect(result.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });

  it('returns no blocks for a page without text', () => {
    expect(htmlToBlocks('<html><body><div><img src="a.png"></div><script>var a = 1;</script></body></html>').blocks).toEqual([]);
  });
});

describe('banners and unfolding', () => {
  it.each([
    ['OneTrust', '<div id="onetrust-consent-sdk"><p>We use cookies</p></div>'],
    ['Cookiebot', '<div id="CybotCookiebotDialog"><p>We use cookies</p></div>'],
    ['tarteaucitron', '<div id="tarteaucitronRoot"><p>Ce site utilise des cookies</p></div>'],
    ['Didomi', '<div id="didomi-host"><p>Vos données, vos choix</p></div>'],
    ['a short dialog', '<div role="dialog"><p>Subscribe to our newsletter</p></div>'],
    ['a modal', '<div aria-modal="true"><p>Subscribe to our newsletter</p></div>'],
    ['a homemade banner', '<div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>'],
  ])('drops %s', (_, html) => {
    const d = doc(`<html><body>${html}<main><p>kept</p></main></body></html>`);
    expect(removeBanners(d)).toBeGreaterThan(0);
    expect(d.body.textContent).toBe('kept');
  });

  it('keeps a long dialog (a notice opened in a modal)', () => {
    const long = '<p>We collect your personal data to provide the service.</p>'.repeat(120);
    const d = doc(`<html><body><div role="dialog">${long}</div></body></html>`);
    removeBanners(d);
    expect(d.querySelector('[role="dialog"]')).not.toBeNull();
  });

  it('opens details, hidden and aria-hidden panels and inline display:none', () => {
    const d = doc(
      '<html><body><details><summary>A</summary><p>a</p></details><div hidden>b</div><div aria-hidden="true">c</div><div style="color:red; display: none">d</div></body></html>',
    );
    unfold(d);
    expect(d.querySelector('details')?.hasAttribute('open')).toBe(true);
    expect(d.querySelector('[hidden]')).toBeNull();
    expect(d.querySelector('[aria-hidden="true"]')).toBeNull();
    expect(d.body.innerHTML).not.toContain('display: none');
    expect(d.body.innerHTML).toContain('color:red');
  });
});

describe('chooseCandidate', () => {
  const c = (name: string, hits: number, concepts: number, chars: number): Candidate => ({
    name,
    blocks: [{ kind: 'paragraph', text: 'x'.repeat(chars) }],
    truncated: false,
    hits,
    concepts,
    chars,
  });
  it.each([
    ['keeps a good Readability pick', c('readability', 40, 9, 9000), [c('main', 45, 9, 9500), c('body', 50, 10, 20000)], 'readability'],
    ['replaces a pick that is too short', c('readability', 3, 2, 200), [c('main', 40, 9, 9000), c('body', 41, 9, 15000)], 'main'],
    ['replaces a pick clearly poorer than another part (one panel)', c('readability', 10, 5, 2000), [c('main', 40, 9, 9000)], 'main'],
    ['prefers the smallest of the near-best fallbacks', null, [c('main', 40, 9, 9000), c('body', 42, 9, 20000)], 'main'],
    ['keeps Readability when nothing reads like a notice', c('readability', 0, 0, 3000), [c('.content', 0, 0, 100), c('body', 1, 1, 5000)], 'readability'],
    ['takes the largest candidate when Readability failed and nothing reads like a notice', null, [c('.content', 0, 0, 100), c('body', 0, 0, 5000)], 'body'],
  ])('%s', (_, readability, others, chosen) => {
    expect(chooseCandidate(readability, others)?.name).toBe(chosen);
  });
});

describe('extractFromDocument on a browser-like DOM (jsdom)', () => {
  it.each(fixturePages())('%s gives the same blocks as with linkedom', async (slug) => {
    const { JSDOM } = await import('jsdom');
    const dom = new JSDOM(page(slug), { url: 'https://example.com/privacy' });
    const fromJsdom = extractFromDocument(dom.window.document);
    expect(fromJsdom.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(
      htmlToBlocks(page(slug)).blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    );
  });
});

describe('walking structure', () => {
  const body = (inner: string) => htmlToBlocks(`<html><body><main>${inner}</main></body></html>`).blocks;
  const TEXT = 'We keep your personal data for three years after your last order and then delete it.';
  it.each([
    ['a bold-only div is a heading', `<h2>Policy</h2><div><strong>Data Retention</strong></div><p>${TEXT}</p>`, { kind: 'heading', level: 3, text: 'Data Retention' }],
    ['a role=heading element', `<div role="heading" aria-level="2">Retention</div><p>${TEXT}</p>`, { kind: 'heading', level: 2, text: 'Retention' }],
    ['an FAQ question in a <dt>', `<h2>FAQ</h2><dl><dt>How long do you keep my data?</dt><dd>${TEXT}</dd></dl>`, { kind: 'heading', level: 3, text: 'How long do you keep my data?' }],
    ['a table row, cells joined', `<table><tr><td>Orders</td><td>3 years</td></tr></table><p>${TEXT}</p>`, { kind: 'row', text: 'Orders | 3 years' }],
    ['a list item without its nested list', `<ul><li>Account data<ul><li>email</li></ul></li></ul><p>${TEXT}</p>`, { kind: 'item', text: 'Account data' }],
  ])('%s', (_, html, block) => {
    expect(body(html)).toContainEqual(block);
  });

  it('does not make a bold lead-in of a sentence a heading', () => {
    expect(body(`<p><strong>Note:</strong> ${TEXT}</p>`).filter((b) => b.kind === 'heading')).toEqual([]);
  });
});

describe('htmlToBlocks on fragments', () => {
  it.each([
    ['plain words', 'We collect your email address.', ['We collect your email address.']],
    ['a fragment', '<h2>Retention</h2><p>We keep data two years.</p>', ['Retention', 'We keep data two years.']],
    ['a lone character', '!', ['!']],
    ['a head without a body', '<html><head><title>x</title></head></html>', []],
  ])('%s', (_, html, texts) => {
    expect(htmlToBlocks(html).blocks.map((b) => b.text)).toEqual(texts);
  });
});

describe("the page's title", () => {
  it('keeps level 1 for the <h1> that Readability demotes', () => {
    const first = htmlToBlocks(page('fr-dialog-table-footer')).blocks[0];
    expect(first).toEqual({ kind: 'heading', level: 1, text: "Notice d'information sur la protection des données personnelles" });
  });
});

describe('plain paragraphs marked as titles (site builders without <h*>)', () => {
  const TEXT = 'Nous transmettons vos données à nos prestataires techniques, qui les traitent pour notre compte uniquement.';
  const body = (inner: string) => htmlToBlocks(`<html><body><main><h2>6) Partage</h2>${inner}<p>${TEXT}</p></main></body></html>`).blocks;
  it.each([
    ['a numbered paragraph', '<p>6.1. Prestataires de services</p>', { kind: 'heading', level: 3, text: '6.1. Prestataires de services' }],
    ['a question', '<p>Qui reçoit vos données ?</p>', { kind: 'heading', level: 3, text: 'Qui reçoit vos données ?' }],
  ])('%s is a heading', (_, html, block) => {
    expect(body(html)).toContainEqual(block);
  });
  it.each([
    ['a paragraph in capitals', '<p>MEDICALIB SAS</p>'],
    ['a numbered sentence', '<p>1. Nous collectons votre nom.</p>'],
  ])('%s is not', (_, html) => {
    expect(body(html).filter((b) => b.kind === 'heading')).toHaveLength(1);
  });
});

describe("htmlToBlocks with the browser's DOMParser (the dashboard)", () => {
  it('gives the same blocks as with linkedom', async () => {
    const { JSDOM } = await import('jsdom');
    const withLinkedom = htmlToBlocks(page('en-tabs-cookiebot'));
    (globalThis as { DOMParser?: typeof DOMParser }).DOMParser = new JSDOM('').window.DOMParser;
    try {
      expect(htmlToBlocks(page('en-tabs-cookiebot')).blocks).toEqual(withLinkedom.blocks);
    } finally {
      delete (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
    }
  });
});

describe('a hostile page', () => {
  it('survives 5000 nested elements', () => {
    const depth = 5000;
    const html = `<html><body><main>${'<div>'.repeat(depth)}<p>We collect personal data.</p>${'</div>'.repeat(depth)}</main></body></html>`;
    const started = performance.now();
    expect(htmlToBlocks(html).blocks.map((b) => b.text).join(' ')).toContain('We collect personal data.');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('a language switch', () => {
  it('drops the hidden version of the notice in another language instead of unfolding it', () => {
    const d = doc(
      '<html lang="fr"><body><section lang="fr"><p>Nous conservons vos données.</p></section><section lang="en" hidden><p>We keep your data.</p></section><div hidden><p>Panneau replié</p></div></body></html>',
    );
    unfold(d);
    expect(d.body.textContent).toContain('Nous conservons vos données.');
    expect(d.body.textContent).toContain('Panneau replié');
    expect(d.body.textContent).not.toContain('We keep your data.');
  });
});
