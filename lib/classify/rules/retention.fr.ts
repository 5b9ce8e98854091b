import { WEAK, type RuleFile } from '../types';
import { AGE_BY_COUNTRY, HEADER_ROW, NOT_EVIDENCE, DURATION } from '../fr';

// How long data is kept, the criteria for it, and deletion (RGPD 13(2)(a); OPP-115 Data Retention).
// French word families are stems followed by [a-zà-ÿœ]* (conservons, conservées, conserver): \w stops at accents.
const KEEP = /(?<![a-zà-ÿœ])(?:conserv|gard|archiv|stock|m[ée]moris|enregistr)[a-zà-ÿœ]*/.source;
const DELETE = /(?:supprim|effac|d[ée]trui|anonymis|purg|rendu[a-zà-ÿœ]* anonym|retir[a-zà-ÿœ]* de (?:la|nos|notre) (?:liste|fichier|base))[a-zà-ÿœ]*/.source;

const file: RuleFile = {
  tag: 'retention',
  lang: 'fr',
  rules: [
    {
      id: 'retention.fr.keep-for',
      // "Nous conservons vos données pendant trois ans à compter du dernier contact."
      match: new RegExp(
        `(?:disponibles?|consultables?|accessibles?)[^.;]{0,60}(?:pendant|durant) ${DURATION}|(?<![a-zà-ÿœ])(?:retenue?s?|m[ée]moris[ée]e?s?) (?:pendant |durant )?${DURATION}|${KEEP}[^.;]{0,80}?(?:pendant|durant|jusqu|(?<!en )tant qu|le temps (?:n[ée]cessaire|de)|la dur[ée]e|pour une (?:dur[ée]e|p[ée]riode)|au-?del[àa]|au plus|maximum|sans limitation de dur[ée]e|ind[ée]finiment|d[ée]finitivement|[àa] titre d[ée]finitif|sans limite|vers[ée]s? aux archives|[àa] l'issue|au terme|[àa] l'expiration|pass[ée]s? (?:ce|les|un) d[ée]lai|(?<![a-zà-ÿœ])${DURATION})|(?<![a-zà-ÿœ])(?:conserv|gard)[a-zà-ÿœ]*[^.;]{0,60}(?:plus longtemps|(?:apr[èe]s|une fois) (?:l'envoi|la fin|le traitement|la cl[ôo]ture|la r[ée]ponse|votre d[ée]part|la r[ée]siliation|l'[ée]v[ée]nement))`,
      ),
      unless: /conserv[a-zà-ÿœ]* (?:le bon fonctionnement|la qualit|l'int[ée]grit|la confidentialit|la s[ée]curit)/,
      example: 'Nous conservons vos données pendant trois ans à compter du dernier contact.',
    },
    {
      id: 'retention.fr.retention-period',
      // "La durée de conservation dépend de la catégorie de données."
      match: /(?:dur[ée]es?|d[ée]lais?|p[ée]riodes?|politique|r[èe]gles?) (?:de |d')(?:conservation|r[ée]tention|archivage)/,
      // a table-of-contents line ("Durée de conservation") is not evidence
      unless: NOT_EVIDENCE,
      example: 'La durée de conservation dépend de la catégorie de données.',
    },
    {
      id: 'retention.fr.delete-after',
      // "Les journaux sont effacés au bout de 90 jours."
      match: new RegExp(
        `${DELETE}[^.;]{0,40}(?<![a-zà-ÿœ])${DURATION}|(?:ne (?:peuvent|peut) (?:pas|plus) [êe]tre|impossible d'?)(?: [a-zà-ÿœ]+)? (?:effac|supprim)|${DELETE}[^.;]{0,30}apr[èe]s (?:v[ée]rification|usage|utilisation|traitement|examen|son traitement|instruction|la fin)|${DELETE}[^.;]{0,60}(?:au bout d|apr[èe]s (?:un d[ée]lai|${DURATION})|[àa] l'issue|[àa] l'expiration|[àa] la fin (?:de |du |d')|au terme|dès (?:la |leur |votre |sa )?(?:fin|cl[ôo]ture|r[ée]siliation|d[ée]sinscription|d[ée]part)|lors de la (?:cl[ôo]ture|suppression|fermeture|r[ée]siliation)|pass[ée] ce d[ée]lai|au-?del[àa]|dans un d[ée]lai|sous ${DURATION})|(?:au bout d|apr[èe]s|[àa] l'issue d|pass[ée] un d[ée]lai d|au-?del[àa] d|pendant)[^.;]{0,60}${DURATION}[^.;]{0,60}${DELETE}`,
      ),
      example: 'Les journaux sont effacés au bout de 90 jours.',
    },
    {
      id: 'retention.fr.end-of-period',
      // "À l'issue de ce délai, vos données sont anonymisées ou supprimées."
      match: new RegExp(
        `(?:(?:[àa] l'issue|au terme|[àa] l'expiration|au-?del[àa]) (?:de ce(?:s|tte)?|du|de la|des|de leur)|pass[ée]e?s? (?:ce(?:s|tte)?|le|la|les)|une fois (?:ce(?:s|tte)?|le|la|les)) (?:d[ée]lai|dur[ée]e|p[ée]riode)s?[^.;]{0,60}(?:${DELETE}|archiv)`,
      ),
      example: "À l'issue de ce délai, vos données sont anonymisées ou supprimées.",
    },
    {
      id: 'retention.fr.deleted',
      // "Les autres données sont supprimées." (a statement that data is deleted or archived, even without a period)
      match: /(?:sont|seront|est|sera) (?:ensuite |alors |automatiquement |d[ée]finitivement )?(?:archiv[ée]e?s?|supprim[ée]e?s?|effac[ée]e?s?|d[ée]truite?s?|anonymis[ée]e?s?|purg[ée]e?s?)(?=[,;.)]| et | puis | ou | d[èe]s | lorsque | quand | une fois |$)/,
      example: 'Les autres données sont supprimées.',
    },
    {
      id: 'retention.fr.lifetime',
      // "Les cookies ont une durée de vie maximale de 13 mois."
      match: /dur[ée]e de (?:vie|validit[ée])/,
      example: 'Les cookies ont une durée de vie maximale de 13 mois.',
    },
    {
      id: 'retention.fr.labelled',
      // "Combien de temps : pendant l'abonnement, puis 3 ans." (a fact sheet's "how long" line)
      match: /^[\s\-–•*·«"(]*(?:combien de temps|dur[ée]e(?:s)?(?: de conservation| de vie)?|conservation)\s*(?:\?\s*|:\s*)[^\s|]+(?:\s+[^\s|]+){1,}/,
      unless: NOT_EVIDENCE,
      example: "Combien de temps : pendant l'abonnement, puis 3 ans.",
    },
    {
      id: 'retention.fr.row-period',
      // "Compte client | Identité, e-mail | 3 ans après la clôture" (a table cell that is a period: a retention column)
      match: new RegExp(`\\|\\s*(?:\\*\\*)?(?:(?<![a-zà-ÿœ])${DURATION}|jusqu'|pendant|tant que|fin de (?:la |votre )?(?:session|navigation|visite)|dur[ée]e (?:du|de la|de votre|de l'|n[ée]cessaire)|le temps (?:n[ée]cessaire|de))`),
      unless: AGE_BY_COUNTRY,
      example: 'Compte client | Identité, e-mail | 3 ans après la clôture',
    },
    {
      id: 'retention.fr.bare-period',
      // "Données de prospects : 3 ans à compter du dernier contact" (a bare period or end point: retention only
      // under a retention heading; one rule so that two such cues never add up to a strong one)
      match: new RegExp(`(?<![a-zà-ÿœ])${DURATION}|jusqu'[àa] (?:la|leur|sa|votre|l')|tant que|pendant (?:toute )?la dur[ée]e|dur[ée]es?|d[ée]lais?|supprim[a-zà-ÿœ]*|effac[a-zà-ÿœ]*|archiv[a-zà-ÿœ]*|conserv[a-zà-ÿœ]*|d[ée]trui[a-zà-ÿœ]*|anonymis[a-zà-ÿœ]*|purg[a-zà-ÿœ]*`),
      unless: new RegExp(`${HEADER_ROW.source}|${AGE_BY_COUNTRY.source}|${/(?:moins de|[âa]g[ée]e?s? de) \d+ ans/.source}`),
      weight: WEAK,
      example: 'Données de prospects : 3 ans à compter du dernier contact',
    },
  ],
  headings: [
    {
      id: 'retention.fr.heading',
      // "Combien de temps conservons-nous vos données ?"
      match: /(?<![a-zà-ÿœ])(?:conserv|combien de temps|dur[ée]es?(?! du contrat)|archivage|r[ée]tention|(?<![a-zà-ÿœ])gard(?:ons|ez|er))/,
      example: 'Combien de temps conservons-nous vos données ?',
    },
  ],
  examples: [
    ['Les archives elles-mêmes sont conservées définitivement.', true],
    ['Vous pouvez changer d’avis à tout moment ; votre choix est retenu six mois.', true],
    ['Nous ne gardons pas vos données plus longtemps que nécessaire.', true],
    ["Vos informations ne sont pas conservées après l'envoi de votre message.", true],
    ['Nous enregistrons les avis que vous laissez après la livraison.', false],
    ['Nous conservons vos données pendant trois ans à compter du dernier contact.', true],
    ['Vos données sont conservées le temps nécessaire à la gestion de votre commande.', true],
    ['Allemagne, Pays-Bas, Irlande | 16 ans', false],
    ['Combien de temps : pendant l’abonnement, puis 3 ans ; les données comptables 7 ans.', true],
    ['Les factures sont archivées dix (10) ans conformément au Code de commerce.', true],
    ['Les données de connexion sont supprimées au bout de 12 mois.', true],
    ["À l'issue de ce délai, vos données sont anonymisées ou supprimées.", true],
    ['Passé ce délai, les données sont anonymisées à des fins statistiques.', true],
    ['Les données sont effacées dès que vous fermez votre compte.', true],
    ['Les durées de conservation sont fixées selon la finalité du traitement.', true],
    ['Les cookies ont une durée de vie de 13 mois maximum.', true],
    ['Nous gardons les données de votre compte tant que celui-ci est actif.', true],
    // hard negatives: "conserver" in another sense, "au regard de", bare durations, a table-of-contents line
    ['Ces cookies permettent de conserver le bon fonctionnement du site.', false],
    ['Nous traitons uniquement les données pertinentes au regard des finalités, pendant votre navigation.', false],
    ["L'offre est valable 3 jours.", false],
    ['Durée de conservation', false],
    ['Vous pouvez demander la suppression de vos données à tout moment.', false],
  ],
};

export default file;
