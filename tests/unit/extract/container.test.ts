// The short cut past Readability: a lone main/article element that holds nearly all the page's text is
// walked directly. Elsewhere (sidebars as long as the content, lists of posts, no notice) Readability decides.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { containerCandidate } from '../../../lib/extract/dom';

const NOTICE = [
  'We collect your name, e-mail address and order history when you create an account.',
  'We keep your personal data for three years after your last order, then delete it.',
  'You have the right to access, correct and erase your data: write to privacy@example.com.',
  'We share your data with our payment provider and our carrier, only to deliver your orders.',
  'You may lodge a complaint with the supervisory authority of your country.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');
const OTHER = '<p>Our new hiking boots are light and waterproof, made for long walks in the mountains and rainy days alike.</p>'.repeat(6);
const CHROME = '<header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>';
const FOOTER = '<footer><p>Copyright Example Ltd. Terms, privacy, cookies and contact in the footer of every page of the site.</p></footer>';

const page = (body: string) => parseHTML(`<!doctype html><html><body>${CHROME}${body}${FOOTER}</body></html>`).document as unknown as Document;

describe('containerCandidate', () => {
  it.each([
    ['a lone <main> holding the notice', `<main><h1>Privacy</h1>${NOTICE}</main>`, 'main'],
    ['the <article> inside <main> (innermost first)', `<main><article><h1>Privacy</h1>${NOTICE}</article></main>`, 'article'],
    ['role="main" on a div', `<div role="main"><h1>Privacy</h1>${NOTICE}</div>`, '[role="main"]'],
    ['a <main> whose side text is a <aside> (chrome, not counted)', `<main><h1>Privacy</h1>${NOTICE}</main><aside>${OTHER}</aside>`, 'main'],
    ['several articles (a list of posts) fall back to <main>', `<main><article>${NOTICE}</article><article>${NOTICE}</article></main>`, 'main'],
    ['no container: Readability decides', `<div class="page">${NOTICE}</div>`, null],
    ['a <main> beside a long untagged sidebar: Readability decides', `<main>${NOTICE}</main><div class="sidebar">${OTHER}</div>`, null],
    ['a <main> that reads like no notice: Readability decides', `<main><h1>Boots</h1>${OTHER}</main>`, null],
  ])('%s', (_, body, expected) => {
    expect(containerCandidate(page(body), 100_000)?.name ?? null).toBe(expected);
  });

  it('needs nearly all the text, not most of it', () => {
    const long = `<main>${NOTICE}${NOTICE}${NOTICE}${NOTICE}</main>`;
    // a sidebar a sixth of the page's text is too much for the short cut
    const side = `<div class="sidebar">${NOTICE.slice(0, Math.round(NOTICE.length * 0.8))}</div>`;
    expect(containerCandidate(page(long + side), 100_000)).toBeNull();
  });
});
