// Hostile fixture pages for tests/e2e/trust.test.ts, built at test time (the 20 MB page is generated,
// never stored). Each page tries one way to hurt or fool the extension: markup and script as notice
// text and as real markup, javascript: links, text that looks like our own UI, a notice hidden in an
// open shadow root or in a same-origin iframe, a page that rewrites itself while read, a huge page,
// a page that blocks its main thread; plus the pages of the "not a notice" matrix (a news article, PDFs).
import type { Block } from '../../../lib/blocks';
import { textToBlocks } from '../../../lib/extract/text';
import { READ_TIMEOUT_MS } from '../../../lib/ui/read-tab';
import type { SiteRoutes } from '../harness';
import { readSeed, renderNotice, type SeedId } from '../site/index';

export const HOSTILE = {
  markup: '/hostile/markup.html',
  links: '/hostile/links.html',
  shadow: '/hostile/shadow.html',
  iframe: '/hostile/iframe.html',
  iframeFrame: '/hostile/frame-notice.html',
  rewriting: '/hostile/rewriting.html',
  huge: '/hostile/huge.html',
  blocking: '/hostile/blocking.html',
  news: '/news/article.html',
  pdf: '/docs/privacy.pdf',
  /** a PDF served without .pdf in its URL: only the browser knows it is one */
  pdfNoExtension: '/docs/download?id=privacy',
} as const;

/** Markers a page's code would leave if it ran in an extension page. */
export const PAGE_GLOBALS = ['__pwnedScript', '__pwnedImage', '__pwnedText', '__pwnedLink', '__pageScriptRan'] as const;

/** Size of the generated huge page. */
export const HUGE_PAGE_BYTES = 20 * 1024 * 1024;
/** The blocking page freezes its main thread this long after load: longer than the popup waits. */
export const BLOCKING_MS = READ_TIMEOUT_MS + 4_000;
/** The rewriting page changes itself this often. */
export const REWRITE_EVERY_MS = 3;
/** Text that imitates our own popup, written by the page. */
export const LOOKALIKE = 'Notice Lens: no issues found. Nothing alarming found in this notice.';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

function seedBlocks(id: SeedId): { title: string; blocks: Block[] } {
  const { blocks, title } = textToBlocks(readSeed(id), 'markdown');
  return { title: title ?? 'Politique de confidentialité', blocks };
}

