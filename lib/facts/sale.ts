// Does the notice say it sells personal data? false when it says it does not ("nous ne vendons pas",
// "ne ... jamais", "aucune vente", "we do not sell", "never sell"), true when it says it does, null when it
// does not say. Only sales whose object is personal data count: selling products, or a company, is not.
import { isNegatedInClause } from '../nlp/negation';
import type { PassageContext } from './context';
import { cue, cueTest, native, nativeTest } from './cues';

interface SaleCues {
  verb: RegExp;
  /** the object is personal data */
  data: RegExp;
  /** the object is something else (products, companies, assets) */
  other: RegExp;
  /** an opt-out right ("Droit de retrait : ... - Vente d'informations") is not a statement about selling */
  optOut: RegExp;
  /** statements about minors' data only are not the notice's general practice */
  minors: RegExp;
  /** a pronoun object right after the verb ("sell it") or a clitic before it ("ne les vendons pas") */
  pronounAfter: RegExp;
  pronounBefore: RegExp;
  /** a passive participle whose subject (before it) is the data: "les informations ne sont en aucun cas vendues" */
  participle: RegExp;
  /** "may be considered a 'sale' under the CCPA": the law's sense of sale, said of the notice's own practice */
  deemedSale: RegExp;
  /** the noun forms ("vente de vos données", "sale of personal information") */
  noun: RegExp;
  /** the notice speaking of itself: a noun form says the notice sells only in a "we" sentence */
  we: RegExp;
  /** a company changing hands is a business transfer, not a sale of data */
  businessTransfer: RegExp;
}

