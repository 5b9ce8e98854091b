import { WEAK, type RuleFile } from '../types';
import { ABOUT_THE_NOTICE, DURATION, NOT_EVIDENCE } from '../fr';

// What the data is used for, incl. marketing, advertising and analytics as uses (RGPD 13(1)(c); OPP-115 First Party Use).
// An infinitive after "pour": "pour gérer", "pour vous fournir", "pour mesurer" (not "pour la durée", "pour une période").
const INFINITIVE =
  /(?:vous |nous |les |leur |en |l'|y |te |t'|me |m'|se |s'|lui )?(?!(?:votre|notre|leur|autre|entre|contre|outre|cadre|ordre|titre|offre|compte|nombre|membre|lettre)(?![a-zà-ÿœ]))[a-zà-ÿœ]+(?:er|ir|re|oir)(?![a-zà-ÿœ])/
    .source;

const PURPOSE_NOUN =
  /(?:gestion|envoi|traitement(?= (?:et suivi|des commandes|de vos commandes|des demandes|de vos demandes|de votre (?:demande|dossier|candidature|commande|r[ée]clamation)|des r[ée]clamations|des paiements|des candidatures))|enqu[êe]tes?|sondages?|service (?:client|apr[èe]s-vente)|[ée]mission|fourniture|publicit[ée]s?|marketing|newsletters?|statistiques|s[ée]curit[ée]|support|assistance|recherches?|am[ée]lioration|pr[ée]vention|lutte|r[ée]alisation|personnalisation|mesure|analyse|suivi|[ée]tude|recouvrement|facturation|prospection|r[ée]ponse|organisation|s[ée]curisation|ex[ée]cution|tenue|cr[ée]ation|octroi|administration|d[ée]tection|[ée]laboration|production|formation|animation|mise en (?:relation|place|œuvre)|permettre|assurer|g[ée]rer|fournir|am[ée]liorer|envoyer|r[ée]pondre|proposer|personnaliser|mesurer|lutter|pr[ée]venir|r[ée]aliser)(?![a-zà-ÿœ])/
    .source;

// "Pour"/"afin de" clauses that belong to another topic: a security measure ("nous chiffrons les données pour les
// protéger"), a retention period the law sets, naming a DPO, telling readers of changes to the notice.
const OTHER_TOPICS =
  /(?:chiffr|crypt|hach|pseudonymis|sauvegard)[a-zà-ÿœ]*[^.;]{0,60}(?:pour|afin d[e'])\s?(?:les |la |le |en |vous )?(?:prot[ée]ger|s[ée]curiser|pr[ée]server|garantir)|(?:afin de|pour) (?:respecter|satisfaire|r[ée]pondre [àa]|nous conformer [àa]) (?:la |nos |les |aux |une |des |[àa] la |[àa] nos )?(?:r[ée]glementation|loi|obligations?|exigences|dispositions)[^.;]{0,60}(?:conserv|archiv|gard)|(?:nomm|d[ée]sign)[a-zà-ÿœ]*[^.;]{0,40}(?:d[ée]l[ée]gu[ée]|dpo|dpd|r[ée]f[ée]rent)|(?:pour|afin de) vous (?:informer|pr[ée]venir|avertir) (?:de |des |d')(?:ces |toute |tout |cette |la |les |nos )?(?:changements?|modifications?|mises? [àa] jour|[ée]volutions?)/
    .source;

// Where "pour"/"afin de" gives the aim of something else than a use of the data: handing data over (sharing,
// transfers), the notice itself changing, exercising rights, reaching the DPO, the reader setting a browser.
const OTHER_AIMS =
  /(?<![a-zà-ÿœ])(?:transmi|transmet|communiqu|partag|divulgu|confi(?=ons|er|[ée])|c[èe]d|c[ée]d|transf[ée]r|h[ée]berg|externalis|sous-trait)[a-zà-ÿœ]*[^.;]{0,200}?(?:(?<![a-zà-ÿœ])pour|afin|[àa] des fins|aux fins)|mesures? (?:techniques|organisationnelles|de s[ée]curit[ée]|de protection|appropri[ée]es)[^.;]{0,120}(?:pour|afin)|(?:pour |afin d'|afin de )(?:assurer|garantir|pr[ée]server|renforcer) (?:la |l')?(?:s[ée]curit[ée]|confidentialit[ée]|int[ée]grit[ée])(?:,? (?:et )?(?:la |l')?[a-zà-ÿœ]+)* (?:de vos|des|de ces|de leurs|de nos) (?:donn|informations|fichiers)|(?<![a-zà-ÿœ])vous (?:pouvez|pourrez|devez|devrez|avez la possibilit[ée])[^.;]{0,80}(?:pour|afin)|modifi[a-zà-ÿœ]* (?:[a-zà-ÿœ]+ )?(?:la pr[ée]sente|cette|notre|nos|la|les) (?:politique|charte|notice|d[ée]claration|conditions|mentions)|(?:politique|charte)[^.;]{0,60}(?:modifi|mise [àa] jour|mettre [àa] jour|[ée]volu)|r[ée]servons le droit|droits? (?:d'acc[èe]s|de rectification|d'effacement|[àa] l'effacement|de limitation|[àa] la limitation|d'opposition|[àa] la portabilit[ée]|de portabilit[ée])|(?:contacter|joindre|[ée]crire [àa]|d[ée]sign[ée]?)[^.;]{0,60}(?:d[ée]l[ée]gu[ée]|dpo|dpd|r[ée]f[ée]rent|responsables? (?:du|de) |service client|[ée]quipe)|(?:[àa] des fins|aux fins) (?:des?|du) (?:lois?|r[èe]glements?|rgpd|ccpa|lgpd|pr[ée]sente|cette|l'article)|(?:param[ée]tr|configur)[a-zà-ÿœ]*[^.;]{0,60}(?:pour|afin)|(?:prestataires?|sous-traitants?|partenaires?|destinataires?)[^.;]{0,60}(?:n'|ne )(?:[a-zà-ÿœ]+ ){0,3}?(?:utilis|trait|exploit)[a-zà-ÿœ]*[^.;]{0,40}(?:qu'|que )|(?:tenus?|oblig[ée]s?) de n'(?:utilis|exploit)|(?:afin de|pour) vous (?:garantir|offrir|donner|apporter|fournir) une information|avons r[ée]dig[ée]|(?:traiter|r[ée]pondre [àa]) (?:votre|ta|cette|la|chaque) (?:demande|requ[êe]te)[^.;]{0,80}(?:justificatif|pi[èe]ce d'identit|preuve de (?:votre|ton) identit|v[ée]rifier (?:votre|ton) identit)|(?:justificatif|pi[èe]ce d'identit|v[ée]rifier (?:votre|ton) identit)[^.;]{0,80}(?:traiter|r[ée]pondre [àa]) (?:votre|ta|cette|la|chaque) (?:demande|requ[êe]te)|(?:exercer|exercice de) (?:vos|ses|leurs|tes|l'un de vos|ces|ce) droits?|(?:afin de|pour) (?:vous |t')opposer|une base l[ée]gale pour le faire|(?:fai[a-zà-ÿœ]* appel|recour[a-zà-ÿœ]*|avons recours|engage[a-zà-ÿœ]*) (?:[àa] |aux )?(?:des |un |une |nos |notre |certains )?(?:prestataires?|sous-traitants?|partenaires?|fournisseurs?|soci[ée]t[ée]s)|^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:toute |toutes |les |nos |des |certaines? )?(?:soci[ée]t[ée]s?|organisations?|organismes?|prestataires?|partenaires?|sous-traitants?|autorit[ée]s?|administrations?)(?![a-zà-ÿœ])[^.;]{0,80}(?:[àa] des fins|aux fins)|(?:pour|afin d[e']) (?:remplir|ex[ée]cuter|honorer) (?:notre part (?:du|de ce) |le |votre |notre |ce )contrat|(?:aux|[àa] des) fins (?:d[ée]crites|mentionn[ée]es|indiqu[ée]es|[ée]nonc[ée]es|pr[ée]cis[ée]es|list[ée]es|expos[ée]es|pr[ée]vues) (?:ci-dessous|ci-dessus|ci-apr[èe]s|dans)|(?:prendre (?:r[ée]guli[èe]rement )?connaissance|consulter r[ée]guli[èe]rement)[^.;]{0,60}(?:politique|charte|page|notice)|(?:pour|afin)[^.;]{0,100}, nous (?:externalisons|sous-traitons|faisons appel|avons recours|recourons|partageons|transmettons|communiquons)/
    .source + `|${OTHER_TOPICS}|${ABOUT_THE_NOTICE.source}`;

