import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW } from '../fr';

// Data leaving the country or the EEA, to where, under which safeguard (RGPD 13(1)(f), chapter V).
// A "transfert d'activité" (sale of a business) is sharing, not this.
// Outside the EU, or a country outside the EEA: a destination, counted when a transfer, hosting or processing verb
// comes shortly before it ("nos bureaux au Canada" alone is not a transfer).
const DESTINATION =
  /(?:hors|en dehors|[àa] l'ext[ée]rieur|au-?del[àa]) (?:de l'|du |des |de la )?(?:union europ[ée]enne|ue|eee|espace [ée]conomique europ[ée]en|europe|france|territoire)|(?<![a-zà-ÿœ])(?:[ée]tats-unis|usa|royaume-uni|suisse|canada|qu[ée]bec|inde|chine|japon|cor[ée]e du sud|singapour|australie|nouvelle-z[ée]lande|br[ée]sil|mexique|argentine|colombie|isra[ëe]l|maroc|tunisie|alg[ée]rie|s[ée]n[ée]gal|c[ôo]te d'ivoire|maurice|madagascar|philippines|vi[êe]t ?nam|tha[ïi]lande|indon[ée]sie|malaisie|hong kong|ta[ïi]wan|[ée]gypte|turquie|russie|ukraine|serbie|albanie|mac[ée]doine|moldavie|g[ée]orgie|arm[ée]nie|afrique du sud|kenya|nigeria|[ée]mirats arabes unis)(?![a-zà-ÿœ])/
    .source;
const MOVED =
  /(?:transf[ée]r|h[ée]berg|stock|localis|trait|acc[ée]d|accessib|consult|[ée]tabli|bas[ée]|situ[ée]|implant|op[ée]r|assur)[a-zà-ÿœ]*/.source;

const file: RuleFile = {
  tag: 'transfers',
  lang: 'fr',
  rules: [
    {
      id: 'transfers.fr.transfer-outside',
      // "Certaines données sont transférées vers des pays situés hors de l'Union européenne."
      match: new RegExp(
        `(?:${DESTINATION})(?:(?<=${MOVED}[^.;]{0,80}(?:${DESTINATION}))|[^.;]{0,120}(?:transmi|transf[ée]r|communiqu|h[ée]berg|stock|re[çc]oi|acc[èe]d|exploit|intervien))|pays tiers|[àa] l'[ée]tranger|(?:aucun|pas de|sans) transferts? (?:en dehors|hors)|(?:vers|dans) (?:des|d'autres|un autre|un) pays|(?:ne faisant pas|ne font pas|ne fait pas) partie (?:de l'|du |des )(?:union|espace [ée]conomique|eee|ue)|(?:n'appartenant|n'appartiennent|n'appartient) pas [àa] l'(?:union|espace [ée]conomique|eee|ue)|(?:pays|[ée]tats) non (?:membres?|europ[ée]ens|situ[ée]s dans)|(?:quitte|quittent|sort|sortent) (?:pas |jamais )?(?:de )?(?:l'union|l'ue|l'eee|l'espace [ée]conomique|l'europe|france)|(?:restent|demeurent|reste|demeure) (?:stock[ée]e?s? |h[ée]berg[ée]e?s? )?(?:en france|en europe|dans l'union|au sein de l'union|dans l'ue|dans l'eee|sur le territoire (?:fran[çc]ais|europ[ée]en|de l'union))|(?:donn[ée]es|informations|dossiers?|renseignements)[^.;]{0,40}h[ée]berg[a-zà-ÿœ]*[^.;]{0,40}(?:en europe|dans l'union|au sein de l'union|dans l'ue|dans l'eee|dans l'espace [ée]conomique|sur le territoire de l'union)|transferts? (?:internationa|de donn[ée]es (?:hors|vers|en dehors|[àa] l'))|(?:ces|de tels|encadr[a-zà-ÿœ]* (?:les|des)) transferts`,
      ),
      // a country supplement for residents ("personnes résidant en Thaïlande") names where readers live, not where data goes
      unless: /(?:r[ée]sid(?:ant|ent|ez|e)|r[ée]sidents?|vivant|habitant|domicili[ée]e?s?) (?:en|au|aux|dans|à|de|du|des) (?!l'union|l'ue|l'eee|l'espace)|applicables? (?:au|aux) traitements? (?:des|de vos) donn[ée]es(?: personnelles)? (?:en|au|aux) /,
      example: "Certaines données sont transférées vers des pays situés hors de l'Union européenne.",
    },
    {
      id: 'transfers.fr.safeguard',
      // "Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne."
      match: /clauses? contractuelles? (?:types?|standards?|de la commission)|d[ée]cisions? (?:de la commission (?:europ[ée]enne )?)?(?:en mati[èe]re )?d'ad[ée]quation|niveau (?:de protection )?(?:(?:des |de vos )?donn[ée]es (?:personnelles )?)?(?:ad[ée]quat|suffisant|[ée]quivalent|comparable)|r[èe]gles d'entreprise contraignantes|\bbcr\b|data privacy framework|privacy shield|bouclier de protection|cadre de protection des donn[ée]es ue-[ée]tats-unis|article (?:45|46|49) du (?:rgpd|r[èe]glement)/,
      example: 'Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.',
    },
    {
      id: 'transfers.fr.kept-inside',
      // "Aucune donnée n'est transférée en dehors de l'Union européenne." (negated: still about transfers)
      match: /(?:h[ée]berg|stock|localis|situ)[a-zà-ÿœ]*[^.;]{0,40}(?:exclusivement |uniquement |seulement )?(?:en|au sein de l'|dans l'|sur le territoire (?:de l'|fran[çc]ais|europ[ée]en)|sur des serveurs situ[ée]s en) ?(?:france|union europ[ée]enne|europe|ue|eee|espace [ée]conomique europ[ée]en)|pays|serveurs?|[ée]tranger|europ[ée]en(?:ne)?|garanties|clauses|ad[ée]quation|situ[ée]e?s?|h[ée]berg[a-zà-ÿœ]*/,
      unless: HEADER_ROW,
      weight: WEAK,
      example: 'Les données sont hébergées en France.',
    },
    {
      id: 'transfers.fr.servers',
      // "Nos serveurs sont situés en Irlande."
      match: /serveurs? (?:sont |est )?(?:situ[ée]s?|localis[ée]s?|h[ée]berg[ée]s?|bas[ée]s?|implant[ée]s?) (?:en|au|aux|dans)|(?:stock|h[ée]berg)[a-zà-ÿœ]* (?:sur|dans) (?:des|nos|les|un|une) (?:serveurs?|centres? de donn[ée]es|datacenters?)(?: [a-zà-ÿœ]+)? (?:situ[ée]s? |bas[ée]s? |localis[ée]s? )?(?:en|au|aux) (?!ligne|interne|toute|cas|temps)/,
      example: 'Nos serveurs sont situés en Irlande.',
    },
  ],
  headings: [
    {
      id: 'transfers.fr.heading',
      // "Transferts de données hors de l'Union européenne"
      match: /(?<![a-zà-ÿœ])(?:transferts?(?! d'activit)|hors (?:de l')?(?:ue|union|eee|europe)|localisation|o[ùu] (?:sont|stockons|h[ée]bergeons)|quittent|partent|[ée]tranger|h[ée]bergement|international)/,
      example: "Transferts de données hors de l'Union européenne",
    },
  ],
  examples: [
    ['Toutes les données sont hébergées dans l’Union européenne et ne font l’objet d’aucun transfert en dehors de celle-ci.', true],
    ['Certaines données peuvent être consultées par les équipes de notre filiale au Maroc.', true],
    ["Certaines données sont transférées vers des pays situés hors de l'Union européenne.", true],
    ['Notre prestataire est certifié au titre du Data Privacy Framework.', true],
    ['Ces transferts sont encadrés par des clauses contractuelles types.', true],
    ["Aucune donnée n'est transférée en dehors de l'Union européenne.", true],
    ["Toutes nos données sont hébergées en France et ne quittent pas l'Union européenne.", true],
    ['Les données sont hébergées dans l’Union européenne ; le personnel y accède avec un identifiant personnel.', true],
    ['Aucune donnée ne sort de l’Union européenne.', true],
    ['Notre partenaire de distribution en Corée du Sud reçoit les données des joueurs coréens.', true],
    ["Lorsque nous transférons des informations à des pays ne faisant pas partie de l'Espace économique européen, nous appliquons les lois en vigueur.", true],
    ['Nos serveurs sont situés en Irlande.', true],
    ['Tes données sont stockées sur des serveurs en Irlande.', true],
    ['Le Canada bénéficie d’une décision d’adéquation de la Commission européenne.', true],
    ['Nos équipes peuvent accéder aux données depuis le Maroc.', true],
    // hard negatives: a business transfer is sharing; a French address is not a transfer; "usage", "machine"
    ["Nous traitons les données d'usage de votre machine.", false],
    ['Nous avons des bureaux au Canada et en Suisse.', false],
    ['Ce qui suit s’applique au traitement des données personnelles des personnes résidant en Thaïlande.', false],
    ["En cas de fusion ou de transfert d'activité, vos données pourront être transférées à l'acquéreur.", false],
    ['Les données sont hébergées en France.', false],
    ['Vous pouvez nous écrire au 12 rue des Canuts, 69004 Lyon, France.', false],
  ],
};

export default file;
