// Flags: findings a careful reader wants to see first (contract: Flags), each backed by the passage that says
// it, or by none when the flag is about something missing. Sorted high > medium > info. Nothing is raised
// that the text does not support: Privacy Shield only when the notice relies on it, sale only when the
// notice says it sells, "under 16" only for an EU notice that takes children under 16 without a parent.
import { isNegatedInClause } from './nlp/negation';
import type { Facts, Flag, FlagId, Section, Severity } from './report';
import { contextsFor, type PassageContext } from './facts/context';
import { ADEQUACY_CODES, EEA, EEA_CODES, EU } from './facts/countries';
import { extractSale } from './facts/sale';
import { extractTransfers } from './facts/transfers';

export interface FlagInput {
  sections: Section[];
  facts: Facts;
  language: string;
  isPrivacyNotice: boolean;
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, info: 2 };

/** A US notice (COPPA, CCPA, state laws): its "under 13" is not an EU age limit. */
const US_NOTICE = /\b(?:coppa|ccpa|cpra|california|californie)\b/;
/** "under 13, or the equivalent minimum age in your jurisdiction": the age follows each country's law */
const AGE_BY_COUNTRY = /equivalent (?:minimum )?age|relevant jurisdiction|varies by country|depending on (?:your )?(?:country|jurisdiction)|âge (?:équivalent|minimum applicable)|selon (?:le pays|la législation|votre pays)|varie selon/;

const TRANSFER_VERB = /transf|\bsent\b|envoy|stor(?:ed|e)\b|stock|h[ée]berg|hosted|process\w* (?:in|outside)|trait[ée]\w* (?:en|au|aux|hors)|accessible/;

/** The age under which the GDPR (art. 8) requires a parent's consent unless a member state lowers it. */
const GDPR_CHILD_AGE = 16;

