// Shapes of French text that the French rule files share (rules/<tag>.fr.ts import them).

/** A line of at most four words: a title or a table-of-contents entry ("Durée de conservation"), not evidence. */
export const TITLE_ONLY = /^\s*[^\s|]+(?:\s+[^\s|]+){0,3}\s*$/;

/** The header row of a table ("Finalités | Bases légales | Durée de conservation"): column names, not evidence. */
export const HEADER_ROW =
  /^\s*\|?\s*(?:(?:\*\*)?(?:finalit[ée]s?(?: du (?:traitement|cookie))?|bases? (?:l[ée]gales?|juridiques?)|fondements? (?:juridiques?|l[ée]gaux|l[ée]gal)|dur[ée]es?(?: de (?:conservation|vie))?|cat[ée]gories? de (?:donn[ée]es|personnes|destinataires)|(?:types? de )?donn[ée]es(?: (?:trait[ée]es|concern[ée]es|collect[ée]es|personnelles|transmises|partag[ée]es|utilis[ée]es))?|destinataires?|traitements?|objectifs?|descriptions?|exemples?|sources?|noms?|cookies?|[ée]metteurs?|types?|personnes concern[ée]es|pays|garanties)(?:\*\*)?\s*(?:\||$)\s*)+$/;

/** A passage made only of questions ("Quelles sont les finalités ? Combien de temps conservons-nous les données ?"): a table of contents or an FAQ's question, not an answer. */
export const QUESTIONS_ONLY = /^[^.!]*\?\s*(?:[^.!?]*\?\s*)*$/;

/** Neither a title, a table header nor questions alone: what a rule naming a topic by its noun alone must not fire on. */
export const NOT_EVIDENCE = new RegExp(`${TITLE_ONLY.source}|${HEADER_ROW.source}|${QUESTIONS_ONLY.source}`);

/** A period of time in figures or words: "3 ans", "sept (7) ans", "vingt-cinq mois", "un an". */
export const DURATION =
  /(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quinze|dix-huit|vingt(?:-[a-zà-ÿœ]+)?|trente|quarante|cinquante|soixante|quatre-vingt[a-zà-ÿœ]*)\s*(?:\(\d+\)\s*)?(?:jours?|semaines?|mois|ans?|ann[ée]es?)(?![a-zà-ÿœ])/
    .source;

/** A line of a list of minimum ages per country ("Belgique : 13 ans", "France | 15 ans"): an age, not a period. */
export const AGE_BY_COUNTRY =
  /^[\s\-–•*·]*(?:france|belgique|luxembourg|suisse|qu[ée]bec|canada|allemagne|espagne|italie|pays-bas|irlande|autriche|portugal|royaume-uni|[ée]tats-unis|monaco|maroc|tunisie|s[ée]n[ée]gal|c[ôo]te d'ivoire|autres pays|ailleurs|reste du monde|union europ[ée]enne|eee)(?:[ ,]+(?:et |ou )?[a-zà-ÿœ' -]+)*\s*(?::|\||–|—)\s*(?:1[0-9]|2[01]) ans\b/;

/**
 * One sentence in which the notice describes itself ("La présente politique a pour objet de vous informer sur la manière
 * dont nous collectons vos données et sur vos droits", "Vous trouverez ci-dessous les informations sur la collecte de vos
 * données"): an introduction, which names topics without saying anything about them.
 */
export const ABOUT_THE_NOTICE =
  /^\W*(?:(?:la pr[ée]sente|le pr[ée]sent|cette|notre|ce) (?:politique|charte|notice|page|d[ée]claration|document|rubrique|section|note|avis|texte)(?! (?:de cookies|cookies))[^.!?]*|(?:elle|celle-ci) s'applique[^.!?]*|vous trouverez (?:ci-dessous|ci-apr[èe]s|ici|sur cette page|dans (?:cette|la pr[ée]sente))[^.!?]*)[.!:]?\s*$/;

/** A yes/no answer opening a passage ("Non, jamais.", "Oui : ..."): in an FAQ it answers the question in the heading above. */
export const FAQ_ANSWER = /^\W*(?:oui|non|jamais|aucun(?:e)?|pas du tout|en partie|un peu)(?![a-zà-ÿœ'-])/;

