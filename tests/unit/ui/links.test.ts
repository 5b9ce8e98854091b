// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectLinks, foldText, rankLinks, type RawLink } from '@/lib/links';

const PAGE = 'https://www.shop.example/products/42';
const link = (text: string, href: string, inFooter = false): RawLink => ({ text, href, inFooter });

describe('rankLinks', () => {
  it.each([
    ['Privacy Policy', '/privacy', 'https://www.shop.example/privacy'],
    ['Politique de confidentialité', '/fr/confidentialite', 'https://www.shop.example/fr/confidentialite'],
    ['Données personnelles', '/donnees', 'https://www.shop.example/donnees'],
    ['Protection des données', '/pdd', 'https://www.shop.example/pdd'],
    ['Datenschutzerklärung', '/ds', 'https://www.shop.example/ds'],
    ['Política de privacidad', '/pp', 'https://www.shop.example/pp'],
    ['Legal', '/legal/privacy-notice', 'https://www.shop.example/legal/privacy-notice'],
    ['Cookies', '/cookies', 'https://www.shop.example/cookies'],
  ])('finds %j', (text, href, url) => {
    expect(rankLinks([link('Home', '/'), link(text, href)], PAGE)[0]?.url).toBe(url);
  });

  it('prefers the privacy notice to the cookie policy, and the footer to the body', () => {
    const ranked = rankLinks(
      [link('Cookie policy', '/cookies', true), link('read about privacy', '/blog/privacy-tips'), link('Privacy notice', '/legal/privacy', true)],
      PAGE,
    );
    expect(ranked.map((c) => c.url)).toEqual([
      'https://www.shop.example/legal/privacy',
      'https://www.shop.example/blog/privacy-tips',
      'https://www.shop.example/cookies',
    ]);
    expect(ranked[2]?.kind).toBe('cookies');
  });

  it.each([
    ['javascript: links', link('Privacy', 'javascript:alert(1)')],
    ['mailto: links', link('Privacy', 'mailto:dpo@shop.example')],
    ['privacy settings toggles', link('Privacy settings', '/account/settings')],
    ['the page itself', link('Privacy', '/products/42')],
    ['paragraph-long link text', link(`privacy ${'x'.repeat(200)}`, '/p')],
    ['unrelated links', link('Shipping', '/shipping')],
  ])('ignores %s', (_label, raw) => {
    expect(rankLinks([raw], PAGE)).toEqual([]);
  });

  it('keeps one entry per URL (fragments ignored)', () => {
    const ranked = rankLinks([link('Privacy', '/privacy#top'), link('Privacy policy', '/privacy', true)], PAGE);
    expect(ranked).toHaveLength(1);
  });

  it('folds accents and case', () => {
    expect(foldText('  Confidentialité  ET  Données ')).toBe('confidentialite et donnees');
  });
});

describe('collectLinks', () => {
  it('reads footer links first', () => {
    document.body.innerHTML = `
      <nav><a href="/privacy-blog">Privacy blog</a></nav>
      <main><p>Hello</p></main>
      <footer><a href="/legal/privacy">Privacy</a><a href="/cookies">Cookies</a></footer>`;
    const links = collectLinks(document);
    const base = location.origin;
    expect(links.map((l) => [l.href, l.inFooter])).toEqual([
      [`${base}/legal/privacy`, true],
      [`${base}/cookies`, true],
      [`${base}/privacy-blog`, false],
    ]);
    expect(rankLinks(links, location.href)[0]?.url).toBe(`${base}/legal/privacy`);
  });
});
