// A notice the page clone does not carry: in an open shadow root, or in a same-origin iframe of a shell
// page. extractFromDocument must read both (jsdom: a browser-like DOM with shadow roots and frames).
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../lib/extract/dom';
import { MAX_SHADOW_DEPTH } from '../../../lib/extract/roots';

const NOTICE = `<article><h1>Politique de confidentialité</h1>
<h2>Données collectées</h2><p>Nous collectons votre nom, votre adresse électronique et l'historique de vos commandes pour gérer votre compte client.</p>
<h2>Durée de conservation</h2><p>Nous conservons les données de votre compte pendant trois ans après votre dernière commande, puis nous les supprimons.</p>
<h2>Vos droits</h2><p>Vous pouvez demander l'accès, la rectification ou l'effacement de vos données en écrivant à dpo@exemple.fr.</p></article>`;

async function dom(html: string): Promise<{ window: Window & typeof globalThis; document: Document }> {
  const { JSDOM } = await import('jsdom');
  const made = new JSDOM(html, { url: 'https://exemple.fr/aide' }) as unknown as { window: Window & typeof globalThis };
  return { window: made.window, document: made.window.document };
}

const textOf = (blocks: { text: string }[]) => blocks.map((b) => b.text).join('\n');

describe('notice inside an open shadow root', () => {
  it('is read, headings and paragraphs kept', async () => {
    const { document } = await dom('<html lang="fr"><head><title>Aide</title></head><body><header><a href="/">Accueil</a></header><privacy-notice><p>Chargement…</p></privacy-notice></body></html>');
    document.querySelector('privacy-notice')!.attachShadow({ mode: 'open' }).innerHTML = NOTICE;
    const { blocks } = extractFromDocument(document);
    expect(textOf(blocks)).toContain('pendant trois ans');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(
      expect.arrayContaining(['Données collectées', 'Durée de conservation', 'Vos droits']),
    );
    // the page itself is untouched
    expect(document.querySelector('privacy-notice')!.textContent).toBe('Chargement…');
  });

  it('shows slotted light children where the slot is, and reads nested shadow roots', async () => {
    const { document } = await dom('<html lang="fr"><body><x-shell><p slot="intro">Nous collectons votre nom et votre adresse électronique pour gérer votre compte client et vos commandes.</p></x-shell></body></html>');
    const outer = document.querySelector('x-shell')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<h1>Politique de confidentialité</h1><slot name="intro"></slot><x-inner></x-inner>';
    outer.querySelector('x-inner')!.attachShadow({ mode: 'open' }).innerHTML = NOTICE;
    const text = textOf(extractFromDocument(document).blocks);
    expect(text).toContain('Nous collectons votre nom et votre adresse électronique pour gérer');
    expect(text).toContain('pendant trois ans');
  });

  it('a closed shadow root stays closed (as for any script of the page)', async () => {
    const { document } = await dom('<html lang="fr"><body><x-closed></x-closed></body></html>');
    document.querySelector('x-closed')!.attachShadow({ mode: 'closed' }).innerHTML = NOTICE;
    expect(textOf(extractFromDocument(document).blocks)).not.toContain('trois ans');
  });

  it('shadow roots nested without end do not overflow the stack', async () => {
    const { document } = await dom('<html lang="fr"><body><div id="host"></div></body></html>');
    let host = document.getElementById('host')!;
    for (let i = 0; i < MAX_SHADOW_DEPTH * 4; i++) {
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<p>Niveau ${i} de la politique de confidentialité et de conservation des données.</p><div></div>`;
      host = root.querySelector('div')!;
    }
    const { blocks } = extractFromDocument(document);
    expect(textOf(blocks)).toContain('Niveau 0');
  });
});

describe('notice inside a same-origin iframe', () => {
  it('is read when the top document is a shell', async () => {
    const { document } = await dom('<html lang="fr"><head><title>Aide — Confidentialité</title></head><body><h1>Centre d\'aide</h1><iframe></iframe></body></html>');
    const frame = document.querySelector('iframe')!.contentDocument!;
    frame.open();
    frame.write(`<html lang="fr"><head><title>Politique</title></head><body>${NOTICE}</body></html>`);
    frame.close();
    const result = extractFromDocument(document);
    expect(textOf(result.blocks)).toContain('pendant trois ans');
    expect(result.title).toBe('Politique');
  });

  it('a small frame on a notice page does not replace the notice', async () => {
    const { document } = await dom(`<html lang="fr"><body>${NOTICE}<iframe></iframe></body></html>`);
    const frame = document.querySelector('iframe')!.contentDocument!;
    frame.open();
    frame.write('<html><body><p>Publicité : chaussures de randonnée à moins 20 %, seulement cette semaine.</p></body></html>');
    frame.close();
    const text = textOf(extractFromDocument(document).blocks);
    expect(text).toContain('pendant trois ans');
    expect(text).not.toContain('Publicité');
  });
});
