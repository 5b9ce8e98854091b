import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW } from '../fr';

// How and when the notice changes and how readers are told (RGPD 12; OPP-115 Policy Change).
// A bare "Dernière mise à jour : 14 mars 2024" line is a date, not a statement about changes.
const NOTICE = /(?:politique|charte|clause|notice|d[ée]claration|conditions|page|document|pr[ée]sentes?|mentions)/.source;

const file: RuleFile = {
  tag: 'changes',
  lang: 'fr',
  rules: [
    {
      id: 'changes.fr.may-change',
      // "Nous pouvons modifier la présente politique à tout moment."
      match: new RegExp(
        `(?:modifi|amend|r[ée]vis|compl[ée]t|faire [ée]voluer|adapt)[a-zà-ÿœ]*(?: [a-zà-ÿœ]+){0,2} (?:la |cette |notre |nos |les |ces |le |ce )?(?:pr[ée]sente |pr[ée]sentes )?${NOTICE}|${NOTICE}(?: [a-zà-ÿœ]+){0,4} (?:peut|pourra|pourront|peuvent|est susceptible d'|sont susceptibles d'|sera|seront|est|sont)(?: [a-zà-ÿœ]+){0,2} (?:[êe]tre )?(?:modifi|mises? [àa] jour|r[ée]vis|amend|compl[ée]t|[ée]voluer|chang)`,
      ),
      // a notice 'complétée par' other documents gains companions, it does not change
      unless: /compl[ée]t[ée]e?s? par/,
      example: 'Nous pouvons modifier la présente politique à tout moment.',
    },
    {
      id: 'changes.fr.notified',
      // "En cas de modification importante, nous vous en informerons par e-mail."
      match: /(?:ce texte|cette (?:politique|notice|charte|page|d[ée]claration)|la (?:pr[ée]sente )?(?:politique|notice|charte|d[ée]claration)) (?:change|[ée]volue|est modifi[ée]e?)|(?:modifications?|changements?|mises? [àa] jour|[ée]volutions?) (?:importante?s?|substantielle?s?|significative?s?|majeure?s?|de (?:la|cette|notre) (?:politique|charte|clause))|(?:nouvelle|derni[èe]re) version (?:sera|est|soit|de la|de cette|de notre|s'applique|entre en vigueur|prend effet)|entr[ée]e en vigueur (?:de (?:toute|la|cette|chaque)|des modifications)|publi[ée]e? sur cette page|vaut acceptation (?:de la|des) (?:politique|charte|clause|conditions)s? modifi/,
      example: 'En cas de modification importante, nous vous en informerons par e-mail.',
    },
    {
      id: 'changes.fr.updated',
      // "Cette politique a été mise à jour le 5 juin 2023." (a dated update: changes only under a changes heading)
      match: /mises? [àa] jour|modifi[a-zà-ÿœ]*|[ée]volutions?|version|inform[a-zà-ÿœ]*|pr[ée]vien[a-zà-ÿœ]*|pr[ée]venir|avert[a-zà-ÿœ]*|notifi[a-zà-ÿœ]*|publi[a-zà-ÿœ]*|vigueur|r[ée]vis[a-zà-ÿœ]*/,
      // the reader updating their own data is a right
      unless: new RegExp(`${HEADER_ROW.source}|${/(?:vous|il|elle) (?:pouvez|peut|pourrez)[^.;]{0,30}(?:modifi|mettre [àa] jour)|modifi\S* (?:vos|ses|votre|leurs?) /.source}`),
      weight: WEAK,
      example: 'Cette politique a été mise à jour le 5 juin 2023.',
    },
  ],
  headings: [
    {
      id: 'changes.fr.heading',
      // "Modifications de la politique de confidentialité"
      match: /(?<![a-zà-ÿœ])(?:modifications?|mises? [àa] jour|[ée]volutions?|changements?|changer|version)/,
      // "Modification des données" is the reader's right to correct them
      unless: /donn[ée]es|informations|coordonn|profil|compte|pr[ée]f[ée]rences|choix/,
      example: 'Modifications de la politique de confidentialité',
    },
  ],
  examples: [
    ['Cette politique est complétée par nos conditions générales et notre politique cookies.', false],
    ['Ces mentions sont mises à jour à chaque création ou modification d’un téléservice.', true],
    ['Nous pouvons modifier la présente politique à tout moment.', true],
    ['La présente charte peut être mise à jour pour tenir compte des évolutions légales.', true],
    ['En cas de modification importante, nous vous en informerons par e-mail.', true],
    ['Si ce texte change de façon importante, nous vous écrivons avant.', true],
    ['Avant qu’un changement important ne s’applique, nous vous prévenons par e-mail.', true],
    ['Toute nouvelle version sera publiée sur cette page.', true],
    ['La poursuite de l’utilisation du site vaut acceptation de la clause modifiée.', true],
    // hard negatives: a date line, the user changing their own data
    ['Dernière mise à jour : 14 mars 2024', false],
    ['Vous pouvez modifier vos informations depuis votre compte.', false],
    ['Vous pouvez modifier vos choix à tout moment.', false],
  ],
};

export default file;
