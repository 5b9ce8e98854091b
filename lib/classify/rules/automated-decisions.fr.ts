import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW } from '../fr';

// Profiling, or decisions based solely on automated processing (RGPD 13(2)(f), 22).
// What takes the decision: a program or model, not a person ("logiciel", "algorithme", "outil anti-fraude").
const MACHINE =
  /algorithmes?|logiciels?|programmes? (?:informatiques?|automatiques?)|programmes?(?<![a-zà-ÿœ]programmes?)(?= qui)|(?:outils?|syst[èe]mes?|moteurs?|dispositifs?|mod[èe]les?|m[ée]canismes?|filtres?|robots?|traitements?|contr[ôo]les?|logiciels?) (?:automati[a-zà-ÿœ]*|informatiques?|statistiques?|pr[ée]dictifs?|d'aide [àa] la d[ée]cision|anti-?(?:fraudes?|triche|spam|abus|robots?)|de (?:d[ée]tection|notation|scoring|score|tri|[ée]valuation|s[ée]lection|tarification|cotation|filtrage|mod[ée]ration|recommandation|pr[ée]diction|lutte contre la fraude|pr[ée]vention de la fraude|risque))|(?:syst[èe]mes?|outils?)(?<=(?:notre|nos|le|un) (?:syst[èe]mes?|outils?))(?![a-zà-ÿœ '-])|(?:syst[èe]mes?|outils?)(?<=(?:notre|nos|le|un) (?:syst[èe]mes?|outils?))(?= (?:qui|nous|vous|les|l'|la|le|analyse|[ée]value|calcule|d[ée]tecte|refuse|bloque|rep[èe]re|attribue|d[ée]cide|trie|classe|s[ée]lectionne|estime))|intelligence artificielle|(?<![a-zà-ÿœ])ia(?![a-zà-ÿœ])|apprentissage automatique|machine learning|reconnaissance faciale/
    .source;
// What it does to the person: rates, sorts, selects, accepts, refuses, blocks.
const JUDGES =
  /[ée]valu|signal(?:e|ent)(?![a-zà-ÿœ])|not(?:e|ent|[ée]e?s?)(?![a-zà-ÿœ])|calcul|tri(?:e|ent|[ée]e?s?)(?![a-zà-ÿœ])|class(?:e|ent|[ée]e?s?)(?![a-zà-ÿœ])|s[ée]lectionn|d[ée]termin|d[ée]cid|attribu|estim|pr[ée]di|refus|rejet|accept[ée]|bloqu|suspend|d[ée]sactiv|d[ée]tect|rep[èeé]r|compar|filtr|jug|appr[ée]ci|pond[ée]r|fix[ée]|masqu|orient(?:e|ent|[ée]e?s?)(?![a-zà-ÿœ])/
    .source;

const file: RuleFile = {
  tag: 'automated-decisions',
  lang: 'fr',
  rules: [
    {
      id: 'automated-decisions.fr.decision',
      // "Aucune décision entièrement automatisée n'est prise à votre égard."
      match: /d[ée]cisions? (?:individuelles? )?(?:(?:enti[èe]rement|exclusivement|uniquement|purement) )?automatis[ée]es?|prise de d[ée]cision automatis|(?:d[ée]cision|d[ée]cid)[a-zà-ÿœ]*[^.;]{0,80}(?:traitement|moyens?|proc[ée]d[ée]s?) automatis|article 22|(?:logiciels?|algorithmes?)[^.;]{0,60}(?:prise de )?d[ée]cisions?|(?:refus|d[ée]cision|sanction|rejet|bannissement)[^.;]{0,40}(?:de mani[èe]re|de fa[çc]on|par (?:des )?moyens?)(?: (?:enti[èe]rement|exclusivement|uniquement|purement|totalement))? automati|calcul[a-zà-ÿœ]* (?:[a-zà-ÿœ]+ ){0,3}(?:[àa] partir|en fonction) de (?:votre|vos) (?:profil|comportement|historique)|(?:calcul|attribu|[ée]tabli)[a-zà-ÿœ]* (?:aussi |[ée]galement )?(?:un |une |votre |le |la )?(?:score|indice|note|notation)|(?:banni|bloqu[ée]|suspendu|refus[ée]|rejet[ée]|d[ée]sactiv[ée]|exclu)e?s? automatiquement|(?:bannir|bloquer|suspendre|refuser|rejeter|d[ée]sactiver|exclure|fermer|r[ée]silier) automatiquement|r[ée]examen de (?:la|cette|votre) (?:d[ée]cision|demande)|(?:un |notre |nos |des |les |l')algorithmes? (?:[a-zà-ÿœ']+ ){0,3}(?:classe|trie|s[ée]lectionne|d[ée]termine|calcule|d[ée]cide|propose|choisit|attribue|recommande|[ée]value)|(?:analyse|d[ée]tection|syst[èe]me|outil|ajustement|adaptation|calcul|cotation|notation|[ée]valuation|s[ée]lection|tri|filtrage|classement|tarification|scoring|r[èe]gle)s? (?:est |sont )?automati(?:s[ée]e?s?|ques?)|apprentissage automatique|machine learning|(?:de fa[çc]on|de mani[èe]re) automatis[ée]e[^.;]{0,60}(?:suspend|bloqu|refus|rejet|d[ée]cid|signal|[ée]valu|attribu)|automatiquement (?:suspendu|bloqu|refus|rejet|attribu|d[ée]cid|[ée]valu|compar|v[ée]rifi|analys|class|tri|filtr)|(?:compar|v[ée]rifi|[ée]valu|class|tri|filtr|not|analys)[a-zà-ÿœ]* automatiquement (?:vos?|votre|les|le|la|leurs?|chaque|ses)|(?:refus|bloqu|suspend|rejet|masqu|d[ée]sactiv|exclu|bann)[a-zà-ÿœ]* (?:(?:pour|pendant) [^.;]{0,20})?(?:sur-le-champ|imm[ée]diatement|instantan[ée]ment|d'office)|(?<![a-zà-ÿœ])score (?:de [a-zà-ÿœ]+ )?(?:(?:est|sont|sera|a [ée]t[ée]) )?(?:calcul|attribu|[ée]tabli|d[ée]termin)|(?:pr[ée]s[ée]lection|classement|tri|classer|trier|pr[ée]s[ée]lectionner) (?:automatique |automatis[ée] )?(?:des |les |de vos |vos )?(?:candidatures|cv|candidats|dossiers)|sans (?:l'|un |une )?(?:examen|intervention|v[ée]rification|validation|contr[ôo]le) (?:humaine?|d'un|d'une|par un|individuel|pr[ée]alable|manuel)|d[ée]cisions?[^.;]{0,60}prises? par (?:un|une|des) (?:logiciels?|algorithmes?|programmes?|machines?|syst[èe]mes? informatiques?)|intervention humaine|(?:r[ée])?examen (?:manuel|humain)/,
      example: "Aucune décision entièrement automatisée n'est prise à votre égard.",
    },
    {
      id: 'automated-decisions.fr.profiling',
      // "Nous procédons à un profilage afin de personnaliser nos offres."
      match: /profilage|scoring|(?<![a-zà-ÿœ])score (?:de (?:cr[ée]dit|risque|solvabilit)|est calcul)|notation (?:de|du) (?:cr[ée]dit|risque)|(?:outils?|syst[èe]mes?|mod[èe]les?|m[ée]thodes?)(?: [a-zà-ÿœ]+)? de (?:notation|scoring|score|cotation)|(?:outils?|traitements?|syst[èe]mes?|logiciels?|dispositifs?)(?: [a-zà-ÿœ]+)? d'aide [àa] la d[ée]cision|segmentations?\/profils/,
      example: 'Nous procédons à un profilage afin de personnaliser nos offres.',
    },
    {
      id: 'automated-decisions.fr.machine-judges',
      // "Les candidatures sont d'abord triées par un logiciel." (a program that rates, sorts, accepts or refuses people)
      match: new RegExp(
        `(?:${MACHINE})[^.;]{0,60}?(?<![a-zà-ÿœ])(?:${JUDGES})|(?:intelligence artificielle|reconnaissance faciale|biom[ée]tri)[^.;]{0,60}v[ée]rifi|(?<![a-zà-ÿœ])(?:${JUDGES})[a-zà-ÿœ]* (?:(?:automatiquement|d'abord|directement|enti[èe]rement) )?par (?:un |une |des |notre |nos |le |la |les |l')(?:${MACHINE}|traitements? (?:informatiques?|automatis[ée]s?))`,
      ),
      example: "Les candidatures sont d'abord triées par un logiciel qui vérifie qu'elles remplissent les critères du poste.",
    },
    {
      id: 'automated-decisions.fr.profile-built',
      // "Nous établissons un profil de vos centres d'intérêt à partir de vos achats." (profiling in plain words)
      match: /(?:[ée]tabli|constitu|dress|[ée]labor|construi|affin|enrichi|d[ée]dui)[a-zà-ÿœ]* (?:un |des |votre |vos |le |les |de |d'un )?(?:profils?|segments?)(?![a-zà-ÿœ])|profils? (?:de (?:vos |nos )?(?:centres? d'int[ée]r[êe]t|pr[ée]f[ée]rences|consommat|risques?|comportement|go[ûu]ts|habitudes|lecteur|client|acheteur)|commerci|marketing|publicitaires?|d'achat|comportement|(?:type|de risque))|segment(?:s|ation)? (?:de |des )?(?:client|march[ée]|audience|comportement|consommat)|(?:regroup|class|r[ée]parti|rang)[a-zà-ÿœ]* (?:nos |les |vos |des )?(?:clients|utilisateurs|membres|abonn[ée]s|visiteurs|lecteurs|prospects|assur[ée]s|candidats)[^.;]{0,40}(?:segments|cat[ée]gories|groupes|profils|typologies)|(?:estim|calcul|pr[ée]di|[ée]valu)[a-zà-ÿœ]*[^.;]{0,50}(?:la |une |leur |sa |votre )probabilit[ée]|analys[a-zà-ÿœ]* (?:de |d')?(?:votre |vos |l'|leurs? )(?:historique|habitudes|achats|comportements?|navigation|centres d'int[ée]r[êe]t|go[ûu]ts)[^.;]{0,80}(?:recommand|personnalis|adapt[ée]|cibl)|(?:votre historique|vos (?:achats|habitudes|go[ûu]ts)|votre comportement) (?:[a-zà-ÿœ']+ ){0,4}(?:est|sont) analys[ée]e?s?[^.;]{0,60}(?:recommand|personnalis|adapt[ée]|cibl|propos)|(?:pr[ée]dire|anticiper|d[ée]duire|[ée]valuer) (?:vos |votre |les |leurs? )(?:comportements?|habitudes|centres d'int[ée]r[êe]t|pr[ée]f[ée]rences|solvabilit[ée]|capacit[ée] de remboursement|fiabilit[ée])/,
      // a user's own profile page is not profiling
      unless: /(?:votre|son|leur) profil (?:utilisateur|public|de membre)|profil (?:public|utilisateur)/,
      example: "Nous établissons un profil de vos centres d'intérêt à partir de vos achats afin de vous proposer des offres adaptées.",
    },
    {
      id: 'automated-decisions.fr.plain-words',
      // "Nous ne prenons aucune décision à votre égard sur la seule base d'un traitement automatique." (no legal jargon:
      // 'automatique' for 'automatisé', a machine or computer that decides, no human in the loop, profiling as a verb)
      match: /d[ée]cisions? (?:individuelles? )?(?:(?:enti[èe]rement|exclusivement|uniquement|purement) )?automatiques?|d[ée]cision[^.;]{0,80}traitements? automatiques?|(?:ordinateur|machine|logiciel seul|algorithme seul)s?(?: [a-zà-ÿœ]+){0,3} (?:d[ée]cid|calcul|fix|d[ée]termin|choisi|s[ée]lectionn|accept|refus|tranch)[a-zà-ÿœ]*|par (?:une |un )(?:machine|ordinateur|logiciel seul|algorithme seul)(?![a-zà-ÿœ])|sans qu'(?:un|une|aucun|aucune) (?:[êe]tre )?(?:humain|personne|conseill[èe]re?|agent|employ[ée]e?|salari[ée]e?|collaborat(?:eur|rice)|gestionnaire|op[ée]rat(?:eur|rice)) (?:[a-zà-ÿœ']+ ){0,2}(?:intervien|examin|v[ée]rifi|regard|valid)|(?<![a-zà-ÿœ])(?:vous |les |nos |des )?profil(?:er|ons|ez|ent|[ée]e?s?)(?![a-zà-ÿœ])(?<!profil[ée]e?s?(?= (?:public|utilisateur)))|(?:[ée]tudi|examin|calcul|fix|d[ée]termin|adapt|ajust|attribu|not|[ée]valu|s[ée]lectionn|accord|refus|retir|mod[ée]r|sanctionn)[ée]e?s? (?:de fa[çc]on |de mani[èe]re )?automati(?:quement|ques?)|(?:envoi|[ée]met|d[ée]clench|g[ée]n[èe]r)[a-zà-ÿœ]* automatiquement (?:une |des |un )?(?:alertes?|signalements?|avertissements?|relances?)|(?:de fa[çc]on|de mani[èe]re) automatique[^.;]{0,60}(?:suspend|bloqu|refus|rejet|d[ée]cid|signal|[ée]valu|attribu|calcul|class|retir)|(?:filtres?|contr[ôo]les?|examens?|[ée]tudes?|v[ée]rifications?|mod[ée]rations?|sanctions?|d[ée]tections?) automati(?:s[ée]e?s?|ques?)(?! (?:des|de la|du) (?:cookies|traceurs|donn[ée]es de navigation))|(?:[ée]valuer|analyser ou pr[ée]dire|pr[ée]dire)[^.;]{0,40}aspects? (?:personnels|de (?:votre|leur|sa) personnalit[ée])|aspects? (?:personnels|de (?:votre|leur|sa) personnalit[ée])[^.;]{0,60}(?:pr[ée]f[ée]rences|fiabilit[ée]|comportement|situation [ée]conomique)|(?<![a-zà-ÿœ])(?:nous )?(?:vous |les |nos clients |nos membres |nos utilisateurs |nos abonn[ée]s )?class(?:ons|er|ent|[ée]e?s?) (?:dans|en|par) (?:une |des |un )?(?:cat[ée]gories? (?:de (?:clients|consommateurs|risques?|profils?)|selon)|segments?|profils?|typologies?|centres d'int[ée]r[êe]t)|(?:d[ée]dui|d[ée]termin|pr[ée]di|anticip|cern|identifi|devin)[a-zà-ÿœ]* (?:ainsi |aussi |[ée]galement )?(?:vos|votre|leurs?) (?:pr[ée]f[ée]rences|centres d'int[ée]r[êe]t|go[ûu]ts|habitudes (?:d'achat|de consommation|de lecture)|app[ée]tences?)[^.;]{0,60}(?:[àa] partir|d'apr[èe]s|en fonction|selon|gr[âa]ce)|d[ée]fini[a-zà-ÿœ]* (?:votre |un |leur |des )profils?(?! (?:public|utilisateur|de connexion))/,
      // a cookie's automatic expiry, a user's own profile page or its privacy setting is none of it
      unless: /profil (?:public|priv[ée])|(?:param[èe]tr|r[ée]gl|modifi)[a-zà-ÿœ]* (?:votre |le |son )?profil|(?:frais (?:de port|de livraison|d'envoi)|taxes|tva|total de (?:la|votre) commande)[^.;]{0,40}automatiquement/,
      example: "Nous ne prenons aucune décision à votre égard sur la seule base d'un traitement automatique.",
    },
    {
      id: 'automated-decisions.fr.human-review',
      // "Vous pouvez obtenir l'examen de votre situation par une personne et contester la décision." (RGPD 22(3))
      match: /(?:examen|r[ée]examen|revue|r[ée][ée]valuation|v[ée]rification|intervention|regard|validation|appr[ée]ciation|contr[ôo]le)[^.;]{0,40}(?:par |d'|de la part d')(?:une? |l'un de nos |un de nos |l'une de nos |nos |des )?(?:personnes? (?:physiques?|humaines?)|personne(?![a-zà-ÿœ])|humains?|[êe]tres? humains?|conseill[èe]re?s?|collaborat(?:eur|rice)s?|membres? de (?:nos|notre) [ée]quipe|agents?|op[ée]rat(?:eur|rice)s?|analystes?|gestionnaires?|salari[ée]s?)(?![a-zà-ÿœ])|r[ée]examin[a-zà-ÿœ]* (?:le refus|la d[ée]cision|cette d[ée]cision|le blocage|la suspension)|(?:exprimer|faire valoir|pr[ée]senter|faire conna[îi]tre|faire part de|donner) (?:votre|son|leur|ses|vos) (?:point de vue|observations|version des faits)|contester (?:la|cette|toute|une|un|le|ce|chaque|ces|les) (?:d[ée]cisions?|refus|blocages?|r[ée]sultats?|score|notation|sanctions?|suspensions?|bannissements?|exclusions?)|(?:une personne|un (?:[êe]tre )?humain|un(?:e)? (?:de nos |des )?(?:conseill[èe]re?|collaborat(?:eur|rice)|membre|responsable|mod[ée]rat(?:eur|rice)|recruteur|analyste|agent|gestionnaire|op[ée]rat(?:eur|rice)|salari[ée]e?)s?)(?: [a-zà-ÿœ']+){0,4} (?:l')?(?:r[ée]examine(?:ra)?|examine(?:ra)?|revoi[te]|reverra|rev[ée]rifie|v[ée]rifie(?:ra)? toujours|valide|contr[ôo]le)(?![a-zà-ÿœ])/,
      example: "Vous pouvez présenter vos observations et obtenir l'examen de votre situation par une personne.",
    },
    {
      id: 'automated-decisions.fr.algorithm',
      // "Vos plans sont générés par un algorithme." (automated means: under an automated-decisions heading)
      match: /algorithm[a-zà-ÿœ]*|automatiquement|intelligence artificielle|(?<![a-zà-ÿœ])score(?![a-zà-ÿœ])|profils?(?![a-zà-ÿœ])|automati[a-zà-ÿœ]*|segment[a-zà-ÿœ]*|machine|personnalis[ée]e?s?/,
      unless: HEADER_ROW,
      weight: WEAK,
      example: 'Vos plans sont générés par un algorithme.',
    },
  ],
  headings: [
    {
      id: 'automated-decisions.fr.heading',
      // "Décisions automatisées et profilage"
      match: /(?<![a-zà-ÿœ])(?:automatis|profilage|scor(?:e|ing))|d[ée]cisions? automatiques?|algorithmes?(?![a-zà-ÿœ])|intelligence artificielle/,
      example: 'Décisions automatisées et profilage',
    },
  ],
  examples: [
    ["Aucune décision entièrement automatisée n'est prise à votre égard.", true],
    ['Nous procédons à un profilage afin de personnaliser nos offres.', true],
    ['La décision d’accorder votre crédit est prise sur le fondement d’un traitement automatisé.', true],
    ['Vous pouvez obtenir une intervention humaine et contester la décision.', true],
    ['Les candidatures sont d’abord triées par un logiciel qui vérifie qu’elles remplissent les critères du poste.', true],
    ['Un paiement peut être bloqué par notre outil anti-fraude.', true],
    ['Le prix de votre assurance est calculé par un modèle de tarification.', true],
    ['Nos modèles d’apprentissage automatique repèrent les transactions suspectes.', true],
    ['Nous regroupons nos clients en segments selon leurs habitudes d’achat.', true],
    ["Nous établissons un profil de vos centres d'intérêt à partir de vos achats.", true],
    ['Vous pouvez demander qu’un conseiller réexamine le refus et faire valoir votre point de vue.', true],
    ['Nous ne prenons aucune décision à votre sujet de manière entièrement automatique.', true],
    ['Une intelligence artificielle vérifie que la photo correspond à votre pièce d’identité.', true],
    ["Un système anti-triche compare vos résultats et suspend d'office les comptes suspects.", true],
    ["Le tarif est fixé par le logiciel de facturation à partir du quotient familial, sans examen individuel.", true],
    ["S'il paraît suspect, le paiement est refusé sur-le-champ.", true],
    ['Un score de conduite est calculé chaque mois.', true],
    ['Vous pouvez contester une sanction : un modérateur examine chaque recours.', true],
    ['Vos scores et classements apparaissent dans le jeu.', false],
    // plain words: 'automatique' for 'automatisé', a machine that decides, no human in the loop, profiling as a verb
    ["Nous ne prenons aucune décision à votre égard sur la seule base d'un traitement automatique.", true],
    ['Il n’y a pas de décision automatique.', true],
    ['Nous ne vous profilons pas.', true],
    ['Votre dossier est étudié automatiquement : si certains critères ne sont pas remplis, la demande est refusée.', true],
    ['Le montant de votre prime est calculé automatiquement selon votre âge et votre ancienneté.', true],
    ['Les annonces sont vérifiées par un filtre automatique qui peut les retirer.', true],
    ['Le dossier est traité sans qu’un humain intervienne.', true],
    ['Votre demande de crédit fait l’objet d’une étude automatisée.', true],
    ['Un ordinateur décide si votre paiement est accepté.', true],
    ['Les décisions sont toujours prises par un conseiller, jamais par un logiciel seul.', true],
    ['Nous vous classons dans une catégorie de clients selon vos achats.', true],
    ['Nous déterminons vos préférences à partir de vos achats pour vous adresser des offres ciblées.', true],
    ['Nous pouvons évaluer certains aspects de votre personnalité, comme vos préférences ou votre fiabilité.', true],
    ['Nous utilisons vos habitudes d’achat pour définir votre profil client.', true],
    // hard negatives: automatic but about no person, a connection from a computer, a profile page
    ['Les frais de port sont calculés automatiquement lors de la commande.', false],
    ['La facture est générée automatiquement à la fin du mois.', false],
    ["Lorsque vous vous connectez d'un ordinateur, nous enregistrons votre adresse IP.", false],
    ['Les paramètres de votre profil vous permettent de masquer votre photo.', false],
    ['Nous classons vos documents par date.', false],
    ['Si votre commande a été annulée, contactez le service client : un conseiller l’examinera et vous pourrez lui faire part de vos observations.', true],
    ['Vous pouvez demander qu’une personne de l’équipe Confiance revoie votre dossier et donner votre version des faits.', true],
    ['Le logiciel signale les comportements inhabituels ; chaque enregistrement signalé est visionné par un surveillant.', true],
    ['Les vidéos des examens sont visionnées par un surveillant puis effacées.', false],
    ['À la restitution, un logiciel compare les photos du véhicule à celles du départ pour repérer les nouveaux dommages.', true],
    ["Lorsqu'un élève cumule quatre absences, l'application envoie automatiquement une alerte au conseiller d'éducation.", true],
    ['Nous analysons votre historique d’achats afin de vous recommander des produits susceptibles de vous plaire.', true],
    ['Vos achats sont analysés afin de vous proposer des réductions adaptées à vos habitudes.', true],
    ['Un algorithme de tri oriente votre demande vers le professionnel le plus adapté.', true],
    ['Vos données peuvent faire l’objet d’un traitement automatisé d’aide à la décision.', true],
    ['Votre dossier est évalué selon une méthode statistique de score.', true],
    ['L’option Prévision estime, pour chacun de vos clients, la probabilité d’un retard de paiement.', true],
    // hard negatives: data collected or deleted automatically, a user profile, the CNIL's standard mention
    ['Les données sont supprimées automatiquement au bout de 30 jours.', false],
    ['Les informations recueillies font l’objet d’un traitement informatique destiné à vérifier votre éligibilité.', false],
    ['Notre système vérifie que votre adresse e-mail est valide.', false],
    ['Notre application vous permet de comparer les offres.', false],
    ['Le logiciel est utilisé avec votre accord.', false],
    ['Un e-mail de confirmation vous est envoyé automatiquement après votre commande.', false],
    ['Nous recueillons automatiquement votre adresse IP.', false],
    ['Vous pouvez modifier votre profil à tout moment.', false],
  ],
};

export default file;
