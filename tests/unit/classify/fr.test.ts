import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifySections, classifyText } from '../../../lib/classify/match';
import { fileToBlocks } from '../../../lib/extract/file';
import type { Section, Tag } from '../../../lib/report';
import { TAGS } from '../../../lib/report';

// Hard cases for the French rules, beyond each rule file's own `examples` table: whole tag sets for
// passages with several topics, negations, words used in another sense, and headings as evidence.

describe('French passages: the whole tag set', () => {
  it.each<[string, Tag[]]>([
    // negations stay on topic
    ['Nous ne vendons ni ne louons vos données personnelles à des tiers.', ['sharing']],
    ["Aucune donnée n'est transférée en dehors de l'Union européenne.", ['transfers']],
    ["Aucune décision entièrement automatisée n'est prise à votre égard.", ['automated-decisions']],
    // a business transfer is sharing, not an international transfer
    ["En cas de fusion, d'acquisition ou de cession d'actifs, vos données pourront être transférées à l'acquéreur.", ['sharing']],
    // selling products to children is about children, not a sale of data
    ['Nous ne vendons pas de produits aux enfants de moins de 16 ans.', ['children']],
    // "conserver" in another sense: a use of cookies, not retention
    ['Ces cookies techniques permettent de conserver le bon fonctionnement du site.', ['purposes', 'cookies']],
    // two topics in one passage
    ['Vos données sont hébergées aux États-Unis ; ce transfert est encadré par les clauses contractuelles types et elles sont supprimées au bout de 12 mois.', ['transfers', 'retention']],
    ["Pour exercer vos droits, écrivez à notre délégué à la protection des données : dpo@exemple.fr.", ['rights', 'contact']],
    ['La gestion de vos commandes repose sur l’exécution du contrat de vente.', ['purposes', 'legal-basis']],
    ['Les cookies de mesure d’audience ont une durée de vie de 13 mois et ne sont déposés qu’avec votre accord.', ['legal-basis', 'retention', 'cookies']],
    ['Vous pouvez vous opposer au profilage et demander une intervention humaine.', ['rights', 'automated-decisions']],
    // the CNIL named as the complaint authority is a right; its address is not the controller's contact
    ['Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, 75007 Paris.', ['rights']],
    // a changed notice accepted by continued use is about changes, not consent as a ground
    ['La poursuite de la navigation après la publication de la nouvelle version vaut acceptation de la politique modifiée.', ['changes']],
    // parental consent is about children, not the notice's legal basis
    ["L'inscription d'un mineur de moins de 15 ans nécessite l'autorisation de ses parents.", ['children']],
    // social security numbers and product-safety recalls are not security measures
    ['Identité, adresse et numéro de sécurité sociale du patient.', ['collection']],
    // consent stated as the condition of a processing is its legal basis
    ['Si vous l’acceptez, nous déposons des cookies de mesure d’audience.', ['legal-basis', 'cookies']],
    // device identifiers are cookies (trackers); server logs alone are collection
    ['Nous recueillons automatiquement votre adresse IP et l’identifiant de votre appareil.', ['collection', 'cookies']],
    // a link is no security measure; handing data over or changing the notice is no use; a country's level of protection is a transfer topic
    ['Vous pouvez introduire une réclamation auprès de la CNIL : https://www.cnil.fr/fr/plaintes', ['rights']],
    ['Nous partageons vos données avec notre prestataire de paiement afin de traiter vos transactions.', ['sharing']],
    ['Nous pouvons modifier la présente politique afin de tenir compte des évolutions légales.', ['changes']],
    ['Ces pays n’offrent pas toujours un niveau de protection des données équivalent à celui de l’Union européenne.', ['transfers']],
    ['Les données de journalisation sont conservées 12 mois.', ['retention']],
    // automated decisions in plain words, and the way to contest them
    ['Si ce score est trop bas, la demande est refusée sur-le-champ, sans intervention humaine.', ['automated-decisions']],
    ['Vous pouvez demander qu’un analyste réexamine le refus, faire valoir votre point de vue et contester la décision.', ['rights', 'automated-decisions']],
    ['Les données sont supprimées automatiquement au bout de 30 jours.', ['retention']],
    // filming collects images; 'à personne' is a negation; an age line is no period; objecting is a right, not a ground
    ['Les images de vidéoprotection des parkings sont effacées après 15 jours.', ['collection', 'retention']],
    ['Nous ne vendons vos données à personne.', ['sharing']],
    ['France | 15 ans', ['children']],
    ['Vous pouvez vous opposer aux traitements fondés sur notre intérêt légitime.', ['rights']],
    ['Le transporteur ne reçoit que votre nom et votre adresse de livraison.', ['sharing']],
    // automated decisions and profiling in plain words (no 'automatisé', no 'article 22')
    ["Nous ne prenons aucune décision à votre égard sur la seule base d'un traitement automatique.", ['automated-decisions']],
    ['Un ordinateur décide si votre paiement est accepté.', ['automated-decisions']],
    ['Nous ne vous profilons pas.', ['automated-decisions']],
    // a definition, the portability right and a parcel's addressee are no disclosure; a named host and a federation are recipients
    ['« Sous-traitant » : désigne la personne qui traite des données pour le compte du responsable du traitement.', []],
    ['Droit à la portabilité : vous pouvez récupérer vos données ou nous demander de les transmettre à un tiers.', ['rights']],
    ['Nom, adresse et téléphone du destinataire de la commande.', ['collection']],
    ['Le club transmet la liste des licenciés à la fédération.', ['sharing']],
    // pricing a quote is no encryption; transfer safeguards are no security measure
    ["Nous utilisons vos informations pour chiffrer votre devis et planifier l'intervention.", ['purposes']],
    ['Pour ces transferts, nous mettons en place des mesures appropriées, notamment les clauses contractuelles types de la Commission européenne.', ['transfers']],
    // gathering consent is a ground, not collected data; an article cited for the reader's rights is no ground
    ['Votre consentement est recueilli au moyen d’une case à cocher.', ['legal-basis']],
    ["En vertu de l'article 15 du RGPD, vous avez le droit d'accéder à vos données.", ['rights']],
    // untagged: introductions, date lines, table header rows and a list of questions
    ['La présente politique a pour objet de vous informer sur la manière dont nous collectons, utilisons et protégeons vos données personnelles.', []],
    ['Quelles sont les finalités et les bases légales des traitements ? Combien de temps conservons-nous les données ?', []],

    ['La présente politique vous explique comment nous traitons vos informations.', []],
    ['Dernière mise à jour : 14 mars 2024', []],
    ['Finalités | Bases légales | Durée de conservation', []],
    ['Catégorie de données | Destinataires', []],
  ])('%s -> %j', (sentence, tags) => {
    expect(classifyText(sentence, 'fr').tags).toEqual(tags);
  });
});

