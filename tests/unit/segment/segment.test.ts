import { describe, expect, it } from 'vitest';
import type { Block } from '../../../lib/blocks';
import { headingKey, headingStyle, numberingDepth } from '../../../lib/segment/headings';
import { segment } from '../../../lib/segment/passages';
import { tocBlocks } from '../../../lib/segment/toc';

const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const li = (text: string): Block => ({ kind: 'item', text });
const row = (text: string): Block => ({ kind: 'row', text });

describe('segment', () => {
  it('makes one passage per non-heading block, ids in reading order over the whole report', () => {
    const { sections } = segment([p('intro'), h('A'), p('a1'), li('a2'), h('B', 3), row('b1 | x')]);
    expect(sections.map((s) => [s.id, s.heading, s.level ?? null, s.passages.map((x) => `${x.id}:${x.text}`)])).toEqual([
      ['s1', null, null, ['p1:intro']],
      ['s2', 'A', 2, ['p2:a1', 'p3:a2']],
      ['s3', 'B', 3, ['p4:b1 | x']],
    ]);
  });

  it('keeps an empty section for a heading followed directly by a sub-heading', () => {
    const { sections } = segment([h('2. Principles', 2), h('2.1 Relevance', 3), p('text')]);
    expect(sections.map((s) => s.passages.length)).toEqual([0, 1]);
  });

  it('marks the entries of a table of contents (not evidence), not the sections they name', () => {
    const blocks = [
      h('Sommaire'),
      row('1. Portée et application | 3'),
      row('2. Principes fondamentaux | 3'),
      row('3. Consentement | 5'),
      h('1. Portée et application'),
      p('La présente politique encadre les traitements.'),
      h('2. Principes fondamentaux'),
      p('Les données sont la propriété de nos clients.'),
      h('3. Consentement'),
      p('Le consentement est recueilli avant tout traitement.'),
    ];
    const { sections, tocPassages } = segment(blocks);
    expect([...tocPassages]).toEqual(['p1', 'p2', 'p3']);
    expect(sections.filter((s) => s.heading?.includes('Consentement'))).toHaveLength(1);
  });
});

describe('tocBlocks', () => {
  it('finds a list of links that repeats the headings below it', () => {
    const blocks = [p('Intro text of the notice.'), li('Data We Collect'), li('How We Use Data'), li('Your Rights'), h('DATA WE COLLECT'), p('x'), h('HOW WE USE DATA'), p('y'), h('YOUR RIGHTS'), p('z')];
    expect([...tocBlocks(blocks)]).toEqual([1, 2, 3]);
  });

  it('leaves an ordinary list alone', () => {
    const blocks = [h('What we collect'), li('your name'), li('your email address'), li('your IP address'), h('Rights'), p('x')];
    expect(tocBlocks(blocks).size).toBe(0);
  });
});

describe('heading cues', () => {
  it.each([
    ['1. Les données nécessaires', 'numbered'],
    ['9.4 Sous-traitant', 'numbered'],
    ['2) Vos droits', 'numbered'],
    ['IV. How Do We Disclose Your Personal Data', 'numbered'],
    ['Article 3 – Données', 'numbered'],
    ['RESPONSABLES DU TRAITEMENT', 'caps'],
    ['Combien de temps le conservons-nous ?', 'question'],
    ['Nos activités en tant que sous-traitant', 'title'],
    ['Nous collectons les types de données suivants :', null],
    ['4 rue Galvani', null],
    ['Email : privacy@example.com', null],
    ['We do not sell your data.', null],
  ])('%s -> %s', (line, style) => {
    expect(headingStyle(line)).toBe(style);
  });

  it.each([
    ['1. Scope', 1],
    ['2.3 Sharing', 2],
    ['2.3.1. Processors', 3],
    ['Scope', 0],
  ])('numbering depth of %s is %i', (line, depth) => {
    expect(numberingDepth(line)).toBe(depth);
  });

  it('compares headings without numbering, page numbers, case or punctuation', () => {
    expect(headingKey('1. Portée et application | 3')).toBe(headingKey('PORTÉE ET APPLICATION'));
  });
});
