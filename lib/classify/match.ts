import { TAGS, type Passage, type Section, type Tag } from '../report';
import { ruleFilesFor, type RegisteredRuleFile } from './index';
import { normalize, STRONG, type Rule } from './types';

/** A passage is tagged when its own cues add up to this... */
export const OWN_WORDS_THRESHOLD = STRONG;
/** ...or to this when a heading above it leans to the same tag. */
export const HEADING_ASSISTED_THRESHOLD = 0.5;
/** Prefix of a `why` entry that names the heading rule that helped. */
export const HEADING_WHY_PREFIX = 'heading:';

interface Fired {
  score: number;
  ids: string[];
}

function fire(rules: Rule[], text: string): Fired {
  const fired: Fired = { score: 0, ids: [] };
  for (const rule of rules) {
    if (!rule.match.test(text)) continue;
    if (rule.unless?.test(text)) continue;
    fired.score += rule.weight ?? STRONG;
    fired.ids.push(rule.id);
  }
  return fired;
}

/** Which tags a heading leans to, with the heading rule that says so. */
export function headingTags(heading: string, lang: string): Map<Tag, string> {
  const text = normalize(heading);
  const found = new Map<Tag, string>();
  for (const file of ruleFilesFor(lang)) {
    const fired = fire(file.headings, text);
    if (fired.ids.length) found.set(file.tag, fired.ids[0]);
  }
  return found;
}

export interface PassageVerdict {
  tags: Tag[];
  why: string[];
}

/** Tags of one passage from its own words, helped by the headings above it. */
export function classifyText(text: string, lang: string, context: Map<Tag, string> = new Map()): PassageVerdict {
  return classifyWith(ruleFilesFor(lang), normalize(text), context);
}

function classifyWith(files: RegisteredRuleFile[], text: string, context: Map<Tag, string>): PassageVerdict {
  const verdict: PassageVerdict = { tags: [], why: [] };
  for (const file of files) {
    const fired = fire(file.rules, text);
    const headingRule = context.get(file.tag);
    const tagged =
      fired.score >= OWN_WORDS_THRESHOLD || (headingRule !== undefined && fired.score >= HEADING_ASSISTED_THRESHOLD);
    if (!tagged) continue;
    verdict.tags.push(file.tag);
    verdict.why.push(...fired.ids);
    if (fired.score < OWN_WORDS_THRESHOLD && headingRule) verdict.why.push(HEADING_WHY_PREFIX + headingRule);
  }
  verdict.tags.sort((a, b) => TAGS.indexOf(a) - TAGS.indexOf(b));
  return verdict;
}

/**
 * Tags every passage and section in place. A section's tags are the union of its passages'
 * tags and what its own heading says; headings of enclosing sections (lower level) also lean
 * the passages below them. `skip` marks passages that are not evidence (e.g. a table of contents).
 */
export function classifySections(sections: Section[], lang: string, skip: (p: Passage) => boolean = () => false): void {
  const files = ruleFilesFor(lang);
  if (!files.length) return;
  const open: Array<{ level: number; tags: Map<Tag, string> }> = [];
  for (const section of sections) {
    const level = section.level ?? 1;
    while (open.length && open[open.length - 1].level >= level) open.pop();
    const own = section.heading ? headingTags(section.heading, lang) : new Map<Tag, string>();
    const context = new Map<Tag, string>();
    for (const frame of open) for (const [tag, id] of frame.tags) context.set(tag, id);
    for (const [tag, id] of own) context.set(tag, id);
    if (section.heading) open.push({ level, tags: own });

    const sectionTags = new Set<Tag>(own.keys());
    for (const passage of section.passages) {
      if (skip(passage)) {
        passage.tags = [];
        passage.why = [];
        continue;
      }
      const verdict = classifyWith(files, normalize(passage.text), context);
      passage.tags = verdict.tags;
      passage.why = verdict.why;
      for (const tag of verdict.tags) sectionTags.add(tag);
    }
    section.tags = TAGS.filter((t) => sectionTags.has(t));
  }
}