export function sortFlags(flags: Flag[]): Flag[] {
  return [...flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

interface FlagCues {
  /** consent said to be tacit/implied (high) */
  tacit: RegExp;
  /** use of the service counts as acceptance/consent (medium) */
  byUse: RegExp;
  /** the notice may change without notice */
  changesWithoutNotice: RegExp;
  /** continuing to use after a change counts as acceptance */
  changesByUse: RegExp;
  /** the notice promises to tell readers about changes */
  changesNotified: RegExp;
  /** a passage speaks of changes to the notice */
  changesTopic: RegExp;
  /** a passage speaks of keeping data, though without a period */
  retentionTopic: RegExp;
  /** the notice is written for the GDPR */
  gdpr: RegExp;
}

const CUES: Record<string, FlagCues> = {
  fr: {
    tacit: /consentement (?:\S+ ){0,3}(?:tacite|implicite)|(?:tacite|implicite)ment consenti/,
    byUse:
      /(?:utilisation|usage|navigation) (?:\S+ ){0,4}vaut (?:acceptation|consentement|accord)|en (?:continuant|poursuivant) (?:à utiliser|d'utiliser|votre navigation|la navigation)[^.]{0,80}(?:accept|consent)|si vous ne (?:consentez|acceptez) pas[^.]{0,120}(?:ne pas|n')\s*(?:\S+ ){0,2}(?:utiliser|accéder|continuer)|en (?:utilisant|accédant|naviguant)[^.]{0,80}vous (?:acceptez|consentez)|vous acceptez (?:la présente|cette) politique[^.]{0,80}(?:utilis|accès|accéd)/,
    changesWithoutNotice: /(?:modifi\w*|chang\w*|mettre à jour)[^.]{0,120}sans (?:préavis|notification|vous en (?:informer|aviser)|avertissement|information préalable)/,
    changesByUse: /(?:continu\w*|poursui\w*)[^.]{0,80}(?:utilis\w*|navigation)[^.]{0,80}(?:modifi\w*|changements?|mise à jour)[^.]{0,80}(?:réputé|accept\w*|vaut)|(?:modifi\w*|changements?)[^.]{0,120}(?:continu\w*|poursui\w*)[^.]{0,60}(?:utilis\w*)[^.]{0,60}(?:réputé|accept\w*|vaut)/,
    changesNotified: /(?:vous (?:serez|seront) (?:informé|notifié|averti)|vous informerons|vous en informerons|vous aviserons|notifi\w*|par (?:e-?mail|courriel)|nous vous (?:préviendrons|avertirons))/,
    changesTopic: /\b(?:modifi\w*|chang\w*|mise à jour|révision)/,
    retentionTopic: /\b(?:conserv\w*|durée de conservation|archiv\w*)\b/,
    gdpr: /\b(?:rgpd|gdpr|règlement général sur la protection des données|règlement \(ue\) 2016\/679|eee|espace économique européen|union européenne)\b/,
  },
  en: {
    tacit: /(?:implied|tacit|implicit) consent|consent (?:\S+ ){0,3}(?:implied|tacit)/,
    byUse:
      /by (?:using|accessing|continuing to use|browsing)[^.]{0,80}you (?:\S+ ){0,2}(?:consent|agree|accept)|use of (?:this|our|the) (?:site|website|service)s?[^.]{0,40}constitutes (?:your )?(?:acceptance|consent)/,
    changesWithoutNotice: /(?:change|modif|amend|update)\w*[^.]{0,120}without (?:prior )?(?:notice|notification|informing you)/,
    changesByUse: /continu\w* (?:to )?(?:use|access)[^.]{0,120}(?:after|following)[^.]{0,80}(?:changes?|modifications?|updates?)[^.]{0,80}(?:accept|agree|consent|constitutes)|(?:changes?|modifications?)[^.]{0,120}continu\w* (?:to )?use[^.]{0,80}(?:accept|agree|consent|constitutes)/,
    changesNotified: /\b(?:we will (?:notify|inform|tell|email|let you know)|notify you|by e-?mail|prominent notice|you will be (?:notified|informed))\b/,
    changesTopic: /\b(?:change|changes|modif\w*|amend\w*|update[sd]?)\b/,
    retentionTopic: /\b(?:retain\w*|retention|keep|kept|store\w*)\b/,
    gdpr: /\b(?:gdpr|general data protection regulation|regulation \(eu\) 2016\/679|eea|european economic area|european union)\b/,
  },
};

const MESSAGES: Record<FlagId, string> = {
  'privacy-shield': 'The notice relies on the EU-US Privacy Shield, which the EU Court of Justice invalidated on 16 July 2020.',
  'retention-unspecified': 'The notice gives no retention period anywhere: data is kept "as long as necessary" or for an unstated time.',
  'no-retention': 'The notice says nothing about how long your data is kept.',
  'no-rights': 'The notice does not tell you your rights over your data.',
  'no-contact': 'The notice gives no way to contact the company or its data protection officer.',
  'no-authority': 'The notice names no supervisory authority and no right to complain to one.',
  'tacit-consent': 'The notice treats your consent as given without you actively giving it (tacit or implied, or by using the service).',
  'sells-data': 'The notice says your personal data is sold.',
  'changes-without-notice': 'The notice may change and apply to you by continued use, without telling you first.',
  'transfers-no-safeguard': 'Data is transferred outside the EEA, but no safeguard (adequacy, standard clauses, BCR ...) is named.',
  'children-under-16-eu': 'The notice is written for the EU but accepts children under 16 without a parent’s consent.',
};

function flag(id: FlagId, severity: Severity, passageId: string | null): Flag {
  return { id, severity, passageId, message: MESSAGES[id] };
}

function firstMatch(contexts: PassageContext[], re: RegExp): PassageContext | null {
  return contexts.find((c) => c.sentences.some((s) => matchesAffirmed(s, re, c.lang))) ?? null;
}

/** The pattern matches the sentence and its first word is not negated ("nous ne considérons pas ... tacite"). */
function matchesAffirmed(sentence: string, re: RegExp, lang: string): boolean {
  const m = re.exec(sentence);
  if (!m) return false;
  return !isNegatedInClause(sentence, m.index, m.index + m[0].length, lang);
}

function hasTag(sections: Section[], tag: string): boolean {
  return sections.some((s) => s.tags.includes(tag as never) || s.passages.some((p) => p.tags.includes(tag as never)));
}

export function computeFlags(input: FlagInput): Flag[] {
  // A page that is not a privacy notice gets no findings: "no rights" on a shop page would be noise.
  if (!input.isPrivacyNotice) return [];
  const { sections, facts, language } = input;
  const lang = CUES[language] ? language : 'en';
  const cues = CUES[lang];
  const contexts = contextsFor(sections, lang);
  const flags: Flag[] = [];

  // privacy-shield: a passage that relies on it (a sentence saying it is no longer relied on does not count)
  if (facts.transfers.safeguards.includes('privacy-shield')) {
    const ctx = contexts.find((c) => extractTransfers(c).safeguards.includes('privacy-shield'));
    flags.push(flag('privacy-shield', 'high', ctx?.passageId ?? null));
  }

  if (facts.sellsData === true) {
    const statement = contexts.flatMap((c) => extractSale(c)).find((s) => s.sells);
    flags.push(flag('sells-data', 'high', statement?.passageId ?? null));
  }

  const tacit = firstMatch(contexts, cues.tacit);
  const byUse = tacit ? null : contexts.find((c) => !cues.changesTopic.test(c.text) && c.sentences.some((s) => matchesAffirmed(s, cues.byUse, lang)));
  if (tacit) flags.push(flag('tacit-consent', 'high', tacit.passageId));
  else if (byUse) flags.push(flag('tacit-consent', 'medium', byUse.passageId));

  const childFlag = childrenUnder16(facts, contexts, cues);
  if (childFlag) flags.push(childFlag);

  const changes = changesWithoutNotice(contexts, cues, lang);
  if (changes) flags.push(changes);

  // a country with an EU adequacy decision (UK, Switzerland, Japan ...) needs no other safeguard
  const outside = facts.transfers.destinations.filter((d) => d !== EEA && d !== EU && !EEA_CODES.has(d) && !ADEQUACY_CODES.has(d));
  if (outside.length > 0 && facts.transfers.safeguards.length === 0) {
    // backed by a passage that says data goes there, not one that only names a country
    const ctx = contexts.find((c) => TRANSFER_VERB.test(c.text) && extractTransfers(c).destinations.some((d) => outside.includes(d)));
    if (ctx) flags.push(flag('transfers-no-safeguard', 'medium', ctx.passageId));
  }

  // no period anywhere: "as long as necessary", or retention spoken of without any period ("temporairement")
  const periods = facts.retention.filter((r) => r.days !== null);
  if (periods.length === 0) {
    const tagged = sections.flatMap((s) => s.passages).find((p) => p.tags.includes('retention'));
    const backing = facts.retention[0]?.passageId ?? tagged?.id ?? null;
    const mentioned = backing !== null || contexts.some((c) => cues.retentionTopic.test(c.heading));
    flags.push(mentioned ? flag('retention-unspecified', 'medium', backing) : flag('no-retention', 'medium', null));
  }

  if (facts.rights.length === 0 && !hasTag(sections, 'rights')) flags.push(flag('no-rights', 'medium', null));

  const c = facts.contacts;
  const reachable = c.emails.length + (c.postalAddresses?.length ?? 0) + (c.urls?.length ?? 0) + (c.phones?.length ?? 0) > 0;
  if (!reachable && !hasTag(sections, 'contact')) flags.push(flag('no-contact', 'medium', null));

  if (facts.authorities.length === 0 && !facts.rights.includes('complaint')) {
    // US notices rarely have a supervisory authority to name: worth knowing, not a warning
    const usOnly = contexts.some((c) => US_NOTICE.test(c.text)) && !contexts.some((c) => cues.gdpr.test(c.text));
    flags.push(flag('no-authority', usOnly ? 'info' : 'medium', null));
  }

  return sortFlags(flags);
}

/** An EU notice that states a minimum age under 16 for the EU (or everyone) with no parent's consent. */
function childrenUnder16(facts: Facts, contexts: PassageContext[], cues: FlagCues): Flag | null {
  const eeaAuthority = facts.authorities.some((a) => a.country && EEA_CODES.has(a.country));
  const usNotice = contexts.some((c) => US_NOTICE.test(c.text));
  const euNotice = eeaAuthority || (!usNotice && contexts.some((c) => cues.gdpr.test(c.text)));
  if (!euNotice) return null;
  const young = facts.childrenMinAge.find((a) => {
    if (a.age >= GDPR_CHILD_AGE || a.parentalConsent === true) return false;
    if (a.region && a.region !== EEA && a.region !== EU && !EEA_CODES.has(a.region)) return false;
    const passage = contexts.find((c) => c.passageId === a.passageId);
    return !(passage && AGE_BY_COUNTRY.test(passage.text));
  });
  return young ? flag('children-under-16-eu', 'high', young.passageId ?? null) : null;
}

/** Changes that apply without notice: said outright, or by continued use with no promise to tell readers. */
function changesWithoutNotice(contexts: PassageContext[], cues: FlagCues, lang: string): Flag | null {
  const outright = firstMatch(contexts, cues.changesWithoutNotice);
  if (outright) return flag('changes-without-notice', 'medium', outright.passageId);
  const byUse = firstMatch(contexts, cues.changesByUse);
  if (!byUse) return null;
  const notified = contexts.some((c) => cues.changesTopic.test(c.text) && c.sentences.some((s) => matchesAffirmed(s, cues.changesNotified, lang)));
  return notified ? null : flag('changes-without-notice', 'medium', byUse.passageId);
}
