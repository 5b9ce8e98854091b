// The fixture site the browser tests visit: the seed notices (read from ../shared/seeds at test time)
// rendered as realistic pages — header, navigation, consent banner, accordions that start collapsed,
// footer — plus the pages around a notice: a shop page that is no notice, a legal page that only links
// to the notice, a notice rendered by script after load, an English notice, a Japanese page, an empty
// page and a huge one.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../../lib/blocks';
import { textToBlocks } from '../../../lib/extract/text';
import { ROOT, SEEDS_DIR, type SiteRoutes } from '../harness';

export const SEEDS = {
  '000': '000_e3e1a7a5f09b0fbd.txt',
  '001': '001_d76dc86d72620bba.txt',
  '002': '002_613d5a2cf10a555e.txt',
  '003': '003_e25d7eee23d31e37.txt',
  '004': '004_6681bcef26c493d8.txt',
} as const;
export type SeedId = keyof typeof SEEDS;

/** Page titles for seeds whose text has no title line of its own. */
const SEED_TITLES: Record<SeedId, string> = {
  '000': 'Avis concernant la protection des données',
  '001': 'Notice de protection de vos informations personnelles',
  '002': 'Données personnelles',
  '003': 'Politique de confidentialité',
  '004': 'Déclaration de confidentialité',
};

/** Paths of the site, for the tests. */
export const PAGES = {
  seed: (id: SeedId) => `/fr/notice-${id}.html`,
  english: '/en/privacy.html',
  shop: '/shop/index.html',
  legal: '/legal.html',
  dynamic: '/fr/dynamic.html',
  japanese: '/ja/index.html',
  empty: '/empty.html',
  huge: '/fr/huge.html',
  hostile: '/fr/hostile.html',
  rewriting: '/fr/rewriting.html',
  blocking: '/fr/blocking.html',
  /** a shop page whose notice lives on another origin (localhost instead of 127.0.0.1) */
  elsewhere: '/shop/elsewhere.html',
} as const;

/** How long the blocking page freezes its main thread: longer than the popup waits (READ_TIMEOUT_MS). */
export const BLOCK_MS = 11_500;

/** How many copies of seed 004 make the huge page (past the engine's 400 000 analysed characters). */
const HUGE_COPIES = 4;
/** The script-rendered page fills itself in this long after load. */
export const DYNAMIC_DELAY_MS = 400;

