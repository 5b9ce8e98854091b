import { WEAK, type RuleFile } from '../types';
import { ABOUT_THE_NOTICE, DURATION, HEADER_ROW, NOT_EVIDENCE } from '../fr';

// Which personal data is collected, and from which sources (RGPD 13(1), 14(1)(d), 14(2)(f); OPP-115 First Party Collection).
// Typical categories of data named in French notices; two of them in a list are a list of collected data.
const DATA_ITEM =
  /(?:nom|pr[ée]noms?|civilit[ée]|identit[ée]|adresses?(?= et| ou|,)|permis de conduire|kilom[ée]trage|pseudo(?:nyme)?s?|cv|curriculum vitae|lettres? de motivation|dipl[ôo]mes|date (?:et lieu )?de naissance|adresses? (?:e-?mail|[ée]lectroniques?|postales?|de (?:livraison|facturation)|ip)|num[ée]ros? de (?:t[ée]l[ée]phone|mobile|carte|s[ée]curit[ée] sociale)|t[ée]l[ée]phone|e-?mail|mot de passe|identifiants?|coordonn[ée]es(?: bancaires)?|photo(?:graphie)?s?|sexe|[âa]ge|g[ée]olocalisation|localisation|historique(?= de | des | d')|position|pi[èe]ces? d'identit[ée]|iban|revenus|situation (?:familiale|professionnelle)|donn[ée]es (?:de (?:connexion|navigation|localisation|paiement|sant[ée]|contact|facturation|transaction|usage|identification)|d'(?:identification|identit[ée]|usage|utilisation)|bancaires|techniques|biom[ée]triques)|raison sociale|siren|siret|num[ée]ros? de tva|cartes? bancaires?|moyens? de paiement|rib|journaux de connexion|navigateurs?|syst[èe]me d'exploitation|(?:type|mod[èe]le) d'appareil|identifiants? (?:de l'appareil|publicitaires?)|allergies|ant[ée]c[ée]dents|ordonnances|empreintes?(?: digitales?)?|gabarits?|plaques? d'immatriculation|immatriculation|quotient familial|avis d'imposition|bulletins? de salaire|signatures?|voix|centres d'int[ée]r[êe]t|historique d'achats?|justificatifs? de domicile|livret de famille|carnet de sant[ée]|date d'(?:expiration|obtention)|derniers chiffres|mod[èe]le|enregistrements? (?:des |d')?(?:appels|conversations)|pr[ée]f[ée]rences|habitudes|(?:produits|articles|pages|annonces|fiches) (?:consult[ée]|visit[ée]|vu)e?s|nationalit[ée]|profession|num[ée]ros? (?:de (?:permis|passeport|compteur|badge|ligne)|d'allocataire)|donn[ée]es (?:relatives [àa] (?:votre |ta |la )?sant[ée]|m[ée]dicales)|appr[ée]ciations|absences)(?![a-zà-ÿœ])/
    .source;

// Consent being gathered ("Nous recueillons votre consentement", "Votre accord est recueilli par une case à cocher") is a
// legal ground, not collected data.
const CONSENT_GATHERED =
  /(?:recueill|collect|obten|demand)[a-zà-ÿœ]* (?:[a-zà-ÿœ]+ ){0,2}?(?:votre |leur |son |le |l'|un )?(?:consentement|accord|autorisation)|(?:consentement|accord|autorisation)(?: [a-zà-ÿœ]+)? (?:est|sont|sera|seront|a [ée]t[ée]) (?:recueilli|collect[ée]|obtenu|demand[ée])/
    .source;

const file: RuleFile = {
  tag: 'collection',
  lang: 'fr',
  rules: [
    {
      id: 'collection.fr.we-collect',
      // "Nous collectons les données que vous nous communiquez lors de votre inscription."
      // "la manière dont nous collectons vos données", "quelles données nous collectons": the notice announcing a topic
      match: /(?<!(?:dont|comment|quelles (?:donn[ée]es|informations)(?: personnelles)?|lesquelles) )(?:nous|on)\s+(?:[a-zà-ÿœ]+\s+){0,3}?(?:collect(?:ons|er)|recueill(?:ons|ir)|enregistrons|(?:obtenons|recevons|demandons|demanderons|obtenir|recevoir) (?!(?:l'|leur |votre |son |le |un )?(?:accord|autorisation|consentement))(?:[a-zà-ÿœ' ]{0,40})?(?:vos|votre|des donn|des informations|les donn|les informations|certaines|une |un )|(?:trait(?:ons|er)|utilis(?:ons|er)) (?:les|des|vos) (?:donn[ée]es|informations)(?: [a-zà-ÿœ]+){0,3} suivantes|traitons (?:les |vos |des |uniquement (?:les |vos )?)(?:donn[ée]es|informations) (?:personnelles )?(?:li[ée]es|relatives|qui|de (?:connexion|navigation|contact|paiement|localisation|sant[ée])|d'(?:identification|identit)|bancaires|:))/,
      unless: new RegExp(`${ABOUT_THE_NOTICE.source}|${CONSENT_GATHERED}`),
      example: 'Nous collectons les données que vous nous communiquez lors de votre inscription.',
    },
    {
      id: 'collection.fr.data-collected',
      // "Ces informations sont collectées lors de votre commande."
      match: /(?<=(?:sont|est|seront|peuvent [êe]tre|ont [ée]t[ée]) )(?:collect|recueilli|obtenu|fourni|communiqu|transmis|saisi|renseign)[a-zà-ÿœ]*[^.;]{0,40}(?:lors|quand|lorsque|par vous|par votre|directement|via|au moyen|au cours|[àa] l'occasion|aupr[èe]s)|(?:collect|recueil)[a-zà-ÿœ]*\s+(?:de|des|d'|du)\s+(?:(?:vos |ces |certaines |les )?(?:donn[ée]es|informations)|votre |vos )|(?:gard|conserv)[a-zà-ÿœ]* (?:la |une )?trace|pren(?:ons|nent|d) note|(?:les |vos )(?:articles|pages|produits|contenus|annonces|vid[ée]os|titres|programmes|morceaux|fiches|biens|offres) que vous (?:consultez|regardez|lisez|achetez|[ée]coutez|ajoutez|aimez|recherchez|visitez)|derniers chiffres de (?:votre|la) carte|nous (?:pouvons|pourrons|devons|devrons|allons) (?:vous )?demander (?!(?:une copie (?:de votre |d'une )|un |une |votre )?(?:justificatif|pi[èe]ce) d'identit)(?:un |une |des |votre |vos |le |la |les )|(?:demande|requiert|n[ée]cessite) (?:seulement |uniquement |notamment )?(?:votre|vos) (?:nom|adresse|e-?mail|num[ée]ro|date|identit|coordonn)|(?:sont|est|seront|sera|peuvent [êe]tre) (?:collect[ée]e?s?|recueillie?s?)(?![a-zà-ÿœ])|nous (?:sont|est) (?:transmi|communiqu|fourni|transf[ée]r|remis|envoy)|(?:il )?vous (?:est|sera|seront|sont) demand[ée]e?s?|(?:formulaires?|questionnaires?|fiches?|bulletins?)(?: [a-zà-ÿœ']+){0,4}(?: (?:il|elle))? (?:demande|demandent|recueille|recueillent|comporte|comportent|contient|contiennent) (?:l'|le |la |les |vos |votre |son |sa |ses |des |un |une )?(?:identit|nom|pr[ée]nom|adresse|coordonn|date|num[ée]ro|informations? (?:sur|relatives)|donn[ée]es|renseignements)|(?:formulaire|questionnaire|dossier|bulletin) (?:est|sont) (?:rempli|compl[ée]t[ée]|renseign[ée])|(?:webcam|micro|[ée]cran|cam[ée]ra)s?[^.;]{0,60}(?:sont|est|seront|sera) (?:film[ée]|enregistr[ée]|captur[ée])e?s?|ne demande pas l'acc[èe]s [àa] (?:votre|vos)|(?<![a-zà-ÿœ])(?:indiquez|renseignez|pr[ée]cisez|d[ée]clarez|saisissez) (?:votre|vos)[a-zà-ÿœ]*|vous (?:nous )?(?:transmettez|fournissez|communiquez|donnez|renseignez|envoyez|t[ée]l[ée]chargez(?! (?:vos|votre) (?:donn[ée]es|informations|factures|historique|relev[ée]s))|importez|saisissez|indiquez|pr[ée]cisez|d[ée]clarez|remplissez|compl[ée]tez) (?:un|une|des|vos|votre|le|la|les)|(?:enregistr|collect|recueill|capt|rel[eè]v|film)(?:e|ent|ons)? (?:le |la |les |vos |votre |l'|des |certaines )|(?:[ée]quip[ée]e?s? de|install[ée]e?s?|pr[ée]sence de) (?:syst[èe]mes? de )?(?:cam[ée]ras|vid[ée]o)|proven[a-zà-ÿœ]* (?:de |d'|des |du )|provien[a-zà-ÿœ]* (?:de |d'|des |du )|achet(?:ons|er|[ée]e?s?) (?:des |de |les )?(?:fichiers|donn[ée]es|listes|bases) (?:de |d')?[a-zà-ÿœ]*|sources? (?:externes?|publiques?|tierces?)|issues? de (?:sources|bases|fichiers|registres)|(?:conversations?|appels?|[ée]changes) (?:t[ée]l[ée]phoniques )?(?:[a-zà-ÿœ]+ ){0,4}(?:sont|peuvent [êe]tre|pourront [êe]tre) enregistr/,
      // data handed on to others ("transmises, lorsque la loi l'impose, à la préfecture") is sharing
      unless: new RegExp(`${/(?:page|plateforme|interface|formulaire|site)s? (?:s[ée]curis[ée]e?s? )?(?:de|du|d') ?(?:notre|nos|un|une|le|la) (?:prestataire|partenaire|banque|[ée]tablissement)/.source}|${/(?<!nous )(?:sont|est|seront|sera|peuvent [êe]tre|pourront [êe]tre) (?:transmis|communiqu)[a-zà-ÿœ]*[^.;]{0,60}(?:(?<![a-zà-ÿœ])[àa] (?:la |l'|des |nos |un |une |leurs? |ses |notre )|(?<![a-zà-ÿœ])aux? )/.source}|${ABOUT_THE_NOTICE.source}|${CONSENT_GATHERED}`),
      example: 'Ces informations sont collectées lors de votre commande.',
    },
    {
      id: 'collection.fr.you-give',
      // "Les informations que vous nous communiquez lorsque vous créez un compte."
      match: /que vous (?:nous )?(?:communiquez|fournissez|transmettez|renseignez|saisissez|indiquez|partagez avec nous)|(?:transmis|fournis|communiqu[ée]s)(?:es)? par (?:vous|vos soins|l'utilisateur)|(?:donn[ée]es|informations|renseignements|documents?|pi[èe]ces|justificatifs?|coordonn[ée]es|celles|ceux)[^.;]{0,40}(?:transmis|fournis|communiqu[ée]s)(?:es)? par (?:la|le|les|l'|un|une|des|nos|notre|votre|vos)\s?(?!poste|courrier|voie|e-?mail|sms|t[ée]l[ée]phone|fax|messagerie|le biais|l'interm[ée]diaire)[a-zà-ÿœ]{2,}|nous (?:recevons|obtenons) (?:[^.;]{0,40})(?:de la part|aupr[èe]s|de nos partenaires|de tiers)|nous (?:recevons|obtenons|r[ée]cup[ée]rons) (?:de |d'|du |des |aupr[èe]s)|recueill[a-zà-ÿœ]* automatiquement|collect[a-zà-ÿœ]* automatiquement|de leur part/,
      example: 'Les informations que vous nous communiquez lorsque vous créez un compte.',
    },
    {
      id: 'collection.fr.obtained',
      // "Le quotient familial peut être récupéré directement auprès de la CAF." (data taken from a source, recorded, filmed)
      match: new RegExp(`(?:donn[ée]es|informations|coordonn[ée]es|position|localisation|images|photos|vid[ée]os|appels?|conversations?|voix|relev[ée]s|mesures|traces?|adresses?|num[ée]ros?|empreintes?|historique|identit[ée]|documents?|pi[èe]ces?|journaux|logs?|r[ée]ponses|commentaires|messages|[ée]changes)[^.;]{0,60}(?:est|sont|sera|seront|peut [êe]tre|peuvent [êe]tre|pourront [êe]tre) (?:automatiquement |directement |[ée]galement |aussi )?(?:relev[ée]|captur[ée]|enregistr[ée]|mesur[ée]|r[ée]cup[ée]r[ée]|obtenu|g[ée]olocalis[ée]|scann[ée]|photographi[ée]|film[ée])e?s?(?![a-zà-ÿœ])|(?:photos?|images?|vid[ée]os?|clich[ée]s) (?:sont|peuvent [êe]tre|seront|pourront [êe]tre) (?:prises?|r[ée]alis[ée]es?|captur[ée]es?)|(?:prend|prenons|prennent|r[ée]alis(?:e|ons|ent)) des (?:photos|vid[ée]os|images|enregistrements)|(?<![a-zà-ÿœ])(?:enregistre|enregistrent|capte|captent|mesure|mesurent|rel[èe]ve|rel[èe]vent|lit|lisent) (?:aussi |[ée]galement |automatiquement )?(?:un |une |le |la |les |vos |votre |des |l')(?:[a-zà-ÿœ]+ ){0,2}?(?:${DATA_ITEM}|freinages|acc[ée]l[ée]rations|vitesse|trajets?|position|donn[ée]es|informations)|nous (?:consultons|interrogeons) (?:[a-zà-ÿœ]+ ){0,2}(?:le |les |un |la |des )(?:fichiers?|registres?|bases?|r[ée]pertoires?|ficp|listes?)|(?:r[ée]cup[ée]r|obtenu|re[çc]u)[a-zà-ÿœ]* (?:directement )?(?:aupr[èe]s|de la part) (?:de|du|des|d')|nous (?:transmet|transmettent|fournit|fournissent|communique|communiquent|envoie|envoient|indique|indiquent) (?:[a-zà-ÿœ]+ ){0,2}(?:les |vos |votre |des |certaines |le |la |l')|nous (?:savons|connaissons|voyons|apprenons) (?:aussi |[ée]galement |ainsi |donc )?(?:quels?|quelles?|combien|o[uù] |si vous|lesquel|vos |votre |l'heure|la date)|nous (?:d[ée]duisons|inf[ée]rons) (?:aussi |[ée]galement )?(?:de |[àa] partir de |d')|(?:nous )?(?:traitons|recevons|demandons|obtenons|enregistrons|recueillons) (?:[a-zà-ÿœ]+ ){0,2}(?:votre |vos |ton |tes |son |ses |leurs? )${DATA_ITEM}|(?<![a-zà-ÿœ])(?:nous )?(?:lisons|avons besoin d[e']|acc[ée]dons [àa]) (?:aussi |[ée]galement |notamment |uniquement |seulement )?(?:votre |vos |ton |tes |son |ses |leurs? )${DATA_ITEM}|acc[èe]d(?:e|ent) [àa] (?:votre |vos |ta |tes )${DATA_ITEM}|avons acc[èe]s (?:[àa]|aux) (?:vos |votre |certaines |les |des )(?:informations|donn[ée]es)|(?:remplit|remplissez|remplissent|remplir|compl[ée]t(?:e|ez|ent|er)) (?:le|un|votre|ce|les|son|leur) (?:formulaire|bulletin|questionnaire|dossier|fiche)|en (?:indiquant|renseignant|saisissant|fournissant|pr[ée]cisant) (?:le |la |les |l'|votre |vos |son |ses |leurs? )(?:${DATA_ITEM}|identit|coordonn)`),
      // kept or deleted data is retention; data handed to others is sharing
      unless: /(?<![a-zà-ÿœ])(?:conserv|archiv|gard[ée]|supprim|effac|d[ée]truit)|(?:transmis|communiqu[ée]e?s?|fourni)e?s?[^.;]{0,40} (?:[àa]|aux) |(?:garantir|assurer|veiller [àa] ce|s'assurer) que/,
      example: 'Le quotient familial peut être récupéré directement auprès de la CAF.',
    },
    {
      id: 'collection.fr.asked-or-read',
      // "Nous ne demandons aux enfants ni leur nom, ni leur adresse." / "Nous comparons les adresses IP des appareils."
      // (data never asked for is still about what is collected; data we compare or read is data we hold)
      match: new RegExp(`(?<![a-zà-ÿœ])ne (?:vous |leur |lui )?(?:demand|collect|recueill)(?:ons|erons)(?: aux [a-zà-ÿœ]+)? (?:jamais|pas|ni|aucune?)(?![a-zà-ÿœ])[^.;]{0,60}(?:${DATA_ITEM})|nous (?:comparons|analysons|v[ée]rifions|consultons|lisons|examinons) (?:les |vos |votre |la |le |l')(?:${DATA_ITEM})`),
      example: 'Nous ne demandons aux enfants ni leur nom, ni leur adresse, ni leur photo.',
    },
    {
      id: 'collection.fr.labelled',
      // "Données de paiement : les derniers chiffres de votre carte." / "Quelles données ? Celles de votre compte." (a fact sheet's data line)
      match: /^[\s\-–•*·«"(]*(?:quelles? (?:donn[ée]es|informations)(?: (?:personnelles )?(?:sont |collect|trait|utilis|recueill)[a-zà-ÿœ ]*)?|(?:les )?(?:donn[ée]es|informations) (?:personnelles )?(?:trait[ée]es|collect[ée]es|concern[ée]es|utilis[ée]es|recueillies)|cat[ée]gories? de donn[ée]es(?: personnelles)?(?: (?:trait[ée]es|concern[ée]es|collect[ée]es))?|(?:donn[ée]es|informations) (?:de |d'|sur |relatives? [àa] )[a-zà-ÿœ' -]{2,30}?)\s*(?:\?\s*|:\s*)[^\s|]+(?:\s+[^\s|]+){1,}/,
      // a line of a retention table ("Données de navigation : 13 mois") is about retention
      unless: new RegExp(`${NOT_EVIDENCE.source}|${/conserv|archiv|supprim|effac/.source}|${DURATION}`),
      example: 'Données de paiement : les quatre derniers chiffres de votre carte et sa date d’expiration.',
    },
    {
      id: 'collection.fr.data-cell',
      // "Newsletter | adresse e-mail | consentement | 3 ans" (a table cell after the first that names a category of data)
      match: new RegExp(`\\|\\s*(?:vos? |votre |l'|le |la |les )?${DATA_ITEM}\\s*(?:\\||$)`),
      unless: HEADER_ROW,
      example: 'Newsletter | adresse e-mail | consentement | jusqu’au désabonnement',
    },
    {
      id: 'collection.fr.cameras',
      // "Les images de vidéoprotection sont effacées après 15 jours." (filming is collecting images, whatever else is said)
      match: /vid[ée]oprotection|vid[ée]osurveillance|cam[ée]ras? (?:de surveillance|filment|enregistrent)|(?<![a-zà-ÿœ])(?:film[ée]e?s?|filment|filmons|filme)(?![a-zà-ÿœ])/,
      example: 'Les images de vidéoprotection des parkings sont effacées après 15 jours.',
    },
    {
      id: 'collection.fr.mandatory-fields',
      // "Les champs marqués d'un astérisque sont obligatoires." (what must be provided: RGPD 13(2)(e))
      match: new RegExp(`(?<![a-zà-ÿœ])(?:${DATA_ITEM}) (?:[a-zà-ÿœ]+ ){0,3}(?:est|sont|sera|seront|nous est|nous sont) (?:requise?s?|obligatoires?|indispensables?|n[ée]cessaires?|exig[ée]e?s?) (?:pour|afin|[àa] |au |aux |lors)|${/champs?[^.;]{0,60}(?:obligatoires?|facultatifs?)|caract[èe]re (?:obligatoire|facultatif)|(?:donn[ée]es|informations|mentions|r[ée]ponses) (?:obligatoires|facultatives)|(?:signal[ée]|marqu[ée]|indiqu[ée]|identifi[ée])e?s? (?:par|d'|avec) (?:un |une )?(?:ast[ée]risque|\*)|(?:pi[èe]ces?|documents?|justificatifs?)(?: justificati(?:f|ve)s?)? (?:demand[ée]e?s|[àa] fournir|requis(?:es)?|exig[ée]e?s)|(?:obligatoires?|facultatifs?)[^.;]{0,40}(?:formulaires?|champs?)/.source}`),
      example: "Les champs marqués d'un astérisque sont obligatoires.",
    },
    {
      id: 'collection.fr.data-list',
      // "Civilité, nom, prénom, adresse e-mail" (a list of at least two categories of data)
      match: new RegExp(`${DATA_ITEM}[^.;]{0,40}?(?:[,/]| et | ou |\\n)\\s*(?:[-–•*·]\\s*)?(?:vos? |votre |ton |ta |tes |le |la |les |l'|un |une |des |son |sa |ses |leurs? )?${DATA_ITEM}`),
      // data named as kept or as what someone else receives or sees is retention or sharing
      unless: /(?<![a-zà-ÿœ])(?:conserv|gard[ée]|archiv|supprim|effac)[a-zà-ÿœ]*|(?<!nous )(?:re[çc]oi(?:t|vent)|voi(?:t|ent)) (?:que |seulement |uniquement )?(?:votre|vos|le|la|les|son|ses|leurs?)/,
      example: 'Civilité, nom, prénom, adresse e-mail',
    },
    {
      id: 'collection.fr.data-kinds',
      // "Catégories de données traitées : données d'identification" (categories named: collection under a collection heading)
      // or an enumeration introduced by a label ("Vos activités : parcours, distance, allure")
      match: new RegExp(`cat[ée]gories? de donn[ée]es|donn[ée]es (?:personnelles )?(?:suivantes|que nous traitons)|^[\\s\\-–•*·]*(?:vos |les |des )?(?:donn[ée]es|informations) (?:de |d'|du |des |relatives |li[ée]es |sur |concernant )|${DATA_ITEM}|^[^.:;]{2,40} ?: [^.;]+,[^.;]+,|formulaires?|(?<![a-zà-ÿœ])fiches?|questionnaires?|saisi[a-zà-ÿœ]*|renseign[a-zà-ÿœ]*|fourni[a-zà-ÿœ]*|communiqu[a-zà-ÿœ]*|recueill[a-zà-ÿœ]*|collect[a-zà-ÿœ]*|enregistr[a-zà-ÿœ]*|vid[ée]os?|images?|messages?|commentaires?|(?<![a-zà-ÿœ])avis(?![a-zà-ÿœ])|(?<![a-zà-ÿœ])(?:commandes?|achats?|favoris|contenus?|relev[ée]s|logs?)|pr[ée]f[ée]rences|r[ée]sultats|documents?|justificatifs?|appareils?|navigateur|journaux`),
      // data named in a retention sentence, or a channel ("par e-mail"), is not a list of collected data
      unless: new RegExp(`${HEADER_ROW.source}|${/conserv|archiv|supprim|effac|(?:par|via) (?:e-?mail|sms|t[ée]l[ée]phone|courrier|message|notification)/.source}|${ABOUT_THE_NOTICE.source}`),
      weight: WEAK,
      example: "Catégories de données traitées : données d'identification",
    },
  ],
  headings: [
    {
      id: 'collection.fr.heading',
      // "Quelles données collectons-nous ?"
      match: /^\W*(?:vos |les )?donn[ée]es(?: personnelles)? (?:de |du |d'|des |relatives |concernant )|(?:origine|sources?|provenance) (?:des|de vos) (?:donn[ée]es|informations)|(?<![a-zà-ÿœ])(?:collect|recueil|enregistr|quelles (?:donn[ée]es|informations)|savons-nous|savez-vous|ce que nous savons|(?:donn[ée]es|informations) (?:vous concernant|sur vous)|(?:ce que|les informations que|les donn[ée]es que) (?:vous|tu) (?:nous )?(?:donnez|donnes|fournissez|fournis|communiquez|communiques|partagez|partages|publiez|publies)|donn[ée]es (?:personnelles )?(?:trait[ée]es|utilis[ée]es|concern[ée]es|que nous)|cat[ée]gories de donn[ée]es|informations (?:recueillies|que (?:nous|vous)|trait[ée]es|collect[ée]es|utilis[ée]es|concern[ée]es)|donn[ée]es que vous|donn[ée]es (?:que nous utilisons))/,
      // "Comment utilisons-nous les données que nous recueillons ?" is about another topic
      unless: /(?<!que nous )utilis|destinataires|conserv|dur[ée]e|partag|transf|finalit|pourquoi|droits|qui (?:sont|a acc)|s[ée]curit|marketing|prospection/,
      example: 'Quelles données collectons-nous ?',
    },
  ],
  examples: [
    ['Conformément à la loi, nous ne vous demanderons jamais de relevé bancaire ni de photo d’identité.', true],
    ['Nous ne demandons aux enfants ni leur nom, ni leur adresse, ni leur photo.', true],
    ['Pour repérer le partage de compte, nous comparons les adresses IP et les appareils qui se connectent.', true],
    ['Vos recherches et les fiches que vous consultez nous aident à améliorer le moteur de recherche.', true],
    ['Les données de carte bancaire sont saisies directement sur la page sécurisée de notre prestataire de paiement.', false],
    ['Chaque formulaire en ligne comporte, en bas de page, une mention d’information.', false],
    ['En créant votre compte, vous certifiez avoir 18 ans révolus et indiquez votre date de naissance.', true],
    ['Une partie d’entre elles nous est transmise par la CAF ou la MSA.', true],
    ['Ce formulaire est rempli par un parent ; il demande l’identité de l’élève, son établissement et ses horaires.', true],
    ['Lors de l’adhésion, il vous est demandé :', true],
    ['Pendant l’épreuve, la webcam, le micro et l’écran de votre ordinateur sont enregistrés par notre prestataire.', true],
    ['Depuis « Mon compte », vous téléchargez vos données ou fermez votre compte.', false],
    ['Nous collectons les données que vous nous communiquez lors de votre inscription.', true],
    ['Nous recueillons également automatiquement votre adresse IP et le type de navigateur.', true],
    ['Les pièces justificatives demandées sont : justificatif de domicile, livret de famille, carnet de santé.', true],
    ['Des photos sont prises lors de nos événements.', true],
    ['Votre position est relevée toutes les minutes pendant la course.', true],
    ["Nous consultons le fichier de la Banque de France avant d'accorder un crédit.", true],
    ['Le quotient familial peut être récupéré directement auprès de la CAF.', true],
    ['Nous savons quels articles vous avez lus.', true],
    ["Un parent remplit le formulaire d'inscription en indiquant le nom et l'âge de l'enfant.", true],
    ['Quand vous payez, notre prestataire nous communique les quatre derniers chiffres de votre carte.', true],
    ['Si vous postulez, nous traitons votre CV et votre lettre de motivation.', true],
    ['Vos relevés de compteur nous sont transmis par le gestionnaire de réseau.', true],
    ['Les caméras installées dans nos magasins filment les entrées et les caisses.', true],
    ['Identité et coordonnées du titulaire du compte, raison sociale, SIREN, numéro de TVA.', true],
    ['Pendant les tournois, le club prend des photos et des vidéos.', true],
    ["L'application mesure vos freinages, vos accélérations et votre vitesse.", true],
    ['Celui-ci enregistre un gabarit chiffré de votre empreinte.', true],
    ['Lors de la création de votre compte, nous vous demandons votre nom, votre prénom et votre adresse e-mail.', true],
    ['Vos nom, prénom et date de naissance ; adresse postale de livraison.', true],
    ['Si vous vous connectez avec Google, nous recevons de leur part votre nom.', true],
    ['Nous sommes amenés à traiter les données personnelles suivantes :', true],
    ['Données de paiement : les quatre derniers chiffres de votre carte et sa date d’expiration.', true],
    ['Quelles données ? Celles que contient votre compte client.', true],
    ['Le numéro de votre permis de conduire et sa date d’obtention.', true],
    ['Les informations sur votre véhicule : marque, modèle, immatriculation.', true],
    ['Vos préférences de communication et vos centres d’intérêt.', true],
    ['Données de navigation : 13 mois.', false],
    ['Newsletter | adresse e-mail | consentement | jusqu’au désabonnement', true],
    ['Nous avons besoin de votre numéro de téléphone pour le livreur.', true],
    ['Avec votre accord, nous utilisons aussi votre adresse e-mail pour vous envoyer nos offres.', false],
    ["L'application accède à votre position quand vous l'utilisez.", true],
    ['Si vous nous appelez, l’appel peut être enregistré.', true],
    // hard negatives: data mentioned for another purpose
    ['Les données collectées sont conservées pendant trois ans.', false],
    ['Vous pouvez nous écrire à l’adresse e-mail indiquée ci-dessous.', false],
    ['Vous pouvez accéder à vos données et les rectifier.', false],
    ['Votre réclamation est enregistrée et traitée sous trente jours.', false],
    ['Le transporteur ne reçoit que votre nom et votre adresse de livraison.', false],
    ['Les documents d’identité et l’historique des opérations sont conservés cinq ans.', false],
    ["Certaines informations sont transmises, lorsque la loi l'impose, à la préfecture.", false],
    ['Les images sont effacées au bout de quinze jours.', false],
    ['Nous savons que la protection de vos données vous importe.', false],
    ['Le département utilise aussi les informations transmises par la CAF.', true],
    ["Pour les moins de 15 ans, nous demandons l'accord d'un parent.", false],
    ['Votre numéro de téléphone est requis pour la livraison.', true],
    ['Les données obligatoires sont signalées par un astérisque.', true],
    ['- Sexe, - Nom, - Prénom, - Âge, - Coordonnées téléphoniques', true],
    ['Les données proviennent de votre caisse d’assurance maladie.', true],
    ['Nous conservons une trace de vos échanges avec le service client.', true],
    ['Nous notons les articles que vous consultez et ceux que vous ajoutez au panier.', true],
    ['Lors du paiement, nous ne voyons que les quatre derniers chiffres de votre carte.', true],
    ['Vos réponses au questionnaire de santé sont enregistrées dans votre dossier.', true],
    ['Nous pouvons vous demander votre numéro de téléphone pour organiser la livraison.', true],
    ["Pour traiter votre demande, nous pouvons vous demander une copie de votre pièce d'identité.", false],
    ['Vous pouvez nous demander une copie de vos données.', false],
    ['Nous achetons des fichiers de prospects auprès de courtiers en données.', true],
    ['Votre consentement est recueilli au moyen d’une case à cocher.', false],
    ['Nous recueillons votre consentement avant tout envoi de prospection.', false],
    ['Un message est nécessaire pour valider la commande.', false],
    ['« Services » désigne les services fournis par la société.', false],
    ['Les documents transmis par courrier sont numérisés puis détruits.', false],
    // hard negatives: the notice announcing what it covers (an introduction)
    ['La présente politique a pour objet de vous informer sur la manière dont nous collectons, utilisons et protégeons vos données personnelles.', false],
    ['Cette politique vous explique quelles données nous collectons, pourquoi nous les utilisons et avec qui nous les partageons.', false],
    ['Vous trouverez ci-dessous toutes les informations sur la collecte de vos données et l’exercice de vos droits.', false],
    ['Cette page décrit les données que nous collectons. Nous collectons votre nom et votre adresse e-mail lors de votre inscription.', true],
  ],
};

export default file;
