import { WEAK, type RuleFile } from '../types';
import { NOT_EVIDENCE } from '../fr';

// Cookies, tracers, pixels, device and advertising identifiers, tracking, Do Not Track (ePrivacy 5(3), art. 82 loi IL).
// A table-of-contents line or a lone "Cookies" passage is not evidence.

const file: RuleFile = {
  tag: 'cookies',
  lang: 'fr',
  rules: [
    {
      id: 'cookies.fr.cookies',
      // "Nous déposons des cookies sur votre terminal lors de votre navigation."
      match: /cookies?(?![a-zà-ÿœ])|traceurs?(?![a-zà-ÿœ])|t[ée]moins de connexion|(?<![a-zà-ÿœ])pixels?(?: espions?| de suivi| invisibles?)?(?![a-zà-ÿœ])|balises? (?:web|invisibles?|pixel)|web ?beacons?|(?<![a-zà-ÿœ])(?:sdk|tags?) (?:de |d')?(?:mesure|suivi|publicit|analyse|tiers)|identifiants? (?:publicitaires?|de publicit[ée]|d'annonceur|(?:uniques? )?(?:de l'|de votre |du |d'|des )(?:appareils?|terminal|terminaux|mobile|t[ée]l[ée]phone|navigateur))|publicit[ée]s? (?:cibl[ée]es?|personnalis[ée]es?|comportementales?|adapt[ée]es? [àa] vos centres d'int[ée]r[êe]t)|(?:sur|par) (?:des|d'autres) sites (?:tiers|partenaires)|(?<![a-zà-ÿœ])(?:idfa|gaid|aaid)(?![a-zà-ÿœ])|empreinte (?:num[ée]rique|digitale (?:de votre |du |de l')(?:navigateur|terminal|appareil)|du navigateur|de (?:votre |l')?(?:navigateur|terminal|appareil))|fingerprinting|do not track|stockage local|local storage|identifiant (?:chiffr[ée]|hach[ée]|crypt[ée]|unique)[^.;]{0,80}(?:r[ée]gie|publicit|d'un appareil [àa] l'autre)|(?:boutons?|modules?|plug-?ins?|widgets?) (?:de partage|sociaux|des r[ée]seaux sociaux)|bouton « ?(?:partager|j'aime|like) ?»/,
      // a GPS tracker is a device, not a tracer on a terminal; a passage whose only cookie word is the name of the
      // cookie policy ("ainsi que notre Politique en matière de cookies") says nothing about cookies
      unless: new RegExp(
        `${NOT_EVIDENCE.source}|${/traceurs? (?:gps|de (?:localisation|g[ée]olocalisation|v[ée]hicule))|^(?:(?!cookie|traceur|pixel)[^])*(?:politique|charte|avis) (?:en mati[èe]re de |relative aux |de gestion des |sur les |concernant les |d'utilisation des |des |de )?cookies(?:(?!cookie|traceur|pixel)[^])*$/.source}`,
      ),
      example: 'Nous déposons des cookies sur votre terminal lors de votre navigation.',
    },
    {
      id: 'cookies.fr.cookie-row',
      // "session_id | Maison Chêne | Maintien de la session | Fin de la session" (a cookie table row: a cookie's name first)
      match: /^[\s*]*(?:_[a-z0-9]+|[a-z0-9]+(?:_[a-z0-9]+)+|phpsessid|jsessionid)\s*\|/,
      example: 'session_id | Maison Chêne | Maintien de la session | Fin de la session',
    },
    {
      id: 'cookies.fr.targeted-ads',
      // "Afficher de la publicité, personnalisée si vous l'avez accepté" (targeted advertising rests on trackers)
      match: /publicit[ée]s?,? (?:personnalis[ée]e?s?|cibl[ée]e?s?|comportementales?)/,
      example: 'Afficher de la publicité, personnalisée si vous l’avez accepté, pour financer nos articles.',
    },
    {
      id: 'cookies.fr.consent-tools',
      // "Vous pouvez gérer vos préférences via notre bandeau de consentement."
      match: /bandeau (?:de consentement|cookies?|d'information)|gestionnaire de consentement|(?:outil|plateforme|module|interface|centre) de (?:gestion|pr[ée]f[ée]rences?) (?:du |des |de (?:votre |vos )?)?(?:consentements?|cookies|traceurs|pr[ée]f[ée]rences)|(?:google analytics|matomo|at internet|piano analytics|tarteaucitron|axeptio|didomi|cookiebot|onetrust|meta pixel|pixel facebook)|mesure d'audience[^.;]{0,60}(?:exempt|sans consentement|anonymis)|param[èe]tres? (?:de )?(?:votre )?navigateur[^.;]{0,80}(?:refus|bloqu|supprim|d[ée]sactiv)|publicit[ée]s? (?:cibl[ée]es|comportementales?)[^.;]{0,60}(?:navigation|terminal|appareil)/,
      unless: NOT_EVIDENCE,
      example: 'Vous pouvez gérer vos préférences via notre bandeau de consentement.',
    },
    {
      id: 'cookies.fr.policy-named',
      // "Pour en savoir plus, consultez notre Politique en matière de cookies." (a pointer: cookies under a cookies heading)
      match: /(?:politique|charte|avis) (?:en mati[èe]re de |relative aux |de gestion des |sur les |concernant les |d'utilisation des |des |de )?cookies/,
      weight: WEAK,
      example: 'Pour en savoir plus, consultez notre Politique en matière de cookies.',
    },
    {
      id: 'cookies.fr.tracking-cue',
      // "Vous pouvez revenir sur votre choix à tout moment." (choices, browsing, targeted ads: cookies under a cookies heading)
      match: /(?<![a-zà-ÿœ])(?:accept|refus)[a-zà-ÿœ]*|(?:votre|vos) choix|consentement|navigat[a-zà-ÿœ]*|publicit[ée]s? (?:personnalis|cibl|comportement)|partenaires publicitaires|mesure d'audience|statistiques de (?:visite|fr[ée]quentation)|navigateur|(?<![a-zà-ÿœ])(?:terminal|appareil|d[ée]p[ôo][a-zà-ÿœ]*|lecture|suivi|audience|tiers|session)/,
      // consent to e-mails, newsletters or text messages under a heading that also names targeted ads is not about trackers
      unless: new RegExp(`${NOT_EVIDENCE.source}|${/newsletters?|lettres? d'information|d[ée]sinscri|d[ée]sabonn|e-?mails? (?:promotionnels|commerciaux|publicitaires|marketing)|(?<![a-zà-ÿœ])sms(?![a-zà-ÿœ])/.source}`),
      weight: WEAK,
      example: 'Vous pouvez revenir sur votre choix à tout moment.',
    },
  ],
  headings: [
    {
      id: 'cookies.fr.heading',
      // "Cookies et autres traceurs"
      match: /(?<![a-zà-ÿœ])(?:cookies?|traceurs?|t[ée]moins|pixels?|publicit[ée] cibl[ée]e)/,
      // a GPS tracker in a vehicle is a device, not a tracer on the reader's terminal
      unless: /traceurs? (?:gps|de (?:localisation|g[ée]olocalisation|v[ée]hicule))/,
      example: 'Cookies et autres traceurs',
    },
  ],
  examples: [
    ['Votre adresse e-mail est transformée en un identifiant chiffré (« haché ») transmis à notre régie, qui vous montre des publicités d’un appareil à l’autre.', true],
    ['_ga | Google Analytics | Mesure d’audience | 13 mois', true],
    ['Compte client | Identité, e-mail | 3 ans', false],
    ['Nous déposons des cookies sur votre terminal lors de votre navigation.', true],
    ["L'application collecte un identifiant publicitaire de votre appareil si vous l'acceptez.", true],
    ['Nos partenaires utilisent des pixels invisibles dans nos e-mails.', true],
    ['Vous pouvez configurer les paramètres de votre navigateur pour refuser ces fichiers.', true],
    ['Notre outil de mesure d’audience est exempté de consentement et anonymise les adresses IP.', true],
    // hard negatives: a lone table-of-contents word, a cookie recipe
    ['Cookies', false],
    ['Cookies et autres traceurs', false],
    ['Nous utilisons vos données pour vous envoyer notre newsletter.', false],
    ['Un traceur GPS équipe nos véhicules de location.', false],
    ['Cette politique, ainsi que notre Politique en matière de cookies, présente la manière dont nous traitons vos données.', false],
    ['Pour en savoir plus sur les cookies que nous déposons, consultez notre politique cookies.', true],
    // a fingerprint on a reader is biometrics, not browser fingerprinting
    ['Si vous le choisissez, vous entrez en posant votre empreinte digitale sur le lecteur.', false],
    ['Nous calculons une empreinte de votre navigateur pour reconnaître votre terminal.', true],
    // social sharing buttons let the network follow the reader's browsing
    ['Les boutons de partage des réseaux sociaux peuvent collecter des informations sur votre navigation.', true],
  ],
};

export default file;
