// Is this text a privacy notice? A score from the notice vocabulary it uses: how many of the
// concepts a notice must cover appear (coverage), how dense that vocabulary is (a terms-of-sale page
// mentions personal data once, a notice on every line), and whether its title says so.
// Dependency-free: the content script uses it to judge Readability's pick.

/** Concepts a privacy notice talks about, each as one pattern over lower-cased text (fr, en, de, es, it, nl). */
export const NOTICE_CONCEPTS: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  {
    id: 'personal-data',
    pattern:
      /personal (?:data|information)|données (?:personnelles|à caractère personnel)|informations personnelles|personenbezogene|datos personales|dati personali|persoonsgegevens/g,
  },
  {
    id: 'privacy',
    pattern: /privacy|confidentialité|vie privée|protection des données|data protection|datenschutz|privacidad|riservatezza/g,
  },
  {
    id: 'rights',
    pattern:
      /right (?:of|to) (?:access|erasure|rectification|object|data portability|withdraw|be forgotten)|your rights|vos droits|droit d'(?:accès|opposition|effacement)|rectification|portabilit|effacement|opt[- ]out|auskunft|berichtigung|löschung|derecho de acceso|diritto di accesso|recht op inzage|rectificación|rettifica|cancelación/g,
  },
  { id: 'retention', pattern: /retention|retain|durée de conservation|conserv(?:ons|ées?|ation|erons)|stored for|keep your|speicherdauer|aufbewahr|speichern|conservación|conservazione|bewaartermijn|bewaren/g },
  { id: 'sharing', pattern: /third[- ]part(?:y|ies)|des tiers|partag|processors?\b|sous-traitants?|prestataires|disclos|divulg|dritte|terceros|terzi|derden|auftragsverarbeit|encargados? del tratamiento|responsabili del trattamento|verwerkers?/g },
  {
    id: 'legal-basis',
    pattern: /gdpr|rgpd|dsgvo|ccpa|legitimate interest|intérêt légitime|legal basis|base (?:juridique|légale)|consent|consentement|rechtsgrundlage|einwilligung|base jurídica|base giuridica|grondslag|consentimiento|consenso|toestemming|berechtigtes interesse|interés legítimo|legittimo interesse|gerechtvaardigd belang/g,
  },
  { id: 'cookies', pattern: /cookies?\b|traceurs|tracking technolog|web beacons?/g },
  {
    id: 'controller',
    pattern: /data controller|responsables? du traitement|responsable de traitement|data protection officer|délégué à la protection|\bdpo\b|controller|verantwortliche|datenschutzbeauftragte|responsable del tratamiento|titolare del trattamento|verwerkingsverantwoordelijke|delegado de protección|responsabile della protezione/g,
  },
  {
    id: 'authority',
    pattern: /supervisory authority|autorité de (?:contrôle|surveillance)|\bcnil\b|\bico\b|lodge a complaint|introduire une réclamation|réclamation auprès|aufsichtsbehörde|autoridad de control|garante per la protezione|autoriteit persoonsgegevens|beschwerde/g,
  },
  { id: 'collection', pattern: /we collect|nous collectons|collect(?:ons|ées?|ed|s)\b|recueill|we process|nous traitons|erheben|verarbeiten|recopilamos|tratamos|raccogliamo|trattiamo|verzamelen|verwerken/g },
  { id: 'security', pattern: /security measures|mesures de sécurité|encrypt|chiffr|crypt[ée]|sicherheitsmaßnahmen|verschlüssel|medidas de seguridad|misure di sicurezza|beveiligingsmaatregelen/g },
  { id: 'children', pattern: /children|enfants|minors|mineurs|under the age of|moins de \d+ ans|kinder|menores|minori|kinderen/g },
];

/** A title that names a privacy notice, in any of the recognised languages. */
export const NOTICE_TITLE =
  /privacy (?:policy|notice|statement|center|centre)|data (?:protection|privacy) (?:policy|notice|statement)|politique de (?:confidentialité|protection des données|vie privée)|(?:déclaration|avis|clause|charte|notice|mention)s? (?:de |d'information |concernant la )?(?:confidentialité|protection des données|vie privée|la protection des données)|protection de vos (?:informations|données) personnelles|datenschutzerklärung|política de privacidad|informativa (?:sulla )?privacy|privacyverklaring|privacybeleid/i;

/** Distinct concepts that make full coverage. */
export const COVERAGE_FULL = 8;
/** Concept mentions per 1000 words that make full density. */
export const DENSITY_FULL = 15;
/** Weights of coverage, density and title in the score. */
export const SCORE_WEIGHTS = { coverage: 0.6, density: 0.25, title: 0.15 } as const;
/** At or above this score the text is a privacy notice. */
export const NOTICE_THRESHOLD = 0.5;
/** Only the start of a long text is scored: the verdict does not change past it, the cost would. */
export const NOTICE_SAMPLE_CHARS = 60_000;

export interface NoticeVocabulary {
  concepts: number;
  hits: number;
  words: number;
}

/** Counts notice vocabulary in (the start of) a text. */
export function noticeVocabulary(text: string): NoticeVocabulary {
  const sample = text.slice(0, NOTICE_SAMPLE_CHARS).toLowerCase().replace(/[\u2019\u02bc]/g, "'");
  let concepts = 0;
  let hits = 0;
  for (const { pattern } of NOTICE_CONCEPTS) {
    const found = sample.match(pattern)?.length ?? 0;
    if (found) concepts++;
    hits += found;
  }
  const words = sample.match(/\S+/g)?.length ?? 0;
  return { concepts, hits, words };
}

/** Score in [0, 1]: how much the text reads like a privacy notice. `titles` are the document title and headings. */
export function noticeScore(text: string, titles: Array<string | null | undefined> = []): number {
  const vocab = noticeVocabulary(text);
  if (!vocab.words) return 0;
  const coverage = Math.min(1, vocab.concepts / COVERAGE_FULL);
  // Density counts only as far as coverage does: a login page's one "privacy policy" link is dense in 60 words.
  const density = Math.min(1, (vocab.hits * 1000) / vocab.words / DENSITY_FULL) * coverage;
  const title = titles.some((t) => t && NOTICE_TITLE.test(t)) ? 1 : 0;
  const score = SCORE_WEIGHTS.coverage * coverage + SCORE_WEIGHTS.density * density + SCORE_WEIGHTS.title * title;
  return Math.round(score * 1000) / 1000;
}

export function isPrivacyNotice(score: number): boolean {
  return score >= NOTICE_THRESHOLD;
}
