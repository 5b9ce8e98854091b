// Rights the notice grants (the 14 ids of the contract). A right counts only in a sentence that speaks to the
// reader about rights or requests ("vous avez le droit de", "you may request"), or in a list item under such
// a lead-in: "le droit d'accès" of a security section (staff access rights) is not the reader's right.
import type { Right } from '../report';
import type { PassageContext } from './context';
import { cue, cueTest, nativeTest } from './cues';

interface RightsCues {
  /** the sentence addresses the reader */
  reader: RegExp;
  /** a person who looks again at what a system decided: the automated-decision right, in a passage about such decisions */
  humanReview?: RegExp;
  /** the sentence grants or explains a right to the reader */
  context: RegExp;
  rights: Array<[Right, RegExp]>;
}

const CUES: Record<string, RightsCues> = {
  fr: {
    reader: /\b(?:vous|vos|votre|personnes? concernées?|utilisateurs?|résidents?|clients?|abonnés?|candidats?|membres?|donateurs?|patients?|usagers?|élèves|parents?|joueurs?|visiteurs?|voyageurs?|salariés?|adhérents?|locataires?|tu|tes|ton|ta|toute personne)\b/,
    context:
      /\b(?:vous (?:avez|disposez|pouvez|pourrez|bénéficiez|êtes en droit|aurez)|droits?\s+(?:d'|de |à |des )|vos droits|demander|exercer|droit de recours|possibilité de|vous opposer|vous y opposer|peu(?:t|x|vent)|pouvez|pourr\w+|dispose\w*|bénéficie\w*|pour (?:accéder|exercer|demander|consulter|corriger|supprimer|modifier|obtenir))/,
    rights: [
      ['limit-sensitive', cue(/(?:limit\w*|restrei\w*|restrict\w*)[^.]{0,80}\bsensibles?\b/)],
      ['access', cue(/droits? d'accès|^accès\b|\baccès,|\baccéder\b|l'accès (?:aux|à vos|à leurs) (?:données|informations)|\bconsultation\b|\bconsulter\b|savoir si nous (?:détenons|traitons)|demander (?:l'accès|une copie|des copies)|obtenir (?:une )?copie|copie des données|visualiser|consulter (?:vos|les) (?:données|informations)|si nous détenons des données/)],
      ['rectification', cue(/rectifi\w*|\bcorrig\w*|\bcorrection|mettre à jour (?:vos|les|certaines|ces) (?:données|informations)|mettre à jour et|modification (?:de|des) (?:vos )?(?:données|informations)|\bmodifier (?:vos|ces|les) (?:données|informations)|\bmodifier,? (?:ou|et) |consulter, modifier/)],
      ['erasure', cue(/\beffac\w*|\bsuppression|\bsupprimer\b|droit à l'oubli|\bannulation|désindex\w*/)],
      ['restriction', cue(/limit(?:er|ation) (?:du |le )?traitement|restrei\w* (?:le )?traitement|restriction|\bde restreindre|limitation|\blimiter (?:le|l'utilisation)|\bbloquer/)],
      ['portability', cue(/portabilit\w*(?! (?:de|des) (?:numéros?|lignes?))|format structuré|transmission de vos données personnelles à un autre|communiqués à vous ou à toute personne|télécharger (?:une copie|vos données|tes données|ses données|l'ensemble|toutes? vos)|exporter (?:vos|l'ensemble|toutes?)/)],
      ['objection', cue(/\bopposer|\bopposition|refuser le traitement|refuser (?:les|la|de recevoir)[^.]{0,40}(?:prospection|promotion\w*|commercia\w*|publicit\w*|marketing|e-mails|newsletters?)|désinscri\w*/)],
      ['withdraw-consent', cue(/(?:retir\w*|révoqu\w*|retrait)[^.]{0,60}(?:consentement|accord|autorisation)|consentement[^.]{0,40}(?:retir\w*|révoqu\w*)/)],
      ['complaint', cue(/(?:plainte|réclamation|recours|saisir|contacter|vous adresser|s'adresser|plaindre)[^.]{0,100}(?:autorit\w*|cnil|commission|contrôle|surveillance|régulat\w*|réglementation|agence|institut|surintendance|superintendencia|centre de protection|préposé|médiateur)/)],
      ['automated-decision', cue(/(?:décision\w*|décisionnelle)[^.]{0,60}automatis\w*|automatis\w*[^.]{0,40}(?:décision\w*|profilage)|intervention humaine|(?:réexamen|contester|réexamine\w*|revoir) (?:de )?(?:la|cette|ces|une|le|ce|toute) (?:décisions?|refus|blocage|sanction|suspension)|(?:faire valoir|exprimer|présenter) (?:votre|son|leur) point de vue|(?:une personne|un conseiller|un analyste|un agent|un humain)[^.]{0,40}(?:réexamine|examine|revoie|revoit)/)],
      ['opt-out-sale', cue(/(?:refus\w*|retrait|opt[- ]out|s'opposer|désinscri\w*)[^.]{0,200}\bvente|ne pas vendre/)],
      ['non-discrimination', cue(/discrimin\w*/)],
      ['know', cue(/droit de (?:savoir|connaître)/)],
      ['post-mortem', cue(/(?:sort|devenir) de (?:vos|ses|leurs) données[^.]{0,60}(?:décès|mort)|directives[^.]{0,120}(?:décès|mort)|après (?:votre|son) décès/)],
    ],
  },
  en: {
    reader: /\b(?:you|your|residents?|consumers?|users?|individuals|data subjects?|customers?|members?|donors?|supporters?|patients?|parents?|riders?|players?|students?|visitors?|employees?|candidates?|applicants?|subscribers?|guests?|they|their)\b/,
    context:
      /\b(?:you (?:have|may|can|are entitled|also have|could|also can)|your rights?|rights? (?:to|of)|request|exercise|ask us|ask for|ask to|opt[- ]out|object|may|can|(?:lets|allows|enables) you|you(?:'ll| will) be able|(?:you're|you are) entitled|want|would like|wish|not (?:treat|charge|penali[sz]e|deny) you|at any time|any ?time|whenever you (?:like|want|wish))\b|^\W*(?:change|see|view|download|export|correct|update|delete|erase|remove|ask|request|object|restrict|withdraw|opt|turn off|unsubscribe|access|get|move|take|complain|tell us|write|email|e-mail|call|contact|use|visit|go to|open|appeal|contest|challenge|dispute|reply|send)\b/,
    humanReview:
      /\b(?:review\w*|reconsider\w*|look\w* at|go through|check(?:ed)?|decided|re-?examin\w*)\b[^.]{0,40}\bby (?:a|an|one of our|our|the) (?:\w+ ){0,2}(?:person|human|team|officer|underwriters?|specialists?|staff|manager|moderators?|member|reviewers?)\b|\b(?:person|human|someone|team|staff|member of (?:our|the) (?:\w+ )?team|manager|officer|specialist|underwriter|moderator|reviewer)s?\b[^.]{0,40}\b(?:review|look at|go through|reconsider|take another look|check it|override)\b|\btake (?:another|a second|a fresh) look\b|\boverride the (?:system|decision|score|model)\b|\b(?:appeal|contest|challenge|dispute)\b[^.]{0,40}\b(?:ban|bans|removal|suspension|score|rating|flag|rejection|refusal|outcome)\b|\b(?:reasons?|logic) (?:behind|for) (?:the|your|a|this|any) (?:decision|score|rating|flag|result|refusal)\b|\bexplain (?:how|why) (?:a|the|your|this|any) (?:flag|score|decision|rating|refusal)\b/,
    rights: [
      ['limit-sensitive', cue(/(?:limit\w*|restrict\w*)[^.]{0,80}\bsensitive\b/)],
      ['access', cue(/rights? (?:of|to) (?:access|information)\b|\bcop(?:y|ies) of (?:your|their|his or her|the|all|any) (?:personal |own )?(?:data|information|records?|details|file)\b|\bdownload (?:or delete )?(?:your|their|a copy)\b|\breview,|\bget (?:a|an electronic or paper) copy|ask to see|see or get|\baccess to your|\breview (?:their|your|the|and)\b|\bsee (?:and download )?(?:the |your )?(?:information|data|personal)|what (?:personal )?information we hold|confirm whether we process|\baccess your|\b(?:see|view) (?:and|or) download|\baccess (?:to )?(?:your|the|any|personal) (?:personal )?(?:data|information)|\brequest(?:ing)? access\b|\baccess,|obtain a copy|request a copy|copy of (?:your|the) (?:personal )?(?:data|information)/)],
      ['rectification', cue(/rectif\w*|\bcorrect(?:ions?|ed|ing)?\b|\bupdate (?:your|inaccurate|incorrect)|amend|\bfix (?:your|it|any)|change your (?:details|information|data)/)],
      ['erasure', cue(/\berasure|\bdeletion\b|\b(?:delete|erase)\b(?! (?:cookies|the cookies|your cookies|your browser))|\bremove (?:your|the|personal|certain|any|information|data|it|them)\b|\bdeleted\b|\bdeletion of|right to be forgotten|\b(?:correct|rectify|access),? (?:or|and) (?:delete|erase)/)],
      ['restriction', cue(/limit what we (?:use|share|process)|\b(?:limit|restrict) (?:it|its use|how we use (?:it|them|your data))\b|restrict(?:ion)? (?:of |the )?processing|\brestrict\b|\brestriction\b|limit (?:the )?processing/)],
      ['portability', cue(/(?<!number )portab\w*|structured, commonly used|machine-readable|\bdownload (?:or delete )?(?:your|a copy|all)|\bexport (?:your|all)|\b(?:move|transfer|send|port) (?:it|them|your (?:data|information)) to (?:another|a new|a different)\b|\b(?:copy|data) to take (?:it )?elsewhere\b|\btake (?:it|them|your data) elsewhere\b/)],
      ['objection', cue(/\bobject(?:ion)?\b|\btell us not to use\b|opt[- ]out of (?:direct |receiving )?marketing|stop (?:using|processing) (?:it|your|them)[^.]{0,30}(?:marketing|direct)/)],
      ['withdraw-consent', cue(/(?:withdraw\w*|revok\w*)[^.]{0,60}consent|consent[^.]{0,40}(?:withdraw\w*|revok\w*)|\bchange your mind\b|\bun-?tick\b/)],
      ['complaint', cue(/(?:complaint|complain|lodge|contact|refer)[^.]{0,100}(?:authorit\w*|commissioner|regulator|supervisory|\bico\b|cnil|agency|data protection commission|inspectorate|ombudsman|department of|office for civil rights|attorney general)|\b(?:file|filing|lodge|lodging|make|submit|raise) a complaint with\b|\b(?:commissioner's office|commissioner|authority|regulator|ombudsman|\bico\b)\b[^.]{0,40}\b(?:can|will|may) (?:look into|investigate|hear|handle|deal with)\b/)],
      ['automated-decision', cue(/(?:decision\w*)[^.]{0,60}automat\w*|automat\w*[^.]{0,40}(?:decision\w*|profiling)|human (?:review|intervention)|review the decision|(?:contest|challenge) (?:the|a|this) decision/)],
      ['opt-out-sale', cue(/(?:opt[- ]out|object)[^.]{0,80}\b(?:sale|sell\w*|sharing for cross-context|cross-context behaviou?ral advertising)|do not sell/)],
      ['non-discrimination', cue(/discriminat\w*|\btreat you differently\b/)],
      ['know', cue(/\b(?:rights?|ask|asks|request|requests) to know/)],
      ['post-mortem', cue(/after (?:your|his|her|their) death|post[- ]mortem/)],
    ],
  },
};

const RIGHTS_HEADING =
  /\b(?:vos droits|droits|tes droits|your rights|rights|vos choix|your choices|exercer|exercise|vos demandes|your requests|what can (?:i|you) do|your (?:privacy )?(?:controls?|options)|(?:in|take) control|say no)\b/;
const LEAD_IN_RIGHTS = /\b(?:droits?|rights?|vous pouvez|you (?:can|may)|vous disposez|vous avez le|you have the|demander|request)\b/;

/** Headings over decisions made by systems ("Do you decide things about me without a person involved?"). */
const DECISIONS_HEADING = /\b(?:decid\w*|decisions?|automat\w*|algorithm\w*|profil\w*|bans?|scor\w*|rating|fair[- ]play|fraud|appeals?|without a (?:person|human))\b/;
/** The passage says the reader agreed to something (English). */
const CONSENT_GIVEN =
  /\b(?:with your (?:\w+ )?(?:consent|permission|agreement)|if you (?:have )?(?:agree|agreed|said yes|say yes|ticked|opt(?:ed)? in|allow|consent)|your (?:separate |explicit )?consent|opted in)\b/;
/** ... and that it can be stopped ("you can end this at any time", "turn these off in the app"). */
const STOP_ANY_TIME = /\b(?:end|stop|cancel|turn (?:\w+ )?off|switch (?:\w+ )?off|opt out)\b[^.]{0,40}\b(?:any ?time|whenever|in the app|in (?:your )?settings)\b|\bunsubscribe (?:link|button)\b/;
/** A passage that speaks of a system deciding, scoring or flagging. */
const AUTOMATION = /\b(?:automat\w*|systems?|algorithm\w*|models?|tools?|scor\w*|ratings?|flag\w*|software|engines?)\b/;
/** "send us proof and a member of our team will review it" */
const ASK_US = /\b(?:send|call|contact|write to|tell|email|e-mail) us\b|\blet us know\b/;
/** A person who reviews the reader's request, complaint or question: how requests are handled, not a review of a decision. */
const REQUEST_REVIEW = /\b(?:your|the|a|this|each|every) (?:privacy |data )?(?:request|complaint|question|enquiry|inquiry|ticket|message)s?\b/;

/** Rights granted in one passage. */
export function extractRights(ctx: PassageContext): Right[] {
  const cues = CUES[ctx.lang] ?? CUES.en;
  const found = new Set<Right>();
  // under a rights heading ("Vos droits", "Your rights") the heading addresses the reader
  const underRightsHeading = nativeTest(RIGHTS_HEADING, ctx.heading);
  const grants = (s: string) => (underRightsHeading || nativeTest(cues.reader, s)) && (underRightsHeading || nativeTest(cues.context, s));
  const complaint = cues.rights.find(([r]) => r === 'complaint')?.[1];
  // a lead-in grants its items only when it speaks of rights ("Vous disposez des droits suivants :"),
  // not any sentence to the reader ("Nous pourrions utiliser vos données aux fins suivantes :")
  const leadInGrants = ctx.leadIn !== null && grants(ctx.leadIn) && nativeTest(LEAD_IN_RIGHTS, ctx.leadIn);
  // "a member of our team will look at it again": read only where the passage is about decisions made by systems
  const humanReview =
    cues.humanReview && (ctx.tags.includes('automated-decisions') || nativeTest(DECISIONS_HEADING, ctx.heading) || nativeTest(AUTOMATION, ctx.text)) ? cues.humanReview : undefined;
  // "With your permission we send you deals; you can turn these off in the app": stopping what was consented to
  const consented = ctx.lang === 'en' && nativeTest(CONSENT_GIVEN, ctx.text);
  for (const sentence of ctx.sentences) {
    const text = leadInGrants ? `${ctx.leadIn} ${sentence}` : sentence;
    if (consented && nativeTest(STOP_ANY_TIME, sentence) && (grants(sentence) || /\bunsubscribe\b/.test(sentence))) found.add('withdraw-consent');
    // ... and offered to the reader ("you can ask", "Appeal from the ban screen"), not described ("reports are reviewed by our team")
    if (humanReview?.test(sentence) && (nativeTest(cues.context, sentence) || nativeTest(ASK_US, sentence)) && !nativeTest(REQUEST_REVIEW, sentence)) found.add('automated-decision');
    // "Complaints can also go to the FDPIC": a complaint to a named authority needs no other cue
    if (complaint && cueTest(complaint, sentence, ctx.text) && /\b(?:can|may|peu\w*|pouvez)\b/.test(sentence)) found.add('complaint');
    if (!leadInGrants && !grants(sentence)) continue;
    let sensitive = false;
    for (const [right, re] of cues.rights) {
      // "limit the use of sensitive data" is its own right, not restriction of processing
      if (right === 'restriction' && sensitive) continue;
      // the lead-in's own words were read with the lead-in passage; here only the item may name the right,
      // except an opt-out whose object is the item ("Droit de retrait : ..." / "- Vente d'informations")
      // (`text` is the sentence itself unless a lead-in precedes it)
      if (cueTest(re, sentence, ctx.text) || (right === 'opt-out-sale' && text !== sentence && re.test(text))) {
        found.add(right);
        if (right === 'limit-sensitive') sensitive = true;
      }
    }
  }
  return [...found];
}
