import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW } from '../fr';

// The reader's rights (access, rectification, erasure, restriction, portability, objection, withdrawal of consent,
// post-mortem directives, complaint to the CNIL or another authority, opt-outs) and how to exercise them (RGPD 13(2)(b)-(d)).
const file: RuleFile = {
  tag: 'rights',
  lang: 'fr',
  rules: [
    {
      id: 'rights.fr.named-right',
      // "Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données."
      match: /(?:informations?|en savoir plus|renseignements?) sur (?:vos|ses|leurs|ces) droits|droits?(?: [a-zà-ÿœ']+){0,4} (?:sont|est|seront|peuvent [êe]tre) exerc[ée]s|droits? (?:d'acc[èe]s|de rectification|d'effacement|[àa] l'effacement|[àa] l'oubli|d'opposition|de vous opposer|[àa] la limitation|de limitation|[àa] la portabilit[ée]|de portabilit[ée]|de retirer|de retrait|de d[ée]finir (?:des directives|le sort)|de ne pas faire l'objet|d'introduire une r[ée]clamation|de (?:porter plainte|saisir)|de modification|de suppression|d'interrogation|d'obtenir)|(?:exerc|faire valoir)[a-zà-ÿœ]* (?:[a-zà-ÿœ]+ment )?(?:vos|ses|leurs|ces|ce|de tels|les|mes|l'un de vos|vos diff[ée]rents) droits|(?:vos|ses|leurs|les|des|mes) droits (?:sur (?:vos|ses|leurs) donn|issus du|conf[ée]r[ée]s|rgpd|au titre|pr[ée]vus|relatifs|en mati[èe]re)/,
      example: "Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.",
    },
    {
      id: 'rights.fr.you-can',
      // "Vous pouvez accéder à vos données, les corriger ou les supprimer depuis votre compte."
      match: /(?<=(?:vous|tu|il|elle|ils|elles|chacun|toute personne|(?:l'|le |la |les |chaque )[a-zà-ÿœ-]+(?: concern[ée]e?s?| [a-zà-ÿœ-]+)?)(?: y)? )(?:pouvez|peux|peut|pourrez|pourras|pourra|peuvent|as le droit|avez la possibilit[ée] de|disposez|dispose|b[ée]n[ée]ficiez|a le droit|avez le droit|avez [ée]galement le droit|ont le droit)\s+(?:[a-zà-ÿœ'-]+,?\s+){0,4}?(?:de |d')?(?:acc[ée]der (?:[àa] |aux )(?:vos |ses |leurs |ces |les |votre |son |leur |l'ensemble (?:de vos |des )|toutes (?:vos |les ))?(?:donn|informations|dossier)|obtenir (?:la |une )?(?:communication|copie|rectification|limitation|suppression)|consulter (?:vos|ses|leurs|les donn|les informations)|rectifier|corriger|modifier|mettre [àa] jour|effacer|supprimer|(?:vous |s')(?:y )?oppos(?:e|er|ez|ent|ant|era)(?![a-zà-ÿœ])|retirer|r[ée]cup[ée]rer|demander (?:l'|la |le |leur |une copie|que |qu'|[àa] |au |aux )|(?:t[ée]l[ée]charger|obtenir|recevoir) (?:une copie|vos donn|tes donn|l'ensemble de vos)|exercer|d[ée]finir des directives|communiquer [^.;]{0,40}directives|saisir|introduire|adresser une r[ée]clamation|porter plainte|vous d[ée]sinscrire|vous d[ée]sabonner|changer d'avis|revenir sur (?:votre|son|vos|ses) choix|ne plus (?:recevoir|le faire|[êe]tre (?:contact|sollicit)|vous (?:[ée]crire|contacter|solliciter))|modifier vos choix|param[ée]trer|g[ée]rer vos (?:pr[ée]f[ée]rences|choix|consentements)|refuser|d[ée]sactiver|limiter|configurer|bloquer|demander des explications|obtenir des explications)/,
      example: 'Vous pouvez accéder à vos données, les corriger ou les supprimer depuis votre compte.',
    },
    {
      id: 'rights.fr.complaint',
      // "Vous pouvez introduire une réclamation auprès de la CNIL."
      match: /(?:r[ée]clamation|plainte|saisir|saisine)[^.;]{0,80}(?:cnil|commission nationale de l'informatique|autorit[ée] de contr[ôo]le|autorit[ée] de protection|autorit[ée] comp[ée]tente)|(?:cnil|autorit[ée] de contr[ôo]le)[^.;]{0,40}(?:r[ée]clamation|plainte)/,
      example: 'Vous pouvez introduire une réclamation auprès de la CNIL.',
    },
    {
      id: 'rights.fr.opt-out',
      // "Vous pouvez vous désinscrire à tout moment grâce au lien de désinscription présent dans chaque e-mail."
      match: /liens? de d[ée]s(?:inscription|abonnement)|ne (?:recevrez|recevez|recevras) plus|(?:ne plus|cesser de) recevoir|(?:un (?:simple )?clic|d'un clic|en un clic) (?:suffit|permet)|(?:accord|choix|consentement|pr[ée]f[ée]rences)[^.;]{0,20}(?:modifiable|r[ée]vocable|retirable)s?|g[ée]rer mes (?:cookies|pr[ée]f[ée]rences|consentements|choix)|si vous (?:pensez|estimez|consid[ée]rez|jugez) qu'il s'agit d'une erreur|(?:faire part de|donner) (?:vos|votre) (?:observations|point de vue|version des faits)|(?:demander|obtenir) qu'(?:une personne|un (?:conseiller|agent|humain|membre|mod[ée]rateur))[^.;]{0,60}(?:revoie|revoit|r[ée]examine|examine|v[ée]rifie)|(?:vos|votre) (?:choix|pr[ée]f[ée]rences|consentements?) (?:se modifient|se g[èe]rent|(?:peu(?:t|vent)|pourr[a-zà-ÿœ]+) [êe]tre modifi)|(?:vous adresser|s'adresser|vous tourner|recourir|faire appel) (?:[àa] la |vers la |[àa] l')(?:cnil|autorit[ée] de contr[ôo]le)|si vous (?:pensez|estimez|consid[ée]rez|jugez) que (?:ce|cette|la|le|votre) (?:blocage|d[ée]cision|refus|suspension|sanction|montant|score)|(?:demander|obtenir|solliciter)[^.;]{0,40}(?:r[ée]exam|intervention humaine|examen (?:par|de votre))|pour (?:acc[ée]der|exercer|consulter|rectifier|corriger|modifier|supprimer|effacer|vous opposer|retirer)(?:[a-zà-ÿœ, ]{0,40}?) (?:vos|ces|les|votre|leurs?) (?:donn|droits|informations|dossier|consentement)|si vous ne souhaitez (?:pas|plus)|libres? de (?:ne pas|refuser)|demande[rz]? le retrait|d[ée]sabonnement|d[ée]sinscri(?:re|vez|ption)|d[ée]sabonner|bloctel|liste d'opposition|retirer (?:votre|son|leur) consentement|retrait (?:de votre |du |de son )?consentement|(?:vous |s')(?:y )?oppos(?:e|er|ez|ent|ant|era)(?![a-zà-ÿœ])|(?:ne vous y [êe]tes pas|ne s'y est pas|ne vous [êe]tes pas|ne s'est pas) oppos|sort de (?:vos|ses|leurs) donn[^.;]{0,40}(?:d[ée]c[èe]s|mort)|(?:disposez|disposent|dispose|b[ée]n[ée]ficiez|b[ée]n[ée]ficient|b[ée]n[ée]ficie) (?:des |de |du |d'un |d'une |de plusieurs |de certains |les )droits?|(?:modifier|changer|retirer) (?:vos|ses) choix|(?:permet|permettent|pouvez|possibilit[ée]) (?:de |d')?(?:accepter ou (?:de )?refuser|refuser|bloquer|d[ée]sactiver|configurer)|changer d'avis|sauf (?:opposition|refus) de (?:votre|leur|sa) part|(?:d[ée]sactiv|d[ée]sabonn|refus)[a-zà-ÿœ]*[^.;]{0,40}(?:param[èe]tres|r[ée]glages|pr[ée]f[ée]rences|espace (?:client|personnel)|votre compte)|(?:notifications?|e-?mails?|sms|messages?)[^.;]{0,40}(?:se )?d[ée]sactiv|directives [^.;]{0,60}(?:d[ée]c[èe]s|mort)|(?:obtenir|demander|solliciter|droit [àa]|exiger)[^.;]{0,30}intervention humaine|r[ée]examen de (?:la|cette|votre) (?:d[ée]cision|demande)|contester (?:la |cette |le |ce |une |un )?(?:d[ée]cision|bannissement|suspension|refus|r[ée]sultat|sanction)|sans (?:avoir [àa] )?(?:vous )?justifi|sans frais|gratuitement et sans/,
      // kept 'jusqu'à votre désabonnement' states a period, not how to opt out
      unless: /(?:jusqu'[àa]|apr[èe]s) (?:votre |leur |son |la |le )?(?:d[ée]sabonnement|d[ée]sinscription)(?![^.;]*(?:lien|cliqu|pouv|peu(?:t|vent)))/,
      example: 'Vous pouvez vous désinscrire à tout moment grâce au lien de désinscription présent dans chaque e-mail.',
    },
    {
      id: 'rights.fr.request',
      // "Votre demande doit être accompagnée d'une copie de votre pièce d'identité." (how to exercise: under a rights heading)
      match: /(?:votre|vos|toute|la|les) demandes?|cliqu[a-zà-ÿœ]*|(?<![a-zà-ÿœ])liens?(?![a-zà-ÿœ])|r[ée]glages|param[èe]tres|[ée]crivez|adressez|envoyez|contactez|par courrier|par courriel|par e-?mail|pi[èe]ce d'identit[ée]|justificatif d'identit[ée]|d[ée]lai d'un mois|dans un d[ée]lai|droits?(?![a-zà-ÿœ])|acc[èe]s|rectifi[a-zà-ÿœ]*|effac[a-zà-ÿœ]*|suppression|oppos[a-zà-ÿœ]*|retir[a-zà-ÿœ]*|portabilit|limitation|copie|r[ée]clamation|cnil|plainte|demander|exercer|r[ée]cup[ée]rer|format (?:lisible|structur|couramment)|r[ée]pondons/,
      unless: HEADER_ROW,
      weight: WEAK,
      example: "Votre demande doit être accompagnée d'une copie de votre pièce d'identité.",
    },
  ],
  headings: [
    {
      id: 'rights.fr.heading',
      // "Quels sont vos droits ?"
      match: /(?<![a-zà-ÿœ])(?:droits|vos choix|supprimer (?:mes|vos) donn|fermer (?:mon|votre) compte|acc[ée]der [àa] (?:mes|vos) donn|dire non|refuser|vous opposer|contr[ôo]le de vos|r[ée]clamation|opposition|acc[èe]s et portabilit|suppression des donn|retrait du consentement|rectification|d[ée]sinscription|vos options|g[ée]rer vos donn|(?:obtenir|demander|avoir) (?:une )?copie|(?:puis-je|peut-on|comment|pouvez-vous|pourquoi ne pas) (?:me |les |en )?(?:supprimer|effacer|modifier|corriger|rectifier|acc[ée]der|consulter|r[ée]cup[ée]rer|t[ée]l[ée]charger|exporter|d[ée]sinscrire|d[ée]sabonner|retirer|opposer|refuser|fermer|cl[ôo]turer)|me d[ée]sinscrire|me d[ée]sabonner|m'opposer|ne plus recevoir)/,
      example: 'Quels sont vos droits ?',
    },
  ],
  examples: [
    ['Consultez le site cnil.fr pour plus d’informations sur vos droits.', true],
    ['Elle est conservée jusqu’à votre désabonnement.', false],
    ['Si vous pensez qu’il s’agit d’une erreur, répondez au message de refus : un modérateur revoit l’annonce.', true],
    ['Vos choix se modifient dans « Paramètres > Confidentialité ».', true],
    ['Et si notre réponse ne vous convient pas, vous pouvez vous adresser à la CNIL.', true],
    ['Puis-je supprimer mon compte ?', false],
    ["En vertu de l'article 15 du RGPD, vous avez le droit d'accéder à vos données.", true],
    ['Vous ne recevrez plus nos offres si vous cliquez sur le lien en bas de chaque message.', true],
    ['Les joueurs majeurs peuvent s’opposer à leur publication.', true],
    ['Les droits d’un patient mineur sont exercés par les titulaires de l’autorité parentale.', true],
    ['La lettre des nouveautés ne vous est envoyée que si vous l’avez demandée ; un clic suffit pour l’arrêter.', true],
    ['Les cookies ne sont déposés qu’après votre accord, modifiable dans « Gérer mes cookies ».', true],
    ['Vous pouvez demander au responsable de l’agence de revoir ce montant.', true],
    ["Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.", true],
    ['Vous pouvez accéder à vos données, les corriger ou les supprimer depuis votre compte.', true],
    ['Vous pouvez introduire une réclamation auprès de la CNIL.', true],
    ['Pour exercer vos droits, écrivez-nous à dpo@exemple.fr.', true],
    ['Vous pouvez définir des directives relatives au sort de vos données après votre décès.', true],
    ['Vous pouvez vous désinscrire à tout moment via le lien présent dans chaque e-mail.', true],
    ['Vous pouvez modifier vos choix à tout moment en cliquant sur « Gérer mes cookies ».', true],
    // hard negatives: the CNIL named for something else, the right to use the service, a table-of-contents line
    ['Notre hébergeur est certifié HDS, en concertation avec la CNIL.', false],
    ['Vous pouvez créer un compte gratuitement sur notre site.', false],
    ['Vos droits', false],
    ["Vous pouvez télécharger l'application ou demander un devis en ligne.", false],
    ['Pour en savoir plus, vous pouvez consulter notre politique cookies.', false],
  ],
};

export default file;