export function readSeed(id: SeedId): string {
  const file = join(SEEDS_DIR, SEEDS[id]);
  if (!existsSync(file)) throw new Error(`Seed notice ${file} is missing: the browser tests need ../shared/seeds (or NOTICE_LENS_SEEDS).`);
  return readFileSync(file, 'utf8');
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

const STYLE = `
  body { margin: 0; font: 16px/1.5 Georgia, serif; color: #222; background: #fafafa; }
  .site-header { display: flex; gap: 24px; align-items: center; padding: 12px 32px; background: #123; color: #fff; }
  .site-header a { color: #fff; text-decoration: none; }
  .logo { font-weight: bold; font-size: 20px; }
  main { max-width: 820px; margin: 24px auto; padding: 0 24px 48px; background: #fff; }
  details, .accordion { border-top: 1px solid #ddd; padding: 8px 0; }
  summary, .accordion-toggle { cursor: pointer; font-size: 20px; font-weight: bold; background: none; border: 0; padding: 0; text-align: left; }
  table { border-collapse: collapse; } td { border: 1px solid #ccc; padding: 4px; }
  #consent { position: fixed; bottom: 0; left: 0; right: 0; padding: 16px 32px; background: #fff; border-top: 3px solid #123; box-shadow: 0 -4px 12px #0003; }
  footer { padding: 24px 32px; background: #eee; font-size: 14px; }
  footer a { margin-right: 16px; }
`;

interface Chrome {
  lang: string;
  title: string;
  brand: string;
  /** where the footer's privacy link goes (the site's notice) */
  privacyHref?: string;
}

function layout(chrome: Chrome, main: string, extraScript = ''): string {
  const fr = chrome.lang === 'fr';
  return `<!doctype html>
<html lang="${chrome.lang}">
<head><meta charset="utf-8"><title>${escape(chrome.title)}</title><style>${STYLE}</style></head>
<body>
<header class="site-header">
  <a class="logo" href="/shop/index.html">${escape(chrome.brand)}</a>
  <nav aria-label="Main"><a href="/shop/index.html">${fr ? 'Accueil' : 'Home'}</a> <a href="/shop/index.html#products">${fr ? 'Produits' : 'Products'}</a> <a href="/shop/index.html#support">${fr ? 'Assistance' : 'Support'}</a></nav>
</header>
<div id="consent" role="dialog" aria-label="Cookies">
  <p>${fr ? 'Nous utilisons des cookies pour améliorer votre expérience. Vous pouvez accepter ou refuser.' : 'We use cookies to improve your experience. You can accept or refuse them.'}</p>
  <button type="button" onclick="this.parentNode.remove()">${fr ? 'Tout accepter' : 'Accept all'}</button>
  <button type="button" onclick="this.parentNode.remove()">${fr ? 'Refuser' : 'Refuse'}</button>
</div>
<main>${main}</main>
<footer>
  <a href="${chrome.privacyHref ?? PAGES.seed('004')}">${fr ? 'Politique de confidentialité' : 'Privacy policy'}</a>
  <a href="/cookies.html">Cookies</a>
  <a href="${PAGES.legal}">${fr ? 'Mentions légales' : 'Legal notice'}</a>
  <a href="/shop/index.html#contact">Contact</a>
</footer>
<script>
  // Accordions: buttons toggle the panel they control.
  document.addEventListener('click', (event) => {
    const button = event.target.closest('.accordion-toggle');
    if (!button) return;
    const panel = document.getElementById(button.getAttribute('aria-controls'));
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    panel.hidden = open;
  });
  ${extraScript}
</script>
</body>
</html>`;
}

function renderRun(blocks: Block[]): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i] as Block;
    if (block.kind === 'item' || block.kind === 'row') {
      let j = i;
      while (j < blocks.length && blocks[j]?.kind === block.kind) j++;
      const run = blocks.slice(i, j);
      out.push(
        block.kind === 'item'
          ? `<ul>${run.map((b) => `<li>${escape(b.text)}</li>`).join('')}</ul>`
          : `<table>${run.map((b) => `<tr>${b.text.split(' | ').map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`,
      );
      i = j;
      continue;
    }
    if (block.kind === 'heading') out.push(`<h${Math.min(6, (block.level ?? 3) + 1)}>${escape(block.text)}</h${Math.min(6, (block.level ?? 3) + 1)}>`);
    else out.push(`<p>${escape(block.text)}</p>`);
    i++;
  }
  return out.join('\n');
}

/**
 * Blocks as an article: a title, then one section per top-level heading. The first section is open;
 * the others start collapsed, alternately as <details> and as ARIA accordions (button + hidden panel).
 */
export function renderNotice(blocks: Block[], title: string): string {
  const body = blocks[0]?.kind === 'heading' && blocks[0].text === title ? blocks.slice(1) : blocks;
  const levels = body.filter((b) => b.kind === 'heading').map((b) => b.level ?? 3);
  const top = levels.length ? Math.min(...levels) : 0;
  const sections: { heading: string | null; blocks: Block[] }[] = [{ heading: null, blocks: [] }];
  for (const block of body) {
    if (block.kind === 'heading' && (block.level ?? 3) === top) sections.push({ heading: block.text, blocks: [] });
    else (sections.at(-1) as { blocks: Block[] }).blocks.push(block);
  }
  const html = sections.map((section, i) => {
    if (!section.heading) return renderRun(section.blocks);
    if (i === 1) return `<h2>${escape(section.heading)}</h2>\n${renderRun(section.blocks)}`;
    if (i % 2 === 0) return `<details><summary>${escape(section.heading)}</summary>\n${renderRun(section.blocks)}</details>`;
    return `<div class="accordion"><h2><button class="accordion-toggle" aria-expanded="false" aria-controls="panel-${i}">${escape(section.heading)}</button></h2>
<div id="panel-${i}" hidden>${renderRun(section.blocks)}</div></div>`;
  });
  return `<article><h1>${escape(title)}</h1>\n${html.join('\n')}</article>`;
}

function seedPage(id: SeedId): { title: string; blocks: Block[] } {
  const { blocks, title } = textToBlocks(readSeed(id), 'markdown');
  return { title: title ?? SEED_TITLES[id], blocks };
}

function englishNotice(): { title: string; blocks: Block[] } {
  const file = join(ROOT, 'tests/fixtures/labelled/dev/en-saas-eu.json');
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as { blocks: Block[] };
  const blocks = fixture.blocks.map(({ kind, level, text }) => ({ kind, level, text }));
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? 'Privacy Policy';
  return { title, blocks };
}

const SHOP = `<h1>Chaussures de randonnée</h1>
<section id="products">
  <h2>Nos modèles</h2>
  <p>Découvrez notre nouvelle gamme de chaussures de randonnée, légères et imperméables, pensées pour les longues marches en montagne.</p>
  <ul><li>Trek 300 — 89 €</li><li>Alpine Pro — 129 €</li><li>Sentier Léger — 69 €</li></ul>
  <p>Livraison offerte dès 50 € d'achat. Retours gratuits pendant 30 jours.</p>
</section>`;

const LEGAL = `<h1>Informations légales</h1>
<p>Retrouvez ici les documents qui encadrent l'utilisation de notre site.</p>
<ul>
  <li><a href="/cgv.html">Conditions générales de vente</a></li>
  <li><a href="${PAGES.seed('002')}">Politique de confidentialité et protection des données</a></li>
  <li><a href="/cookies.html">Gestion des cookies</a></li>
</ul>`;

const JAPANESE = `<h1>プライバシーポリシー</h1>
<p>当社は、お客様の個人情報を適切に取り扱うことが社会的責務であると考え、以下の方針に基づき個人情報の保護に努めます。</p>
<h2>個人情報の利用目的</h2>
<p>当社は、お客様からお預かりした個人情報を、商品の発送、お問い合わせへの回答、サービスの改善のために利用いたします。</p>
<h2>第三者への提供</h2>
<p>当社は、法令に基づく場合を除き、お客様の同意なく個人情報を第三者に提供することはありません。</p>`;

/**
 * Page text that tries to pass for markup or for our own UI, a javascript: link, a live onerror handler,
 * and a script that forges extension-looking messages: none of it may run or render in the popup.
 */
const HOSTILE = `
<p>Pour toute question, écrivez à <a href="javascript:document.title='pwned'">notre délégué</a> ou à dpo@exemple.fr.</p>
<p>&lt;img src=x onerror="alert('pwned')"&gt; &lt;script&gt;alert('pwned')&lt;/script&gt; Nous conservons les données de compte pendant trois ans.</p>
<p>Nothing alarming found. Draft request. This notice changed since yesterday.</p>
<img src="/nothing.png" alt="" onerror="window.__hostileImage = true">
<script>
  window.__messages = [];
  window.addEventListener('message', (event) => window.__messages.push(JSON.stringify(event.data)));
  window.postMessage({ type: 'highlight', text: 'pwned' }, '*');
  document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'content' } }));
