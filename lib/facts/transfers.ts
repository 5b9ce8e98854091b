// Transfers: destinations (ISO codes, EEA/EU, WORLD for "worldwide" or "outside the EEA") and the safeguards
// named, only from sentences that speak of data leaving a country.
import type { Safeguard } from '../report';
import type { PassageContext } from './context';
import { isNegated, isNegatedInClause } from '../nlp/negation';
import { EEA, EEA_CODES, EU, findCountries, WORLD } from './countries';
import { cue, cueExec, cueTest, native, nativeExec, nativeTest } from './cues';

interface TransferCues {
  /** the sentence speaks of data crossing a border or being stored somewhere */
  topic: RegExp;
  /** the data goes anywhere outside a region: WORLD */
  outside: RegExp;
  /** "within the EU": the member states named are not destinations */
  within: RegExp;
  /** framework names whose first country is the origin: "UE-États-Unis", "Swiss-U.S." */
  frameworkOrigin: RegExp;
  /** where data comes from is not where it goes: "données provenant du Royaume-Uni" */
  origin: RegExp;
  safeguards: Array<[Safeguard, RegExp]>;
  /** a transfer justified in plain words by the contract or the reader's request (GDPR art. 49), read in transfer sentences only */
  plainDerogation?: RegExp;
  /** the notice says a safeguard is no longer relied on or was invalidated */
  notRelied: RegExp;
  /** a framework (Privacy Shield, DPF) is named as something the company takes part in or transfers under */
  relied: RegExp;
}

