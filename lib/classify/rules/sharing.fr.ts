import { WEAK, type RuleFile } from '../types';
import { FAQ_ANSWER, HEADER_ROW, NOT_EVIDENCE } from '../fr';

// Who else receives the data: processors, partners, group companies, authorities, buyers; whether data is sold
// (RGPD 13(1)(e); OPP-115 Third Party Sharing). "Nous ne vendons pas vos données" is still about sharing.
const RECIPIENT =
  /(?:tiers|partenaires?|prestataires?|sous-traitants?|soci[ée]t[ée]s?|organisations?|entit[ée]s|filiales?|autorit[ée]s|administrations?(?! d[eu] (?:la |votre |notre |l')?(?:boutique|site|plateforme|compte|serveur|application))|organismes?|acqu[ée]reurs?|annonceurs?|transporteurs?|fournisseurs?|banques?|assureurs?|r[ée]seaux sociaux|services? (?:internes?|comp[ée]tents?)|plateformes?|destinataires?|h[ée]bergeurs?|[ée]diteurs?|agents|[ée]lus|forces de l'ordre|pr[ée]fectures?|procureur|tr[ée]sor public|tribunaux|juridictions|police|gendarmerie|administration fiscale|assurance maladie|caisses?|r[ée]assureurs?|d[ée]l[ée]gataires?|courtiers?|employeurs?|personnes? (?:habilit[ée]es|autoris[ée]es)|distributeurs?|revendeurs?|op[ée]rateurs?|marchands?|commer[çc]ants?|vendeurs?|artisans?|recruteurs?|gie|groupements?|m[ée]decins?|bailleurs?|notaires?|f[ée]d[ée]rations?|ligues?|clubs?|arbitres?|coll[èe]ges?|lyc[ée]es?|universit[ée]s?|h[ôo]pitaux|h[ôo]pital|cliniques?|pharmacies?|pharmaciens?|mairies?|communes?|minist[èe]res?|rectorats?|urssaf|cpam|caf(?![a-zà-ÿœ])|france travail|p[ôo]le emploi|syndics?|huissiers?|commissaires? de justice|avocats?|experts?(?:-comptables?)?|mutuelles?|[ée]tablissements?|agences?|laboratoires?|services? (?:habilit[ée]s|marketing|commerciaux|comptables?|informatiques?)|[ée]quipes?|collaborateurs)/
    .source;
const PERSONAL_DATA = /(?:donn[ée]es?|informations?|renseignements?|coordonn[ée]es|fichiers?|adresses? e-?mail)/.source;

/**
 * Access kept to the controller's own staff ("Seuls les agents habilités de nos équipes y ont accès", "chaque enseignant
 * voit les élèves de ses classes"): an access restriction, a security measure, not a disclosure to anyone else.
 * Only when no outside recipient is named anywhere in the passage.
 */
const INTERNAL_ACCESS_ONLY =
  /^(?![^]*(?:tiers|partenaires?|prestataires?|sous-traitants?|autorit[ée]s|soci[ée]t[ée]s|filiales|h[ée]bergeurs?|banques?|assureurs?|organismes?|administrations?|forces de l'ordre|r[ée]quisition|externes?|m[ée]decins? traitants?|employeurs?))[^]*(?:(?<![a-zà-ÿœ])seul(?:e?s)? |uniquement |exclusivement |ne [a-zà-ÿœ]+ (?:[a-zà-ÿœ]+ )?qu|chacun selon |selon (?:son|leur) r[ôo]le|^\W*chaque )[^.;]{0,60}(?:(?<![a-zà-ÿœ])[ée]quipes?|salari[ée]e?s?|employ[ée]e?s?|collaborat(?:eur|rice)s?|personnels?|agents?|conseill(?:er|[èe]re)s?|enseignant(?:e?s)?|professeurs?|soignants?|r[ée]f[ée]rents?|surveillants?|gestionnaires?|m[ée]decins?-conseils?|m[ée]decin-conseil|membres du (?:bureau|conseil d'administration)|b[ée]n[ée]voles|dirigeants|encadrants|entra[îi]neurs|(?:le |la |notre |votre )?(?:pr[ée]sident|pr[ée]sidente|secr[ée]taire|tr[ée]sori[eè]re?)(?![a-zà-ÿœ])|professionnels (?:qui|de sant[ée] qui) (?:participent|interviennent)|(?:personnes|membres) (?:habilit|autoris)[a-zà-ÿœ]*(?! par)(?: (?:de nos|de notre|du|de l'))?)/;

const file: RuleFile = {
  tag: 'sharing',
  lang: 'fr',
  rules: [
    {
      id: 'sharing.fr.recipients',
      // "Les destinataires de vos données sont nos services internes et nos prestataires."
      match: /destinataires?(?![a-zà-ÿœ])|sous-traitants? ult[ée]rieurs|sous-traitants(?![a-zà-ÿœ])|en (?:leur )?qualit[ée] de sous-traitant|agissent? (?:en tant que|comme) sous-traitant/,
      // a table-of-contents line ("Destinataires") is not evidence, nor the addressees of a newsletter
      // ...nor the addressee of a parcel, a message or a transfer, nor a business customer's own mailing list
      unless: new RegExp(`${NOT_EVIDENCE.source}|destinataires (?:de (?:notre|nos|la|cette) )(?:lettre|newsletter|e-?mails?|messages|communications)|${/(?:nom|adresse|coordonn[ée]es|t[ée]l[ée]phone)s? (?:et [a-zà-ÿœ]+ )?(?:du|des) destinataires?|destinataires? (?:de la|du|de votre|des|de vos) (?:commandes?|colis|livraisons?|cadeaux?|cartes?|messages?|e-?mails?|courriers?|virements?|paiements?|envois?|sms)|(?:vos|leurs|ses) destinataires/.source}`),
      example: 'Les destinataires de vos données sont nos services internes et nos prestataires.',
    },
    {
      id: 'sharing.fr.disclose-to',
      // "Vos données peuvent être communiquées à nos partenaires commerciaux."
      match: new RegExp(
        `(?<![a-zà-ÿœ])(?:partag|communiqu|transmi|transmet|divulgu|c[ée]d|c[èe]d|vend|lou|commercialis|fourni|confi(?=ons|er|[ée])|mett[a-zà-ÿœ]* [àa] (?:la )?disposition|mises? [àa] (?:la )?disposition|accessibles?)[a-zà-ÿœ]*[^.;]{0,100}(?:(?<![a-zà-ÿœ])(?:[àa]|aux?|avec|entre) (?:des |nos |les |l'|la |le |ses |leurs |certains |d'autres |un |une |notre |votre |son )?(?:[a-zà-ÿœ]+ )?${RECIPIENT}(?![a-zà-ÿœ]))`,
      ),
      // "que vous nous transmettez" is collection; "communiquer des directives" is a right; what the reader sends their
      // own employer, doctor or friends is their own act, not a disclosure by the controller
      unless: /que vous (?:nous )?(?:transmettez|communiquez|fournissez)|missions? [^.;]{0,60}confi[ée]e?s?|(?:communiquer|communiquez|communiquons|[ée]changer|[ée]changez) avec (?:nous|nos [ée]quipes|notre [ée]quipe|notre service|nos services|nos conseillers|votre conseiller|le service|un conseiller)|portabilit[ée]|mots? de passe[^.;]{0,40}(?:[àa] des tiers|[àa] quiconque|[àa] personne)|(?:ne pas|jamais) (?:communiquer|transmettre|divulguer|partager) (?:vos |leurs |ses |votre |son |leur )?(?:mots? de passe|identifiants|codes?)|(?:vous |nous )?(?:demander|demandons|demandera) (?:de (?:nous )?)?fournir|(?:vous )?(?:devez|devrez|pouvez|pourrez) (?:nous )?fournir|communiquer [àa] (?:l'[ée]tablissement|nous) des directives|(?<![a-zà-ÿœ])vous (?:pouvez |pourrez |d[ée]cidez de |choisissez de |souhaitez )?(?:transmettre|communiquer|partager|envoyer|publier|montrer|transmettez|communiquez|partagez|envoyez)[^.;]{0,60}(?:[àa]|avec) (?:votre|vos) (?:employeur|m[ée]decin|amis|proches|famille|contacts|entourage)/,
      example: 'Vos données peuvent être communiquées à nos partenaires commerciaux.',
    },
    {
      id: 'sharing.fr.sale',
      // "Nous ne vendons ni ne louons vos données personnelles." (negated or not, the sale of data is a sharing topic)
      match: new RegExp(
        `(?<![a-zà-ÿœ])ne (?:les|la|le|l') (?:re)?(?:vendons|louons|c[ée]dons|commercialisons|vendrons|revendrons|c[ée]derons)(?![a-zà-ÿœ])|(?<![a-zà-ÿœ])(?:re)?(?:vend|lou|c[èe]d|c[ée]d|commercialis|monnay|[ée]chang)[a-zà-ÿœ]*(?:\\s+(?:ni ne [a-zà-ÿœ]+|ni|pas|jamais|en aucun cas|aucune?|ou|et|ne|[a-zà-ÿœ]+ons))*\\s+(?:vos |les |des |de |ces |aucune? |leurs |nos |ses |d')?(?:[a-zà-ÿœ]+ )?${PERSONAL_DATA}|${PERSONAL_DATA}[^.;]{0,50}(?:ne |n')?(?:sont|seront|soient|sera|est|[êe]tre) (?:jamais |pas |en aucun cas |ni |non plus )*(?<![a-zà-ÿœ])(?:vendu|lou[ée]|c[ée]d[ée]|commercialis[ée]|monnay[ée])|vente (?:de |des |de vos )${PERSONAL_DATA}|(?<![a-zà-ÿœ])(?:elles|ils|celles-ci|ceux-ci) ne (?:sont|seront) (?:jamais |pas |en aucun cas |ni )?(?:re)?(?:vendu|lou[ée]|c[ée]d[ée]|commercialis[ée]|transmis|communiqu[ée]|partag[ée])`,
      ),
      example: 'Nous ne vendons ni ne louons vos données personnelles.',
    },
    {
      id: 'sharing.fr.business-transfer',
      // "En cas de fusion ou de cession d'activité, vos données pourront être transférées à l'acquéreur."
      match: /(?<![a-zà-ÿœ])fusion|(?:en cas d'|lors d'une |d'une |toute |une )acquisition|acquisition (?:de (?:tout ou partie|la soci[ée]t[ée]|notre soci[ée]t[ée]|l'entreprise|nos actifs|nos activit[ée]s)|par (?:un |une |un autre |une autre )?(?:tiers|soci[ée]t[ée]|groupe|entreprise|acqu[ée]reur))|acquisitions?,? (?:ou |et )(?:de )?(?:fusion|cession|vente|restructuration)|(?:vente|cession|r[ée]organisation)s?,? (?:ou |et )(?:d'|l'|une )?acquisition|cession (?:de |d'|totale|partielle)|(?:transfert|reprise|rachat) (?:d'activit|de (?:tout ou partie|l'activit|la soci[ée]t[ée]|nos actifs))|restructuration|acqu[ée]reur|repreneur/,
      example: "En cas de fusion ou de cession d'activité, vos données pourront être transférées à l'acquéreur.",
    },
    {
      id: 'sharing.fr.access',
      // "Nos partenaires livreurs ont accès à vos coordonnées de livraison."
      match: new RegExp(
        `(?<![a-zà-ÿœ])y (?:ont|a|auront|aient) acc[èe]s|(?<![a-zà-ÿœ])(?:consult[ée]e?s?|vue?s?)(?<=(?:peuvent|pourront|peut|pourra|sont|est|seront|sera) (?:[êe]tre )?(?:consult[ée]e?s?|vue?s?)) par (?:les |nos |des |la |le |l'|un |une |notre |leurs? )?(?:[a-zà-ÿœ]+ ){0,3}(?:${RECIPIENT})(?![a-zà-ÿœ])|(?<![a-zà-ÿœ])(?:peut|peuvent|pourront|pourra) (?:consulter|voir|acc[ée]der [àa]) (?:votre|vos|leur|leurs|ces|les|son|ses) (?:dossiers?|donn|informations|r[ée]sultats|comptes? rendus|messages)|(?:ont|a|auront|peuvent avoir|aient|avoir) (?:pas |jamais |en aucun cas )?acc[èe]s (?:[àa]|aux) (?:vos |ces |leurs |votre |les |certaines |tout ou partie de vos )?(?:${PERSONAL_DATA}|dossiers?|r[ée]sultats)|(?:sont|est|seront|rendu[a-zà-ÿœ]*) publi(?:cs|ques?|quement)|(?:visibles?|accessibles?|publi[ée]e?s?) (?:par|pour|[àa]|aux|de) (?:les |tous les |d'autres |tout le )?(?:autres )?(?:membres|utilisateurs|internautes|visiteurs|public|monde|tous(?![a-zà-ÿœ]))|(?:transmission|communication) (?:de |des |d')[^.;]{0,40}(?:[àa] la |[àa] l'|aux |[àa] des |[àa] nos )|(?:fai[a-zà-ÿœ]* appel|recour[a-zà-ÿœ]*|avons recours) (?:[àa] |aux )(?:des |nos |un |une |plusieurs |certains |ses |les )?(?:prestat|sous-trait|soci[ée]t[ée]s|partenaires|tiers|fournisseurs|services (?:de|d'))|(?:sont|seront|peuvent [êe]tre|pourront [êe]tre|est|sera) (?:[a-zà-ÿœ]+ment )?(?:transmis|communiqu[ée]|partag[ée]|divulgu[ée]|c[ée]d[ée]|confi[ée]|remis|vers[ée])e?s? (?:[àa] |aux |au |avec )(?!(?:son|votre|leur|ses|vos|un|le|ce|cet) (?:dossier|compte|espace|fichier|historique|pays|territoire))|(?:notre|nos|un|des|le|les) (?:prestataires?|sous-traitants?|partenaires?)(?: de [a-zà-ÿœ]+| [a-zà-ÿœ]+)?(?:,? qui)? (?:compare|v[ée]rifie|traite|analyse|h[ée]berge|re[çc]oi[a-zà-ÿœ]*|collecte|g[èe]re|assure|effectue|fourni[a-zà-ÿœ]*|d[ée]pos)|d[ée]claration (?:[a-zà-ÿœ]+ )?aupr[èe]s (?:de|du|des)|(?:lui|leur) (?:est|sont|sera|seront) (?:transmis|communiqu)|(?<!(?:version|charte|politique|notice|pr[ée]sente|mentions)[^.;]{0,40})publi[ée]e?s? sur (?:nos|les|notre|le) (?:r[ée]seaux sociaux|site|page)|aupr[èe]s (?:de l'|de la |du |des |d'un |d'une )(?:agence|administration|organisme|caisse|banque de france|pr[ée]fecture|f[ée]d[ée]ration|service agr[ée][ée])|(?:sur|en cas de) r[ée]quisitions?|(?:acc[èe]dent|acc[èe]de) (?:aux|[àa] vos|[àa] ces|[àa] certaines|[àa] leurs) (?:donn|informations|dossiers)|(?:obligations? l[ée]gales?|r[ée]quisitions?|demandes?) (?:des |d'une |de la |de l')?(?:autorit[ée]s|justice)`,
      ),
      // unauthorised access is a security topic, and so is access kept to the controller's own staff; data we gather from
      // partners ("nous recueillons des informations auprès de nos partenaires") is collection from a source
      unless: new RegExp(
        `${/(?:nous )?(?:recueill|collect|obten|re[çc]ev|achet)[a-zà-ÿœ]* (?:[^.;]{0,60})(?:aupr[èe]s|de la part|en provenance)/.source}|${/non autoris[ée]e?s?[^.;]{0,20}(?:y )?(?:aient|ait|ont|auront|auraient|puissent avoir|pourront avoir) (?:pas )?acc[èe]s|acc[èe]s non autoris|droit d'acc[èe]s|s'exerce/.source}|${INTERNAL_ACCESS_ONLY.source}`,
      ),
      example: 'Nos partenaires livreurs ont accès à vos coordonnées de livraison.',
    },
    {
      id: 'sharing.fr.receives',
      // "Les artisans reçoivent les adresses de leurs clients." (someone else receives, is sent or is told the data)
      match: new RegExp(`^[\\s\\-–•*·«"(]*(?:qui (?:les |y )?(?:re[çc]oit|a acc[èe]s|peut (?:les )?voir|voit)|avec qui)\\s*(?:\\?\\s*|:\\s*)[^\\s|]+|destin[ée]e?s? (?:exclusivement |uniquement )?[àa] l'usage (?:exclusif |interne |strictement interne )?(?:de|du|des|d')|(?:sont|est|seront|sera) (?:exclusivement |uniquement |notamment )?destin[ée]e?s? (?:[àa] |aux |au )(?:nos |les |des |notre |la |l'|vos |votre |ses |leurs )?(?:services?(?![a-zà-ÿœ])|${RECIPIENT})|(?:envoy|remis|notifi)[ée]e?s? (?:[àa]|aux|au) (?!vous|votre adresse|l'adresse|votre (?:e-?mail|bo[iî]te|t[ée]l[ée]phone|num[ée]ro|espace|compte)|nos [ée]quipes|notre [ée]quipe|notre service)(?:[a-zà-ÿœ']+ ){0,2}(?:${RECIPIENT})|(?:signal|d[ée]clar)(?:er|ons|ons|[ée]e?s?) (?:[a-zà-ÿœ]+ ){0,2}(?:[àa] l'|[àa] la |aux? |[àa] )(?:agence|autorit|administration|caisse|pr[ée]fecture|tribunal|police|gendarmerie|banque de france|urssaf|imp[ôo]ts|organisme|procureur|tracfin|cnil|insee|caf(?![a-zà-ÿœ])|assurance maladie|france travail|p[ôo]le emploi)|r[ée]quisitions? (?:judiciaires|des autorit|administratives|de (?:la )?police)|r[ée]pondre aux (?:r[ée]quisitions|demandes des autorit)|(?<!nous )(?<!vous )(?<!tu )(?:re[çc]oi(?:t|vent)|recevront|(?:ont|a|peuvent avoir|pourront avoir) connaissance (?:de|des|d')) (?:[a-zà-ÿœ]+ ){0,2}(?:les |vos |votre |des |leurs? |certaines |de vos |uniquement |seulement )*(?:adresses?|donn[ée]es|informations|coordonn[ée]es|noms?|commandes|renseignements|r[ée]sultats|dossiers?)|port[ée]e?s? [àa] la connaissance (?:de|des|du|d')|(?:page|plateforme|interface|site|serveurs?|environnement)s? (?:de paiement )?(?:s[ée]curis[ée]e?s? )?(?:de|d'|du) (?:notre|nos|un|une|le|la|leur) (?:banque|prestataire|partenaire|[ée]tablissement|fournisseur|sous-traitant)|d[ée]pos[ée]e?s? par (?:nos |des |les |un |une |ses |certains )?(?:partenaires|tiers|annonceurs|r[ée]gies|soci[ée]t[ée]s|r[ée]seaux sociaux|prestataires)|partag[ée]e?s? (?:entre|avec) (?:les |nos |des |vos |tous les )?(?:[a-zà-ÿœ]+ )?(?:${RECIPIENT}|professionnels|membres|utilisateurs)`),
      unless: /droit d'acc[èe]s|s'exerce/,
      example: 'Les artisans reçoivent les adresses de leurs clients pour l’expédition.',
    },
    {
      id: 'sharing.fr.processor',
      // "Notre prestataire traite les données pour notre compte et sur nos instructions." (a processor receives the data)
      // "un rendez-vous pris pour le compte de son proche" is the reader acting for a relative; a definition defines a word
      unless: /pour le compte (?:de (?:son|sa|ses|votre|vos|leur|leurs|un|une) |d'un |d'une )(?:proches?|enfants?|famille|b[ée]n[ée]ficiaires?|patients?|mineurs?|parents?)|^\W*(?:[«"“][^»"”]{1,60}[»"”]\s*:?\s*)?(?:d[ée]signe|d[ée]signent|s'entend|signifie)(?![a-zà-ÿœ])/,
      match: /(?:pour (?:le|notre|leur|son) compte(?! utilisateur)|(?:passent|transitent|(?:trait|g[ée]r|h[ée]berg|collect|enregistr|recueilli|conserv|stock|v[ée]rifi|analys|fait|effectu|r[ée]alis)[ée]e?s?) par (?:un|une|notre|nos|des|le|la|les|ce|cet|cette|ces) (?:prestataire|partenaire|sous-traitant|soci[ée]t[ée]|banque|plateforme|service|[ée]tablissement|boutique|magasin|store)|(?:sur|selon) (?:les |nos |ses |leurs |notre |son |instructions? )(?:instructions?|ordre)|(?:est|sommes|agit comme|agissons comme|en tant que|en qualit[ée] de) (?:notre |un |le )?sous-traitant|sous-traitant au sens|(?:prestataires?|sous-traitants?|partenaires?)[^.;]{0,60}(?:n'|ne )(?:[a-zà-ÿœ]+ ){0,3}?(?:utilis|trait|exploit)[a-zà-ÿœ]*[^.;]{0,40}(?:qu'|que )|h[ée]berg[a-zà-ÿœ]* (?:par|chez) (?:un|une|notre|nos|des|le) (?:h[ée]bergeur|prestataire|sous-traitant|soci[ée]t[ée]|fournisseur|tiers)|(?:donn[ée]es|informations|fichiers?|dossiers?|renseignements)[^.;]{0,40}h[ée]berg[ée]e?s? (?:par|chez) (?!nos soins|nous|nos propres|notre propre)[a-zà-ÿœ0-9]|(?:prestataires?|sous-traitants?|partenaires?)(?: [a-zà-ÿœ]+){0,2} (?:interviennent|intervient|interviendront))/,
      example: 'Notre prestataire traite les données pour notre compte et sur nos instructions.',
    },
    {
      id: 'sharing.fr.recipient-named',
      // "Nos prestataires techniques et partenaires" (recipients named: sharing under a sharing heading)
      match: new RegExp(`(?<![a-zà-ÿœ])${RECIPIENT}(?![a-zà-ÿœ])|sous-traitant|transmi[a-zà-ÿœ]*|transmet[a-zà-ÿœ]*|communiqu[a-zà-ÿœ]*|partag[a-zà-ÿœ]*|acc[èe]s|re[çc]oi[a-zà-ÿœ]*|divulgu[a-zà-ÿœ]*|externes?|(?<![a-zà-ÿœ])(?:groupe|voi[rt](?![a-zà-ÿœ])|voient|consult[a-zà-ÿœ]*)|f[ée]d[ée]rations?|m[ée]decins?|professionnels? de sant[ée]|(?<![a-zà-ÿœ])(?:exp[ée]di|livr)(?:ent|e|ons|eurs?)(?![a-zà-ÿœ])|${FAQ_ANSWER.source}`),
      // access kept to the controller's own people is a security measure, even under a "Qui a accès ?" heading
      unless: new RegExp(`${HEADER_ROW.source}|${INTERNAL_ACCESS_ONLY.source}`),
      weight: WEAK,
      example: 'Nos prestataires techniques et partenaires',
    },
  ],
  headings: [
    {
      id: 'sharing.fr.heading',
      // "Avec qui partageons-nous vos données ?"
      match: /(?<![a-zà-ÿœ])(?:destinataires|destin[ée]es|(?:re)?vend(?:ez|ons|re|ent)|commercialis|d[ée]l[ée]gation du traitement|travail d[ée]l[ée]gu|sous-traitance|[àa] qui (?:sont|seront|peuvent|pouvons|les|vos|transmett|communiqu|donn)|partag|avec qui|prestataires|partenaires|sous-traitants|soci[ée]t[ée]s du groupe|ce que voi[a-zà-ÿœ]*|qui (?:y |les )?a acc[èe]s|qui (?:peut )?voi[rt]|qui voient|re[çc]oi[a-zà-ÿœ]*|communiqu[ée]es|transmises|qui a acc[èe]s|communication (?:de vos|des|[àa] des) |transmission|tiers|sous-traitants|divulgation|acc[èe]s [àa] vos donn)/,
      // links to other sites, third-party cookies, sharing buttons, the reader sharing a trip, partners' offers: other topics
      // "Transferts vers des pays tiers", "Vos données sont-elles transmises hors de l'UE ?": where data goes, a transfers heading
      unless: /liens? (?:vers|hypertextes?|externes)|sites? (?:internet )?(?:tiers|partenaires|externes)|cookies|traceurs|partager sur|boutons? de partage|partage (?:de (?:votre |ton )?(?:trajet|position|contenu|publication|[ée]cran)|sur les r[ée]seaux)|offres (?:de nos|des|de) partenaires|pays tiers|hors (?:de )?(?:l'|la |les )?(?:ue|union|eee|espace [ée]conomique|europe|france)|en dehors (?:de )?(?:l'|la |les )?(?:ue|union|eee|espace [ée]conomique|europe|france)|[àa] l'[ée]tranger|(?<![a-zà-ÿœ])internationa/,
      example: 'Avec qui partageons-nous vos données ?',
    },
  ],
  examples: [
    ['Les domaines viticoles qui expédient certaines commandes directement depuis la propriété.', false],
    ['Nous utilisons vos données pour proposer des recommandations, notamment de la part de nos partenaires, analyser la façon dont vous utilisez notre service.', false],
    ['Les destinataires de vos données sont nos services internes et nos prestataires.', true],
    ['Vos données peuvent être communiquées à nos partenaires commerciaux.', true],
    ['Nous ne vendons ni ne louons vos données personnelles à des tiers.', true],
    ['Nous ne vendons jamais vos données.', true],
    ["En cas de fusion ou de cession d'activité, vos données pourront être transférées à l'acquéreur.", true],
    ['Vos informations peuvent être transmises aux autorités judiciaires sur réquisition.', true],
    ['Seuls les professionnels de santé qui vous suivent ont accès à votre dossier.', true],
    ['Les artisans reçoivent les adresses de leurs clients pour l’expédition.', true],
    ['Qui les reçoit : notre prestataire de paiement et une société de recouvrement.', true],
    ['Les données sont destinées aux services marketing et relation client de Vivamarché.', true],
    ['Avec votre accord, les comptes rendus sont envoyés à votre médecin traitant.', true],
    ["Nous devons signaler à l'agence régionale de santé certaines maladies.", true],
    ['Nous ne vendons pas vos renseignements personnels.', true],
    ['Elles ne sont jamais revendues.', true],
    ['Le club ne vend ni ne prête jamais ses fichiers.', true],
    ['Les cookies publicitaires sont déposés par nos partenaires.', true],
    ["Votre employeur n'a pas accès à vos résultats.", true],
    ['Seuls les professionnels de santé qui vous prennent en charge peuvent consulter votre dossier médical.', true],
    ['Nous sommes tenus de déclarer à Tracfin les opérations suspectes.', true],
    ['Nos partenaires livreurs ont accès à vos coordonnées de livraison.', true],
    ['Seuls les agents habilités de nos équipes ont accès à vos données.', false],
    ['Seuls les membres du bureau et notre trésorier ont accès à vos données.', false],
    ["Nous transmettons votre commande au transporteur pour qu'il puisse vous livrer.", true],
    ['Le club transmet la liste des licenciés à la fédération.', true],
    ['Les clubs adverses et les arbitres, pour les feuilles de match.', false],
    ['Les marchandises sont livrées à nos équipements de stockage.', false],
    ['Certaines données peuvent être consultées par les équipes de notre filiale au Maroc.', true],
    ['Aucune donnée n’est vendue ni utilisée à des fins commerciales.', true],
    ['Les données nécessaires à l’opération sont transmises dans ce pays.', false],
    ['Le dossier d’un candidat admis est versé à son dossier d’étudiant.', false],
    ['La version en vigueur est celle publiée sur le site à la date de votre inscription.', false],
    ['L’accès à l’administration de la boutique est protégé par une double authentification.', false],
    ['La vérification des pièces d’identité est faite par un prestataire établi au Royaume-Uni.', true],
    ['Vos numéros de carte sont chiffrés et stockés par ce prestataire.', true],
    ['La note moyenne et les avis sont visibles de tous les membres.', true],
    ['Un contrôle de votre pièce d’identité est fait par un prestataire spécialisé, qui compare la photo du document à un selfie.', true],
    ['Ces traitements relèvent de la mission de service public confiée à l’université par le code de l’éducation.', false],
    ['Chaque enseignant voit les élèves de ses classes ; la direction voit l’ensemble de l’établissement.', false],
    ['Nous recueillons des informations auprès de nos partenaires assureurs lorsque vous demandez un devis.', false],
    ["Les informations sont destinées à l'usage exclusif de la mairie.", true],
    // hard negatives: a parcel's addressee, a rented car or sold goods, talking with our team, a customer's own mailing list
    ['Nom, adresse et téléphone du destinataire de la commande.', false],
    ['Les informations relatives au véhicule loué et au kilométrage parcouru.', false],
    ['Nous enregistrons les données relatives aux biens vendus ou loués par notre agence.', false],
    ['Vous pouvez communiquer avec nos équipes par chat ou par téléphone.', false],
    ['Les contacts que vous importez restent votre propriété ; vos destinataires peuvent se désinscrire à tout moment.', false],
    ['Vos données ne seront en aucun cas cédées, louées ou vendues.', true],
    ['Non, jamais. Nous ne les vendons à personne.', true],
    ['Vos données sont hébergées par Hébergo, à Roubaix.', true],
    ['Nos prestataires informatiques interviennent pour assurer la maintenance de nos outils.', true],
    ['Vos données sont hébergées par nos soins sur nos propres serveurs.', false],
    ['Vous pouvez transmettre votre attestation à votre employeur depuis votre espace.', false],
    ['Nos prestataires n’utilisent vos données que pour exécuter les services que nous leur confions.', true],
    ['Seuls les professionnels qui participent à votre prise en charge y ont accès, chacun selon son rôle.', false],
    ['Seuls nos conseillers et, sur réquisition, les forces de l’ordre y ont accès.', true],
    // hard negatives: selling products, data the user gives us, a table-of-contents line
    ['Nous ne vendons pas de produits aux enfants.', false],
    ['Les informations que vous nous transmettez lors de votre inscription.', false],
    ['Destinataires', false],
    ['Un e-mail de confirmation est envoyé à votre adresse.', false],
    ["Le droit d'accès aux données du FICP s'exerce auprès de la Banque de France.", false],
    ['Vous pouvez demander la cessation de leur diffusion ou leur désindexation.', false],
    ["Les données traitées sont celles permettant d'accéder à votre compte.", false],
    ['Vous pouvez introduire une réclamation auprès de l’autorité de contrôle compétente.', false],
    // hard negatives: 'acquisition' with no deal, the portability right, a password not to give away, data the reader is
    // asked for, the reader acting for a relative, a definition
    ["Les données sont conservées pendant la relation contractuelle, augmentée de la durée d'acquisition des prescriptions légales.", false],
    ['Droit à la portabilité : vous pouvez récupérer vos données ou nous demander de les transmettre à un tiers.', false],
    ['Nous vous invitons à ne pas communiquer vos mots de passe à des tiers.', false],
    ['Les données que nous pouvons vous demander de fournir lorsque vous signalez un problème relatif à notre plateforme.', false],
    ['Vous pouvez prendre rendez-vous pour le compte de votre proche.', false],
    ['« Sous-traitant » : désigne la personne qui traite des données pour le compte du responsable du traitement.', false],
    ["En cas de vente ou d'acquisition de tout ou partie de nos activités, vos données pourront être transmises à l'acheteur.", true],
    ["Dans le cadre d'une acquisition, vos données peuvent être transférées au repreneur.", true],
  ],
};

export default file;
