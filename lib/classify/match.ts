import { CELL_SEPARATOR } from '../blocks';
import { TAGS, type Passage, type Section, type Tag } from '../report';
import { ruleFilesFor } from './index';
import { PRECOMPUTED_LITERALS } from './literals.generated';
import { LiteralSets, requiredLiteralSets, sourceKey, topLevelBranches } from './prefilter';
import { normalize, STRONG, type Rule, type RuleFile } from './types';

/** A passage is tagged when its own cues add up to this... */
export const OWN_WORDS_THRESHOLD = STRONG;
/** ...or to this when a heading above it leans to the same tag. */
export const HEADING_ASSISTED_THRESHOLD = 0.5;
/** Prefix of a `why` entry that names the heading rule that helped. */
export const HEADING_WHY_PREFIX = 'heading:';
/** Prefix of a `why` entry that names the rule that read a table's column header ("Legal basis") over a row. */
export const COLUMN_WHY_PREFIX = 'column:';
/** Slack on the "can these cues still reach the threshold" test, so that float rounding never skips a tag. */
const SCORE_EPSILON = 1e-9;

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

/** A rule with what the engine derives from it once: its weight and the scan of its required literals. */
/** One top-level alternative of a rule's regex (or the whole regex) and the literals it needs. */
interface Branch {
  source: string;
  /** its regex: the rule's own when it is not split, else built on the branch's first use (most never run on a notice) */
  match: RegExp | null;
  /** whether `match` has had its first run (see readyRegex) */
  ready: boolean;
  /** indexes in `Compiled.literals` of the literal sets it needs, all of them (none: tried everywhere) */
  sets: number[];
}

interface CompiledRule {
  rule: Rule;
  weight: number;
  /** the rule matches when one branch does; a branch is only tried where its literals are */
  branches: Branch[];
  /** the branches of `unless` (empty without one) */
  unless: Branch[];
}

interface CompiledFile {
  tag: Tag;
  rules: CompiledRule[];
}

interface Compiled {
  files: CompiledFile[];
  /** the distinct literal sets of the rules */
  literals: LiteralSets;
}

const compiledFiles = new WeakMap<readonly RuleFile[], Compiled>();

/** Derives the literal sets of a set of rule files (once per set: the registry's arrays are stable). */
function compile(files: readonly RuleFile[]): Compiled {
  const known = compiledFiles.get(files);
  if (known) return known;
  const sets: Array<readonly string[]> = [];
  const byKey = new Map<string, number>();
  const branch = (source: string, whole: RegExp): Branch => {
    const match = source === whole.source ? whole : null;
    // precomputed for the shipped rules (the first analysis skips deriving them); derived when absent
    const key = sourceKey(source);
    const literals = key in PRECOMPUTED_LITERALS ? PRECOMPUTED_LITERALS[key] : requiredLiteralSets(match ?? new RegExp(source));
    const indexes = (literals ?? []).map((literalSet) => {
      const setKey = JSON.stringify([...literalSet].sort());
      let set = byKey.get(setKey);
      if (set === undefined) {
        set = sets.push(literalSet) - 1;
        byKey.set(setKey, set);
      }
      return set;
    });
    return { source, match, sets: indexes, ready: false };
  };
  const compiledRules = files.map((file) => ({
    tag: file.tag,
    rules: file.rules.map((rule) => ({
      rule,
      weight: rule.weight ?? STRONG,
      branches: branchSources(rule.match).map((source) => branch(source, rule.match)),
      unless: rule.unless ? branchSources(rule.unless).map((source) => branch(source, rule.unless!)) : [],
    })),
  }));
  const compiled: Compiled = { files: compiledRules, literals: new LiteralSets(sets) };
  compiledFiles.set(files, compiled);
  return compiled;
}

