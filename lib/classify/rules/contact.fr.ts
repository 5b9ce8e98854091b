import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW, NOT_EVIDENCE } from '../fr';

// Who the controller and the DPO are and how to reach them (RGPD 13(1)(a)-(b)).
const file: RuleFile = {
  tag: 'contact',
  lang: 'fr',
  rules: [
    {
      id: 'contact.fr.controller',
      // "Le responsable du traitement est la société Exemple SAS, dont le siège social est situé à Lyon."
      match: /(?:(?:est|sont|agit|agissons|agissent|intervient|intervenons|en (?:sa|notre|leur) qualit[ée] de|en tant que|d[ée]sign[ée]e? comme|agissant en (?:tant que|qualit[ée] de)) (?:le |la |l'unique |seul |unique )?|^\W*(?:le |la )?)responsables? (?:conjoints? )?(?:du|de|des) traitements?(?! (?:distincts?|ind[ée]pendants?))|identit[ée] (?:et (?:les )?coordonn[ée]es )?du responsable|sous la responsabilit[ée] (?:de son |de sa |du |de la |de notre )(?:pr[ée]sident|directeur|directrice|g[ée]rant|maire|repr[ée]sentant l[ée]gal)|(?:le|la) responsable (?:du|de|des) traitements?[^.;]{0,60} est |(?:site|application|appli|service|plateforme|portail|journal)[^.;]{0,40}(?<![a-zà-ÿœ])(?:[ée]dit[ée]e?|exploit[ée]e?|op[ée]r[ée]e?) par (?:la soci[ée]t[ée] )?[a-zà-ÿœ\d-]+ ?(?:sas|sarl|sa|sasu|eurl|sca|snc|gmbh|ltd|inc)?|si[èe]ge (?:social )?(?:est )?(?:situ[ée]|[ée]tabli|au)|immatricul[ée]e? au (?:rcs|registre)/,
      // a table-of-contents line ("Responsable du traitement") is not evidence
      // "Le responsable de traitement met en place des mesures" says what the controller does, not who it is
      unless: new RegExp(`${NOT_EVIDENCE.source}|${/^\W*(?:le |la )?responsables? (?:du|de|des) traitements? (?:met|prend|s'engage|veille|conserve|garantit|assure|peut|pourra|doit|a mis|mettra|utilise|traite|collecte|informe|notifie)/.source}`),
      example: 'Le responsable du traitement est la société Exemple SAS, dont le siège social est situé à Lyon.',
    },
    {
      id: 'contact.fr.dpo',
      // "Vous pouvez contacter notre délégué à la protection des données à l'adresse dpo@exemple.fr."
      match: /d[ée]l[ée]gu[ée]e? (?:[àa] la|aux?) protection des donn[ée]es|(?<![a-zà-ÿœ])dpo(?![a-zà-ÿœ])|correspondant informatique et libert[ée]s|r[ée]f[ée]rent (?:rgpd|donn[ée]es personnelles|protection des donn)/,
      example: "Vous pouvez contacter notre délégué à la protection des données à l'adresse dpo@exemple.fr.",
    },
    {
      id: 'contact.fr.reach-us',
      // "Pour toute question, écrivez-nous à privacy@exemple.fr."
      match: /[a-z\d](?: ?@|\(at\)| \(at\) |\[at\]| \[at\] |\(arobase\)) ?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}|nous contacter|contactez-nous|(?:vous pouvez|n'h[ée]sitez pas [àa]) nous (?:contacter|[ée]crire|joindre|adresser)|[ée]crivez-nous|joignable|(?:rendez-vous|connectez-vous|formulaire|portail|page d[ée]di[ée]e|en ligne)[^.;]{0,40}(?:https?:|www\.|[a-z0-9-]+\.(?:com|fr|io|net|org|eu|app))|par courrier (?:postal )?(?:[àa]|adress[ée])|(?:via|par|depuis|sur|utilisez|remplissez|compl[ée]tez|utiliser|remplir|compl[ée]ter) (?:le |notre |la |ce )?(?:formulaire|page) de contact|(?:au|par t[ée]l[ée]phone au) \+?\d[\d .]{8,}/,
      example: 'Pour toute question, écrivez-nous à privacy@exemple.fr.',
    },
    {
      id: 'contact.fr.address',
      // "Données personnelles, 4 place du Marché, 35000 Rennes" (a postal address other than the CNIL's)
      // French five-digit, Belgian/Swiss/Luxembourg four-digit ("1000 Bruxelles", "L-1855") and Canadian ("H3B 4W8") postal codes
      match: /\d+(?: ?bis| ?ter)?,? (?:rue|avenue|av\.|boulevard|bd|place|quai|all[ée]e|chemin|route|impasse|cours|square|chauss[ée]e)[^.;]{0,60}(?:(?<!\d)\d{5}(?!\d)|(?<![\d-])(?:[bl]-|ch-)?\d{4} [a-zà-ÿœ]|(?<![a-z\d])[a-z]\d[a-z] ?\d[a-z]\d(?![a-z\d]))/,
      // the CNIL's address and the web host's legal mention are not ways to reach the controller
      unless: /cnil|commission nationale|fontenoy|h[ée]berg/,
      example: 'Données personnelles, 4 place du Marché, 35000 Rennes',
    },
    {
      id: 'contact.fr.contact-words',
      // "Par courrier : Service clients, BP 12" (ways and places to reach someone: contact under a contact heading)
      match: /@|adresse|courrier|[ée]cri(?:re|vez)|joindre|t[ée]l[ée]phone|si[èe]ge|soci[ée]t[ée]|(?<![a-zà-ÿœ])(?:sas|sarl|rcs)(?![a-zà-ÿœ])|service client|formulaire/,
      unless: HEADER_ROW,
      weight: WEAK,
      example: 'Par courrier : Service clients, BP 12',
    },
  ],
  headings: [
    {
      id: 'contact.fr.heading',
      // "Qui est responsable de vos données ?"
      match: /(?<![a-zà-ÿœ])(?:(?<!(?:informations|donn[ée]es|coordonn[ée]es|d[ée]tails) de )contacts?(?! (?:avec|entre))|qui (?:sommes-nous|est responsable|traite)|responsable (?:du|de|des) traitement|d[ée]l[ée]gu[ée]|(?<![a-zà-ÿœ])dpo(?![a-zà-ÿœ])|identit[ée] du responsable|nous joindre)/,
      // a table of delegated processing ("Nom du délégué | Description du travail délégué") names processors
      unless: /travail d[ée]l[ée]gu|t[âa]ches? d[ée]l[ée]gu|d[ée]l[ée]gation/,
      example: 'Qui est responsable de vos données ?',
    },
  ],
  examples: [
    ['Vous pouvez utiliser notre formulaire de contact pour nous poser vos questions.', true],
    ['Le responsable de traitement met en place les mesures techniques nécessaires à la protection de vos données.', false],
    ['Assurances Boréale inc., 1200, boulevard René-Lévesque Ouest, Montréal (Québec) H3B 4W8, est responsable du traitement.', true],
    ['Salle Forme+, 12 rue Neuve, 1000 Bruxelles.', true],
    ['Le responsable du traitement est la société Exemple SAS, dont le siège social est situé à Lyon.', true],
    ["Vous pouvez contacter notre délégué à la protection des données à l'adresse dpo@exemple.fr.", true],
    ['Pour toute question, écrivez-nous à privacy(at)exemple.fr.', true],
    ['Exemple SAS agit en tant que responsable de traitement pour les données de ses clients.', true],
    ["L'application est éditée par Exemple SAS.", true],
    // hard negatives: the CNIL's address, the user's own address as collected data
    ['Vous pouvez saisir la CNIL, 3 place de Fontenoy, 75007 Paris.', false],
    ["Ce traitement repose sur l'intérêt légitime du responsable de traitement.", false],
    ['Les transporteurs agissent en tant que responsables de traitement distincts.', false],
    ['Nous collectons votre adresse postale et votre numéro de téléphone.', false],
  ],
};

export default file;