function page(title: string, body: string, script = '', lang = 'fr'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:820px;margin:24px auto;padding:0 24px}</style></head>
<body><header><a href="/">Accueil</a> <a href="/shop">Boutique</a></header>
${body}
<footer><a href="/legal.html">Mentions légales</a></footer>
<script>${script}</script></body></html>`;
}

/** Markup and script written as notice text, then the same as real markup, and links that run code. */
const MARKUP_ATTACKS = `
<h2>Conservation et sécurité</h2>
<p>Nous conservons les données de votre compte pendant trois ans &lt;img src=x onerror="window.__pwnedText=1"&gt; après sa clôture &lt;script&gt;window.__pwnedText=2&lt;/script&gt;.</p>
<p>Les journaux de connexion sont conservés un an. <img src="/nothing.png" alt="" onerror="window.__pwnedImage = true"><script>window.__pwnedScript = true; window.__pageScriptRan = true;</script></p>
<p>${escape(LOOKALIKE)} Aucun problème détecté par Notice Lens.</p>
<h2>Nous contacter</h2>
<p>Pour exercer vos droits, écrivez à <a href="javascript:window.__pwnedLink=1">notre délégué à la protection des données</a>, à dpo@exemple.fr ou via https://exemple.fr/droits, jamais via javascript:window.__pwnedLink=2 ni data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;.</p>
<p>Vous pouvez introduire une réclamation auprès de la CNIL, <a href="javascript:void(window.__pwnedLink=3)">www.cnil.fr</a>.</p>`;

/** A shop page whose only notice-looking links run code or carry a document: only the http one may be offered. */
const LINKS_PAGE = `<h1>Chaussures de randonnée</h1>
<p>Découvrez notre nouvelle gamme de chaussures de randonnée, légères et imperméables, pensées pour les longues marches.</p>
<ul><li>Trek 300 — 89 €</li><li>Alpine Pro — 129 €</li></ul>`;
const LINKS_FOOTER = `<footer>
<a href="javascript:window.__pwnedLink=4">Politique de confidentialité</a>
<a href="data:text/html,<script>alert(1)</script>">Privacy policy</a>
<a href="vbscript:msgbox(1)">Protection des données</a>
<a href="${HOSTILE.markup}">Données personnelles</a>
</footer>`;

/** Articles of news: long prose, not a notice (one of the matrix pages). */
const NEWS = `<article><h1>City council approves new cycling lanes along the river</h1>
<p class="byline">By our local reporter — 14 March</p>
<p>The city council voted on Tuesday evening to build eight kilometres of protected cycling lanes along both banks of the river, a project that has divided residents for more than two years.</p>
<p>Supporters said the lanes would make the daily commute safer for the thousands of students who cross the bridges every morning, while shop owners on the east bank worried about losing parking spaces during the eighteen months of works.</p>
<p>The mayor said the first section, between the old port and the railway station, would open before the summer holidays, and that deliveries would be allowed in the early morning.</p>
<h2>A long debate</h2>
<p>The plan was first presented in a public meeting two years ago. Since then, the route has been changed three times to save the plane trees that line the western quay, and the budget has grown by a fifth.</p>
<p>Opposition councillors asked for a study of traffic on the parallel avenues before the vote. The council agreed to publish counts every quarter once the works begin.</p>
</article>`;

/** A one-page PDF whose text is a sentence of a notice. */
export function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** One notice of `bytes`: seed 004, then annexes of its paragraphs inside the same article (it must be cut). */
function hugePage(bytes: number): string {
  const { title, blocks } = seedBlocks('004');
  const head = page(title, renderNotice(blocks, title)).replace(/<\/article>[\s\S]*$/, '');
  const filler = blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => `<p>${escape(b.text)}</p>`)
    .join('\n');
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const section = `<section><h2>Annexe ${i + 1}</h2>\n${filler}</section>\n`;
    parts.push(section);
    size += section.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

/** Every hostile page, by path. */
export function hostileRoutes(): SiteRoutes {
  const routes: SiteRoutes = new Map();
  const base = seedBlocks('002');
  const notice = renderNotice(base.blocks, base.title);

  routes.set(HOSTILE.markup, { body: page(base.title, notice.replace('</article>', `${MARKUP_ATTACKS}</article>`)) });
  routes.set(HOSTILE.links, { body: page('Boutique', LINKS_PAGE).replace(/<footer>[\s\S]*?<\/footer>/, LINKS_FOOTER) });

  // The notice lives only in an open shadow root; the light DOM holds a loading line.
  routes.set(HOSTILE.shadow, {
    body: page(
      base.title,
      '<privacy-notice><p>Chargement…</p></privacy-notice>',
      `customElements.define('privacy-notice', class extends HTMLElement {
         connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(notice).replace(/</g, '\\u003c')}; }
       });`,
    ),
  });

  // The top document is a shell; the notice is in a same-origin iframe.
  const framed = seedBlocks('003');
  routes.set(HOSTILE.iframeFrame, { body: page(framed.title, renderNotice(framed.blocks, framed.title)) });
  routes.set(HOSTILE.iframe, {
    body: page('Aide — Confidentialité', `<h1>Centre d'aide</h1><iframe src="${HOSTILE.iframeFrame}" title="Politique" style="width:100%;height:600px;border:0"></iframe>`),
  });

  // Rewrites itself every few milliseconds: reverses paragraphs, adds and removes nodes, swaps sections.
  routes.set(HOSTILE.rewriting, {
    body: page(
      base.title,
      notice,
      `let n = 0;
       setInterval(() => {
         const ps = document.querySelectorAll('article p');
         const p = ps[n++ % ps.length];
         if (p) p.textContent = p.textContent.split('').reverse().join('');
         const extra = document.createElement('section');
         extra.innerHTML = '<h2>Mise à jour ' + n + '</h2><p>Texte ajouté pendant la lecture.</p>';
         document.querySelector('article').append(extra);
         if (n % 2 === 0) document.querySelector('article section')?.remove();
         if (n % 7 === 0) document.body.append(document.querySelector('article'));
       }, ${REWRITE_EVERY_MS});`,
    ),
  });

  routes.set(HOSTILE.huge, { body: hugePage(HUGE_PAGE_BYTES) });
  routes.set(HOSTILE.blocking, {
    body: page(
      base.title,
      notice,
      `window.addEventListener('load', () => setTimeout(() => { const end = Date.now() + ${BLOCKING_MS}; while (Date.now() < end); }, 20));`,
    ),
  });
  routes.set(HOSTILE.news, { body: page('City council approves new cycling lanes', NEWS, '', 'en') });
  const pdf = { body: tinyPdf('We keep your account data for three years after you close it.'), type: 'application/pdf' };
  routes.set(HOSTILE.pdf, pdf);
  routes.set(HOSTILE.pdfNoExtension.split('?')[0] as string, pdf);
  return routes;
}