const CUES: Record<string, TransferCues> = {
  fr: {
    topic: cue(/\btransf[ée]r\w*|\btransferts?\b|envoyer vos données vers|situ[ée]e?s? (?:en|au|aux|à)|se trouv\w* (?:en|au|aux|à)|install[ée]e?s? (?:en|au|aux|à)|r[ée]pliqu\w*|sauvegardes?|exploit[ée]e?s? (?:depuis|par)|(?:assur|op[ée]r|g[ée]r|maintenu)[a-zà-ÿœ]* (?:en partie |notamment |principalement )?(?:depuis|par des|par une|par un)|intervien\w*|acc[ée]der|re[çc]oi\w* (?:les |vos |des )?(?:données|informations|renseignements)|d[ée]cisions? d'ad[ée]quation|reconnu\w* (?:comme )?ad[ée]quat|niveau de protection ad[ée]quat|[ée]tablie?s? (?:en|au|aux|à)|bas[ée]e?s? (?:en|au|aux|à)|op[ée]r[ée]e?s? depuis|assur[ée]e?s? depuis|depuis (?:le|la|les|l')\s*\S|hors de l'|en dehors d[eu]|pays tiers|[ée]tranger|international\w*|transfrontali\w*|h[ée]berg\w*|stock\w*|serveurs?|datacenters?|centres? de données|accessibles? depuis|bouclier|privacy shield|data privacy framework/),
    outside:
      /(?:hors|en dehors) d[eu] (?:l'|la |le )?(?:espace [ée]conomique europ[ée]en|eee|e\.e\.e\.|union europ[ée]enne|ue|pays|territoire|votre (?:pays|juridiction))|pays (?:ne faisant pas partie|tiers|étrangers?)|dans le monde entier|à l'échelle mondiale|divers pays|autres pays|à l'étranger|juridictions? autres? que/,
    within: /au sein de l'(?:union|ue|eee|espace)|dans l'union europ[ée]enne|sur le territoire de l'union/,
    frameworkOrigin: /\b(?:ue|suisse|eu|royaume-uni)[\s-]+(?=[ée]tats-unis)/g,
    origin: /\b(?:provenant|en provenance|issues?) d[eu']s?\b[^;]*$|si vous (?:résidez|vivez|êtes situ\w*)\b.*?,\s*(?=(?:vos|nous|les|vous)\b)/,
    safeguards: [
      ['adequacy', cue(/d[ée]cisions? d'ad[ée]quation|en mati[èe]re d'ad[ée]quation|niveau (?:de protection )?ad[ée]quat|protection ad[ée]quate|reconnus? comme ad[ée]quat/)],
      ['scc', cue(/clauses contractuelles (?:types|standards?)|clauses types|mod[èe]les? de clauses|contrats? (?:assortis de garanties )?(?:standards?|types)[^.]{0,60}commission|garanties standard[^.]{0,40}commission/)],
      ['bcr', cue(/r[èe]gles d'entreprise contraignantes|binding corporate rules|\bbcr\b/)],
      ['dpf', cue(/data privacy framework|cadre de protection des donn[ée]es ue-[ée]tats-unis|\bdpf\b/)],
      ['privacy-shield', cue(/bouclier(?:s)? de protection|privacy shield/)],
      ['consent', cue(/(?:votre |le )consentement[^.]{0,80}(?:transf|envoyer)|consent\w* au transfert|transf\w*[^.]{0,80}(?:avec|sur la base de) votre consentement/)],
      ['derogation', cue(/d[ée]rogations?[^.]{0,60}(?:article 49|art\. 49)|article 49/)],
    ],
    relied: /\b(?:exerce|particip\w*|adh[èé]r\w*|certifi\w*|conformément|appui\w*|fond[ée]\w*|sur la base|dans le cadre|systèmes?|en vertu|enregistr\w*|inscrit\w*)/,
    notRelied: /ne (?:nous )?(?:fond|appui|bas)\w* plus|invalid\w*|annul[ée]|schrems|n'est plus (?:valide|en vigueur)|ne (?:nous )?appuierons pas/,
  },
  en: {
    topic: cue(/\btransfer\w*|outside (?:the|of|your)|third countr\w*|international\w*|cross-border|abroad|overseas|stored (?:in|on)|stores (?:\w+ )?(?:data|information) in|hosted|located in|servers? in|privacy shield|data privacy framework|based in|operated from|run (?:from|in)|runs? in|works? from|data cent(?:re|er)s? in|process\w* (?:your )?(?:information|data) in|sent to|goes to|(?:team|teams|staff|contractors?|partners?|providers?|developers?|sub-?processors?|support|engineers?|offices?|centres?|centers?) (?:\w+ )?(?:is |are )?(?:in|from)\b/),
    outside: /outside (?:of )?(?:the )?(?:european economic area|eea|european union|eu|uk|united kingdom|your (?:country|jurisdiction))|third countr\w*|worldwide|around the world|other countries|globally|anywhere in the world|wherever in the world|overseas|any country where/,
    within: /within the (?:eu|eea|european union|european economic area)|in the (?:eu|eea) only/,
    frameworkOrigin: /\b(?:eu|swiss|uk)[\s-]+(?=u\.?s\.?\b)/g,
    origin: /\b(?:originating|coming|received|collected) (?:from|in)\b[^;]*?(?=\bto\b|$)|\bfrom (?:the )?(?:eea|eu|uk|european|switzerland|united kingdom)[^.;]*?(?=\s+(?:to|rely|relies|are|is|under|on)\b|$)|if you (?:live|are located|reside)\b.*?,\s*(?=(?:your|we|our|then|data)\b)|(?:when|if|while) you(?:'re| are) (?:in|outside)\b[^,.;()]*/,
    safeguards: [
      ['adequacy', cue(/adequacy|deemed adequate|recogni[sz]\w* (?:\w+ ){0,2}as (?:providing |offering |ensuring |having )?(?:an )?adequate|\b(?:commission|eu|uk|government|secretary of state)\b[^.;]{0,40}\b(?:considers?|deems?|has found|has decided|recogni[sz]\w*)\b[^.;]{0,30}\b(?:safe|adequate)\b/)],
      ['scc', cue(/standard contractual clauses|standard data protection clauses|model clauses|\bsccs?\b|international data transfer (?:agreement|addendum)|\bidta\b|(?:contracts?|clauses|terms) (?:approved|adopted|issued) by the (?:european )?commission|(?:commission|eu|european commission)[- ]approved (?:contracts?|clauses|terms)|model contracts?/)],
      ['bcr', cue(/binding corporate rules|\bbcrs?\b/)],
      ['dpf', cue(/data privacy framework|\bdpf\b/)],
      ['privacy-shield', cue(/privacy shield/)],
      ['consent', cue(/(?:your|explicit) consent[^.]{0,60}transfer|consent to (?:the|such|this) transfer/)],
      ['derogation', cue(/derogations?|article 49/)],
    ],
    plainDerogation: cue(
      /\b(?:need|needs|needed|necessary|have) to (?:send|transfer|pass|share) (?:it|them|your (?:data|booking|details|information)) (?:there|abroad)\b|\bwhat you asked us to do\b|\bnecessary (?:for|to) (?:the performance of |perform |fulfil+ )(?:a |the |our |your )?contract\b/),
    relied: /\b(?:participat\w*|certif\w*|compl(?:y|ies)|rel(?:y|ies|ied)|pursuant|under|adhere\w*|self-certif\w*|registered)\b/,
    notRelied: /no longer rel\w*|invalidat\w*|struck down|schrems|no longer valid|do not rely|will not rely/,
  },
};

const MIN_STATEMENT_WORDS = 5;
/** "UK adequacy regulations", "the UK International Data Transfer Agreement": a country naming a law, not a destination */
const INSTRUMENT_AFTER = /^[\s-]*(?:adequacy|international data transfer|idta|addendum|extension|gdpr|data protection|laws?|legislation|regulations?|standard contractual|government|authorit\w*|information commissioner|commissioner|residents?|users|customers|individuals|citizens|people|data subjects|version|recogni[sz]\w*|considers?|deems?|has decided|(?:-\s*)?u\.?s\.?\b)/;
/** "l'extension britannique du Data Privacy Framework": in French the country adjective follows the law it names */
const INSTRUMENT_BEFORE = /\b(?:extension|addendum|avenant|accord|décision|loi|réglementation|règlement|clauses?|autorité|cadre)\s+$/;
/** "a US provider", "our U.S. parent company": "us" as an adjective (the country index reads "us" only after "the") */
const US_ADJECTIVE = /\b(?:a|an|our|its|their|your) u\.?s\.?[- ](?:based )?(?:provider|host|company|server|subsidiary|parent|affiliate|entity|cloud|data cent\w+|processor|sub-?processor|vendor|partner|team|office)s?\b/;
/** "stores data in the European Economic Area": the region itself is where the data goes */
const REGION_DESTINATION =
  /\b(?:stor\w*|host\w*|process\w*|transfer\w*|sent|send\w*|kept|held|goes|go)\b[^.;]{0,40}\b(?:in|to|within|and) the (european economic area|eea|european union|eu)\b(?! region)/;
/** "neither country has", "countries without": the safeguard named is one the destination lacks */
const LACKS_BEFORE = /\b(?:neither|nor|without|lacks?|lacking)\b[^.;]*$/;
/** How far before a safeguard the words that deny it are looked for. */
const LACKS_REACH = 40;
/** "outside the UK and the EEA": the region is where data leaves, not where it goes */
const LEAVES_REGION = /\b(?:outside|beyond|leaves?|non-eea|non-eu)\b/;
const WORLDWIDE = /monde entier|échelle mondiale|worldwide|around the world|anywhere in the world|globally/;
const OUTSIDE_OF = /(?:outside(?: of)?|hors d[eu']?|en dehors d[eu']?)\s*(?:the\s+|l'|la\s+|le\s+|des\s+)?$/;
/** a sentence that says who the controller is and where it is established */
const HOME = cue(
  /responsables? (?:du|de) (?:ce )?traitement|\bsi[èe]ge\b|data controller|\bcontroller\b|headquarter|registered office|is responsible for (?:your|the processing)/,
);
/** "Gartenwelt GmbH, Lindenallee 5, 50667 Köln, Germany": a company's address line says where it is established */
const COMPANY_ADDRESS = cue(/(?:^|[\s,])(?:gmbh|ltd|limited|inc|llc|sas|sarl|s\.a\.|b\.v\.|oü|plc|ag|ab|oy|aps|s\.r\.l\.)(?=[\s,.)])[^.]{0,80}\b\d{4,5}\b/);
/** An address line is short; a long sentence with a company name and a number is something else. */
const ADDRESS_MAX_LENGTH = 200;

/** The sentence (of `passage`) says where the controller is established (its countries are home, not destinations). */
function isHome(sentence: string, passage: string): boolean {
  return cueTest(HOME, sentence, passage) || (sentence.length <= ADDRESS_MAX_LENGTH && cueTest(COMPANY_ADDRESS, sentence, passage));
}

export interface TransferFacts {
  destinations: string[];
  safeguards: Safeguard[];
  /** passages that name each safeguard as relied on (for the privacy-shield flag) */
  safeguardPassages: Partial<Record<Safeguard, string>>;
  /** destinations named in a sentence that says data is transferred (kept even for the home country) */
  explicit: string[];
  /** where the controller is established ("responsable du traitement ... Luxembourg"): hosting there is no transfer */
  home: string[];
  /** "dans le monde entier", "worldwide": WORLD stands even next to named countries */
  worldwide: boolean;
}

/** Destinations and safeguards named in one passage. */
export function extractTransfers(ctx: PassageContext): TransferFacts {
  const cues = CUES[ctx.lang] ?? CUES.en;
  const out: TransferFacts = { destinations: [], safeguards: [], safeguardPassages: {}, explicit: [], home: [], worldwide: false };
  const homeSentences = new Set<string>();
  for (const sentence of ctx.sentences) {
    if (!isHome(sentence, ctx.text)) continue;
    homeSentences.add(sentence);
    out.home.push(...findCountries(sentence, ctx.lang).map((c) => c.code));
  }
  // a passage the classifier tags as a transfer reads each of its sentences ("Part of our support works from Cape Town")
  const transferPassage = ctx.tags.includes('transfers');
  if (!transferPassage && !cueTest(cues.topic, ctx.text)) return out;
  for (const sentence of ctx.sentences) {
    // a table-of-contents line ("Bouclier de Protection UE-Etats-Unis") is a title, not a statement
    if (sentence.split(' ').length < MIN_STATEMENT_WORDS) continue;
    const withoutFramework = sentence.replace(native(cues.frameworkOrigin, sentence), '');
    const s = withoutFramework.replace(native(cues.origin, withoutFramework), '');
    // "we no longer rely on the EU-US Privacy Shield" names a framework, not a destination
    const verb = /transf\w*|\bsent\b|envoy\w*/.exec(sentence);
    // "aucune donnée n'est transférée en dehors de l'UE" says where data does not go
    const denied = verb !== null && isNegatedInClause(sentence, verb.index, verb.index + verb[0].length, ctx.lang);
    if ((transferPassage || cueTest(cues.topic, sentence, ctx.text)) && !denied && !nativeTest(cues.notRelied, s) && !homeSentences.has(sentence)) {
      const before = out.destinations.length;
      collectDestinations(s, ctx, cues, out);
      if (/transf|sent to|envoy/.test(sentence)) out.explicit.push(...out.destinations.slice(before));
    }
    for (const [safeguard, re] of cues.safeguards) {
      const m = cueExec(re, sentence, ctx.text);
      if (!m) continue;
      // "ce pays ne bénéficiant pas d'une décision d'adéquation" names the safeguard it lacks
      if (isNegated(sentence, m.index, m.index + m[0].length, ctx.lang)) continue;
      // "Neither country has a UK adequacy decision"
      if (nativeTest(LACKS_BEFORE, sentence.slice(Math.max(0, m.index - LACKS_REACH), m.index))) continue;
      // a framework is relied on when the sentence says so, not when it is only a title or said to be invalid
      if ((safeguard === 'privacy-shield' || safeguard === 'dpf') && (nativeTest(cues.notRelied, s) || !nativeTest(cues.relied, s))) continue;
      out.safeguards.push(safeguard);
      out.safeguardPassages[safeguard] ??= ctx.passageId;
    }
    if (cues.plainDerogation && cueTest(cues.plainDerogation, sentence, ctx.text) && (transferPassage || cueTest(cues.topic, sentence, ctx.text))) {
      out.safeguards.push('derogation');
      out.safeguardPassages.derogation ??= ctx.passageId;
    }
  }
  return out;
}

function collectDestinations(s: string, ctx: PassageContext, cues: TransferCues, out: TransferFacts): void {
  const within = nativeTest(cues.within, s);
  for (const c of findCountries(s, ctx.lang, true)) {
    if (within && EEA_CODES.has(c.code)) continue;
    // "outside the UK", "hors de France": where the data leaves from
    if (nativeTest(OUTSIDE_OF, s.slice(Math.max(0, c.index - 25), c.index))) continue;
    if (nativeTest(INSTRUMENT_AFTER, s.slice(c.index + c.length, c.index + c.length + 40))) continue;
    if (nativeTest(INSTRUMENT_BEFORE, s.slice(Math.max(0, c.index - 30), c.index))) continue;
    // the country the supplement is for is where the reader lives, not a destination
    if (c.code === ctx.jurisdiction) continue;
    out.destinations.push(c.code);
  }
  if (ctx.lang === 'en' && nativeTest(US_ADJECTIVE, s)) out.destinations.push('US');
  if (nativeTest(cues.outside, s)) out.destinations.push(WORLD);
  const region = ctx.lang === 'en' && !within ? nativeExec(REGION_DESTINATION, s) : null;
  if (region && !nativeTest(LEAVES_REGION, s)) out.destinations.push(/^(?:european union|eu)$/.test(region[1]) ? EU : EEA);
  if (nativeTest(WORLDWIDE, s)) out.worldwide = true;
}