// The words a list of uses starts its items with ("Gestion des commandes", "Vous envoyer nos offres").
const PURPOSE_ITEM =
  /gestion|envoi|fourniture|am[ée]lioration|personnalisation|pr[ée]vention|lutte|r[ée]alisation|suivi|mesure|cr[ée]ation|organisation|facturation|recouvrement|prospection|(?:(?:vous|nous) )?(?:g[ée]rer|envoyer|fournir|am[ée]liorer|personnaliser|pr[ée]venir|lutter|traiter|informer|proposer|r[ée]pondre|mesurer|r[ée]aliser|permettre|assurer|[ée]tablir|d[ée]tecter|s[ée]curiser|organiser|adresser|livrer|contacter|recontacter|facturer|recouvrer|analyser|[ée]tudier|v[ée]rifier|cr[ée]er|suivre|identifier|authentifier|afficher|recommander|produire|publier|animer|former|recruter|instruire|permettre)(?![a-zà-ÿœ])/
    .source;

// A retention table's reason column after a period ("Photos | 1 an | Délai de contestation des dommages"): why data is kept.
const KEPT_BECAUSE = `\\|\\s*(?:${DURATION}|jusqu'|pendant)[^|]*\\|\\s*(?:d[ée]lais?|recommandations?|obligations?|prescriptions?|dur[ée]es?|exigences?|normes?|r[ée]f[ée]rentiels?|code|loi)(?![a-zà-ÿœ])`;

