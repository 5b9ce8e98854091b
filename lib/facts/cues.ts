// The fact extractors test cue patterns on every passage and on each of its sentences: a dozen passes over the
// whole notice. One pass of the classifier's literal automaton (lib/classify/prefilter.ts) over a passage tells
// which cues may match anywhere in it: a cue needs a member of each of its literal sets in any text it matches,
// so when the passage lacks one, neither the passage nor any part of it (a sentence) can match, and the cue is
// not run there. Results are those of the plain `re.test(text)`.
import { PRECOMPUTED_LITERALS } from '../classify/literals.generated';
import { runOnRepeatedSubject } from '../classify/match';
import { LiteralSets, requiredLiteralSets, sourceKey } from '../classify/prefilter';

const registered: RegExp[] = [];

interface Automaton {
  literals: LiteralSets;
  /** the literal sets (indexes into `literals`) each registered cue needs */
  needs: Map<RegExp, number[]>;
}

let automaton: Automaton | null = null;

/**
 * Registers a cue (at module load: cues registered after the first passage is read are run everywhere) and
 * returns it. A cue with flags has no literals and is run everywhere.
 */
export function cue<T extends RegExp>(re: T): T {
  registered.push(re);
  return re;
}

/** The cues registered so far (lib/cli/literals.ts precomputes the literals of those without flags). */
export function registeredCues(): readonly RegExp[] {
  return registered;
}

/** The literal sets a cue needs: precomputed when it has no flags (the first notice skips deriving them), else none. */
function literalsOf(re: RegExp): ReadonlyArray<readonly string[]> | null {
  if (re.flags !== '') return null;
  const key = sourceKey(re.source);
  return key in PRECOMPUTED_LITERALS ? PRECOMPUTED_LITERALS[key] : requiredLiteralSets(re);
}

function build(): Automaton {
  const sets: Array<readonly string[]> = [];
  const byKey = new Map<string, number>();
  const needs = new Map<RegExp, number[]>();
  for (const re of registered) {
    const indexes = (literalsOf(re) ?? []).map((set) => {
      const key = JSON.stringify([...set].sort());
      let index = byKey.get(key);
      if (index === undefined) byKey.set(key, (index = sets.push(set) - 1));
      return index;
    });
    if (indexes.length) needs.set(re, indexes);
  }
  return { literals: new LiteralSets(sets), needs };
}

/** The passage scanned last and the literal sets it holds: each extractor reads the same passage in turn. */
let scanned: string | null = null;
let found = new Uint8Array(0);

/** Whether `passage` holds a member of each literal set `re` needs (true for a cue with none). */
function mayMatch(re: RegExp, passage: string): boolean {
  automaton ??= build();
  const needs = automaton.needs.get(re);
  if (!needs) return true;
  if (passage !== scanned) {
    if (found.length !== automaton.literals.size) found = new Uint8Array(automaton.literals.size);
    else found.fill(0);
    automaton.literals.mark(passage, found);
    scanned = passage;
  }
  for (const set of needs) if (!found[set]) return false;
  return true;
}

/** The regexes `native` has run once. */
const compiled = new WeakSet<RegExp>();

/**
 * `re`, first run (result unused, `lastIndex` kept) on `text` repeated to NATIVE_SUBJECT_LENGTH characters so
 * that V8 compiles it to machine code at once instead of bytecode first and machine code on its second run
 * (see readyRegex in lib/classify/match.ts: the bytecode costs more to build). Call it right before the regex's
 * run on `text`: the repeated text keeps the subject's string width and letters. A regex built anew on each
 * call needs no such run when its source is cached by V8 (clones share the compiled code).
 */
export function native<T extends RegExp>(re: T, text: string): T {
  if (text.length === 0 || compiled.has(re)) return re;
  compiled.add(re);
  runOnRepeatedSubject(re, text);
  return re;
}

/** `re.test(text)`, `re` compiled to machine code at once (see `native`). */
export function nativeTest(re: RegExp, text: string): boolean {
  return native(re, text).test(text);
}

/** `re.exec(text)`, `re` compiled to machine code at once (see `native`). */
export function nativeExec(re: RegExp, text: string): RegExpExecArray | null {
  return native(re, text).exec(text);
}

/** `re.test(text)`, where `text` is `passage` or a part of it (a substring: a sentence, not an edited copy). */
export function cueTest(re: RegExp, text: string, passage: string = text): boolean {
  return mayMatch(re, passage) && native(re, text).test(text);
}

/** `re.exec(text)` for a cue without the g or y flag, where `text` is `passage` or a substring of it. */
export function cueExec(re: RegExp, text: string, passage: string = text): RegExpExecArray | null {
  return mayMatch(re, passage) ? native(re, text).exec(text) : null;
}