</script>`;

/** The engine's fixture pages (tests/fixtures/pages/<slug>/source.html) with what they are. */
export interface EnginePage {
  slug: string;
  path: string;
  language: string;
  isPrivacyNotice: boolean;
}

export function enginePages(): EnginePage[] {
  const dir = join(ROOT, 'tests/fixtures/pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'source.html')) && existsSync(join(dir, slug, 'expected.json')))
    .map((slug) => {
      const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as { language: string; isPrivacyNotice: boolean };
      return { slug, path: `/pages/${slug}.html`, language: expected.language, isPrivacyNotice: expected.isPrivacyNotice };
    });
}

/** Every page of the fixture site, by path. */
export function buildSite(): SiteRoutes {
  const routes: SiteRoutes = new Map();
  for (const id of Object.keys(SEEDS) as SeedId[]) {
    const { title, blocks } = seedPage(id);
    routes.set(PAGES.seed(id), { body: layout({ lang: 'fr', title, brand: `Société ${id}` }, renderNotice(blocks, title)) });
  }
  const english = englishNotice();
  routes.set(PAGES.english, { body: layout({ lang: 'en', title: english.title, brand: 'Cloudly' }, renderNotice(english.blocks, english.title)) });
  routes.set(PAGES.shop, { body: layout({ lang: 'fr', title: 'Boutique — Chaussures', brand: 'Rando Shop' }, SHOP) });
  routes.set(PAGES.elsewhere, {
    body: layout(
      { lang: 'fr', title: 'Boutique — Chaussures', brand: 'Rando Shop', privacyHref: '#' },
      SHOP,
      `document.querySelector('footer a').href = location.origin.replace('127.0.0.1', 'localhost') + ${JSON.stringify(PAGES.seed('002'))};`,
    ),
  });
  routes.set(PAGES.legal, { body: layout({ lang: 'fr', title: 'Informations légales', brand: 'Rando Shop', privacyHref: PAGES.seed('002') }, LEGAL) });

  const dynamic = seedPage('003');
  const notice = JSON.stringify(renderNotice(dynamic.blocks, dynamic.title)).replace(/</g, '\\u003c');
  routes.set(PAGES.dynamic, {
    body: layout(
      { lang: 'fr', title: 'Chargement…', brand: 'AVM' },
      '<div id="root"><p class="loading">Chargement…</p></div>',
      `window.addEventListener('load', () => setTimeout(() => {
         document.getElementById('root').innerHTML = ${notice};
         document.title = ${JSON.stringify(dynamic.title)};
       }, ${DYNAMIC_DELAY_MS}));`,
    ),
  });
  routes.set(PAGES.japanese, { body: layout({ lang: 'ja', title: 'プライバシーポリシー', brand: '株式会社サンプル' }, JAPANESE) });
  routes.set(PAGES.empty, { body: '<!doctype html><html lang="fr"><head><title>Vide</title></head><body></body></html>' });

  const hostileBase = seedPage('002');
  routes.set(PAGES.hostile, {
    body: layout({ lang: 'fr', title: hostileBase.title, brand: 'Hostile' }, renderNotice(hostileBase.blocks, hostileBase.title).replace('</article>', `${HOSTILE}</article>`)),
  });
  const rewriting = seedPage('003');
  routes.set(PAGES.rewriting, {
    body: layout(
      { lang: 'fr', title: rewriting.title, brand: 'AVM' },
      renderNotice(rewriting.blocks, rewriting.title),
      // Rewrites itself without pause while it is being read.
      `let n = 0;
       setInterval(() => {
         const paragraphs = document.querySelectorAll('article p');
         const p = paragraphs[n++ % paragraphs.length];
         if (p) p.textContent = p.textContent.split('').reverse().join('');
         const extra = document.createElement('p');
         extra.textContent = 'Mise à jour ' + n;
         document.querySelector('article').append(extra);
         if (n % 3 === 0) extra.remove();
       }, 5);`,
    ),
  });
  routes.set(PAGES.blocking, {
    body: layout(
      { lang: 'fr', title: 'Page figée', brand: 'Freeze' },
      renderNotice(seedPage('002').blocks, 'Page figée'),
      `window.addEventListener('load', () => setTimeout(() => { const end = Date.now() + ${BLOCK_MS}; while (Date.now() < end); }, 50));`,
    ),
  });

  for (const page of enginePages()) {
    routes.set(page.path, { body: readFileSync(join(ROOT, 'tests/fixtures/pages', page.slug, 'source.html')) });
  }

  const huge = seedPage('004');
  const copies = Array.from({ length: HUGE_COPIES }, () => renderNotice(huge.blocks, huge.title)).join('\n');
  routes.set(PAGES.huge, { body: layout({ lang: 'fr', title: huge.title, brand: 'Infobip' }, copies) });
  return routes;
}