const file: RuleFile = {
  tag: 'purposes',
  lang: 'fr',
  rules: [
    {
      id: 'purposes.fr.finalites',
      // "Vos données sont traitées pour les finalités suivantes."
      match: /finalit[ée]s?(?![a-zà-ÿœ])/,
      // retention and collection boilerplate name the purposes without saying what they are; so does a
      // controller's definition ("détermine les finalités") and a table-of-contents line
      unless: new RegExp(`${NOT_EVIDENCE.source}|${/d[ée]termin[a-zà-ÿœ]* (?:les|des|leurs) finalit|(?:n[ée]cessaires?|strictement|au regard|compatibles?|conform[ée]ment|limit[ée]es?|adapt[ée]es?|pertinentes?) (?:[àa] |aux |avec |des |de )?(?:la r[ée]alisation (?:des |de la )|l'accomplissement (?:des |de la )|la )?finalit|(?:en fonction|selon|suivant|limitation) (?:de |des )?(?:la |les |leurs? )?finalit|leurs finalit[ée]s|finalit[ée]s? (?:pour lesquelles|poursuivies|d[ée]crites|vis[ée]es|mentionn[ée]es|indiqu[ée]es|pr[ée]cit[ée]es)|modifi[a-zà-ÿœ]*[^.;]{0,80}finalit|droit d'opposition|^[^.!]*\?\s*(?:[^.!?]*\?\s*)*$/.source}`),
      example: 'Vos données sont traitées pour les finalités suivantes.',
    },
    {
      id: 'purposes.fr.used-to',
      // "Nous utilisons vos données pour vous envoyer notre newsletter."
      match: new RegExp(
        `(?:utilis|trait|exploit|collect|recueill|enregistr|analys|d[ée]pos|reconna[iî]|servent|sert|permett|permet|n[ée]cessaires?|avons besoin|nous (?!conserv|archiv|supprim|gard(?!ons (?:la |une )?trace)|invitons|recommandons|engageons|r[ée]servons|effor[çc]ons|demandons (?:l'|leur |votre |son )?(?:accord|autorisation|consentement))[a-zà-ÿœ]+ons|(?:sont|est|seront) (?!conserv|gard|archiv)[a-zà-ÿœ]+(?:é|ée|és|ées))[a-zà-ÿœ]*(?:(?!conserv|gard|archiv|supprim)[^.;]){0,80}?(?:(?<![a-zà-ÿœ])pour ${INFINITIVE}|(?<![a-zà-ÿœ])pour ?:|(?<![a-zà-ÿœ])(?:pour|dans) les (?:raisons|finalit[ée]s|buts|objectifs|motifs) suivant|aux fins suivantes|afin (?:de |d')|[àa] des fins (?:de |d')|dans le but (?:de |d')|en vue (?:de |d')|(?<![a-zà-ÿœ])(?:[àa]|de) (?:vous |nous )?(?:fournir|g[ée]rer|am[ée]liorer|personnaliser|envoyer|mesurer|proposer|adresser|informer|traiter vos|analyser|assurer la gestion|r[ée]aliser|permettre))|avons besoin (?:de |d')[^.;]{0,160}?(?<![a-zà-ÿœ])pour ${INFINITIVE}`,
      ),
      // "afin de garantir la sécurité" and "conservées pour respecter nos obligations" are other topics
      unless: new RegExp(`${OTHER_AIMS}|${/(?:afin|pour) (?:de |d')?(?:pr[ée]server|garantir|assurer|prot[ée]ger|s[ée]curiser) (?:(?:la |l')?(?:s[ée]curit[ée]|confidentialit[ée]|int[ée]grit[ée])(?:,? (?:et )?(?:la |l')?[a-zà-ÿœ]+)* (?:de vos|des|de ces|de leurs|de nos) (?:donn|informations|fichiers)|vos donn|les donn|ces donn|vos informations)|pour (?:exercer|faire valoir) vos droits|n'(?:est|sont) (?:exig|demand|requis|n[ée]cessaire)|(?<![a-zà-ÿœ])(?:conserv|gard(?!ons (?:la |une )?trace)|archiv)[a-zà-ÿœ]*[^.;]{0,80}(?:n[ée]cessaire|pour|afin)|oppos[a-zà-ÿœ]*[^.;]{0,80}(?:[àa] la |[àa] l'|au |aux |[àa] (?:leur|son|sa|ses) )(?:r[ée])?(?:utilisation|traitements?)/.source}`),
      example: 'Nous utilisons vos données pour vous envoyer notre newsletter.',
    },
    {
      id: 'purposes.fr.in-order-to',
      // "Pour étudier votre demande, nous vous demandons vos revenus." (the purpose first, then what is processed)
      match: new RegExp(`(?:^|[.!?] )(?:pour|afin (?:de |d'))\\s*${INFINITIVE}[^.;]{0,80}, (?:nous|vos donn[ée]es|ces (?:donn[ée]es|informations)|les donn[ée]es|un (?:syst[èe]me|outil|logiciel)|notre|nos|(?:le |la |l')[a-zà-ÿœ-]+(?: [a-zà-ÿœ-]+)? (?:utilis|trait|collect|recueill|demand|a besoin|consult|v[ée]rifi|enregistr|exploit))|(?<![a-zà-ÿœ])pour (?:des |les |vos |nos )?(?:besoins|recherches|[ée]tudes|statistiques|raisons (?:de|d')) `),
      unless: new RegExp(`${OTHER_TOPICS}|${/(?:pour|afin d[e']) (?:remplir|ex[ée]cuter|honorer) (?:notre part (?:du|de ce) |le |votre |notre |ce )contrat|, nous (?:externalisons|sous-traitons|faisons appel|avons recours|recourons)|(?:afin de|pour) vous (?:garantir|offrir|donner|apporter|fournir) une information|(?:traiter|r[ée]pondre [àa]) (?:votre|ta|cette|la|chaque) (?:demande|requ[êe]te)[^.;]{0,80}(?:justificatif|pi[èe]ce d'identit|preuve de (?:votre|ton) identit|v[ée]rifier (?:votre|ton) identit)|(?<![a-zà-ÿœ])(?:conserv|archiv|gard)[a-zà-ÿœ]*[^.;]{0,80}pour (?:les |des )?besoins|d[ée]sign[a-zà-ÿœ]*[^.;]{0,40}d[ée]l[ée]gu[ée]|pour (?:les |l')?(?:exercer|faire valoir|ce faire|demander|toute question|en savoir|acc[ée]der [àa] vos|corriger|rectifier|supprimer|effacer|vous opposer|retirer|nous contacter|contacter)/.source}`),
      example: 'Pour étudier votre demande, nous vous demandons vos revenus.',
    },
    {
      id: 'purposes.fr.used-for-noun',
      // "Ces données sont utilisées pour la gestion des dossiers." (a use named by its noun)
      match: new RegExp(`(?<![a-zà-ÿœ-])(?:utilis|trait|exploit)[a-zà-ÿœ]* (?:[a-zà-ÿœ]+ )?[àa] des fins (?:commerciales|publicitaires|marketing|promotionnelles|statistiques)|(?<![a-zà-ÿœ-])(?:(?:utilis|trait|exploit|collect|recueill)[a-zà-ÿœ]* (?:notamment |uniquement |principalement )?|enregistr[ée]e?s?(?: [^.;]{0,60}?)? )(?:pour|[àa] des fins de|aux fins de) (?:la |le |l'|les )?(?:${PURPOSE_NOUN}|(?!(?:informations?|donn[ée]es|dur[ée]e|conservation|navigation|connexion|localisation|identification|op[ée]rations?)(?![a-zà-ÿœ]))[a-zà-ÿœ]{3,}(?:tion|sion|ment|ance|ence)s?(?![a-zà-ÿœ]))`),
      // objecting to a use is a right
      unless: /oppos[a-zà-ÿœ]*[^.;]{0,80}(?:utilisation|traitement)/,
      example: 'Ces données sont utilisées pour la gestion des dossiers.',
    },
    {
      id: 'purposes.fr.uses',
      // "Ces informations nous permettent de personnaliser vos recommandations."
      match: /nous (?:permet|permettent|servent|sert|aide|aident)(?: [a-zà-ÿœ]+ment)? (?:de |d'|[àa] )|(?:(?:ce|ces|cette|le|les) (?:traitements?|donn[ée]es|informations|outils?|cookies?|traceurs?)|(?<![a-zà-ÿœ])(?:ils|elles)) (?:[a-zà-ÿœ]+ ){0,2}(?:permet(?:tent)?|visen?t?|ser(?:t|vent)|ont pour (?:but|objet|finalit)|a pour (?:but|objet|finalit))(?: [àa] [a-zà-ÿœ]+)? (?:de |d'|[àa] )|(?:servent|sert)(?: [a-zà-ÿœ]+ment)? [àa] (?!rien)|(?:objectifs?|buts?) (?:du|de ce|des|de nos) traitements?|(?:utilisation|usage)s? (?:de vos|des) (?:donn[ée]es|informations) (?:pour|afin|[àa] des fins)/,
      unless: /oppos[a-zà-ÿœ]*[^.;]{0,80}(?:[àa] la |[àa] l'|au |aux |[àa] (?:leur|son|sa|ses) )(?:r[ée])?(?:utilisation|traitements?)/,
      example: 'Ces informations nous permettent de personnaliser vos recommandations.',
    },
    {
      id: 'purposes.fr.for-ends',
      // "Nous lisons les messages à des fins de prévention des fraudes."
      match: /(?<![a-zà-ÿœ])(?:[àa] des fins|aux fins)(?: de | d'| [a-zà-ÿœ]+)|(?<![a-zà-ÿœ])afin (?:de |d')|avons besoin[^.;]{0,80}pour qu(?:e |')|au titre de la (?:lutte|pr[ée]vention)|dans le cadre de la (?:lutte|pr[ée]vention)/,
      // kept "à des fins probatoires" is retention; objecting to use "à des fins de prospection" is a right
      unless: new RegExp(`${OTHER_AIMS}|${/(?:conserv|gard|archiv|oppos|communiqu|transm|partag|vend|c[èe]d|lou)[a-zà-ÿœ]*[^.;]{0,120}(?:[àa] des fins|aux fins|afin)|afin (?:de |d')(?:pr[ée]server|garantir|assurer|prot[ée]ger|s[ée]curiser) (?:la s[ée]curit|la confidentialit|l'int[ée]grit|vos donn|les donn)/.source}`),
      example: 'Nous lisons les messages à des fins de prévention des fraudes.',
    },
    {
      id: 'purposes.fr.aimed-at',
      // "Ces données sont destinées à la gestion de votre dossier." (a use named by its noun after an aim word)
      match: new RegExp(`(?:(?:donn[ée]es|informations|renseignements|coordonn[ée]es|traitements?|fichiers?|cookies?|traceurs?|contr[ôo]les?|v[ée]rifications?|analyses?|outils?|dispositifs?|elles|ils)[^.;]{0,60}(?:destin[ée]e?s?|n[ée]cessaires?|indispensables?) (?:[àa] |au |aux )|(?:a|ont|avons) pour (?:objet|objectif|but|finalit[ée]s?|mission) (?:de |d'|))(?:la |le |l'|les )?(?:(?!ex[ée]cution|respect)${PURPOSE_NOUN}|${INFINITIVE} )|gr[âa]ce [àa] (?:ces|vos|les|ses|leurs|cette) (?:donn[ée]es|informations|coordonn[ée]es|cookies|r[ée]ponses)[^.;]{0,40}(?<![a-zà-ÿœ])(?:nous|ils|elles|on) (?:vous |pouvons |pouvez )?[a-zà-ÿœ]+`),
      // retention ("le temps nécessaire à la gestion") and legal grounds ("nécessaire à l'exécution du contrat") are other topics
      unless: new RegExp(`${OTHER_AIMS}|${/(?<![a-zà-ÿœ])(?:conserv|gard|archiv)[a-zà-ÿœ]*|dur[ée]e|temps n[ée]cessaire|(?:pr[ée]sente|cette) (?:clause|politique|charte|notice|d[ée]claration|page|rubrique|section)|fond[ée]e?s? sur|repos(?:e|ent) sur|bas[ée]e?s? sur|base l[ée]gale|destin[ée]e?s? (?:[àa] |aux? )(?:nos|des|vos|ses|leurs|certains) |(?:r[ée]alisation|accomplissement) des finalit|(?<![a-zà-ÿœ])(?:divulgu|communiqu|transm)/.source}`),
      example: 'Ces données sont destinées à la gestion de votre dossier d’inscription.',
    },
    {
      id: 'purposes.fr.purpose-item',
      // "Envoi de la newsletter, si vous y avez consenti." (an item of a list of uses: a use noun or verb, then its object)
      match: new RegExp(`^[\\s\\-–•*·«"(]*(?:\\d+(?:\\.\\d+)*[.)]?\\s*|[a-z][.)]\\s*)?(?:${PURPOSE_ITEM})(?: (?:de |d'|des |du |[àa] |aux |au |la |le |les |l'|vos |votre |nos |notre |vous |nous |leurs? |ses |son |sa |contre |et |en ))[^|]{12,}`),
      unless: new RegExp(`${NOT_EVIDENCE.source}|${/(?<![a-zà-ÿœ])(?:conserv|archiv)[a-zà-ÿœ]*|dur[ée]e de|^[^:]{0,40}:\s*[^:]*,|^\W*(?:fournir|communiquer|transmettre|donner|prot[ée]ger) (?:vos |des |les |tes |vos propres )?(?:donn|informations|renseignements)|(?:oppos[a-zà-ÿœ]*|d[ée]sinscri[a-zà-ÿœ]*|d[ée]sabonn[a-zà-ÿœ]*) /.source}`),
      example: 'Envoi de la newsletter, si vous y avez consenti.',
    },
    {
      id: 'purposes.fr.labelled',
      // "Pourquoi : gérer votre abonnement et encaisser les mensualités." (a fact sheet's "why" line)
      match: /^[\s\-–•*·«"(]*(?:pourquoi|finalit[ée]s?(?: du traitement| poursuivies?)?|objectifs?|buts?|usages?|[àa] quoi (?:ça|cela|elles?|ils?|servent-elles|servent-ils) ?(?:sert|servent)?)\s*(?:\?\s*|:\s*)[^\s|]+(?:\s+[^\s|]+){2,}/,
      unless: NOT_EVIDENCE,
      example: 'Pourquoi : gérer votre abonnement, vous laisser entrer et encaisser les mensualités.',
    },
    {
      id: 'purposes.fr.we-send',
      // "Si vous y avez consenti, nous vous envoyons la lettre mensuelle de la ville." (sending news and offers is a use)
      match: /nous vous informons (?:[a-zà-ÿœ'-]+ ){0,3}(?:de |des |sur )(?:nos |les )?(?:offres|promotions|actualit[ée]s|nouveaut[ée]s|[ée]v[ée]nements|actions|produits)|(?:(?:nous|on) (?:vous |leur |lui )?(?:envoyons|adressons|enverrons|adresserons|faisons parvenir)|nous (?:vous|leur|lui) (?:proposons|pr[ée]sentons|affichons|montrons|recommandons|sugg[ée]rons|transmettons)|nous (?:pouvons|pourrons|allons|souhaitons) (?:vous |leur )?(?:envoyer|adresser|proposer|faire parvenir|pr[ée]senter|recommander)) (?:[a-zà-ÿœ'-]+ ){0,4}(?:lettres?|newsletters?|offres|promotions|alertes|e-?mails|sms|notifications|communications|actualit[ée]s|informations commerciales|publicit[ée]s|recommandations|suggestions|bons (?:de r[ée]duction|d'achat)|invitations|questionnaires|enqu[êe]tes)|vous (?:recevrez|recevez|pourrez recevoir|pouvez recevoir|recevriez) (?:[a-zà-ÿœ'-]+ ){0,3}(?:lettres?|newsletters?|offres|promotions|alertes|actualit[ée]s|invitations|bons (?:de r[ée]duction|d'achat)|communications commerciales)|(?:lettres?|newsletters?|offres|alertes|e-?mails promotionnels|communications commerciales)[^.;]{0,40}(?:vous (?:est|sont|sera|seront) (?:envoy|adress)|(?:est|sont|sera|seront) (?:envoy|adress)[ée]e?s? (?:[àa] vous|aux (?:abonn|client|membre|adh[ée]rent)))/,
      unless: /ne (?:vous |leur )?(?:envoyons|adressons|enverrons) (?:jamais|pas|aucun)|ne (?:recevrez|recevez|recevrai|re[çc]oi[a-zà-ÿœ]*) plus|ne plus recevoir/,
      example: 'Si vous y avez consenti, nous vous envoyons la lettre mensuelle de la ville.',
    },
    {
      id: 'purposes.fr.aim',
      // "Le module dépose un cookie qui reconnaît votre navigateur pour lutter contre la fraude." (an aim typical of uses)
      match: /(?<![a-zà-ÿœ])(?:pour |afin de |afin d')(?:(?:vous|nous|les|leur|en|l'|y|lui) )?(?:envoyer|livrer|facturer|g[ée]rer|traiter|am[ée]liorer|personnaliser|mesurer|lutter|pr[ée]venir|d[ée]tecter|rep[ée]rer|proposer|recommander|afficher|identifier|authentifier|v[ée]rifier|calculer|adapter|informer|contacter|recontacter|r[ée]pondre|[ée]tablir|suivre|analyser|optimiser|organiser|faciliter)(?![a-zà-ÿœ])/,
      unless: new RegExp(`${OTHER_AIMS}|${/(?:afin|pour) (?:de |d')?(?:pr[ée]server|garantir|assurer|prot[ée]ger|s[ée]curiser) (?:(?:la |l')?(?:s[ée]curit[ée]|confidentialit[ée]|int[ée]grit[ée])(?:,? (?:et )?(?:la |l')?[a-zà-ÿœ]+)* (?:de vos|des|de ces|de leurs|de nos) (?:donn|informations|fichiers)|vos donn|les donn|ces donn|vos informations)|(?<![a-zà-ÿœ])(?:conserv|gard(?!ons (?:la |une )?trace)|archiv|supprim|effac)[a-zà-ÿœ]*|pour (?:g[ée]rer|param[ée]trer|modifier) (?:vos|ses|leurs|les) (?:pr[ée]f[ée]rences|choix|consentements|param[èe]tres|cookies)|pour (?:traiter|r[ée]pondre [àa]) (?:votre|cette|la|toute|leur|chaque) (?:demande|requ[êe]te|r[ée]clamation)|justifi[a-zà-ÿœ]* (?:de )?votre identit|pi[èe]ce d'identit[ée]|exercer (?:vos|ses|leurs|ce|ces|l'un)|oppos|(?:pour|afin de) (?:vous )?informer (?:de|des|du) (?:toute |tout |la |les )?(?:modification|changement|violation|mise)/.source}`),
      example: 'Le module de paiement dépose un cookie qui reconnaît votre navigateur pour lutter contre la fraude.',
    },
    {
      id: 'purposes.fr.purpose-on-ground',
      // "La gestion de vos commandes repose sur l'exécution du contrat." (a purpose named as the subject of its ground)
      match: new RegExp(`(?:^|[.;] )(?:les )?traitements? (?:n[ée]cessaires? [àa]|li[ée]s? [àa]|relatifs? [àa]|destin[ée]s? [àa])[^.;|]{0,160}(?:repos(?:e|ent) sur|(?:est|sont) (?:fond|bas|justifi)[ée]e?s? sur)|(?:^|[.;] )(?:sont|est) (?:fond|bas)[ée]e?s? sur [^.;|]{0,80}?(?:la |le |l')(?:${PURPOSE_NOUN})|(?:^[\\s\\-–•*·«"(]*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?|[.;] )(?:la |le |l'|les )?${PURPOSE_NOUN}[^.;|]{0,100}(?:repos(?:e|ent) sur|(?:est|sont) (?:fond|bas|justifi)[ée]e?s? sur|se fonde|(?:est|sont) n[ée]cessaires? (?:[àa] l'ex[ée]cution|au respect))`),
      example: "La gestion de vos commandes repose sur l'exécution du contrat.",
    },
    {
      id: 'purposes.fr.row-purpose',
      // "Gestion de votre compte | Identité, e-mail | Exécution du contrat" (the first cell of a processing table)
      match: new RegExp(`^[\\s*]*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:la |le |l'|les )?(?:${PURPOSE_NOUN}|(?!(?:informations?|donn[ée]es|cat[ée]gories?|conservation|utilisation|localisation|identification|navigation|connexion|transactions?)(?![a-zà-ÿœ]))[a-zà-ÿœ]{3,}(?:tion|sion|ment|ance|ence)s?(?![a-zà-ÿœ])|${INFINITIVE})[^|]*\\|[^|]*\\|`),
      example: 'Gestion de votre compte | Identité, e-mail | Exécution du contrat',
    },
    {
      id: 'purposes.fr.purpose-cell',
      // "_pk_id | Matomo | Mesure d'audience | 13 mois" (a purpose column in any position of a table row)
      match: new RegExp(`\\|\\s*(?:\\*\\*)?(?:la |le |l'|les )?(?:${PURPOSE_NOUN}|(?!(?:informations?|donn[ée]es|cat[ée]gories?|conservation|utilisation|localisation|identification|navigation|connexion|transactions?|dur[ée]es?|ex[ée]cution|consentement)(?![a-zà-ÿœ]))[a-zà-ÿœ]{3,}(?:tion|sion|ment|ance|ence)s?(?![a-zà-ÿœ]))[^|]*\\|[^|]*\\|?`),
      unless: new RegExp(`^[^|]*\\|[^|]*$|${KEPT_BECAUSE}`),
      example: "_pk_id | Matomo | Mesure d'audience | 13 mois",
    },
    {
      id: 'purposes.fr.purpose-words',
      // "Gestion des commandes, de la livraison et du service après-vente" (a purpose named by its noun or its verb at
      // the start of an item, as in tables and lists, or marketing, advertising and analytics named as uses: purposes
      // only under a purposes heading; one rule so that two such cues never add up to a strong one)
      match: new RegExp(`^[\\s\\-–•*·«"(]*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:(?:d'abord|ensuite|enfin|puis|aussi|surtout|principalement|notamment|essentiellement),? )?(?:(?:la |le |l'|les )?(?:${PURPOSE_NOUN}|(?!(?:informations?|conservation|protection|collecte|utilisation|description|d[ée]finition|application|mention|exception|question|section|destination|traitements?|fonctionnement|consentement|paiement|localisation|g[ée]olocalisation|interactions?|identification|navigation|connexion|transactions?|r[ée]servations?)(?![a-zà-ÿœ]))[a-zà-ÿœ]{3,}(?:tion|sion|ment|ance|ence)s?(?![a-zà-ÿœ]))|(?:[àa] |pour |afin de |afin d')?${INFINITIVE} )|${/prospection|newsletters?|lettres? d'information|offres? (?:promotionnelles|commerciales|personnalis[ée]es|de nos partenaires)|publicit[ée]s? (?:cibl[ée]es|personnalis[ée]es|adapt[ée]es)|mesure d'audience|statistiques|marketing|(?:enqu[êe]tes?|sondages?) de satisfaction|recommandations? personnalis|(?:adress(?:er|ons|ez|é|ée|ées|és)(?![a-zà-ÿœ])|envoy|envoi)[a-zà-ÿœ]*[^.;]{0,40}(?:courriers?|e-?mails?|sms|messages|offres|communications)|permet(?:tre|tent)?|servir|servent|objectifs?|(?<![a-zà-ÿœ])but(?![a-zà-ÿœ])/.source}`),
      // a right to object to prospecting is about rights, not a use; a ground alone ("Exécution du contrat.") names no use
      unless: /^\W*(?:l'|la |le )?(?:ex[ée]cution (?:du|d'un|de votre|de ce|des) (?:contrat|mesures pr[ée]contractuelles)|respect (?:de |d'une |des )(?:nos |l'|une |la |ses )?obligations? (?:l[ée]gales?|r[ée]glementaires?|comptables|fiscales)(?: et (?:l[ée]gales|r[ée]glementaires|comptables|fiscales))?|int[ée]r[êe]t l[ée]gitime)[\s.;]*$|en savoir plus|(?:oppos[a-zà-ÿœ]*|d[ée]sinscri[a-zà-ÿœ]*|d[ée]sabonn[a-zà-ÿœ]*) (?:[a-zà-ÿœ' ]{0,20})(?:prospection|newsletters?|marketing)/,
      weight: WEAK,
      example: 'Gestion des commandes, de la livraison et du service après-vente',
    },
  ],
  headings: [
    {
      id: 'purposes.fr.heading',
      // "Pourquoi utilisons-nous vos données ?"
      match: /(?<![a-zà-ÿœ])(?:finalit|pourquoi|[àa] quoi|(?:qu'en|que) (?:faisons|fait|faites)|ce que nous en faisons|servent|servir [àa]|ce que nous (?:en )?faisons|que faisons-nous|prospection|marketing|publicit|newsletter|communications? commerciales?|(?:comment|pour quoi) (?:utilis|trait)|utilisation (?:de vos|des) (?:donn|informations)|objectifs?|usages? (?:de vos|des) donn)/,
      // "Pourquoi cette durée ?" asks why data is kept that long: retention
      // "Pourquoi cette durée ?" is about retention, "Pourquoi en avons-nous le droit ?" about the legal basis
      unless: /pourquoi (?:cette|ces|une telle|de telles|la|les) dur[ée]es?|le droit(?: de| d'|\s*\?|$)/,
      example: 'Pourquoi utilisons-nous vos données ?',
    },
  ],
  examples: [
    ['Nous utilisons vos données pour mesurer notre audience. Vous pouvez consentir ou vous opposer à cette utilisation dans vos paramètres.', true],
    ['Aucun questionnaire médical n’est exigé pour adhérer à nos contrats santé.', false],
    ['Les traitements nécessaires à l’ouverture et à la tenue du compte reposent sur l’exécution du contrat.', true],
    ['Sont fondées sur l’intérêt légitime de la banque la prévention de la fraude et l’amélioration de ses services.', true],
    ['Aucune donnée de santé n’est utilisée à des fins commerciales.', true],
    ['Il est procédé, dans notre intérêt légitime, à des contrôles destinés à détecter les fraudes et les abus.', true],
    ['Avec votre accord, nous vous informons par e-mail de nos offres de prévoyance.', true],
    ['Nos partenaires publicitaires sont listés, avec leurs finalités, dans l’interface de consentement.', false],
    ['Vous pouvez vous opposer à leur utilisation à des fins de prospection.', false],
    ['Vos données sont traitées pour les finalités suivantes.', true],
    ['Nous utilisons vos données pour vous envoyer notre newsletter.', true],
    ['Ces informations nous permettent de personnaliser vos recommandations.', true],
    ['Vos coordonnées sont utilisées afin de traiter votre commande et de vous livrer.', true],
    ['Les cookies de mesure d’audience servent à établir des statistiques de fréquentation.', true],
    ['Ces données sont destinées à la gestion de votre dossier d’inscription.', true],
    ['Pourquoi : gérer votre abonnement, vous laisser entrer et encaisser les mensualités.', true],
    ['Si vous y avez consenti, nous vous envoyons la lettre mensuelle de la ville.', true],
    ['Nous pouvons vous proposer d’autres offres de crédit par courrier ou par téléphone.', true],
    ['La lettre des nouveautés ne vous est envoyée que si vous l’avez demandée.', true],
    ['Vous recevrez nos offres par e-mail si vous avez coché la case prévue à cet effet.', true],
    ['Le module de paiement dépose un cookie qui reconnaît votre navigateur pour lutter contre la fraude.', true],
    ['Avec la carte, nous gardons la trace de vos achats pour vous faire gagner des bons d’achat.', true],
    ['Envoi de la newsletter, si vous y avez consenti.', true],
    ['Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé par la commune pour la gestion des inscriptions scolaires.', true],
    ['Les données collectées sont nécessaires au traitement de votre demande.', true],
    ['Nous utilisons vos données de connexion pour assurer la sécurité de nos services.', true],
    ['Grâce à ces données, nous améliorons nos services et personnalisons votre expérience.', true],
    ['Vos données sont utilisées pour :', true],
    // hard negatives: the aim of something else than a use (sharing, rights, changes, the DPO, security, a setting)
    ["Vous pouvez contacter notre délégué à la protection des données afin d'obtenir plus d'informations.", false],
    ['Le droit de rectification afin de nous demander de corriger vos données inexactes ;', false],
    ['Nous pouvons modifier la présente politique afin de tenir compte des évolutions légales.', false],
    ['Nous partageons vos données avec notre prestataire de paiement afin de traiter vos transactions.', false],
    ['Vous pouvez paramétrer votre navigateur afin de refuser les cookies.', false],
    ['Nous mettons en œuvre des mesures techniques pour garantir que vos données restent confidentielles.', false],
    ['Facturation et paiement : RIB, historique des paiements, incidents.', false],
    ['Photos de restitution | 1 an | Délai de contestation des dommages', false],
    ['Fournir vos données personnelles de manière complète et précise.', false],
    ['Aux fins des lois colombiennes sur la protection des données, la société est responsable du traitement.', false],
    ['Si vous souhaitez contacter l’un de nos responsables du traitement afin d’obtenir des informations, écrivez-nous.', false],
    ['La présente clause a pour objet d’informer les clients de la manière dont leurs données sont traitées.', false],
    ['Nous avons une équipe d’experts dédiée à la sécurité et à la confidentialité.', false],
    ['Livi est une application destinée à la mise en relation avec des médecins.', false],
    // hard negatives: the purposes named only as a measure of retention, security or rights
    ['Vos données sont conservées pendant la durée nécessaire aux finalités pour lesquelles elles ont été collectées.', false],
    ['Nous prenons toutes les mesures afin de garantir la sécurité de vos données.', false],
    ['Vous pouvez vous opposer à tout moment à la prospection commerciale.', false],
    ['Les données sont conservées pour une durée de trois ans.', false],
    // hard negatives: limits set on processors, the notice's own wording, checking who makes a rights request
    ['Nos prestataires n’utilisent vos données que pour exécuter les services que nous leur confions.', false],
    ['Nos partenaires sont tenus de n’utiliser vos données qu’aux fins que nous définissons.', false],
    ['Afin de vous garantir une information claire, nous avons rédigé cette politique en termes simples.', false],
    ['Afin de traiter votre demande, nous pourrons vous demander un justificatif d’identité.', false],
    ['Nous utilisons vos coordonnées pour traiter votre demande de devis.', true],
    ['Nous chiffrons les données pour les protéger contre tout accès non autorisé.', false],
    ['Afin de respecter la réglementation, nous conservons vos factures dix ans.', false],
    ['Nous avons nommé un délégué à la protection des données pour veiller au respect du RGPD.', false],
    // hard negatives: a list of questions (a table of contents), a change to the notice, rights to exercise or to object
    ['Quelles sont les finalités et les bases légales des traitements ? Combien de temps conservons-nous les données ?', false],
    ['En cas de modification significative de la présente politique, relative notamment aux finalités, nous vous préviendrons.', false],
    ['Nous nous engageons à vous permettre d’exercer vos droits, directement dans vos paramètres ou en nous écrivant.', false],
    ['Le droit d’opposition, afin de vous opposer à ce que nous traitions vos données pour certaines finalités ;', false],
    ['Pour vous informer de ces changements, nous vous enverrons un e-mail.', false],
    ["Pour instruire votre demande d'aide, le département utilise les informations de votre dossier.", true],
    ["Pour les moins de 15 ans, nous demandons l'accord d'un parent pour créer un compte.", false],
    ['Nous vous recommandons de choisir un mot de passe robuste pour protéger votre compte.', false],
    // hard negatives: calling on a provider, a list item of recipients, fulfilling the contract (a ground), a pointer to the
    // purposes listed elsewhere, an invitation to read the notice again, the notice's scope
    ['Lorsque nous faisons appel à un prestataire de services afin de fournir ou améliorer nos services.', false],
    ['Toute société et organisation à des fins de protection contre la fraude et de réduction du risque de crédit.', false],
    ['Pour remplir notre part du contrat, nous avons besoin de traiter vos données personnelles.', false],
    ['Nous n’utilisons vos données qu’aux fins décrites ci-dessous.', false],
    ['Nous invitons les utilisateurs à prendre régulièrement connaissance de la politique afin de se tenir informés de ses dispositions.', false],
    ['Elle s’applique à toutes vos utilisations de nos services, sur le site ou l’application, pour personnaliser votre expérience.', false],
    ['Afin de vous proposer un service de qualité, nous externalisons certaines opérations auprès de prestataires spécialisés.', false],
  ],
};

export default file;
