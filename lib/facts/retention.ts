// Retention periods: one fact per stated period, in days and ISO 8601, with the data it applies to; "as long
// as necessary" (no number) as one indefinite fact per passage.
import type { RetentionFact } from '../report';
import type { PassageContext } from './context';
import { findDurations, hasUnitWord, type Duration } from './duration';
import { cue, cueTest, native, nativeExec, nativeTest } from './cues';
import { norm } from './text';

interface RetentionCues {
  /** the sentence speaks of keeping or deleting data */
  verb: RegExp;
  /** a heading or lead-in that makes its passages about retention */
  heading: RegExp;
  /** "as long as necessary" */
  indefinite: RegExp;
  /** a period that is not a retention period: an age, a delay to answer or to notify, a look-back window */
  notRetention: RegExp;
  /** words right before a period that make it an age ("moins de 16 ans") */
  ageBefore: RegExp;
  /** children/age words: only then is "moins de N ans" an age */
  ageContext: RegExp;
  /** a request to erase ("demander la suppression des données qui ne sont plus nécessaires") is a right */
  erasureRequest: RegExp;
  /** the subject of a passive sentence: "<subject> sont conservées ..." */
  subject: RegExp;
  /** the object of an active sentence: "nous conservons <object> pendant ..." */
  object: RegExp;
  /** "<label> : <period>" */
  label: RegExp;
  /** a break between two clauses that may each state a period ("..., et les factures pendant dix ans") */
  clauseBreak: RegExp;
  /** an elliptic clause: "les factures pendant dix ans" */
  elliptic: RegExp;
  /** determiners to drop from the start of appliesTo */
  determiners: RegExp;
}

