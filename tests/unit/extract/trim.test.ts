import { describe, expect, it } from 'vitest';
import type { Block } from '../../../lib/blocks';
import { captureBody, trimToNotice } from '../../../lib/extract/trim';

const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const li = (text: string): Block => ({ kind: 'item', text });
const BODY = p('Nous conservons vos données personnelles pendant trois ans après votre dernière commande.');
const texts = (blocks: Block[]) => blocks.map((b) => b.text);

describe('trimToNotice', () => {
  it('starts at the notice title when menus and consent buttons come before it', () => {
    const blocks = [p('Tout accepter'), p('Panier'), p('Se connecter'), h('Politique de confidentialité', 1), BODY, h('Vos droits'), BODY];
    expect(texts(trimToNotice(blocks))).toEqual(['Politique de confidentialité', BODY.text, 'Vos droits', BODY.text]);
  });

  it('keeps the start when nothing before the title looks like chrome', () => {
    const blocks = [p('Introduction du document, rédigée par notre équipe juridique.'), h('Politique de confidentialité'), BODY, BODY];
    expect(trimToNotice(blocks)).toHaveLength(4);
  });

  it('ends at a feedback widget or a copyright line in the second half', () => {
    const blocks = [h('Privacy Policy', 1), BODY, h('Rights'), BODY, BODY, p('Was this page helpful?'), p('Yes No'), p('Careers')];
    expect(texts(trimToNotice(blocks))).toEqual(['Privacy Policy', BODY.text, 'Rights', BODY.text, BODY.text]);
    const copyright = [h('Privacy Policy', 1), BODY, BODY, BODY, p('© 2025 Example Inc.'), li('Terms')];
    expect(trimToNotice(copyright)).toHaveLength(4);
  });

  it('does not end at a copyright line near the top (a header)', () => {
    const blocks = [p('© Example'), h('Privacy Policy', 1), BODY, BODY, BODY, BODY];
    expect(trimToNotice(blocks)).toHaveLength(6);
  });

  it('drops "back to top" links and related-pages lists', () => {
    const blocks = [h('Cookies'), BODY, p('Back to top'), h('Thèmes liés', 3), li('Conditions générales'), li('Aide'), h('Vos droits'), BODY];
    expect(texts(trimToNotice(blocks))).toEqual(['Cookies', BODY.text, 'Vos droits', BODY.text]);
  });
});

describe('captureBody', () => {
  it("takes the rendered text of a urlscan capture", () => {
    const capture = 'site.example Open in urlscan Pro\n\nForm analysis 1 forms found in the DOM\n\n<form></form>\n\nText Content\n\nHello';
    expect(captureBody(capture)).toEqual({ text: '\n\nHello', capture: 'urlscan' });
  });
  it('leaves any other text alone, even one that says "Text Content"', () => {
    const text = 'Privacy Policy\n\nText Content\n\nWe collect data.';
    expect(captureBody(text)).toEqual({ text, capture: null });
  });
});
