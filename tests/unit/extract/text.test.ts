import { describe, expect, it } from 'vitest';
import type { Block } from '../../../lib/blocks';
import { inlineText, textToBlocks } from '../../../lib/extract/text';
import { MAX_ANALYSED_CHARS } from '../../../lib/extract/types';

const blocks = (text: string, kind: 'text' | 'markdown' = 'text'): Block[] => textToBlocks(text, kind).blocks;
const headings = (text: string, kind: 'text' | 'markdown' = 'text') =>
  blocks(text, kind)
    .filter((b) => b.kind === 'heading')
    .map((b) => b.text);
const BODY = 'We keep your data for as long as your account is open, then delete it.';

describe('textToBlocks: a line on its own that looks like a title starts a section', () => {
  it.each([
    ['numbered "1."', `1. Data we collect\n\n${BODY}`, '1. Data we collect'],
    ['numbered "1.2"', `1.2 Account data\n\n${BODY}`, '1.2 Account data'],
    ['numbered "9.4"', `9.4 Sous-traitant\n\n${BODY}`, '9.4 Sous-traitant'],
    ['numbered "2)"', `2) Vos droits\n\n${BODY}`, '2) Vos droits'],
    ['markdown #', `## Retention\n\n${BODY}`, 'Retention'],
    ['setext', `Retention\n---------\n\n${BODY}`, 'Retention'],
    ['capitals', `DURÉE DE CONSERVATION\n\n${BODY}`, 'DURÉE DE CONSERVATION'],
    ['a question', `Combien de temps le conservons-nous ?\n\n${BODY}`, 'Combien de temps le conservons-nous ?'],
    ['a bold-only line', `**Your rights**\n\n${BODY}`, 'Your rights'],
    ['a short line without a full stop', `Children's Data\n\n${BODY}`, "Children's Data"],
    ['a wrapped title in capitals', `QUELLES INFORMATIONS PERSONNELLES AMAZON EUROPE COLLECTE-T-ELLE SUR SES CLIENTS\n?\n\n${BODY}`, 'QUELLES INFORMATIONS PERSONNELLES AMAZON EUROPE COLLECTE-T-ELLE SUR SES CLIENTS ?'],
  ])('%s', (_, text, heading) => {
    expect(headings(text)).toEqual([heading]);
  });

  it.each([
    ['a sentence', `We collect data.\n\n${BODY}`],
    ['a label and its value', `Dernière mise à jour : 10 décembre 2018\n\n${BODY}`],
    ['a date line', `Juillet 2022\n\n${BODY}`],
    ['a line ending with a colon', `We collect the following:\n\n${BODY}`],
    ['a short word in capitals (an address line)', `LWS\n\n${BODY}`],
    ['the last line of the text', `${BODY}\n\nThank you for reading`],
  ])('not %s', (_, text) => {
    expect(headings(text)).toEqual([]);
  });

  it('gives levels: numbering depth, markdown hashes, the title at the top is level 1', () => {
    const out = blocks(`# Privacy Policy\n\n${BODY}\n\n# 1. Scope\n\n${BODY}\n\n### 1.1 Who we are\n\n${BODY}\n\n## 2. Rights\n\n${BODY}`, 'markdown');
    expect(out.filter((b) => b.kind === 'heading').map((b) => [b.text, b.level])).toEqual([
      ['Privacy Policy', 1],
      ['1. Scope', 2],
      ['1.1 Who we are', 3],
      ['2. Rights', 2],
    ]);
  });

  it('does not guess plain title lines when the markdown has headings of its own', () => {
    const md = `# A\n\n${BODY}\n\n## B\n\n${BODY}\n\nSome plain line\n\n${BODY}\n\n## C\n\n${BODY}`;
    expect(headings(md, 'markdown')).toEqual(['A', 'B', 'C']);
  });
});

