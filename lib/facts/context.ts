// One walk over the passages gives each extractor the same view of a passage: its text in two forms, its
// sentences, the heading above it, the lead-in sentence of the list it belongs to, and the jurisdiction
// (country supplement) it sits in.
import { CELL_SEPARATOR } from '../blocks';
import type { Section, Tag } from '../report';
import { jurisdictionSwitch } from './countries';
import { norm, normTidy, sentences, tidy } from './text';

export interface PassageContext {
  passageId: string;
  /** original case, one space between words */
  raw: string;
  /** normalised (see `norm`) */
  text: string;
  /** normalised sentences */
  sentences: string[];
  /** normalised heading of the section, or '' */
  heading: string;
  /** the passage that introduces the list this passage is an item of ("Vous avez le droit de :"), normalised */
  leadIn: string | null;
  /** the first row of the table this passage is a row of ("Country | Minimum age"), normalised, or null */
  tableHeader: string | null;
  /** ISO code (or EEA) of the country supplement the passage belongs to, or null for the notice as a whole */
  jurisdiction: string | null;
  tags: Tag[];
  lang: string;
}

/** How many passages after a lead-in ending with ":" count as its list items. */
const LEAD_IN_REACH = 20;
/** A lead-in is a short passage. */
const LEAD_IN_MAX_LENGTH = 400;

const cache = new WeakMap<Section[], { lang: string; contexts: PassageContext[] }>();

/** passageContexts, computed once per sections array (facts and flags both read them). */
export function contextsFor(sections: Section[], lang: string): PassageContext[] {
  const hit = cache.get(sections);
  if (hit && hit.lang === lang) return hit.contexts;
  const contexts = passageContexts(sections, lang);
  cache.set(sections, { lang, contexts });
  return contexts;
}

/** The passages of a notice in reading order, each with its context. */
export function passageContexts(sections: Section[], lang: string): PassageContext[] {
  const out: PassageContext[] = [];
  let jurisdiction: string | null = null;
  // the heading level of the section a passage switched the jurisdiction in: a later heading above that
  // level ends the country supplement ("## Children" after "### Residents of Canada")
  let jurisdictionLevel = Number.POSITIVE_INFINITY;
  for (const section of sections) {
    const heading = section.heading ? norm(section.heading) : '';
    if (section.heading && section.level !== undefined && section.level < jurisdictionLevel) {
      jurisdiction = null;
      jurisdictionLevel = Number.POSITIVE_INFINITY;
    }
    const headingSwitch = heading ? jurisdictionSwitch(heading, lang) : null;
    let leadIn: string | null = null;
    let sinceLeadIn = 0;
    let tableHeader: string | null = null;
    for (const passage of section.passages) {
      const raw = tidy(passage.text);
      const text = normTidy(raw);
      // rows are joined with " | " by extraction; the first row of a run is the table's header (when it has one)
      if (!text.includes(CELL_SEPARATOR)) tableHeader = null;
      else tableHeader ??= text;
      const passageSwitch = jurisdictionSwitch(text, lang);
      if (passageSwitch) {
        jurisdiction = passageSwitch;
        jurisdictionLevel = section.level ?? Number.POSITIVE_INFINITY;
      }
      const isItem = /^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s/.test(passage.text) || text.length < LEAD_IN_MAX_LENGTH;
      if (leadIn && (!isItem || sinceLeadIn >= LEAD_IN_REACH)) leadIn = null;
      out.push({
        passageId: passage.id,
        raw,
        text,
        sentences: sentences(text),
        heading,
        leadIn,
        tableHeader,
        jurisdiction: headingSwitch ?? jurisdiction,
        tags: passage.tags,
        lang,
      });
      sinceLeadIn++;
      if (text.endsWith(':') && text.length < LEAD_IN_MAX_LENGTH) {
        // an item that introduces a sub-list keeps its parent lead-in ("Vos droits :" / "- Droit de retrait, notamment :")
        leadIn = leadIn && isItem ? `${leadIn} ${text}` : text;
        sinceLeadIn = 0;
      }
    }
  }
  return out;
}