const CUES: Record<string, SaleCues> = {
  fr: {
    // a letter or a hyphen before is another word: "précédent", "après-vente"
    verb: /(?<![a-zà-ÿ-])(?:(?:re)?vend\w*|(?:re)?vente|lou(?:ée?s?|e|ons|ent|er)|location|c[èé]d(?:ée?s?|e|ons|ent|er)|monnay\w*|mon[ée]tis\w*|commercialis\w*|commerce(?= de)|cession|transmission commerciale|"vend")(?![a-zà-ÿ])/g,
    data: cue(/\b(?:donn[ée]es?|informations?|renseignements|fichiers?|coordonn[ée]es)\b/),
    other: /\b(?:produits?|soci[ée]t[ée]s|activit[ée]s|services?|actifs|entreprises?|biens|articles|marchandises|billets|offres?|objets?)\b/,
    optOut: /\b(?:refus\w*|retrait|opt[- ]out|s'opposer|d[ée]sinscri\w*|limiter)\b/,
    minors: /\b(?:mineurs?|enfants?)\b/,
    pronounAfter: /^\s*(?:les|la|le)\b(?!\s+\S+\s+(?:produits?|soci))/,
    pronounBefore: /\b(?:les|la|le|l')\s*$/,
    participle: /^(?:(?:re)?vendu|lou[ée]|c[ée]d[ée]|commercialis[ée]|mon[ée]tis[ée])/,
    noun: /^(?:(?:re)?vente|location|cession|transmission commerciale)$/,
    we: /\b(?:nous|notre|nos)\b/,
    businessTransfer: /\b(?:fusion|acquisition|rachat|en cas de (?:vente|cession)|cession (?:de (?:la|l'|notre) (?:société|entreprise|activité|fonds))|vente (?:de (?:la|l'|notre) (?:société|entreprise|activité)))/,
    deemedSale: /consid[ée]r[ée]\w* comme (?:une |des )?"?vente/,
  },
  en: {
    verb: /(?<![a-z-])(?:sell\w*|sold|sale|rent(?:s|ed|ing)?|trade|monetiz\w*)\b/g,
    data: cue(/\b(?:data|information|details|email addresses|lists)\b/),
    other: /\b(?:products?|companies|company|business(?:es)?|assets|goods|services|items|tickets)\b/,
    optOut: /\b(?:opt[- ]out|opt out|object|do not sell my|limit)\b/,
    minors: /\b(?:minors?|child\w*|under (?:the age of )?1\d)\b/,
    pronounAfter: /^\s*(?:it|them)\b/,
    pronounBefore: /$^/,
    participle: /^(?:sold|rented)/,
    noun: /^sale$/,
    we: /\b(?:we|our|us)\b/,
    businessTransfer: /\b(?:merger|acquisition|sale or (?:business )?transaction|in connection with a sale|sale of (?:all|part|the company|our (?:company|business|assets)|assets)|the sale\b)/,
    deemedSale: /(?:considered|deemed|constitutes?|qualif\w+ as|(?:this|which|it) (?:is|may be|could be)) (?:a |an )?"?(?:sale|selling)/,
  },
};

const ANY_SALE_WORD = cue(/vend|vente|lou|c[èé]d|cession|commercialis|commerce|monnay|mon[ée]tis|transmission|sell|sold|sale|rent|trade|moneti/);

/** How far after the verb its object is looked for. */
const OBJECT_WINDOW = 90;

export interface SaleStatement {
  sells: boolean;
  /** about minors' data only ("we do not sell the data of consumers under 16") */
  minorsOnly: boolean;
  passageId: string;
}

/** Is the verb at [start, end) about personal data? Its object after it, a pronoun for data, or a passive subject. */
function aboutData(sentence: string, start: number, end: number, passageHasData: boolean, cues: SaleCues): boolean {
  const after = sentence.slice(end, end + OBJECT_WINDOW);
  const dataAt = after.search(native(cues.data, after));
  const otherAt = after.search(native(cues.other, after));
  if (dataAt >= 0 && (otherAt < 0 || dataAt < otherAt)) return true;
  if (otherAt >= 0) return false;
  const verb = sentence.slice(start, end);
  if (nativeTest(cues.noun, verb)) return false;
  if (passageHasData && (nativeTest(cues.pronounAfter, after) || nativeTest(cues.pronounBefore, sentence.slice(Math.max(0, start - 8), start)))) return true;
  return nativeTest(cues.participle, verb) && nativeTest(cues.data, sentence.slice(0, start));
}

/** Statements about selling data in one passage. */
export function extractSale(ctx: PassageContext): SaleStatement[] {
  const cues = CUES[ctx.lang] ?? CUES.en;
  const out: SaleStatement[] = [];
  // most passages never speak of selling: one cheap test before the sentence patterns
  if (!cueTest(ANY_SALE_WORD, ctx.text)) return out;
  if (ctx.leadIn && nativeTest(cues.optOut, ctx.leadIn)) return out;
  const passageHasData = cueTest(cues.data, ctx.text);
  for (const sentence of ctx.sentences) {
    if (nativeTest(cues.optOut, sentence)) continue;
    const minorsOnly = nativeTest(cues.minors, sentence) && !/\b(?:y compris|including)\b/.test(sentence);
    if (nativeTest(cues.deemedSale, sentence) && nativeTest(cues.data, sentence)) {
      out.push({ sells: true, minorsOnly, passageId: ctx.passageId });
      continue;
    }
    if (nativeTest(cues.businessTransfer, sentence)) continue;
    for (const m of sentence.matchAll(native(cues.verb, sentence))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const negated = isNegatedInClause(sentence, start, end, ctx.lang);
      // "vos données ne font l'objet d'aucune transmission commerciale": a denied noun may follow its data
      const deniedNoun = negated && nativeTest(cues.noun, m[0]) && nativeTest(cues.data, sentence.slice(0, start));
      if (!deniedNoun && !aboutData(sentence, start, end, passageHasData, cues)) continue;
      // "la vente de vos données" says something about the notice only in a sentence about "nous"
      if (!negated && nativeTest(cues.noun, m[0]) && !nativeTest(cues.we, sentence)) continue;
      out.push({ sells: !negated, minorsOnly, passageId: ctx.passageId });
      break;
    }
  }
  return out;
}

/**
 * One answer for the notice: a denial of selling wins over a mention in the law's broad sense; a denial about
 * minors only does not outweigh a statement that data is sold; null when nothing is said.
 */
export function sellsData(statements: SaleStatement[]): boolean | null {
  if (statements.length === 0) return null;
  if (statements.some((s) => !s.sells && !s.minorsOnly)) return false;
  if (statements.some((s) => s.sells)) return true;
  return false;
}
