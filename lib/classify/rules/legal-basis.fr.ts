import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW, NOT_EVIDENCE } from '../fr';

// On which legal ground: consent, contract, legal obligation, legitimate interest, vital or public interest (RGPD 6, 13(1)(c)-(d)).
const GROUND =
  /(?:consentement|accord|int[ée]r[êe]ts? l[ée]gitimes?|ex[ée]cution|obligations? (?:l[ée]gales?|r[ée]glementaires?)|contrat|mission|sauvegarde|respect|mesures pr[ée]contractuelles|int[ée]r[êe]ts? (?:vitaux|vital|public)|articles? (?:l\.? ?|r\.? ?)?\d|(?:code|loi|d[ée]cret|arr[êe]t[ée]) (?:du |de la |des |de l'|n°)|dispositions? (?:l[ée]gales|du code|de la loi))/
    .source;

const file: RuleFile = {
  tag: 'legal-basis',
  lang: 'fr',
  rules: [
    {
      id: 'legal-basis.fr.named',
      // "La base légale du traitement est votre consentement."
      match: /(?:bases?|fondements?) (?:l[ée]gales?|juridiques?|de (?:la )?lic[ée]it[ée])|lic[ée]it[ée] (?:du|des) traitements?|article 6(?: ?\.? ?1| \(1\)| du r[èe]glement| du rgpd)/,
      unless: NOT_EVIDENCE,
      example: 'La base légale du traitement est votre consentement.',
    },
    {
      id: 'legal-basis.fr.labelled',
      // "Sur quelle base ? L'adhésion est un contrat entre vous et l'association." (a fact sheet's "on which ground" line)
      match: /^[\s\-–•*·«"(]*(?:sur quelle base(?: l[ée]gale| juridique)?|(?:quel est le |quels sont les )?fondements?(?: l[ée]gal| juridique)?|base(?:s)? (?:l[ée]gale|juridique)s?)\s*(?:\?\s*|:\s*)[^\s|]+(?:\s+[^\s|]+){1,}/,
      unless: NOT_EVIDENCE,
      example: "Sur quelle base ? L'adhésion est un contrat entre vous et l'association.",
    },
    {
      id: 'legal-basis.fr.based-on',
      // "Ce traitement repose sur notre intérêt légitime à sécuriser les paiements."
      match: new RegExp(
        `(?:sur la base|sur le fondement|fond[ée]e?s? sur|repos(?:e|ent) sur|reposant sur|justifi[ée]e?s? par|bas[ée]e?s? sur|en vertu|s'appui(?:e|ent) sur|trouve(?:nt)? (?:son|leur) fondement dans|(?:a|ont) pour fondement)\\s+(?:de |du |d'|des |sur )?(?:l'|la |le |les )?(?:votre |leur |son |notre |nos |vos |un |une |l')?${GROUND}`,
      ),
      // the right to object to processing based on a legitimate interest names the ground of another statement
      // ...and an article cited as the source of the reader's rights ("En vertu de l'article 15, vous avez le droit...") is none
      unless: /(?:oppos[a-zà-ÿœ]*|opposition)(?: [àa]| aux?)?(?: certains| les| ces| tout| tous)? traitements? (?:fond[ée]s|bas[ée]s|repos)|en vertu (?:de l'|des )articles?[^.;]{0,60}(?:vous (?:avez|disposez|pouvez|b[ée]n[ée]ficiez)|droits?(?![a-zà-ÿœ]))|(?:agr[ée][ée]|habilit[ée]|autoris[ée]|immatricul[ée]|enregistr[ée]|constitu[ée])e?s? en vertu/,
      example: 'Ce traitement repose sur notre intérêt légitime à sécuriser les paiements.',
    },
    {
      id: 'legal-basis.fr.ground',
      // "Notre intérêt légitime à prévenir la fraude" (a ground named in its usual words)
      match: /int[ée]r[êe]ts? l[ée]gitimes?|ex[ée]cution (?:du|d'un|de votre|de notre|des|de nos|d'une?) (?:contrat|conditions|commande|relation|abonnement|prestation|service)|mesures pr[ée]contractuelles|mission d'int[ée]r[êe]t public|mission de service public|ex[ée]cution d'une mission|int[ée]r[êe]t public|int[ée]r[êe]ts? vita(?:ux|l)|(?:est|sont) n[ée]cessaires? (?:[àa] l'ex[ée]cution|au respect|[àa] la conclusion|aux fins (?:de la|des|du) (?:m[ée]decine|diagnostic|soins|prise en charge|recherche))/,
      unless: /(?:oppos[a-zà-ÿœ]*|opposition)(?: [àa]| aux?)?(?: certains| les| ces| tout| tous)? traitements? (?:fond[ée]s|bas[ée]s|repos)/,
      example: 'Notre intérêt légitime à prévenir la fraude',
    },
    {
      id: 'legal-basis.fr.required-by-law',
      // "Une pièce d'identité est exigée par la réglementation anti-blanchiment." (a legal obligation stated as such)
      match: /(?:exig|impos|requis|soumis)[a-zà-ÿœ]* par (?:la (?:loi|r[ée]glementation|l[ée]gislation)|le code|les textes)|(?:nous devons|sommes tenus d[e']|sommes oblig[ée]s d[e']|avons l'obligation d[e'])\s*(?:[a-zà-ÿœ]+ ){0,3}(?:d[ée]clar|signal|transmettre|communiquer|v[ée]rifier)|comme (?:l'|le |la )(?:impos|exig|pr[ée]voi)[a-zà-ÿœ]* (?:la |le |les )?(?:loi|r[ée]glementation|r[èe]gles|code|textes)|comme (?:la loi|le code[^,.;]{0,40}|la r[ée]glementation|les textes) (?:nous )?(?:y |l'|les )?(?:impos|exig|oblig|pr[ée]voi)[a-zà-ÿœ]*|(?:lorsque|quand) (?:la loi|le code[^,.;]{0,40}|la r[ée]glementation) (?:nous )?(?:y |l'|les )?(?:impos|oblig)[a-zà-ÿœ]*|autoris[ée]e?s? par (?:un |l'|le |la )?(?:arr[êe]t[ée]|d[ée]cret|loi (?!informatique)|code)|au titre de la lutte contre le blanchiment|(?:conform[ée]ment|en application) (?:au |[àa] l'|[àa] la |aux |du |de la |des )(?:code (?:de |du |des )|loi (?:n°|du |relative)|obligations? l[ée]gal|exigences l[ée]gales|dispositions l[ée]gales|r[ée]glementation(?: applicable| en vigueur| bancaire| financi[èe]re)?,? (?:nous|vos))/,
      // the law setting a retention period is about retention, not the ground of the processing
      unless: /conserv|archiv|(?<![a-zà-ÿœ])gard|dur[ée]e (?:de (?:conservation|prescription|\d)|l[ée]gale)|droits?(?![a-zà-ÿœ])|78-17|informatique et libert|rgpd/,
      example: "Une pièce d'identité est exigée par la réglementation anti-blanchiment.",
    },
    {
      id: 'legal-basis.fr.legal-obligation',
      // "Nous traitons ces données pour respecter nos obligations légales." (a legal obligation as the ground)
      match: /(?:respect|respecter|en application|conform[ée]ment [àa]) (?:de |d')?(?:nos|des|une|ses|leurs|l'|les) ?obligations? (?:l[ée]gales?|r[ée]glementaires?|comptables|fiscales)|la loi nous (?:y )?(?:oblige|impose|contraint)/,
      // kept "to meet our legal obligations" is about retention, not the ground of the processing
      unless: /conserv|archiv|(?<![a-zà-ÿœ])gard/,
      example: 'Nous traitons ces données pour respecter nos obligations légales.',
    },
    {
      id: 'legal-basis.fr.plain',
      // "C'est nécessaire pour exécuter votre contrat." / "Nous y sommes tenus par la réglementation bancaire." (a ground in plain words)
      match: /(?:pour|afin d[e']) (?:remplir|ex[ée]cuter|honorer) (?:notre part (?:du|de ce) |le |votre |notre |ce )contrat(?![a-zà-ÿœ])|article (?:6|9)[ .]?(?:\.?[12])?(?:\.? ?\(?[a-j]\)?)(?![a-zà-ÿœ])[^.;]{0,12}(?:du )?rgpd|(?:service|contrat|conditions g[ée]n[ée]rales|abonnement) que vous avez (?:accept[ée]e?s?|souscrit|sign[ée])|(?:n[ée]cessaires?|besoin|indispensables?) (?:pour|[àa]) (?:(?:ex[ée]cuter|conclure|honorer) |l'ex[ée]cution (?:de |du )|la conclusion (?:de |du ))?(?:le |votre |notre |ce |un |du |de votre )?contrat(?![a-zà-ÿœ])|(?:parce que|car|puisque) vous avez (?:sign[ée]|conclu|souscrit) (?:un|le|votre) contrat|fait partie (?:du|de votre) contrat|(?<!(?:lorsque|si|quand) nous )sommes (?:l[ée]galement|r[ée]glementairement) (?:tenus|oblig[ée]s|contraints)|y sommes (?:tenus|oblig[ée]s|contraints) par|(?:il s'agit d'|c'est )une obligation (?:l[ée]gale|r[ée]glementaire|pr[ée]vue par|impos[ée]e par)|(?:r[ée]pond[a-zà-ÿœ]*|satisfaire|rempli[a-zà-ÿœ]*) (?:enfin |aussi |[ée]galement |notamment )?(?:[àa] )?(?:nos|une|aux) obligations? (?:l[ée]gales?|r[ée]glementaires?|fiscales|comptables)|(?:pour|afin de) nous conformer (?:[àa] la loi|aux lois|[àa] la r[ée]glementation|[àa] nos obligations)|obligatoires? en vertu (?:de la loi|du code|de la r[ée]glementation)|(?:le code|la loi)[^.;,]{0,40} nous (?:impose|oblige)/,
      // the law setting a retention period is about retention; what the reader may do is a right
      unless: /oppos[a-zà-ÿœ]*[^.;]{0,80}sauf|conserv|archiv|(?<![a-zà-ÿœ])gard|dur[ée]e (?:de (?:conservation|prescription|\d)|l[ée]gale)|droits?(?![a-zà-ÿœ])/,
      example: "C'est nécessaire pour exécuter votre contrat.",
    },
    {
      id: 'legal-basis.fr.consent',
      // "Avec votre accord, nous vous envoyons nos offres." (consent as the ground, not its withdrawal)
      match: /(?:consentement|accord)(?: [a-zà-ÿœ]+)? (?:est|sont|sera|seront) (?:recueilli|demand[ée]|obtenu|requis)|(?:si|lorsque|quand|d[èe]s lors que) vous (?:avez autoris[ée]|autorisez) (?:la |le |l'|les )?(?:g[ée]olocalisation|localisation|notifications|acc[èe]s|partage|cam[ée]ra|micro|suivi|cookies|traceurs|publication|diffusion|enregistrement)|si vous (?:le |l')(?:choisissez|d[ée]cidez|avez choisi|avez d[ée]cid[ée])(?![a-zà-ÿœ])|(?:avec|sous r[ée]serve de|apr[èe]s|qu'avec|sans|sur|selon|recueil(?:lir)? de|requi[eè]r[a-zà-ÿœ]*(?: pas| plus)?|n[ée]cessite(?:nt)?(?: pas)?|obtenir|obtenu|recueilli|recueill(?:ons|ir|erons|ent)|collect(?:ons|er)|demand(?:ons|er|erons)|soumis[a-zà-ÿœ]* [àa])\s+(?:le |l'|au |votre |leur |son |notre |un |de votre |du )?(?:recueil de (?:votre |son )?)?(?:consentement|accord|autorisation)|consentement (?:explicite|pr[ée]alable|expr[èe]s|libre)|consentez|(?:si vous cochez|en cochant) (?:la |une )?case|sans (?:votre )?(?:consentement|accord|action de votre part)|(?:si|lorsque|d[èe]s lors que|[àa] condition que|uniquement si|seulement si|sauf si) vous (?:(?:l'|les |y |le )(?:acceptez|avez accept[ée]|autorisez|avez autoris[ée]|consentez|avez consenti)|(?:acceptez|consentez|avez consenti|donnez votre accord)(?= que|[,.;)]|$))|avec votre (?:permission|feu vert)|(?:parce que|car|puisque) vous (?:l'|les |y )?(?:avez accept[ée]e?s?|avez consenti)|vous (?:nous )?avez donn[ée] votre (?:consentement|accord)|(?:si|lorsque|uniquement si) vous avez coch[ée]|(?:consentement|acceptation) tacite|vaut (?:acceptation|consentement)|en (?:utilisant|naviguant)[^.;]{0,60}(?:acceptez|consentez)/,
      // "vaut acceptation de la clause modifiée" is about changes to the notice; a parent's consent is about children
      unless: /reproduction|propri[ée]t[ée] intellectuelle|(?:autorisation|consentement|accord)(?: [a-zà-ÿœ]+)? (?:parental|de (?:vos |ses |leurs )?parents|d'un parent|du titulaire|des titulaires|de (?:son |votre |leur )?repr[ée]sentant)|(?:modifi|nouvelle version)[a-zà-ÿœ]*[^.;]{0,80}vaut acceptation|vaut acceptation[^.;]{0,40}modifi/,
      example: 'Avec votre accord, nous vous envoyons nos offres.',
    },
    {
      id: 'legal-basis.fr.ground-in-list',
      // "Vous adresser notre lettre d'information (consentement)." (the ground given in brackets or after a colon, as in lists)
      match: /\((?:sur la base de |fond[ée]e? sur )?(?:votre |notre |leur )?(?:consentement|int[ée]r[êe]ts? l[ée]gitimes?|obligations? l[ée]gales?|ex[ée]cution d[ue] [^)]{0,40}|contrat|mission d'int[ée]r[êe]t public)\)|[:–-] (?:votre |notre )?(?:consentement|int[ée]r[êe]ts? l[ée]gitimes?|obligations? l[ée]gales?|ex[ée]cution (?:du|d'un) contrat)\W*$/,
      example: "Vous adresser notre lettre d'information (consentement).",
    },
    {
      id: 'legal-basis.fr.row-ground',
      // "Facturation | Obligation légale | 10 ans" (a table cell that names a ground: a legal-basis column)
      match: /\|\s*(?:\*\*)?(?:le |la |l'|votre |notre )?(?:consentement|int[ée]r[êe]ts? l[ée]gitimes?|ex[ée]cution (?:du|d'un|de|des|contractuelle)|contrat(?![a-zà-ÿœ])|obligations? (?:l[ée]gales?|r[ée]glementaires?)|mission d'int[ée]r[êe]t public|respect d'une obligation|mesures pr[ée]contractuelles)/,
      example: 'Facturation | Obligation légale | 10 ans',
    },
    {
      id: 'legal-basis.fr.bare-ground',
      // "Facturation et recouvrement : obligation légale" (a bare ground, as in a list: legal basis only under a legal-basis heading)
      // 'nécessaire' only as a ground's wording ('nécessaire à l'exécution'), not 'les formalités nécessaires au traitement des demandes'
      match: /obligations? (?:l[ée]gales?|r[ée]glementaires?)|consentement|contrat|fond[ée]e?s?|(?<![a-zà-ÿœ])bas[ée]e?s?|n[ée]cessaires? (?:[àa] l'ex[ée]cution|[àa] l'exercice|[àa] la (?:conclusion|sauvegarde|mission|r[ée]alisation d'une mission)|[àa] l'accomplissement d'une mission|au respect|aux fins des int[ée]r[êe]ts|pour (?:ex[ée]cuter|respecter|conclure))|accord|int[ée]r[êe]ts?|(?<![a-zà-ÿœ])lois?(?![a-zà-ÿœ])|l[ée]gal[a-zà-ÿœ]*|r[ée]glement[a-zà-ÿœ]*/,
      unless: HEADER_ROW,
      weight: WEAK,
      example: 'Facturation et recouvrement : obligation légale',
    },
  ],
  headings: [
    {
      id: 'legal-basis.fr.heading',
      // "Sur quelle base traitons-nous vos données ?"
      match: /(?<![a-zà-ÿœ])(?:bases? (?:l[ée]gales?|juridiques?)|fondements?|obligations? l[ée]gales?|cadre l[ée]gal|lic[ée]it[ée]|quelles? bases?|sur quelle|(?:avons|a)-(?:nous|t-on|t-il|t-elle) le droit|de quel droit|(?:qu'est-ce qui|ce qui) nous (?:y )?autorise|sur quoi (?:repose|reposent|se fonde|nous nous (?:fondons|appuyons)))/,
      example: 'Sur quelle base traitons-nous vos données ?',
    },
  ],
  examples: [
    ['Certains traitements répondent enfin à nos obligations légales : lutte contre le blanchiment, déclarations fiscales.', true],
    ['Les cookies indispensables au fonctionnement du site ne requièrent pas votre consentement.', true],
    ['Les données de santé sont traitées au titre de la gestion des systèmes de protection sociale (article 9.2.h du RGPD).', true],
    ['C’est l’objet même du service que vous avez accepté en vous inscrivant.', true],
    ['Pendant le trajet, et seulement si vous activez le partage de position, la localisation de votre téléphone.', false],
    ['Vous pouvez vous opposer au traitement, sauf lorsqu’il répond à une obligation légale.', false],
    ['Pour remplir notre part du contrat, nous avons besoin de traiter vos données personnelles.', true],
    ['Votre position, uniquement pendant le suivi d’une livraison et si vous avez autorisé la géolocalisation.', true],
    ['Si vous le choisissez, vous entrez en posant le doigt sur le lecteur.', true],
    ['Si vous le souhaitez, vous pouvez nous écrire.', false],
    ['Toute reproduction du contenu du site est interdite sans autorisation.', false],
    ["Les paiements sont traités par un établissement de crédit agréé en vertu de l'article 2 de la loi du 5 avril 1993.", false],
    ["En vertu de l'article 15 du RGPD, vous avez le droit d'accéder à vos données.", false],
    ['Nous recueillons votre consentement avant tout envoi de prospection.', true],
    ['Votre consentement est recueilli au moyen d’une case à cocher.', true],
    ["Ce traitement s'appuie sur l'article L. 34-5 du code des postes et des communications électroniques.", true],
    ['Conformément à la réglementation, nous consultons le Fichier central des chèques.', true],
    ['Fondement : l’exécution du contrat.', true],
    ['Nous vérifions votre solvabilité, comme le code de la consommation l’impose au prêteur, et vous proposons une durée adaptée.', true],
    ['La base légale du traitement est votre consentement.', true],
    ['Ce traitement repose sur notre intérêt légitime à sécuriser les paiements.', true],
    ['Ces traitements sont nécessaires à l’exécution du contrat de vente.', true],
    ['Nous vérifions votre solvabilité, comme le code de la consommation l’impose.', true],
    ['Vous pouvez vous opposer aux traitements fondés sur notre intérêt légitime.', false],
    ['Le dispositif de vidéoprotection est autorisé par arrêté préfectoral.', true],
    ['Certaines informations sont transmises à la préfecture lorsque la loi l’impose.', true],
    ['Nous traitons ces données pour respecter nos obligations légales et comptables.', true],
    ["L'utilisation du service vaut acceptation tacite de la présente politique.", true],
    ['Les cookies publicitaires ne sont déposés qu’avec votre accord.', true],
    // hard negatives: withdrawing consent is a right, a changed notice accepted by use is about changes
    ['Si vous l’acceptez, vos données de navigation sont partagées avec nos partenaires.', true],
    ['Vous pouvez retirer votre consentement à tout moment.', false],
    ['Si vous acceptez nos conditions de vente, la commande est confirmée.', false],
    ['La poursuite de la navigation après publication vaut acceptation de la politique modifiée.', false],
    ['Le contrat de location de véhicule', false],
    ["C'est nécessaire pour exécuter votre contrat.", true],
    ['Nous y sommes tenus par la réglementation bancaire.', true],
    ['Ce traitement répond à nos obligations réglementaires en matière de lutte contre le blanchiment.', true],
    ['Nous sommes légalement tenus de vérifier votre identité.', true],
    ['Le code du travail nous impose de tenir un registre du personnel.', true],
    ["Parce que vous l'avez accepté.", true],
    ['Avec votre permission, nous utilisons votre position.', true],
    // hard negatives: a period the law sets is retention; the contract of a product
    ['Nous sommes légalement tenus de conserver ces informations dix ans.', false],
    ['Le code de commerce nous impose de garder les factures.', false],
    ['Nous vous informerons d’une violation lorsque nous sommes légalement tenus de le faire.', false],
  ],
};

export default file;
