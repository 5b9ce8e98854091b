// Every seed of ../shared/seeds analysed: the sections a reader sees in it (headings found by reading
// each seed), seed 001's page chrome left out, and every report valid against the contract's schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, noticeText } from '../../../lib/analyze';
import { fileToBlocks } from '../../../lib/extract/file';
import { reportErrors } from '../../../lib/cli/validate';
import type { NoticeReport } from '../../../lib/report';
import { hasSeeds, seedPath } from './paths';

const NOW = new Date('2026-01-01T00:00:00Z');

function report(prefix: string): NoticeReport {
  const path = seedPath(prefix);
  const { kind, blocks, title } = fileToBlocks(path, readFileSync(path, 'utf8'));
  return analyze(blocks, { kind, title }, { now: NOW });
}

function headings(r: NoticeReport): string[] {
  return r.sections.map((s) => s.heading).filter((h): h is string => h !== null);
}

/** Is `sub` a subsequence of `list` (in order, gaps allowed)? */
function inOrder(list: string[], sub: string[]): boolean {
  let i = 0;
  for (const item of list) if (item === sub[i]) i++;
  return i === sub.length;
}

const SEEDS: Array<[string, string[]]> = [
  [
    '000',
    [
      "Avis Concernant la Protection des Données relatif aux Services en Ligne d'Amazon",
      'Données Personnelles que Nous Collectons',
      'Comment Nous Utilisons des Données Personnelles',
      'Cookies',
      'Conservation des Données Personnelles',
      'Bouclier de Protection UE-Etats-Unis et Suisse-Etats-Unis',
      'Canada',
      'Espace Economique Européen',
      'Japon',
      'Corée du Sud',
      'Exemples de Données Collectées',
    ],
  ],
  [
    '001',
    [
      'NOTICE : PROTECTION DE VOS INFORMATIONS PERSONNELLES',
      'RESPONSABLES DU TRAITEMENT',
      'QUELLES INFORMATIONS PERSONNELLES AMAZON EUROPE COLLECTE-T-ELLE SUR SES CLIENTS ?',
      "QU'EN EST-IL DES COOKIES ET DES AUTRES IDENTIFICATEURS ?",
      'LES ENFANTS SONT-ILS AUTORISÉS À UTILISER LES SERVICES AMAZON ?',
      'PENDANT COMBIEN DE TEMPS CONSERVONS-NOUS VOS INFORMATIONS PERSONNELLES ?',
      'DATA PRIVACY FRAMEWORK UE-ETATS-UNIS ET SUISSE-ÉTATS-UNIS',
      'CONTACTS, NOTICES ET RÉVISIONS',
      "EXEMPLES D'INFORMATIONS COLLECTÉES",
    ],
  ],
  [
    '002',
    [
      'INFORMATIONS LÉGALES CLAUSE DE CONFIDENTIALITÉ',
      '1. Les données nécessaires',
      '1.1. Données de contrat et de facturation',
      '1.4. Divulgence de données à des tiers',
      '1.5. Les cookies et leur utilisation',
      '2. Vos droits',
      '3. Autorité de surveillance',
    ],
  ],
  [
    '003',
    [
      'Politique de confidentialité des données',
      '1. Portée et application',
      '2.1 Pertinence et catégories des données utilisées',
      '2.4 Vos droits à la protection des données',
      '5. Conservation limitée des données',
      '9.1 Délégué à la Protection des Données',
      '9.4 Sous-traitant',
      '10. Contactez-nous',
    ],
  ],
  [
    '004',
    [
      'Nos activités en tant que sous-traitant',
      'Nos activités en tant que responsable du traitement',
      'Quelles données personnelles collectons-nous ?',
      'Combien de temps le conservons-nous ?',
      'TRANSFERTS TRANSFRONTALIERS DE VOS DONNÉES PERSONNELLES',
      'INFORMATIONS FOURNIES PAR LES ENFANTS',
    ],
  ],
];

describe.skipIf(!hasSeeds).each(SEEDS)('seed %s', (prefix, expected) => {
  const r = report(prefix);

  it('has the sections a reader sees, in order', () => {
    expect(inOrder(headings(r), expected), `got: ${JSON.stringify(headings(r))}`).toBe(true);
  });
  it('is a French privacy notice', () => {
    expect(r.language).toBe('fr');
    expect(r.isPrivacyNotice).toBe(true);
  });
  it('is valid against the report schema', () => {
    expect(reportErrors(r)).toEqual([]);
  });
  it('numbers passages p1.. and sections s1.. in reading order', () => {
    const ids = r.sections.flatMap((s) => s.passages.map((p) => p.id));
    expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
    expect(r.sections.map((s) => s.id)).toEqual(r.sections.map((_, i) => `s${i + 1}`));
  });
  it('hashes the extracted text: same notice, same hash', () => {
    expect(r.source.contentHash).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(report(prefix).source.contentHash).toBe(r.source.contentHash);
    expect(r.source.characters).toBe(noticeText(r).length);
  });
});

describe.skipIf(!hasSeeds)('seed specifics', () => {
  it('001: the page around the notice is left out (forms, banner, search, menus, feedback, footer)', () => {
    const text = noticeText(report('001'));
    for (const chrome of [
      '<form',
      'anti-csrftoken',
      'COOKIES ET CHOIX PUBLICITAIRES',
      'Toutes nos catégories',
      'Bonjour, Identifiez-vous',
      'Thèmes liés',
      'Ces informations ont-elles été utiles',
      'SOLUTIONS RAPIDES',
      'Pour mieux nous connaître',
      '© 1996-2024',
    ])
      expect(text).not.toContain(chrome);
    expect(report('001').sections[0].heading).toBe('NOTICE : PROTECTION DE VOS INFORMATIONS PERSONNELLES');
  });

  it('001: the contents list is not a run of empty sections, and its entries are not tagged', () => {
    const r = report('001');
    const toc = r.sections[0].passages.filter((p) => p.text === 'Les Responsables du traitement');
    expect(toc).toHaveLength(1);
    expect(toc[0].tags).toEqual([]);
  });

  it('002: numbered sub-sections sit below their section', () => {
    const r = report('002');
    const level = (h: string) => r.sections.find((s) => s.heading === h)?.level;
    expect(level('1.1. Données de contrat et de facturation')).toBeGreaterThan(level('1. Les données nécessaires')!);
    expect(r.sections.flatMap((s) => s.passages).some((p) => p.text.startsWith('LWS\nService protection des données\n4 rue Galvani'))).toBe(true);
  });

  it("003: the table of contents rows are passages that are not evidence, not sections", () => {
    const r = report('003');
    expect(r.sections.filter((s) => s.heading === '1. Portée et application')).toHaveLength(1);
    const contents = r.sections.find((s) => s.heading === 'Sommaire')!;
    expect(contents.passages.length).toBeGreaterThan(20);
    expect(contents.passages.every((p) => p.tags.length === 0)).toBe(true);
  });

  it('004: markdown tables become rows, one passage per row', () => {
    const passages = report('004').sections.flatMap((s) => s.passages.map((p) => p.text));
    expect(passages).toContain('Salesforce.com Inc. | Mise à disposition de la plateforme CRM');
  });
});