/**
 * V8 runs a new regex as interpreted bytecode and compiles it to machine code on its second run, unless its
 * first subject has at least this many characters: then it compiles it to machine code at once. For the rule
 * regexes, building the bytecode costs about three times the machine-code compile (all French branches:
 * ~135 + ~40 ms against ~40 ms), and a notice's first analysis runs most branches more than once anyway.
 */
export const NATIVE_SUBJECT_LENGTH = 1000;

/**
 * `b`'s regex, built the first time it is about to be tried, and first run on `text` repeated to
 * NATIVE_SUBJECT_LENGTH characters (its result unused) so that V8 compiles it to machine code at once. The
 * repeated passage keeps the passage's string width (V8 compiles separate code for one-byte and two-byte
 * subjects) and its letter frequencies (which tune the compiled search). Forcing every branch up front, on
 * dummy subjects of both widths, sped up the first analysis but generated so much regex code that V8
 * stopped optimising the regexes compiled after it (warm analysis of seed 004 from ~70 to ~100 ms).
 */
function readyRegex(b: Branch, text: string): RegExp {
  if (b.match && b.ready) return b.match;
  b.match ??= new RegExp(b.source);
  b.ready = true;
  runOnRepeatedSubject(b.match, text);
  return b.match;
}

/**
 * Runs `re` once (result unused, `lastIndex` kept) on `text` repeated to NATIVE_SUBJECT_LENGTH characters, so
 * that V8 compiles it to machine code at once: the first run of a rule branch here, of a fact pattern in
 * lib/facts/cues.ts.
 */
export function runOnRepeatedSubject(re: RegExp, text: string): void {
  if (text.length === 0 || text.length >= NATIVE_SUBJECT_LENGTH) return;
  const lastIndex = re.lastIndex;
  re.lastIndex = 0;
  re.test(text.repeat(Math.ceil(NATIVE_SUBJECT_LENGTH / text.length)));
  re.lastIndex = lastIndex;
}

/** The sources of the regexes a rule's regex is tried as: its top-level alternatives, or its own. */
function branchSources(match: RegExp): string[] {
  const sources = topLevelBranches(match);
  return sources && sources.length > 1 ? sources : [match.source];
}

/** The regexes a rule's regex is tried as: its top-level alternatives, or itself. */
export function ruleBranches(match: RegExp): RegExp[] {
  const sources = branchSources(match);
  return sources.length > 1 ? sources.map((source) => new RegExp(source)) : [match];
}

/** Whether the passage holds a member of each literal set the branch needs. */
function present(b: Branch, found: Uint8Array): boolean {
  const sets = b.sets;
  for (let k = 0; k < sets.length; k++) if (!found[sets[k]]) return false;
  return true;
}

function mayMatch(rule: CompiledRule, found: Uint8Array): boolean {
  for (const b of rule.branches) if (present(b, found)) return true;
  return false;
}

/** `regex.test(text)` for the regex these are the branches of, trying only those whose literals the text holds. */
function matches(branches: Branch[], text: string, found: Uint8Array): boolean {
  for (const b of branches) {
    if (present(b, found) && readyRegex(b, text).test(text)) return true;
  }
  return false;
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
  return classifyPassages(ruleFilesFor(lang), [text], [context])[0];
}

/**
 * Tags of each passage (raw text) with the heading context of each. A tag applies when the weights of
 * its rules that fire reach OWN_WORDS_THRESHOLD, or HEADING_ASSISTED_THRESHOLD under a heading that
 * leans to it; `why` lists every rule of the tag that fired, in rule order. A rule is only tested on a
 * passage that contains one of its required literals, and a tag's rules are not tested once the
 * weights still in play cannot reach its threshold: neither changes a verdict.
 */
