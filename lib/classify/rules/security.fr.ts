import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW } from '../fr';

// Security measures, encryption, breach notification (RGPD 32-34; OPP-115 Data Security).
const file: RuleFile = {
  tag: 'security',
  lang: 'fr',
  rules: [
    {
      id: 'security.fr.measures',
      // "Nous mettons en œuvre des mesures techniques et organisationnelles appropriées."
      match: /mesures? (?:techniques?|organisationnelles?|de s[ée]curit[ée]|de protection|physiques?|logiques?|(?:appropri[ée]es|adapt[ée]es)(?! pour (?:les |la |le |l'|en |y )?(?:supprimer|effacer|v[ée]rifier|garantir le respect|respecter|r[ée]pondre|obtenir|informer|corriger|mettre fin|retirer|bloquer))|n[ée]cessaires pour (?:prot[ée]ger|garantir|assurer)(?! le respect))|(?:s[ée]curit[ée]|int[ée]grit[ée])(?: et (?:la |l')?(?:confidentialit[ée]|int[ée]grit[ée]))? (?:de vos|des|de leurs|de ces|de nos) (?:donn[ée]es|informations|traitements|syst[èe]mes)|niveau de s[ée]curit[ée]|(?:page|connexion|serveurs?|protocole|canal|acc[èe]s|transmission|messagerie)s? (?:\S+ ){0,2}s[ée]curis[ée]e?s?(?![a-zà-ÿœ])|toutes? (?:les )?pr[ée]cautions utiles/,
      // product-safety recalls are another thing; a lone heading-like line is not evidence
      unless: /rappels? (?:de )?s[ée]curit|sain et s[ée]curis|(?:d[ée]l[ée]gu[ée]|dpo)[^.;]{0,60}(?:moyens|mesures organisationnelles)|transf[ée]r[a-zà-ÿœ]*[^.;]{0,120}mesures de protection (?:raisonnables|appropri[ée]es|adapt[ée]es)|^\s*[^\s|]+(?:\s+[^\s|]+){0,2}\s*$|^(?![^]*mesures)[^]*(?:utilis|trait|exploit|analys|servent|sert)[a-zà-ÿœ]*[^.;]{0,60}(?:pour|afin d[e'])\s?(?:assurer|garantir|maintenir|renforcer|pr[ée]server)? ?(?:la )?s[ée]curit[ée] (?:de nos|du|des|de notre) (?:services?|syst[èe]mes|site|plateforme|r[ée]seau|application|outils)|^\W*(?:assurer|garantir|maintenir|renforcer)(?: et [a-zà-ÿœ]+)? la s[ée]curit[ée] (?:de nos|du|des|de notre) (?:services?|syst[èe]mes|site|plateforme|r[ée]seau|application|outils)|pays[^.;]{0,80}niveau de (?:s[ée]curit|protection)|niveau de (?:s[ée]curit|protection)[^.;]{0,60}(?:ad[ée]quat|suffisant|[ée]quivalent|satisfaisant|comparable)|^(?![^]*mesures techniques)[^]*(?:clauses contractuelles|d[ée]cision d'ad[ée]quation|r[èe]gles d'entreprise contraignantes|data privacy framework)|mesures de protection (?:[a-zà-ÿœ]+ )?(?:des|pour les|aux|de l'|sur les comptes des) (?:mineurs|enfants|jeunes|adolescents)/,
      example: 'Nous mettons en œuvre des mesures techniques et organisationnelles appropriées.',
    },
    {
      id: 'security.fr.security-word',
      // "Sécurité des services : analyse des logs" (the word alone: security under a security heading)
      match: /(?<![a-zà-ÿœ])s[ée]curi(?:t[ée](?! sociale)|s[ée]e?s?)(?![a-zà-ÿœ])|prot[ée]g[a-zà-ÿœ]*|chiffr(?!es?(?![a-zà-ÿœ]))[a-zà-ÿœ]*|confidentialit[ée]|sauvegard[a-zà-ÿœ]*|authentifi[a-zà-ÿœ]*|acc[èe]s|habilit[a-zà-ÿœ]*|mots? de passe|pare-feu|serveurs?/,
      // the safety of people on a trip, in a shop or at a meeting is not the security of their data
      unless: new RegExp(`${HEADER_ROW.source}|${/rappels? (?:de )?s[ée]curit|s[ée]curit[ée] (?:des|de nos|de vos) (?:personnes|biens|locaux|salari[ée]s|clients|patients|[ée]l[èe]ves|usagers|conducteurs|voyageurs|passagers|joueurs|membres|enfants|trajets|courses|voyages|d[ée]placements|rencontres|livreurs|chauffeurs)/.source}`),
      weight: WEAK,
      example: 'Sécurité des services : analyse des logs',
    },
    {
      id: 'security.fr.techniques',
      // "Les échanges sont chiffrés (TLS) et les mots de passe hachés."
      match: /chiffrement|chiffr(?:é|ée|és|ées|ons|ent|er|age)(?![a-zà-ÿœ])(?![^.;]{0,15}(?:devis|travaux|prestations?|budgets?|co[ûu]ts?|prix|montants?|tarifs?))(?<!(?:devis|budget|montant|co[ûu]t|prix|estimation|offre|tarif) (?:[a-zà-ÿœ]+ )?chiffr[a-zà-ÿœ]*)|crypt[ée][a-zà-ÿœ]*|cryptage|cryptographi|(?<![a-zà-ÿœ])(?:ssl|tls|https(?!:\/\/)|aes-?\d*|3-?d ?secure)(?![a-zà-ÿœ])|(?:s[ée]curis|prot[ée]g)[ée]e?s? (?:par|gr[âa]ce [àa]|au moyen d[eu']) ?(?:le |la |l'|un |une |des )?(?:protocoles?|chiffrement|cryptage|certificats?|technologies?|normes?)(?![a-zà-ÿœ])|pare-feu|firewall|sous forme hach[ée]e?|mots? de passe (?:sont |est )?hach[ée]s?|hachage|authentification (?:[àa] (?:deux|double|plusieurs) facteurs|forte|multi)|double authentification|iso(?:\/iec)? ?27001|pci[- ]?dss|(?:acc[èe]s|r[ée]serv[ée]e?s?)[^.;]{0,50}(?:habilit[ée]|autoris[ée])|(?<![a-zà-ÿœ])hds(?![a-zà-ÿœ])|h[ée]bergeur (?:agr[ée][ée]|certifi[ée]) (?:de |pour les )?donn[ée]es de sant[ée]|tests? d'intrusion|sauvegardes? (?:r[ée]guli[èe]res|quotidiennes)|contr[ôo]les? d'acc[èe]s|habilitations?(?! l[ée]gales?)|journalis[ée]e?s?(?![a-zà-ÿœ])|journalisation des (?:acc[èe]s|connexions|consultations|op[ée]rations|actions)|(?:seul(?:e?s)?|uniquement|exclusivement)[^.;]{0,40}(?:personnes?|personnels?|salari[ée]s|collaborat(?:eur|rice)s|agents|membres|employ[ée]s|[ée]quipes?)(?: [a-zà-ÿœ]+)? (?:habilit[ée]e?s|autoris[ée]e?s)|acc[èe]s(?: [àa]| aux)?(?: [a-zà-ÿœ']+){0,4} (?:est|sont|reste|restent) (?:strictement |tr[èe]s )?(?:contr[ôo]l[ée]|restreint|limit[ée]|prot[ée]g[ée]|s[ée]curis[ée]|trac[ée]|journalis[ée]|surveill[ée])|(?:restreignons|limitons|contr[ôo]lons|restreindre|limiter|contr[ôo]ler) (?:strictement )?(?:l'|les )acc[èe]s|restrictions? d'acc[èe]s|mots? de passe (?:robustes?|forts?|complexes?|s[ée]curis[ée]s?|uniques?|personnels?|confidentiels?|individuels?)|(?<![a-zà-ÿœ])(?:form[ée]|sensibilis[ée])e?s? (?:r[ée]guli[èe]rement )?(?:[àa] la|aux|au) (?:protection des donn|s[ée]curit|confidentialit|rgpd|bonnes pratiques)|(?:vous )?d[ée]connecter (?:apr[èe]s|syst[ée]matiquement|[àa] la fin)|(?:garanti|assur|pr[ée]serv)[a-zà-ÿœ]* la confidentialit[ée]|confidentialit[ée] (?:de vos|des|de leurs|de ces) [a-zà-ÿœ]+ (?:[a-zà-ÿœ' ]{0,40})?(?:est|sont) (?:garantie|assur[ée]e|pr[ée]serv[ée]e|prot[ée]g[ée]e)|(?:selon|en fonction de|d'apr[èe]s) (?:son|leur|ses|leurs) (?:r[ôo]les?|fonctions?|habilitations?)|(?:n'ont|n'a|ont|a) acc[èe]s qu'(?:aux|[àa] (?:la|l'|les)) (?:seules )?(?:donn[ée]es|informations) (?:strictement )?(?:n[ée]cessaires|utiles)|(?:consultations?|connexions?|op[ée]rations?|actions?)(?: [a-zà-ÿœ]+){0,4} (?:sont|est) (?:trac[ée]|journalis[ée]|historis[ée])e?s?|(?<![a-zà-ÿœ])seul(?:e?s)? [^.;]{0,80}(?:y ont acc[èe]s|y a acc[èe]s|ont acc[èe]s|a acc[èe]s|y acc[èe]dent|peuvent (?:y )?acc[ée]der|peuvent (?:les |la |le )?consulter)|acc[èe]s frauduleux|intrusions?|piratages?|cyber-?attaques?|attaques? informatiques|tentatives? (?:de connexion|d'intrusion|de piratage)|comptes? pirat[ée]s?|totalement s[ûu]r|enti[èe]rement s[ûu]r|s[ée]curit[ée] (?:absolue|totale|parfaite)|(?:garantir|assurer) (?:la |une )?(?:s[ée]curit[ée]|confidentialit[ée]) (?:absolue|totale|parfaite|des informations transmises)|masqu[ée]e? par|num[ée]ros? (?:temporaires?|masqu[ée]s?)|(?:n'est|ne sont|ne peuvent [êe]tre|ne peut [êe]tre) (?:consult|accessib|visib|lu|trait|vision)[a-zà-ÿœ]* (?:que par|qu'en cas|qu'avec)|(?:ne (?:conservons|stockons|voyons|enregistrons|recevons)|n'avons)[^.;]{0,30}(?:jamais|pas|aucun)[^.;]{0,30}(?:num[ée]ros?(?: complets?)? de (?:votre |vos |la )?cartes?|cartes? bancaires?|coordonn[ée]es bancaires|donn[ée]es bancaires)|confidentialit[ée] (?:de votre|du|de vos|des) (?:mots? de passe|identifiants)/,
      // access control to premises or video surveillance stated as a purpose or with its ground is no data-security measure
      unless: /(?:hach|chiffr)[a-zà-ÿœ]*[^.;]{0,80}(?:r[ée]gies?|publicit|partenaires? publicitaires|d'un appareil [àa] l'autre)|^\W*(?:g[ée]rer|assurer|organiser) (?:le |la |l')?(?:contr[ôo]le d'acc[èe]s|acc[èe]s) (?:[àa]|aux) (?:nos )?(?:bureaux|locaux|b[âa]timents)|(?:contr[ôo]le d'acc[èe]s|vid[ée]o(?:surveillance|protection))[^.;]{0,120}(?:sur la base|int[ée]r[êe]t l[ée]gitime|fond[ée])/,
      example: 'Les échanges sont chiffrés (TLS) et les mots de passe hachés.',
    },
    {
      id: 'security.fr.breach',
      // "En cas de violation de données, nous vous en informerons dans les meilleurs délais."
      match: /violations? de (?:vos |des )?donn[ée]es|fuites? de donn[ée]es|incidents? de s[ée]curit[ée]|acc[èe]s non autoris[ée]s?|(?:perte|destruction|alt[ée]ration|divulgation) (?:accidentelle|illicite|non autoris)|(?:obligation|engagement) de confidentialit[ée]|(?:couvert|soumis|tenu|prot[ée]g)[a-zà-ÿœ]* (?:par |au |[àa] |par le |au respect du )?(?:le |un )?secret|respect du secret|secret (?:m[ée]dical|professionnel|bancaire) s'applique|(?:tenus?|soumis[a-zà-ÿœ]*) (?:au|[àa] (?:une|la)) (?:secret|confidentialit[ée]|obligation de confidentialit)|prot[ée]g[a-zà-ÿœ]* (?:vos |les |ces )?(?:donn[ée]es|informations) (?:contre|de mani[èe]re)/,
      // a limit to the right of access ("protégés par le secret professionnel") is about rights
      unless: /droit d'acc[èe]s/,
      example: 'En cas de violation de données, nous vous en informerons dans les meilleurs délais.',
    },
  ],
  headings: [
    {
      id: 'security.fr.heading',
      // "Comment protégeons-nous vos données ?"
      match: /(?<![a-zà-ÿœ])(?:s[ée]curit[ée](?! sociale)|prot[ée]g(?:eons|ez|er|[ée]es)|chiffrement|confidentialit[ée] et s[ée]curit)/,
      // "Assurer la sécurité du site", "Sécurité et prévention de la fraude": a purpose, not the measures
      // "Sécurité et navigation sur notre site", "Divulgation pour nous protéger", "Vidéoprotection et sécurité des
      // personnes": a purpose or a disclosure, not the measures that protect the data
      unless: /(?:assurer|garantir|maintenir|renforcer) la s[ée]curit[ée](?! (?:des|de vos|de leurs) (?:donn|informations|renseignements))|fraude|diagnostic|rappels?|navigation|nous prot[ée]ger|prot[ée]g(?:er|eons|ez) (?:vos |les |nos )?(?:enfants|mineurs|utilisateurs|membres|joueurs|clients|communaut)|prot[ée]ger (?:d'autres|autrui|les droits|nos droits|vos droits)|vid[ée]o|cam[ée]ras|s[ée]curit[ée] (?:des|de nos|de vos) (?:personnes|biens|locaux|b[âa]timents|salari[ée]s|clients|patients|[ée]l[èe]ves|usagers|conducteurs|voyageurs|passagers|joueurs|membres|enfants|trajets|courses|voyages|d[ée]placements|rencontres|livreurs|chauffeurs)/,
      example: 'Comment protégeons-nous vos données ?',
    },
  ],
  examples: [
    ['Nous mettons en œuvre des mesures techniques et organisationnelles appropriées.', true],
    ['Les échanges sont chiffrés et votre mot de passe est stocké sous forme hachée.', true],
    ['En cas de violation de données, nous vous en informerons dans les meilleurs délais.', true],
    ['La sécurité de vos données est notre priorité.', true],
    ['Les salariés ayant accès aux données sont soumis à une obligation de confidentialité.', true],
    ['Seules les personnes habilitées peuvent consulter votre dossier.', true],
    ["L'accès à nos locaux est contrôlé par badge.", true],
    ['Nous vous recommandons de choisir un mot de passe robuste.', true],
    ["Aucun système n'étant totalement sûr, nous ne pouvons garantir une sécurité absolue.", true],
    ['Les transmissions sont sécurisées par le protocole HTTPS.', true],
    ['Seuls les professionnels qui participent à votre prise en charge y ont accès, chacun selon son rôle.', true],
    ['Les journaux de connexion nous permettent de détecter les accès frauduleux à votre compte.', true],
    ['Vos données de connexion sont utilisées afin de garantir la sécurité de nos systèmes.', false],
    ["Assurer la sécurité de nos systèmes d'information et prévenir la fraude.", false],
    ['Le paiement est géré par notre prestataire ; nous n’avons jamais accès à votre numéro de carte.', true],
    // hard negatives: links, log retention, figures, a country's level of protection, no access to third-party cookies
    ['Vous pouvez introduire une réclamation auprès de la CNIL : https://www.cnil.fr/fr/plaintes', false],
    ['Les données de journalisation sont conservées 12 mois.', false],
    ['Les chiffres de fréquentation sont anonymes.', false],
    ['Vos données peuvent être transférées vers des pays dont le niveau de sécurité a été reconnu adéquat.', false],
    ["Nous n'avons ni accès ni contrôle sur ces cookies de tiers.", false],
    // hard negatives: social security numbers, product recalls, the notice's own title
    ['Identité, adresse et numéro de sécurité sociale.', false],
    ['Nous vous informons des rappels de sécurité concernant les produits achetés.', false],
    ['Politique de confidentialité', false],
    ["La sécurité du site repose sur l'intérêt légitime du responsable de traitement.", false],
    // hard negatives: 'sécurisé' as a selling point, the notice's own title, premises and cameras as a purpose, rights
    ['Vous pouvez télécharger vos factures dans votre espace client sécurisé.', false],
    ["Si nous apprenons qu'un enfant de moins de 15 ans nous a transmis des données, nous prendrons les mesures appropriées pour les supprimer.", false],
    ['Nous prendrons les mesures nécessaires pour garantir le respect de vos droits.', false],
    ['La géolocalisation sert à la sécurité des livreurs pendant leurs tournées.', false],
    ['Nous utilisons vos données de connexion afin de sécuriser votre compte et de détecter les connexions suspectes.', false],
    ['Clause de confidentialité, conforme au RGPD.', false],
    ["Gérer le contrôle d'accès à nos bureaux et locaux lors de votre visite.", false],
    ["La vidéosurveillance des locaux repose sur notre intérêt légitime à protéger nos locaux et notre personnel.", false],
    ['Nous contribuons à un environnement sain et sécurisé sur la plateforme en luttant contre la fraude.', false],
    ["Droit d'accès : certaines informations protégées par le secret professionnel ne peuvent vous être communiquées.", false],
    ["Certains destinataires peuvent avoir accès à vos informations en raison d'une habilitation légale spécifique.", false],
    ['Le paiement en ligne est sécurisé par le protocole 3-D Secure.', true],
    ['Les accès au dossier sont tracés et contrôlés régulièrement.', true],
    ['Nos conseillers sont formés à la protection des données.', true],
    ['Nous vous conseillons de vous déconnecter après chaque utilisation sur un ordinateur partagé.', true],
    ['La confidentialité de vos échanges avec votre médecin est garantie.', true],
    ['Nous ne conservons jamais les numéros de carte.', true],
    ["Le secret médical s'applique à toutes les informations vous concernant.", true],
    ['Le paiement est traité par notre prestataire ; nous ne voyons jamais le numéro complet de votre carte.', true],
    ['Ce transfert est complété par des mesures techniques : le prestataire ne travaille que sur des données pseudonymisées.', true],
    ['Le ministère reçoit des données pseudonymisées à des fins statistiques.', false],
    ['Les agents n’ont accès qu’aux données nécessaires à leurs missions, et les consultations des dossiers sociaux sont tracées.', true],
    ['Les justificatifs médicaux ne sont utilisés qu’à cette fin, et seul le référent handicap y a accès.', true],
    ['Ce transfert est encadré par des clauses contractuelles types, complétées par des mesures techniques de chiffrement.', true],
    ['Votre adresse e-mail est transformée en un identifiant chiffré (« haché ») transmis à notre régie publicitaire.', false],
    // hard negatives: pricing a quote, safeguards of a transfer abroad, settings that protect minors
    ["Nous utilisons vos informations pour chiffrer votre devis et planifier l'intervention.", false],
    ['Le chiffrage des travaux est établi à partir des informations que vous nous communiquez.', false],
    ['Vos communications sont chiffrées de bout en bout.', true],
    ['Pour ces transferts, nous mettons en place des mesures appropriées, notamment les clauses contractuelles types de la Commission européenne.', false],
    ['Des mesures de protection renforcées pour les mineurs s’appliquent : profil privé par défaut et messagerie fermée.', false],
  ],
};

export default file;