function section(id: string, heading: string | null, texts: string[], level = 2): Section {
  return { id, heading, level, tags: [], passages: texts.map((text, i) => ({ id: `${id}p${i + 1}`, text, tags: [] })) };
}

describe('French headings as evidence', () => {
  it('a bare period is retention under a retention heading, and nothing elsewhere', () => {
    const sections = [
      section('s1', 'Combien de temps conservons-nous vos données ?', ['Données des prospects : 3 ans à compter du dernier contact']),
      section('s2', 'Nos offres', ['Offre de bienvenue : 3 mois offerts']),
    ];
    classifySections(sections, 'fr');
    expect(sections[0].passages[0].tags).toEqual(['retention']);
    expect(sections[0].passages[0].why).toContain('heading:retention.fr.heading');
    expect(sections[1].passages[0].tags).toEqual([]);
  });

  it('a table of delegated processing names processors, not the DPO', () => {
    const sections = [section('s1', 'Nom du délégué | Description du travail délégué', ['Notre prestataire | Mise à disposition de la plateforme CRM'])];
    classifySections(sections, 'fr');
    expect(sections[0].passages[0].tags).not.toContain('contact');
  });

  it('a "Pourquoi cette durée ?" column explains retention, it names no purpose', () => {
    const sections = [section('s1', 'Pourquoi cette durée ?', ['Photos de restitution | 1 an | Délai de contestation des dommages'])];
    classifySections(sections, 'fr');
    expect(sections[0].passages[0].tags).toEqual(['retention']);
  });

  it('table rows under a "Finalités et bases légales" heading get both tags', () => {
    const sections = [section('s1', 'Finalités et bases légales', ['Facturation et recouvrement | Obligation légale'])];
    classifySections(sections, 'fr');
    expect(sections[0].passages[0].tags).toEqual(['purposes', 'legal-basis']);
  });

  it.each<[string, string, string]>([
    ['Que savons-nous de vous ?', 'Le contenu de vos commandes, vos produits favoris et vos avis.', 'collection'],
    ['Qu’en faisons-nous ?', 'Préparer et livrer vos commandes et calculer vos avantages fidélité.', 'purposes'],
    ['Qui y a accès ?', 'Nos partenaires producteurs ne reçoivent que des statistiques de vente.', 'sharing'],
    ['Combien de temps les gardons-nous ?', 'Trois ans après votre dernière commande.', 'retention'],
    ['Pouvez-vous dire non ?', 'Les e-mails promotionnels se désactivent en un clic dans votre profil.', 'rights'],
    ['À qui sont destinées vos données ?', 'Le marchand et notre banque partenaire.', 'sharing'],
    ['Origine des données', 'Vos nom et adresse, transmis par votre employeur.', 'collection'],
    ['Données de votre compte', 'Moyen de paiement de l’abonnement : carte bancaire ou mandat SEPA.', 'collection'],
    ['Mineurs', 'L’inscription est possible à partir de 16 ans.', 'children'],
    ['Délégation du traitement', 'Notre prestataire de messagerie, pour l’envoi des e-mails.', 'sharing'],
    ['Pourquoi en avons-nous le droit ?', 'Le contrat d’abonnement que vous avez signé.', 'legal-basis'],
    ['Vendez-vous mes données ?', 'Non, jamais. Nous ne les vendons à personne.', 'sharing'],
    ['Louez-vous ou vendez-vous mes données ?', 'Non. Nous vivons d’une commission sur chaque location, pas de la publicité.', 'sharing'],
    ['Puis-je supprimer mon compte ?', 'Oui, depuis Réglages > Compte > Supprimer. Tout est effacé sous 30 jours.', 'rights'],
    ['Comment me désinscrire de la newsletter ?', 'Cliquez sur le lien en bas de chaque e-mail.', 'rights'],
    ['Est-ce qu’un algorithme décide à ma place ?', 'Les suggestions sont calculées automatiquement.', 'automated-decisions'],
    ['Qu’est-ce qui nous autorise à utiliser vos données ?', 'Votre accord, donné à l’inscription.', 'legal-basis'],
  ])('FAQ heading "%s" leans its passage "%s" to %s', (heading, text, tag) => {
    const sections = [section('s1', heading, [text])];
    classifySections(sections, 'fr');
    expect(sections[0].passages[0].tags).toContain(tag);
  });

  it.each<[string, string]>([
    ['Liens vers des sites tiers', 'Ces sites tiers ont leurs propres politiques, dont nous ne sommes pas responsables.'],
    ['Partage de trajet', 'Le proche reçoit un lien pour suivre votre trajet en direct.'],
    ['Offres de nos partenaires', 'Nos partenaires vous présentent leurs offres sur notre site.'],
    ['Transferts vers des pays tiers', 'Vos données ne quittent pas l’Union européenne.'],
    ['Vos données sont-elles transmises hors de l’Union européenne ?', 'Non : tout est hébergé en France.'],
    ['Qui a accès à vos données ?', 'Seuls les membres du bureau et notre trésorier ont accès à vos données.'],
  ])('heading "%s" names no recipient of the data: "%s" is not sharing', (heading, text) => {
    const sections = [section('s1', heading, [text])];
    classifySections(sections, 'fr');
    expect(sections[0].passages[0].tags).not.toContain('sharing');
  });

  it.each<[string, string, Tag]>([
    ['Protéger vos enfants', 'Le compte d’un enfant n’a pas accès à la messagerie.', 'security'],
    ['Traceur GPS et télématique', 'Le boîtier transmet le suivi du trajet à notre appareil de gestion de flotte.', 'cookies'],
    // cue words match whole words only: 'usage', 'sans', 'transparents', 'quartiers' hold no age, parent or third party
    ['Mineurs', 'Nous sommes transparents sur l’usage de vos données, sans exception.', 'children'],
    ['Cookies', 'Les données sont conservées dans nos quartiers généraux.', 'cookies'],
    // under a combined heading, a purpose item whose formalities are 'nécessaires' names no ground
    ['Finalités et bases légales', 'La gestion des demandes d’aides, pour accomplir les formalités nécessaires au traitement des demandes.', 'legal-basis'],
    // ...and a ground alone names no use
    ['Finalités et bases légales', 'Exécution du contrat.', 'purposes'],
  ])('heading "%s" does not lean "%s" to %s', (heading, text, tag) => {
    const sections = [section('s1', heading, [text])];
    classifySections(sections, 'fr');
    expect(sections[0].passages[0].tags).not.toContain(tag);
  });

  it('a link line under a recipients heading says nothing ("savoir" holds no "voir")', () => {
    const sections = [section('s1', 'Destinataires de vos données', ['En savoir plus :'])];
    classifySections(sections, 'fr');
    expect(sections[0].passages[0].tags).toEqual([]);
  });

  it('short list items under a heading still count (only a table header row never does)', () => {
    const sections = [
      section('s1', 'Destinataires de vos données', ['Nos sous-traitants ;', 'Les autorités judiciaires, sur réquisition.', 'Catégorie de destinataires | Données transmises']),
    ];
    classifySections(sections, 'fr');
    expect(sections[0].passages.map((p) => p.tags)).toEqual([['sharing'], ['sharing'], []]);
  });

  it('a four-column processing table row gets purposes, collection, legal basis and retention', () => {
    const sections = [section('s1', 'Nos traitements en un coup d’œil', ['Création et gestion de votre compte | Identité, e-mail, mot de passe | Exécution du contrat | 3 ans après la clôture'])];
    classifySections(sections, 'fr');
    expect(sections[0].passages[0].tags).toEqual(['collection', 'purposes', 'legal-basis', 'retention']);
  });

  it('"Modification de vos données" is not a heading about changes to the notice', () => {
    const sections = [section('s1', 'Modification de vos données', ['Vous pouvez modifier vos informations depuis votre compte.'])];
    classifySections(sections, 'fr');
    expect(sections[0].tags).not.toContain('changes');
    expect(sections[0].passages[0].tags).toEqual(['rights']);
  });

  it('a table of contents is not evidence, even when its lines name topics', () => {
    const sections = [section('s1', 'Sommaire', ['Durée de conservation', 'Destinataires', 'Cookies', 'Vos droits'])];
    classifySections(sections, 'fr', (p) => p.id.startsWith('s1'));
    expect(sections[0].passages.map((p) => p.tags)).toEqual([[], [], [], []]);
    // and even when the engine does not know it is a table of contents, a lone title does not fire
    const unskipped = [section('s2', null, ['Durée de conservation', 'Destinataires', 'Cookies', 'Responsable du traitement'])];
    classifySections(unskipped, 'fr');
    expect(unskipped[0].passages.map((p) => p.tags)).toEqual([[], [], [], []]);
  });
});

// Real French notices (unlabelled, not in the repository), cut into passages by the extractor: every tag must
// be findable, and no passage should be tagged with nearly everything (a sign of a rule that fires on any text).
const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/text/', import.meta.url));
const MAX_TAGS_PER_PASSAGE = 6;

describe.skipIf(!existsSync(CORPUS))('French corpus', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.startsWith('fr-') && f.endsWith('.md')) : [];
  const seen = new Set<Tag>();
  const crowded: string[] = [];
  for (const file of files) {
    const { blocks } = fileToBlocks(file, readFileSync(CORPUS + file, 'utf8'));
    for (const paragraph of blocks.filter((b) => b.kind !== 'heading').map((b) => b.text)) {
      const { tags } = classifyText(paragraph, 'fr');
      for (const tag of tags) seen.add(tag);
      if (tags.length > MAX_TAGS_PER_PASSAGE) crowded.push(`${file}: ${paragraph.slice(0, 80)}`);
    }
  }

  it('finds every tag somewhere', () => {
    expect(TAGS.filter((t) => !seen.has(t))).toEqual([]);
  });

  it(`never puts more than ${MAX_TAGS_PER_PASSAGE} tags on one passage`, () => {
    expect(crowded).toEqual([]);
  });
});