const CUES: Record<string, RetentionCues> = {
  fr: {
    verb: cue(/\b(?:conserv\w*|gard(?:ons|ent|ées?|és?|er|erons)\b|stock\w*|archiv\w*|supprim\w*|effac\w*|détrui\w*|détruit\w*|anonymis\w*|purg\w*)|élimin\w*|durée de conservation|délai de conservation|rétention|durée de (?:vie|validité)|expir\w*|écras\w*|disponibles? (?:dans \S+ \S+ \S+ )?(?:pendant|durant)/),
    heading: /\b(?:conserv\w*|durée|combien de temps|rétention|archiv\w*)/,
    indefinite: cue(
      /tant que (?:votre|le) compte (?:est|reste) (?:actif|ouvert)|sans limit(?:ation|e) de durée|pendant la durée (?:imposée|requise|prévue|légale)|indéfiniment|(?:de manière|à titre) permanente?|jusqu'à (?:la )?(?:clôture|suppression|fermeture) (?:de votre|du) compte|aussi longtemps que (?:cela (?:est|sera) |c'est |)(?:strictement |raisonnablement )?n[ée]cessaire|(?:le |du )temps (?:strictement |raisonnablement )?n[ée]cessaire|(?:pendant |pour |sur )?(?:une|la) (?:durée|période) (?:strictement |raisonnablement )?n[ée]cessaire|n'exc[ée]d(?:ant|e) pas la durée n[ée]cessaire|pas au-delà de la durée n[ée]cessaire|(?:ne sont|n'est|ne seront|ne sera) plus n[ée]cessaires?|dans la mesure (?:où (?:cela|ce) (?:est|sera) )?(?:strictement |raisonnablement )?n[ée]cessaire|pour atteindre (?:les|ces) (?:objectifs|finalités)/),
    notRetention: /\b(?:répond\w*|réponse|notifi\w*|précédant|avant la date|prise d'effet|trait(?:ée|é)s? dans (?:les|un délai))/,
    erasureRequest: /\b(?:demand\w*|droits?|exiger)\b[^.]{0,60}(?:effac|suppr|annul)/,
    ageBefore: /(?:moins de|plus de|âg[ée]e?s? de|au moins|minimum(?: requis)?(?: pour \S+(?: \S+){0,6})? est de)\s*$/,
    ageContext: /\b(?:enfants?|mineurs?|âg[ée]|âge|parent)/,
    subject:
      /^(?:[-*•]\s*)?(.{3,160}?)\s+(?:sont|seront|est|sera|peuvent être|pourront être)\s+(?:\S+\s+){0,2}?(?:conserv|supprim|effac|détrui|élimin|gard|stock|archiv|anonymis|disponible|écras)/,
    object: /\b(?:conserv\w*|gard\w*|stock\w*|archiv\w*)\s+(.{3,100}?)\s+(?:pendant|durant|pour une durée|pour une période|jusqu|au maximum|au plus)/,
    label: /^(?:[-*•]\s*)?([^:]{3,80}?)\s*:\s+/,
    clauseBreak: /(?:,\s*|\s)(?:et|tandis que|alors que|mais)\s+(?=(?:les?|la|l'|vos|nos|ces)\s)|;\s*/g,
    elliptic: /^(?:et |tandis que |alors que |mais )?((?:les?|la|l'|vos|nos|ces)\s*[^,]{2,80}?)\s+(?:\S+\s+){0,3}?(?:pendant|durant|jusqu)/,
    determiners: /^(?:toutes? |tous |l'ensemble )?(?:les |le |la |l'|vos |votre |nos |notre |ces |ce |cette |des |du |de la |de l')/,
  },
  en: {
    verb: cue(/\b(?:retain\w*|retention|keep\w*|kept|stor(?:e|es|ed|ing)|archiv\w*|delet\w*|eras\w*|destr(?:oy|oyed|oys|uction)|anonymi[sz]\w*|purg\w*|dispos(?:e|ed) of|remov(?:e|ed|al)|expir\w*|lifespan|lifetime|duration|stays?|remains?|overwritten|available for)\b/),
    heading: /\b(?:retention|retain|how long|keep|storage period)/,
    indefinite: cue(
      /(?:kept|retained|stored) (?:permanently|indefinitely)|until you delete (?:it|them|your)|as long as your (?:subscription|membership|account) (?:lasts|exists|is (?:active|open))|as long as (?:your account (?:exists|is (?:active|open))|you (?:have|keep|hold) (?:an|your) account|you remain a (?:customer|member))|for the life of your account|until you (?:delete|close) your account|while your account is (?:active|open)|as long as you (?:keep|continue) (?:\w+ing|to use)|while you (?:are|remain) a (?:member|customer|subscriber|user|player|supporter)|until you (?:unsubscribe|object|ask us to stop|withdraw your consent|opt out)|as long as (?:it is |is |we (?:reasonably )?(?:need|consider) (?:it )?)?(?:reasonably |strictly )?(?:necessary|needed|required)|(?:for )?(?:the|a) (?:period|time) (?:that is |)(?:reasonably |strictly )?(?:necessary|needed)|no longer than (?:is )?(?:reasonably |strictly )?(?:necessary|needed)|(?:until|when) (?:it is |they are )?no longer (?:necessary|needed|required)/),
    notRetention: /\b(?:respond\w*|response|reply|notif\w*|preceding|prior to (?:your|the) request|before (?:the|they take) effect)/,
    erasureRequest: /\b(?:request\w*|rights?|ask)\b[^.]{0,60}(?:eras|delet)/,
    ageBefore: /(?:under|over|younger than|older than|aged|at least|age of|below)\s*$/,
    ageContext: /\b(?:child\w*|minors?|aged?|parent\w*|teen\w*|years old)\b/,
    subject:
      /^(?:[-*•]\s*)?(.{3,160}?)\s+(?:is|are|will be|shall be|may be|can be)\s+(?:\S+\s+){0,2}?(?:retain|kept|stor|delet|eras|destroy|anonymi|archiv|purg|overwritten|available)/,
    object: /\b(?:retain\w*|keep\w*|kept|stor\w*|archiv\w*)\s+(.{3,100}?)\s+(?:for|until|during|up to|no longer than)/,
    label: /^(?:[-*•]\s*)?([^:]{3,80}?)\s*:\s+/,
    clauseBreak: /(?:,\s*|\s)(?:and|while|whereas|but)\s+(?=(?:the|your|our|these|all)\s)|;\s*/g,
    elliptic: /^(?:and |while |whereas |but )?((?:the|your|our|these|all)\s+[^,]{2,80}?)\s+(?:\S+\s+){0,3}?(?:for|until|during)\b/,
    determiners: /^(?:all |any )?(?:the |your |our |these |this |such )/,
  },
};

function cuesFor(lang: string): RetentionCues {
  return CUES[lang] ?? CUES.en;
}

/** The clause of a sentence a period sits in, when the sentence states periods in several clauses. */
function clauseOf(sentence: string, index: number, cues: RetentionCues): string {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(native(cues.clauseBreak, sentence))) {
    const at = m.index ?? 0;
    if (at + m[0].length <= index) start = at + m[0].length;
    else if (at > index) {
      end = at;
      break;
    }
  }
  return sentence.slice(start, end);
}

/** What a period in a later clause applies to: its own subject, or the elliptic "les factures pendant dix ans". */
function clauseAppliesTo(sentence: string, d: Duration, cues: RetentionCues): string | null {
  const clause = clauseOf(sentence, d.index, cues);
  if (clause.length === sentence.length || sentence.startsWith(clause)) return appliesTo(sentence, cues);
  const elliptic = nativeExec(cues.elliptic, clause);
  const subject = nativeExec(cues.subject, clause);
  if (subject) return clean(subject[1], cues);
  if (elliptic) return clean(elliptic[1], cues);
  return appliesTo(sentence, cues);
}

/**
 * The data a period of a sentence applies to: a "label :" or the sentence's subject/object. Table rows
 * never get here (rowRetention takes them), so the passage is not split again for each period: on a long
 * passage with many periods that made the whole extraction quadratic.
 */
function appliesTo(sentence: string, cues: RetentionCues): string | null {
  const subject = nativeExec(cues.subject, sentence);
  if (subject && !/^(?:nous|elles?|ils?|we|they|it|cela|ceci|ces données|this)$/.test(subject[1])) return clean(subject[1], cues);
  const object = nativeExec(cues.object, sentence);
  if (object && !/^(?:les|la|le|l'|them|it)$/.test(object[1])) return clean(object[1], cues);
  const label = nativeExec(cues.label, sentence);
  if (label) return clean(label[1], cues);
  return null;
}

function clean(s: string, cues: RetentionCues): string | null {
  const out = s.replace(/^[-*•]\s*/, '').replace(cues.determiners, '').replace(/[\s,;:]+$/, '').trim();
  return out.length >= 3 ? out : null;
}

function isAge(sentence: string, d: Duration, cues: RetentionCues): boolean {
  if (d.unit !== 'year') return false;
  if (!nativeTest(cues.ageContext, sentence)) return false;
  const before = sentence.slice(Math.max(0, d.index - 60), d.index);
  // "kept for at least ten years" is a period even in a sentence about minors
  if (/(?:for|pendant|durant|during)\s+(?:at least|au moins|up to|jusqu'à)?\s*$/.test(before)) return false;
  return nativeTest(cues.ageBefore, before);
}

const REQUEST_ROW = /\b(?:requests?|demandes?|right to|droit (?:de|d'|à))\b/;

/** A table cell that states a period is short: "10 ans", "13 mois", "Jusqu'à la clôture du compte, puis 1 an". */
const PERIOD_CELL_MAX_LENGTH = 80;

/** A table row ("Données de facturation | 10 ans"): each short cell with a period, applied to the first cell. */
function rowRetention(cells: string[], ctx: PassageContext, cues: RetentionCues): RetentionFact[] {
  const out: RetentionFact[] = [];
  const label = clean(norm(cells[0]), cues);
  // "Right to know | 1,498,726 | 3.89 days": a row about requests states delays, not retention
  if (nativeTest(REQUEST_ROW, norm(cells[0]))) return out;
  // "France | 15 ans", "Spain | 14 years": the rows of an age table state ages, not periods
  if (nativeTest(AGE_TABLE, ctx.heading) || (ctx.tableHeader !== null && nativeTest(AGE_TABLE, ctx.tableHeader))) return out;
  // "While your account is open", "Until you unsubscribe": a period column that names no number
  const periodColumn = nativeTest(cues.heading, ctx.heading) || (ctx.tableHeader !== null && nativeTest(cues.heading, ctx.tableHeader));
  let indefinite = false;
  for (const cell of cells.slice(1)) {
    const text = norm(cell);
    if (text.length > PERIOD_CELL_MAX_LENGTH || nativeTest(cues.notRetention, text)) continue;
    const periods = findDurations(text, ctx.lang).filter((d) => !isAge(text, d, cues));
    for (const d of periods) out.push({ text: d.text, days: d.days, iso: d.iso, appliesTo: label, passageId: ctx.passageId });
    const m = periods.length === 0 && !indefinite && periodColumn ? nativeExec(cues.indefinite, text) : null;
    if (m) {
      indefinite = true;
      out.push({ text: m[0], days: null, iso: null, appliesTo: label, indefinite: true, passageId: ctx.passageId });
    }
  }
  return out;
}

/**
 * Past this length a "sentence" is not prose (a dump, a hostile page without punctuation): each period is
 * read within this much text around it, so that the work per period stays bounded (it was quadratic).
 */
export const MAX_PERIOD_CONTEXT = 1_000;

/** The sentence, or the part of a very long one around the period, with the period's position in it. */
function around(sentence: string, d: Duration): { text: string; d: Duration } {
  if (sentence.length <= MAX_PERIOD_CONTEXT) return { text: sentence, d };
  const start = Math.max(0, d.index - MAX_PERIOD_CONTEXT / 2);
  return { text: sentence.slice(start, start + MAX_PERIOD_CONTEXT), d: { ...d, index: d.index - start, end: d.end - start } };
}

/** A heading or header row over ages ("How old do I have to be?", "Pays | Âge minimum"). */
const AGE_TABLE = /\b(?:ages?|how old|old enough)\b|(?<![\p{L}])âges?(?![\p{L}])/u;
/** Between the cells of a table row flattened into one passage. */
const CELL_BREAK = /\s*(?:\||\t)\s*/;

/** Retention facts of one passage. */
export function extractRetention(ctx: PassageContext): RetentionFact[] {
  const cues = cuesFor(ctx.lang);
  // splitting costs more than looking for the separators, which most passages lack
  if (ctx.raw.includes('|') || ctx.raw.includes('\t')) {
    const cells = ctx.raw.split(CELL_BREAK).filter(Boolean);
    if (cells.length > 1) return rowRetention(cells, ctx, cues);
  }
  const out: RetentionFact[] = [];
  const underRetentionHeading = nativeTest(cues.heading, ctx.heading) || (ctx.leadIn !== null && nativeTest(cues.verb, ctx.leadIn));
  let indefinite: RetentionFact | null = null;
  for (const sentence of ctx.sentences) {
    const speaksOfKeeping = cueTest(cues.verb, sentence, ctx.text);
    if (!speaksOfKeeping && !underRetentionHeading) continue;
    const durations = hasUnitWord(sentence)
      ? findDurations(sentence, ctx.lang)
          .map((d) => around(sentence, d))
          .filter((w) => !isAge(w.text, w.d, cues))
      : [];
    const eligible = speaksOfKeeping || (underRetentionHeading && durations.length > 0);
    if (!eligible) continue;
    // "as long as necessary" / "as long as your account exists": one indefinite fact per passage, even
    // when a period follows it ("for as long as your account exists and for seven years afterwards")
    if (!indefinite && (speaksOfKeeping || underRetentionHeading) && cueTest(cues.indefinite, sentence, ctx.text) && !nativeTest(cues.erasureRequest, sentence)) {
      const m = nativeExec(cues.indefinite, sentence);
      indefinite = { text: m ? m[0] : sentence, days: null, iso: null, appliesTo: appliesTo(sentence, cues), indefinite: true, passageId: ctx.passageId };
    }
    if (durations.length === 0) continue;
    for (const { text, d } of durations) {
      // a period right after "répondre"/"notify" in the same sentence is a delay, not a retention period
      const before = text.slice(Math.max(0, d.index - 50), d.index);
      if (nativeTest(cues.notRetention, before)) continue;
      out.push({ text: d.text, days: d.days, iso: d.iso, appliesTo: clauseAppliesTo(text, d, cues), passageId: ctx.passageId });
    }
  }
  if (indefinite) out.unshift(indefinite);
  return out;
}