export function classifyPassages(files: readonly RuleFile[], texts: string[], contexts: Array<Map<Tag, string>>): PassageVerdict[] {
  const { files: compiled, literals } = compile(files);
  const found = new Uint8Array(literals.size);
  /** whether each rule of the file being read may match (its literals are in the passage) */
  const possible = new Uint8Array(Math.max(0, ...compiled.map((f) => f.rules.length)));
  return texts.map((raw, i) => {
    const text = normalize(raw);
    found.fill(0);
    literals.mark(text, found);
    const context = contexts[i];
    const verdict: PassageVerdict = { tags: [], why: [] };
    for (const file of compiled) {
      const headingRule = context.get(file.tag);
      const needed = headingRule === undefined ? OWN_WORDS_THRESHOLD : Math.min(OWN_WORDS_THRESHOLD, HEADING_ASSISTED_THRESHOLD);
      // the weights of the rules whose literals are present: the most this tag can score here
      let remaining = 0;
      const rules = file.rules;
      for (let k = 0; k < rules.length; k++) {
        const may = mayMatch(rules[k], found);
        possible[k] = may ? 1 : 0;
        if (may) remaining += rules[k].weight;
      }
      if (remaining < needed - SCORE_EPSILON) continue;
      const fired: Fired = { score: 0, ids: [] };
      for (let k = 0; k < rules.length; k++) {
        if (!possible[k]) continue;
        const r = rules[k];
        if (fired.score + remaining < needed - SCORE_EPSILON) break;
        remaining -= r.weight;
        if (!matches(r.branches, text, found)) continue;
        if (matches(r.unless, text, found)) continue;
        fired.score += r.weight;
        fired.ids.push(r.rule.id);
      }
      const tagged =
        fired.score >= OWN_WORDS_THRESHOLD || (headingRule !== undefined && fired.score >= HEADING_ASSISTED_THRESHOLD);
      if (!tagged) continue;
      verdict.tags.push(file.tag);
      verdict.why.push(...fired.ids);
      if (fired.score < OWN_WORDS_THRESHOLD && headingRule) verdict.why.push(HEADING_WHY_PREFIX + headingRule);
    }
    verdict.tags.sort((a, b) => TAGS.indexOf(a) - TAGS.indexOf(b));
    return verdict;
  });
}

/**
 * The section whose heading is the notice's title: the first heading, when every other heading sits below it
 * (a single level-1 heading over level-2 sections). Null when headings are peers or there is only one.
 */
function documentTitle(sections: Section[]): Section | null {
  const headed = sections.filter((s) => s.heading);
  if (headed.length < 2) return null;
  const [first, ...rest] = headed;
  const level = first.level ?? 1;
  return rest.every((s) => (s.level ?? 1) > level) ? first : null;
}

/** A header cell is a short label: "Minimum age", "Legal basis", "Durée de conservation". */
const HEADER_CELL_MAX_WORDS = 8;

/** A cell that says what something does ("Keep you signed in", "Remember your language") is data, not a column name. */
const DOES_CELL = /^(keeps?|remembers?|counts?|shows?|stores?|helps?|allows?|enables?|measures?|tracks?|lets?|makes?|provides?|ensures?|records?|identif(y|ies)|collects?|saves?|sees?|sends?|prevents?|detects?)\b/i;

/** A row of labels: short cells with no figures and no punctuation of running text (data rows have them). */
export function isHeaderRow(text: string): boolean {
  const cells = text.split(CELL_SEPARATOR).map((c) => c.trim());
  if (cells.length < 2 || /[\d,.;:]/.test(text)) return false;
  return cells.every((c) => c !== '' && c.split(/\s+/).length <= HEADER_CELL_MAX_WORDS && !DOES_CELL.test(c));
}

/**
 * Tags every passage and section in place. A section's tags are the union of its passages'
 * tags and what its own heading says; headings of enclosing sections (lower level) also lean
 * the passages below them. `skip` marks passages that are not evidence (e.g. a table of contents).
 */
