// Does the notice say it sells personal data? false when it says it does not ("nous ne vendons pas",
// "ne ... jamais", "aucune vente", "we do not sell", "never sell"), true when it says it does, null when it
// does not say. Only sales whose object is personal data count: selling products, or a company, is not.
import { isNegated } from '../nlp/negation';
import type { PassageContext } from './context';

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
}

const CUES: Record<string, SaleCues> = {
  fr: {
    verb: /\b(?:vend\w*|vente|lou(?:e|ons|ent|er)|location|c[èé]d(?:e|ons|ent|er)|monnay\w*|"vend")\b/g,
    data: /\b(?:donn[ée]es|informations|renseignements|fichiers? clients?|coordonn[ée]es)\b/,
    other: /\b(?:produits?|soci[ée]t[ée]s|activit[ée]s|services?|actifs|entreprises?|biens|articles|marchandises|billets)\b/,
    optOut: /\b(?:refus\w*|retrait|opt[- ]out|s'opposer|d[ée]sinscri\w*|limiter)\b/,
    minors: /\b(?:mineurs?|enfants?)\b/,
  },
  en: {
    verb: /\b(?:sell\w*|sold|sale|rent(?:s|ed|ing)?|trade|monetiz\w*)\b/g,
    data: /\b(?:data|information|details|email addresses|lists)\b/,
    other: /\b(?:products?|companies|company|business(?:es)?|assets|goods|services|items|tickets)\b/,
    optOut: /\b(?:opt[- ]out|opt out|object|do not sell my|limit)\b/,
    minors: /\b(?:minors?|child\w*|under (?:the age of )?1\d)\b/,
  },
};

/** How far after the verb its object is looked for. */
const OBJECT_WINDOW = 90;

export interface SaleStatement {
  sells: boolean;
  passageId: string;
}

/** Statements about selling data in one passage. */
export function extractSale(ctx: PassageContext): SaleStatement[] {
  const cues = CUES[ctx.lang] ?? CUES.en;
  const out: SaleStatement[] = [];
  if (ctx.leadIn && cues.optOut.test(ctx.leadIn)) return out;
  for (const sentence of ctx.sentences) {
    if (cues.optOut.test(sentence)) continue;
    for (const m of sentence.matchAll(cues.verb)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const after = sentence.slice(end, end + OBJECT_WINDOW);
      const dataAt = after.search(cues.data);
      if (dataAt < 0) continue;
      const otherAt = after.search(cues.other);
      if (otherAt >= 0 && otherAt < dataAt) continue;
      const negated = isNegated(sentence, start, end, ctx.lang);
      if (negated && cues.minors.test(sentence) && !/\b(?:y compris|including)\b/.test(sentence)) continue;
      out.push({ sells: !negated, passageId: ctx.passageId });
      break;
    }
  }
  return out;
}

/** One answer for the notice: a denial wins over an ambiguous mention; null when nothing is said. */
export function sellsData(statements: SaleStatement[]): boolean | null {
  if (statements.length === 0) return null;
  if (statements.some((s) => !s.sells)) return false;
  return true;
}
