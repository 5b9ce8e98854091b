// The delay the notice promises for answering a request: "within 30 days", "dans un délai d'un mois" -> 30.
import type { PassageContext } from './context';
import { cue, cueTest, nativeTest } from './cues';
import { findDurations } from './duration';

interface ResponseCues {
  /** answering or handling */
  answer: RegExp;
  /** a request from the reader, or rights being exercised, in the passage or its heading */
  request: RegExp;
  /** a look-back window, not a delay ("dans les 12 mois précédant votre demande") */
  notDelay: RegExp;
}

const CUES: Record<string, ResponseCues> = {
  fr: {
    answer: /\b(?:r[ée]pond\w*|r[ée]ponse|trait[ée]e?s?|traiterons|donner suite|donnerons suite|d[ée]lai)\b/,
    request: cue(/\b(?:demandes?|requ[êe]tes?|r[ée]clamations?|sollicitations?|droits?|exercer)\b/),
    notDelay: /\b(?:pr[ée]c[ée]dant|conserv\w*|supprim\w*)/,
  },
  en: {
    answer: /\b(?:respond\w*|response|reply|replies|answer\w*|process\w*|handle\w*|fulfil\w*|provide)\b/,
    request: cue(/\b(?:requests?|inquir\w*|enquir\w*|queries|rights?|exercise)\b/),
    notDelay: /\b(?:preceding|prior to|retain\w*|delet\w*)\b/,
  },
};

/** Days promised for an answer in one passage, or null. */
export function extractResponseDays(ctx: PassageContext): number | null {
  const cues = CUES[ctx.lang] ?? CUES.en;
  if (!cueTest(cues.request, ctx.text) && !nativeTest(cues.request, ctx.heading)) return null;
  for (const sentence of ctx.sentences) {
    if (!nativeTest(cues.answer, sentence) || nativeTest(cues.notDelay, sentence)) continue;
    const d = findDurations(sentence, ctx.lang).find((x) => x.unit !== 'year' && x.unit !== 'hour');
    if (d) return d.days;
  }
  return null;
}