export function classifySections(sections: Section[], lang: string, skip: (p: Passage) => boolean = () => false): void {
  const files = ruleFilesFor(lang);
  if (!files.length) return;
  // Headings repeat (FAQ-style notices, "Finalités" under each processing): each is read once.
  const headingCache = new Map<string, Map<Tag, string>>();
  const leansOf = (heading: string): Map<Tag, string> => {
    let tags = headingCache.get(heading);
    if (!tags) headingCache.set(heading, (tags = headingTags(heading, lang)));
    return tags;
  };
  // the tags a header row's columns name, read as a whole and cell by cell ("Cookie | Purpose | Duration": a
  // cookies heading would hide the purpose); the data column of a table of recipients says what is disclosed,
  // not what is collected (unless the header says so)
  const headerLeans = (row: string): Map<Tag, string> => {
    const tags = new Map(leansOf(row));
    for (const cell of row.split(CELL_SEPARATOR)) for (const [tag, id] of leansOf(cell.trim())) if (!tags.has(tag)) tags.set(tag, id);
    if (tags.has('sharing') && !/collect/i.test(row)) tags.delete('collection');
    return tags;
  };
  const open: Array<{ level: number; tags: Map<Tag, string> }> = [];
  const title = documentTitle(sections);
  const passages: Passage[] = [];
  const contexts: Array<Map<Tag, string>> = [];
  /** for a row under a header row: what its columns are ("Purpose | Legal basis"), which every row fills */
  const columns: Array<Map<Tag, string> | null> = [];
  const owns: Array<Map<Tag, string>> = [];
  for (const section of sections) {
    const level = section.level ?? 1;
    while (open.length && open[open.length - 1].level >= level) open.pop();
    // the notice's own title ("How we use your information") names the whole notice, not one topic
    const own = section.heading && section !== title ? leansOf(section.heading) : new Map<Tag, string>();
    owns.push(own);
    const context = new Map<Tag, string>();
    for (const frame of open) for (const [tag, id] of frame.tags) context.set(tag, id);
    for (const [tag, id] of own) context.set(tag, id);
    if (section.heading) open.push({ level, tags: own });
    // a table's header row ("Country | Minimum age") leans its rows like a heading, and is no evidence itself
    let header: Map<Tag, string> | null = null;
    let previousIsRow = false;
    section.passages.forEach((passage, i) => {
      const isRow = passage.text.includes(CELL_SEPARATOR);
      if (!isRow) header = null;
      // a header row starts a table of at least one more row
      const startsTable = isRow && !previousIsRow && !!section.passages[i + 1]?.text.includes(CELL_SEPARATOR);
      previousIsRow = isRow;
      // ...and names at least one column the rules know ("Strictly necessary | Keep you signed in | Session" is data)
      const named = startsTable && isHeaderRow(passage.text) ? headerLeans(passage.text) : null;
      if (named && named.size > 0) {
        header = named;
        passage.tags = [];
        passage.why = [];
        return;
      }
      if (skip(passage)) {
        passage.tags = [];
        passage.why = [];
        return;
      }
      passages.push(passage);
      contexts.push(header?.size ? new Map([...context, ...header]) : context);
      columns.push(header?.size ? header : null);
    });
  }
  const verdicts = classifyPassages(
    files,
    passages.map((p) => p.text),
    contexts,
  );
  passages.forEach((passage, i) => {
    const verdict = verdicts[i];
    // a row gives a value for each column of its table: under "Purpose | Legal basis" it states both
    const cols = columns[i];
    if (cols) {
      for (const [tag, id] of cols) {
        if (verdict.tags.includes(tag)) continue;
        verdict.tags.push(tag);
        verdict.why.push(COLUMN_WHY_PREFIX + id);
      }
      verdict.tags.sort((a, b) => TAGS.indexOf(a) - TAGS.indexOf(b));
    }
    passage.tags = verdict.tags;
    passage.why = verdict.why;
  });
  sections.forEach((section, s) => {
    const sectionTags = new Set<Tag>(owns[s].keys());
    for (const passage of section.passages) for (const tag of passage.tags) sectionTags.add(tag);
    section.tags = TAGS.filter((t) => sectionTags.has(t));
  });
}
