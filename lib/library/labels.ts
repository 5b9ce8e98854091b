// Names of the report's fixed values in English and French, for the sentences the library writes
// (what changed between two versions, comparison rows). The dashboard chrome uses the i18n messages.
import type { Right, Safeguard } from '../report';

export type Lang = 'en' | 'fr';

/** The UI language to write sentences in: French for fr-*, English otherwise. */
export function langOf(locale: string): Lang {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const RIGHT_NAMES: Record<Lang, Record<Right, string>> = {
  en: {
    access: 'right of access',
    rectification: 'right to rectification',
    erasure: 'right to erasure',
    restriction: 'right to restriction of processing',
    portability: 'right to portability',
    objection: 'right to object',
    'withdraw-consent': 'right to withdraw consent',
    complaint: 'right to complain to an authority',
    'automated-decision': 'right not to be subject to automated decisions',
    'opt-out-sale': 'right to opt out of the sale of data',
    'limit-sensitive': 'right to limit the use of sensitive data',
    'non-discrimination': 'right to non-discrimination',
    know: 'right to know',
    'post-mortem': 'right to set directives for after death',
  },
  fr: {
    access: "droit d'accès",
    rectification: 'droit de rectification',
    erasure: "droit à l'effacement",
    restriction: 'droit à la limitation du traitement',
    portability: 'droit à la portabilité',
    objection: "droit d'opposition",
    'withdraw-consent': 'droit de retirer son consentement',
    complaint: "droit d'introduire une réclamation auprès d'une autorité",
    'automated-decision': "droit de ne pas faire l'objet d'une décision automatisée",
    'opt-out-sale': "droit de s'opposer à la vente des données",
    'limit-sensitive': "droit de limiter l'usage des données sensibles",
    'non-discrimination': 'droit à la non-discrimination',
    know: "droit d'être informé",
    'post-mortem': 'droit de donner des directives pour après le décès',
  },
};

export const SAFEGUARD_NAMES: Record<Lang, Record<Safeguard, string>> = {
  en: {
    adequacy: 'adequacy decision',
    scc: 'standard contractual clauses',
    bcr: 'binding corporate rules',
    dpf: 'EU-US Data Privacy Framework',
    'privacy-shield': 'Privacy Shield (invalid since July 2020)',
    consent: 'consent',
    derogation: 'derogation',
  },
  fr: {
    adequacy: "décision d'adéquation",
    scc: 'clauses contractuelles types',
    bcr: "règles d'entreprise contraignantes",
    dpf: 'Data Privacy Framework UE-États-Unis',
    'privacy-shield': 'Privacy Shield (invalide depuis juillet 2020)',
    consent: 'consentement',
    derogation: 'dérogation',
  },
};

export const FLAG_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    'privacy-shield': 'relies on the Privacy Shield, invalid since 2020',
    'retention-unspecified': 'retention only "as long as necessary"',
    'no-retention': 'nothing about retention',
    'no-rights': 'no rights section',
    'no-contact': 'no way to contact the company',
    'no-authority': 'no supervisory authority named',
    'tacit-consent': 'consent said to be tacit',
    'sells-data': 'says it sells data',
    'changes-without-notice': 'changes apply without notice',
    'transfers-no-safeguard': 'transfers abroad with no safeguard',
    'children-under-16-eu': 'accepts children under 16 without parental consent',
  },
  fr: {
    'privacy-shield': "s'appuie sur le Privacy Shield, invalide depuis 2020",
    'retention-unspecified': 'conservation seulement « le temps nécessaire »',
    'no-retention': 'rien sur la conservation',
    'no-rights': 'pas de section sur les droits',
    'no-contact': "aucun moyen de contacter l'entreprise",
    'no-authority': 'aucune autorité de contrôle citée',
    'tacit-consent': 'consentement dit tacite',
    'sells-data': 'dit vendre des données',
    'changes-without-notice': "modifications applicables sans prévenir",
    'transfers-no-safeguard': "transferts à l'étranger sans garantie",
    'children-under-16-eu': 'accepte les moins de 16 ans sans accord parental',
  },
};

export function flagName(id: string, lang: Lang): string {
  return FLAG_NAMES[lang][id] ?? id;
}

export const SALE_NAMES: Record<Lang, Record<'true' | 'false' | 'null', string>> = {
  en: { true: 'says it sells data', false: 'says it does not sell data', null: 'says nothing about selling data' },
  fr: { true: 'dit vendre des données', false: 'dit ne pas vendre de données', null: 'ne dit rien de la vente de données' },
};

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