describe('textToBlocks: paragraphs, lists, tables', () => {
  it('joins hard-wrapped lines and keeps a blank line as the paragraph break', () => {
    const text = 'We collect and store automatically some types of information about your\nuse of the services, including your interaction with content.\n\nSecond paragraph here.';
    expect(blocks(text).map((b) => b.text)).toEqual([
      'We collect and store automatically some types of information about your use of the services, including your interaction with content.',
      'Second paragraph here.',
    ]);
  });

  it('keeps an address as one passage with its lines', () => {
    expect(blocks(`${BODY}\n\nLWS\nService protection des données\n4 rue Galvani\n75838 PARIS Cedex 17`).map((b) => b.text)).toEqual([
      BODY,
      'LWS\nService protection des données\n4 rue Galvani\n75838 PARIS Cedex 17',
    ]);
  });

  it('reads one paragraph per line when the text has no blank lines', () => {
    const text = `Who we are\n${BODY}\n${BODY}\nWhat we collect\n${BODY}`;
    expect(blocks(text).map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it('turns list markers into items and joins their indented continuation', () => {
    const text = `${BODY}\n\n * first item that is long enough to wrap onto a second\n   line of text\n - second item\n 1. third item`;
    expect(blocks(text).filter((b) => b.kind === 'item').map((b) => b.text)).toEqual([
      'first item that is long enough to wrap onto a second line of text',
      'second item',
      'third item',
    ]);
  });

  it('turns a markdown table into rows, skipping the separator, stripping inline HTML', () => {
    const text = `| Data | Period |\n|---|---|\n| <b>Account</b> | 7 years |\n| Logs | 60 days |`;
    expect(blocks(text)).toEqual([
      { kind: 'row', text: 'Data | Period' },
      { kind: 'row', text: 'Account | 7 years' },
      { kind: 'row', text: 'Logs | 60 days' },
    ]);
  });

  it('makes an underlined list item a title (accordion export)', () => {
    const md = `${BODY}\n\n*   What Is Personal Data?\n    ----------------------\n    \n    ${BODY}`;
    expect(blocks(md, 'markdown')).toEqual([
      { kind: 'paragraph', text: BODY },
      { kind: 'heading', level: 2, text: 'What Is Personal Data?' },
      { kind: 'paragraph', text: BODY },
    ]);
  });

  it('undoes double spacing (a blank line after every line, two between paragraphs)', () => {
    const para = (a: string, b: string) => `${a}\n\n${b}\n\n\n`;
    const text = [
      para('Le respect de la vie privée est un droit fondamental et l’une des valeurs de', 'notre société, depuis sa création.'),
      para('Nous travaillons avec tous les acteurs du secteur pour mettre en œuvre les', 'normes les plus avancées.'),
      para('Les données sont stockées en France chez un hébergeur agréé, certifié par', 'le label HDS.'),
    ].join('');
    expect(blocks(text).map((b) => b.text)).toEqual([
      'Le respect de la vie privée est un droit fondamental et l’une des valeurs de notre société, depuis sa création.',
      'Nous travaillons avec tous les acteurs du secteur pour mettre en œuvre les normes les plus avancées.',
      'Les données sont stockées en France chez un hébergeur agréé, certifié par le label HDS.',
    ]);
  });

  it('reads a run of title-like lines with nothing between them as a list, not empty sections', () => {
    const text = `Contents\n\nWho we are\n\nWhat we collect\n\nYour rights\n\nWho we are\n\n${BODY}`;
    expect(headings(text)).toEqual(['Who we are']);
  });
});

describe('inlineText', () => {
  it.each([
    ['[FAQ sur la Confidentialité](#) pour plus', 'FAQ sur la Confidentialité pour plus'],
    ['see [our policy](https://ex.example/a_(b)) now', 'see our policy now'],
    ['![logo](logo.png)Text', 'Text'],
    ['<i>Nom</i> de la <b>Partie</b>', 'Nom de la Partie'],
    ['**Données** que &amp; vous', 'Données que & vous'],
    ['1\\. escaped', '1. escaped'],
  ])('%s', (input, expected) => {
    expect(inlineText(input)).toBe(expected);
  });
});

describe('page captures and huge texts', () => {
  it('keeps only the notice of a page capture: not the forms, banner, menus or footer', () => {
    const capture = [
      'www.shop.example Open in urlscan Pro',
      'Form analysis 1 forms found in the DOM',
      '<form id="sp-cc"><input type="hidden" name="token" value="abc"></form>',
      'Text Content',
      'COOKIES ET CHOIX PUBLICITAIRES',
      'Si vous y consentez, nous utiliserons des cookies pour personnaliser les publicités.',
      'AccepterRefuser',
      'Bonjour, Identifiez-vous',
      'POLITIQUE DE CONFIDENTIALITÉ',
      BODY,
      'VOS DROITS',
      BODY,
      'Ces informations ont-elles été utiles ?',
      'Oui Non',
      '© 1996-2024, Shop Inc.',
    ].join('\n\n');
    const out = blocks(capture);
    expect(out[0]).toEqual({ kind: 'heading', level: 1, text: 'POLITIQUE DE CONFIDENTIALITÉ' });
    expect(out.map((b) => b.text)).toEqual(['POLITIQUE DE CONFIDENTIALITÉ', BODY, 'VOS DROITS', BODY]);
  });

  it(`cuts a text longer than ${MAX_ANALYSED_CHARS} characters and says so`, () => {
    const huge = `${BODY}\n\n`.repeat(Math.ceil((MAX_ANALYSED_CHARS * 1.5) / BODY.length));
    const started = performance.now();
    const result = textToBlocks(huge, 'text');
    expect(result.truncated).toBe(true);
    expect(result.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('what a sentence announces is not a title', () => {
  it('a plain line after a line ending with a colon', () => {
    const text = `Pour toute question, veuillez contacter :\n\nAWS Korea Privacy\n\nEmail : privacy@example.com\n\n${BODY}`;
    expect(headings(text)).toEqual([]);
  });
});

describe('invisible characters', () => {
  it('drops zero-width anchors and soft hyphens from headings and text', () => {
    expect(blocks(`## Payment Data\u2060\n\nWe keep pay\u00adment data.`, 'markdown').map((b) => b.text)).toEqual(['Payment Data', 'We keep payment data.']);
  });
});

describe('a numbered table of contents', () => {
  it('is a list of items, not a run of empty numbered sections', () => {
    const text = ['Sommaire', '1. Objet', '2. Données collectées', '3. Vos droits', '1. Objet', BODY, '2. Données collectées', BODY, '3. Vos droits', BODY].join('\n\n');
    const out = blocks(text);
    expect(out.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Sommaire', '1. Objet', '2. Données collectées', '3. Vos droits']);
    expect(out.filter((b) => b.kind === 'item').map((b) => b.text)).toEqual(['1. Objet', '2. Données collectées', '3. Vos droits']);
  });
});

describe('markdown that carries no notice text', () => {
  it('drops link definitions, code fences and comments; reads quotes as text', () => {
    const md = `## Contact\n\n> Write to our DPO <!-- old address removed --> at the address below.\n\n\`\`\`\n\n[1]: https://example.com/privacy\n`;
    expect(blocks(md, 'markdown').map((b) => b.text)).toEqual(['Contact', 'Write to our DPO at the address below.']);
  });
});

describe('pathological texts', () => {
  it.each([
    ['one character per line, no blank line', 'a\n'.repeat(300_000)],
    ['one character per line, blank lines bunched at the end', 'a\n'.repeat(250_000) + '\n'.repeat(20_000)],
    ['one enormous line', 'word '.repeat(200_000)],
  ])('%s: blocks, no crash', (_, text) => {
    const started = performance.now();
    expect(textToBlocks(text, 'text').blocks.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
