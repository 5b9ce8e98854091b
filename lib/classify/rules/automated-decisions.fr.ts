import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW } from '../fr';

// Profiling, or decisions based solely on automated processing (RGPD 13(2)(f), 22).
const file: RuleFile = {
  tag: 'automated-decisions',
  lang: 'fr',
  rules: [
    {
      id: 'automated-decisions.fr.decision',
      // "Aucune décision entièrement automatisée n'est prise à votre égard."
      match: /d[ée]cisions? (?:individuelles? )?(?:(?:enti[èe]rement|exclusivement|uniquement|purement) )?automatis[ée]es?|prise de d[ée]cision automatis|(?:d[ée]cision|d[ée]cid)[a-zà-ÿœ]*[^.;]{0,80}(?:traitement|moyens?|proc[ée]d[ée]s?) automatis|article 22|(?:logiciels?|algorithmes?)[^.;]{0,60}(?:prise de )?d[ée]cisions?|(?:refus|d[ée]cision|sanction|rejet|bannissement)[^.;]{0,40}(?:de mani[èe]re|de fa[çc]on) automati|calcul[a-zà-ÿœ]* (?:[a-zà-ÿœ]+ ){0,3}(?:[àa] partir|en fonction) de (?:votre|vos) (?:profil|comportement|historique)|(?:calcul|attribu|[ée]tabli)[a-zà-ÿœ]* (?:aussi |[ée]galement )?(?:un |une |votre |le |la )?(?:score|indice|note|notation)|(?:banni|bloqu[ée]|suspendu|refus[ée]|exclu|supprim[ée])e?s? automatiquement|r[ée]examen de (?:la|cette|votre) (?:d[ée]cision|demande)|(?:un |notre |nos |des |les |l')algorithmes? (?:[a-zà-ÿœ']+ ){0,3}(?:classe|trie|s[ée]lectionne|d[ée]termine|calcule|d[ée]cide|propose|choisit|attribue|recommande|[ée]value)|(?:analyse|d[ée]tection|syst[èe]me|outil|ajustement|adaptation|calcul)s? (?:est |sont )?automati(?:s[ée]e?s?|ques?)|(?:de fa[çc]on|de mani[èe]re) automatis[ée]e[^.;]{0,60}(?:suspend|bloqu|refus|rejet|d[ée]cid|signal|[ée]valu|attribu)|automatiquement (?:suspendu|bloqu|refus|rejet|attribu|d[ée]cid|[ée]valu|compar|v[ée]rifi|analys|class|tri|filtr)|sans (?:l'|un |une )?(?:examen|intervention|v[ée]rification|validation|contr[ôo]le) (?:humaine?|d'un|d'une|par un)|d[ée]cisions?[^.;]{0,60}prises? par (?:un|une|des) (?:logiciels?|algorithmes?|programmes?|machines?|syst[èe]mes? informatiques?)|intervention humaine|(?:r[ée])?examen (?:manuel|humain)/,
      example: "Aucune décision entièrement automatisée n'est prise à votre égard.",
    },
    {
      id: 'automated-decisions.fr.profiling',
      // "Nous procédons à un profilage afin de personnaliser nos offres."
      match: /profilage|scoring|(?<![a-zà-ÿœ])score (?:de (?:cr[ée]dit|risque|solvabilit)|est calcul)|notation (?:de|du) (?:cr[ée]dit|risque)|(?:outils?|syst[èe]mes?|mod[èe]les?|m[ée]thodes?) de (?:notation|scoring|score)|segmentations?\/profils/,
      example: 'Nous procédons à un profilage afin de personnaliser nos offres.',
    },
    {
      id: 'automated-decisions.fr.algorithm',
      // "Vos plans sont générés par un algorithme." (automated means: under an automated-decisions heading)
      match: /algorithm[a-zà-ÿœ]*|automatiquement|intelligence artificielle|(?<![a-zà-ÿœ])score(?![a-zà-ÿœ])|profils?(?![a-zà-ÿœ])|automati[a-zà-ÿœ]*|segment[a-zà-ÿœ]*|machine/,
      unless: HEADER_ROW,
      weight: WEAK,
      example: 'Vos plans sont générés par un algorithme.',
    },
  ],
  headings: [
    {
      id: 'automated-decisions.fr.heading',
      // "Décisions automatisées et profilage"
      match: /(?<![a-zà-ÿœ])(?:automatis|profilage|scor(?:e|ing))/,
      example: 'Décisions automatisées et profilage',
    },
  ],
  examples: [
    ["Aucune décision entièrement automatisée n'est prise à votre égard.", true],
    ['Nous procédons à un profilage afin de personnaliser nos offres.', true],
    ['La décision d’accorder votre crédit est prise sur le fondement d’un traitement automatisé.', true],
    ['Vous pouvez obtenir une intervention humaine et contester la décision.', true],
    // hard negatives: data collected automatically, a user profile
    ['Nous recueillons automatiquement votre adresse IP.', false],
    ['Vous pouvez modifier votre profil à tout moment.', false],
  ],
};

export default file;
