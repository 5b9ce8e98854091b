import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW, NOT_EVIDENCE } from '../fr';

// Who else receives the data: processors, partners, group companies, authorities, buyers; whether data is sold
// (RGPD 13(1)(e); OPP-115 Third Party Sharing). "Nous ne vendons pas vos données" is still about sharing.
const RECIPIENT =
  /(?:tiers|partenaires?|prestataires?|sous-traitants?|soci[ée]t[ée]s?|organisations?|entit[ée]s|filiales?|autorit[ée]s|administrations?|organismes?|acqu[ée]reurs?|annonceurs?|transporteurs?|fournisseurs?|banques?|assureurs?|r[ée]seaux sociaux|services? (?:internes?|comp[ée]tents?)|plateformes?|destinataires?|h[ée]bergeurs?|[ée]diteurs?|agents|[ée]lus|forces de l'ordre|pr[ée]fectures?|procureur|tr[ée]sor public|tribunaux|juridictions|police|gendarmerie|administration fiscale|assurance maladie|caisses?|r[ée]assureurs?|d[ée]l[ée]gataires?|courtiers?|employeurs?|personnes? (?:habilit[ée]es|autoris[ée]es))/
    .source;
const PERSONAL_DATA = /(?:donn[ée]es|informations|coordonn[ée]es|fichiers?|adresses? e-?mail)/.source;

const file: RuleFile = {
  tag: 'sharing',
  lang: 'fr',
  rules: [
    {
      id: 'sharing.fr.recipients',
      // "Les destinataires de vos données sont nos services internes et nos prestataires."
      match: /destinataires?(?![a-zà-ÿœ])|sous-traitants? ult[ée]rieurs|sous-traitants(?![a-zà-ÿœ])|en (?:leur )?qualit[ée] de sous-traitant|agissent? (?:en tant que|comme) sous-traitant/,
      // a table-of-contents line ("Destinataires") is not evidence, nor the addressees of a newsletter
      unless: new RegExp(`${NOT_EVIDENCE.source}|destinataires (?:de (?:notre|nos|la|cette) )(?:lettre|newsletter|e-?mails?|messages|communications)`),
      example: 'Les destinataires de vos données sont nos services internes et nos prestataires.',
    },
    {
      id: 'sharing.fr.disclose-to',
      // "Vos données peuvent être communiquées à nos partenaires commerciaux."
      match: new RegExp(
        `(?<![a-zà-ÿœ])(?:partag|communiqu|transmi|transmet|divulgu|c[ée]d|c[èe]d|vend|lou|commercialis|fourni|confi(?=ons|er|[ée])|mett[a-zà-ÿœ]* [àa] (?:la )?disposition|mises? [àa] (?:la )?disposition|accessibles?)[a-zà-ÿœ]*[^.;]{0,100}(?:(?<![a-zà-ÿœ])(?:[àa]|aux|avec|entre) (?:des |nos |les |l'|la |le |ses |leurs |certains |d'autres |un |une |notre |votre |son )?(?:[a-zà-ÿœ]+ )?${RECIPIENT})`,
      ),
      // "que vous nous transmettez" is collection; "communiquer des directives" is a right
      unless: /que vous (?:nous )?(?:transmettez|communiquez|fournissez)|communiquer [àa] (?:l'[ée]tablissement|nous) des directives/,
      example: 'Vos données peuvent être communiquées à nos partenaires commerciaux.',
    },
    {
      id: 'sharing.fr.sale',
      // "Nous ne vendons ni ne louons vos données personnelles." (negated or not, the sale of data is a sharing topic)
      match: new RegExp(
        `(?<![a-zà-ÿœ])(?:vend|lou|c[èe]d|c[ée]d|commercialis|monnay|[ée]chang)[a-zà-ÿœ]*(?:\\s+(?:ni|pas|jamais|en aucun cas|aucune?|ou|et|ne|[a-zà-ÿœ]+ons))*\\s+(?:vos |les |des |de |ces |aucune? |leurs |nos |d')?(?:[a-zà-ÿœ]+ )?${PERSONAL_DATA}|${PERSONAL_DATA}[^.;]{0,50}(?:ne sont |ne seront )?(?:jamais |pas |en aucun cas |ni )?(?<![a-zà-ÿœ])(?:vendu|lou[ée]|c[ée]d[ée]|commercialis[ée]|monnay[ée])|vente (?:de |des |de vos )${PERSONAL_DATA}`,
      ),
      example: 'Nous ne vendons ni ne louons vos données personnelles.',
    },
    {
      id: 'sharing.fr.business-transfer',
      // "En cas de fusion ou de cession d'activité, vos données pourront être transférées à l'acquéreur."
      match: /(?<![a-zà-ÿœ])fusion|acquisition|cession (?:de |d'|totale|partielle)|(?:transfert|reprise|rachat) (?:d'activit|de (?:tout ou partie|l'activit|la soci[ée]t[ée]|nos actifs))|restructuration|acqu[ée]reur|repreneur/,
      example: "En cas de fusion ou de cession d'activité, vos données pourront être transférées à l'acquéreur.",
    },
    {
      id: 'sharing.fr.access',
      // "Seuls les membres habilités de nos équipes ont accès à vos données."
      match: new RegExp(
        `(?<![a-zà-ÿœ])y (?:ont|a|auront|aient) acc[èe]s|(?:ont|a|auront|peuvent avoir|aient|avoir) acc[èe]s (?:[àa]|aux) (?:vos |ces |leurs |votre |les |certaines |tout ou partie de vos )?(?:${PERSONAL_DATA}|dossiers?)|(?:sont|est|seront|rendu[a-zà-ÿœ]*) publi(?:cs|ques?|quement)|(?:visibles?|accessibles?|publi[ée]e?s?) (?:par|pour|[àa]|aux) (?:les |tous les |d'autres |tout le )?(?:autres )?(?:membres|utilisateurs|internautes|visiteurs|public|monde|tous(?![a-zà-ÿœ]))|(?:transmission|communication) (?:de |des |d')[^.;]{0,40}(?:[àa] la |[àa] l'|aux |[àa] des |[àa] nos )|(?:fai[a-zà-ÿœ]* appel|recour[a-zà-ÿœ]*|avons recours) (?:[àa] |aux )(?:des |nos |un |une |plusieurs |certains |ses |les )?(?:prestat|sous-trait|soci[ée]t[ée]s|partenaires|tiers|fournisseurs|services (?:de|d'))|(?:sont|seront|peuvent [êe]tre|pourront [êe]tre|est|sera) (?:[a-zà-ÿœ]+ment )?(?:transmis|communiqu[ée]|partag[ée]|divulgu[ée]|c[ée]d[ée]|confi[ée]|remis|vers[ée])e?s? (?:[àa] |aux |au |avec |dans )|(?:notre|nos|un|des|le|les) (?:prestataires?|sous-traitants?|partenaires?)(?: de [a-zà-ÿœ]+)? (?:compare|v[ée]rifie|traite|analyse|h[ée]berge|re[çc]oi[a-zà-ÿœ]*|collecte|g[èe]re|assure|effectue|fourni[a-zà-ÿœ]*|d[ée]pos)|d[ée]claration (?:[a-zà-ÿœ]+ )?aupr[èe]s (?:de|du|des)|(?:lui|leur) (?:est|sont|sera|seront) (?:transmis|communiqu)|publi[ée]e?s? sur (?:nos|les|notre|le) (?:r[ée]seaux sociaux|site|page)|aupr[èe]s (?:de l'|de la |du |des |d'un |d'une )(?:agence|administration|organisme|caisse|banque de france|pr[ée]fecture|f[ée]d[ée]ration|service agr[ée][ée])|(?:sur|en cas de) r[ée]quisitions?|(?:acc[èe]dent|acc[èe]de) (?:aux|[àa] vos|[àa] ces|[àa] certaines|[àa] leurs) (?:donn|informations|dossiers)|(?:obligations? l[ée]gales?|r[ée]quisitions?|demandes?) (?:des |d'une |de la |de l')?(?:autorit[ée]s|justice)`,
      ),
      // unauthorised access is a security topic
      unless: /non autoris[ée]e?s?[^.;]{0,20}(?:y )?(?:aient|ait|ont) acc[èe]s|acc[èe]s non autoris/,
      example: 'Seuls les membres habilités de nos équipes ont accès à vos données.',
    },
    {
      id: 'sharing.fr.processor',
      // "Notre prestataire traite les données pour notre compte et sur nos instructions." (a processor receives the data)
      match: /(?:pour (?:le|notre|leur|son) compte(?! utilisateur)|(?:passent|transitent|(?:trait|g[ée]r|h[ée]berg|collect)[ée]e?s?) par (?:un|une|notre|nos|des|le|la|les) (?:prestataire|partenaire|sous-traitant|soci[ée]t[ée]|banque|plateforme|service|[ée]tablissement|boutique|magasin|store)|(?:sur|selon) (?:les |nos |ses |leurs |notre |son |instructions? )(?:instructions?|ordre)|(?:est|sommes|agit comme|agissons comme|en tant que|en qualit[ée] de) (?:notre |un |le )?sous-traitant|sous-traitant au sens|h[ée]berg[a-zà-ÿœ]* (?:par|chez) (?:un|une|notre|nos|des|le) (?:h[ée]bergeur|prestataire|sous-traitant|soci[ée]t[ée]|fournisseur|tiers))/,
      example: 'Notre prestataire traite les données pour notre compte et sur nos instructions.',
    },
    {
      id: 'sharing.fr.recipient-named',
      // "Nos prestataires techniques et partenaires" (recipients named: sharing under a sharing heading)
      match: new RegExp(`(?<![a-zà-ÿœ])${RECIPIENT}(?![a-zà-ÿœ])|sous-traitant|transmi[a-zà-ÿœ]*|transmet[a-zà-ÿœ]*|communiqu[a-zà-ÿœ]*|partag[a-zà-ÿœ]*|acc[èe]s|re[çc]oi[a-zà-ÿœ]*|divulgu[a-zà-ÿœ]*|externes?|groupe|voi[rt](?![a-zà-ÿœ])|voient|consult[a-zà-ÿœ]*|f[ée]d[ée]rations?|m[ée]decins?|professionnels? de sant[ée]`),
      unless: HEADER_ROW,
      weight: WEAK,
      example: 'Nos prestataires techniques et partenaires',
    },
  ],
  headings: [
    {
      id: 'sharing.fr.heading',
      // "Avec qui partageons-nous vos données ?"
      match: /(?<![a-zà-ÿœ])(?:destinataires|partag|avec qui|prestataires|partenaires|sous-traitants|soci[ée]t[ée]s du groupe|ce que voi[a-zà-ÿœ]*|qui (?:y |les )?a acc[èe]s|qui (?:peut )?voi[rt]|qui voient|re[çc]oi[a-zà-ÿœ]*|communiqu[ée]es|transmises|qui a acc[èe]s|communication (?:de vos|des|[àa] des) |transmission|tiers|sous-traitants|divulgation|acc[èe]s [àa] vos donn)/,
      example: 'Avec qui partageons-nous vos données ?',
    },
  ],
  examples: [
    ['Les destinataires de vos données sont nos services internes et nos prestataires.', true],
    ['Vos données peuvent être communiquées à nos partenaires commerciaux.', true],
    ['Nous ne vendons ni ne louons vos données personnelles à des tiers.', true],
    ['Nous ne vendons jamais vos données.', true],
    ["En cas de fusion ou de cession d'activité, vos données pourront être transférées à l'acquéreur.", true],
    ['Vos informations peuvent être transmises aux autorités judiciaires sur réquisition.', true],
    ['Seuls les professionnels de santé qui vous suivent ont accès à votre dossier.', true],
    // hard negatives: selling products, data the user gives us, a table-of-contents line
    ['Nous ne vendons pas de produits aux enfants.', false],
    ['Les informations que vous nous transmettez lors de votre inscription.', false],
    ['Destinataires', false],
    ['Vous pouvez demander la cessation de leur diffusion ou leur désindexation.', false],
    ["Les données traitées sont celles permettant d'accéder à votre compte.", false],
    ['Vous pouvez introduire une réclamation auprès de l’autorité de contrôle compétente.', false],
  ],
};

export default file;
