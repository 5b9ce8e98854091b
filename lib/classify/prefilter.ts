// Required literals of a rule regex, derived from its source: every match of the regex contains a member of
// each of its literal sets. The engine scans a whole notice once for all the rules' literal sets (an
// Aho-Corasick automaton: a plain search that V8 runs far faster than a rule that starts with a lookbehind or a
// large alternation) and tests a rule only on the passages where each of its sets has a member. The analysis is
// conservative: any syntax it does not know, and any regex with flags, yields no literals, and such a rule is
// tested everywhere.

/** Largest set of strings enumerated for one part of a regex (cross products grow fast). */
export const MAX_LITERALS = 8;
/** Largest character class expanded into its characters ([ée] is 2, [a-z] is too many). */
export const MAX_CLASS_CHARS = 4;
/**
 * A literal with fewer non-space characters than this filters out too little (" a", "e"), except a single
 * mark that running text seldom has, such as the `|` of a table row or the `@` of an address (see `usable`).
 */
export const MIN_LITERAL_LENGTH = 2;
/**
 * Literals are cut to this length: a prefix of a required literal is required too, longer literals hardly
 * filter better, and short ones keep the automaton small (it is built at the first analysis).
 */
export const MAX_LITERAL_LENGTH = 8;
/** A larger set of alternatives costs more to derive and to search for than it saves. */
export const MAX_FACTORS = 128;
/**
 * Most literal sets required of one regex: each further set can only rule out more passages (a rule that needs
 * "conserv" and "|" is only tried on table rows that say conserv), but the first few do nearly all of it.
 */
export const MAX_REQUIRED_SETS = 3;

/**
 * What a part of a regex can match: `exact` lists every string it matches (when few); each set of
 * `required` has a member that is a substring of every string it matches (empty: nothing is known).
 */
interface Info {
  exact: string[] | null;
  required: string[][];
}

const ANY: Info = { exact: null, required: [] };
const EMPTY: Info = { exact: [''], required: [] };

class Unsupported extends Error {}

/** Drops strings that contain another member: `donnée` covers `données`. */
function minimal(set: string[]): string[] {
  const unique = [...new Set(set)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of unique) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** A required set in its smallest form: `minimal`, each literal cut to MAX_LITERAL_LENGTH (its prefix is required too), `minimal`. */
function compact(set: string[]): string[] {
  return minimal(minimal(set).map((literal) => literal.slice(0, MAX_LITERAL_LENGTH)));
}

/** Whether a text holding a member of `b` always holds a member of `a` (each member of `b` contains one of `a`). */
function implies(b: string[], a: string[]): boolean {
  return b.every((s) => a.some((t) => s.includes(t)));
}

/** The sets a part requires: its exact strings form one (unless it may match nothing), else its `required`. */
function setsOf(info: Info): string[][] {
  if (info.exact) return info.exact.includes('') ? [] : [info.exact];
  return info.required;
}

/** A single character that is no letter, digit or space: rare enough in running text to filter on alone. */
const RARE_MARK = /^[^\p{L}\p{N}\s]$/u;
const SPACES = /\s/g;

function usable(literal: string): boolean {
  const solid = literal.replace(SPACES, '');
  return solid.length >= MIN_LITERAL_LENGTH || RARE_MARK.test(solid);
}

/** Higher is better: long literals first (selective), then few of them (cheap to scan). */
function quality(set: string[]): number {
  if (!set.length || !set.every(usable)) return -Infinity;
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return Math.min(shortest, MAX_LITERAL_LENGTH) * 100 - set.length;
}

/**
 * The MAX_REQUIRED_SETS best usable sets, best first, leaving out those another one implies (" an" when " ans"
 * is required too).
 */
function best(sets: string[][]): string[][] {
  const scored = sets.map((set) => ({ set, q: quality(set) })).filter((s) => s.q > -Infinity);
  scored.sort((a, b) => b.q - a.q);
  const kept: string[][] = [];
  scored.forEach(({ set }, i) => {
    // implied by a set kept already, or by a later one that it does not imply in turn (the same set twice keeps the first)
    const redundant = kept.some((k) => implies(k, set)) || scored.some((o, j) => j > i && implies(o.set, set) && !implies(set, o.set));
    if (!redundant && kept.length < MAX_REQUIRED_SETS) kept.push(set);
  });
  return kept;
}

function alternation(branches: Info[]): Info {
  const exact: string[] = [];
  let exactKnown = true;
  for (const b of branches) {
    if (!b.exact) exactKnown = false;
    else exact.push(...b.exact);
  }
  const unique = exactKnown ? [...new Set(exact)] : [];
  if (exactKnown && unique.length <= MAX_LITERALS) return { exact: unique, required: [] };
  // a match of the alternation is a match of one branch: it holds a member of that branch's best set
  const union: string[] = [];
  for (const b of branches) {
    const [set] = best(setsOf(b));
    if (!set) return ANY;
    union.push(...set);
  }
  const set = compact(union);
  return set.length > MAX_FACTORS ? ANY : { exact: null, required: [set] };
}

function concatenation(items: Info[]): Info {
  // Strings of consecutive exact items are joined as long as the product stays small; every such run and
  // every item's own sets are required of the whole: the best few are kept.
  const candidates: string[][] = [];
  let run: string[] | null = [''];
  let allExact = true;
  for (const item of items) {
    if (item.exact && run && item.exact.length === 1) {
      const suffix = item.exact[0];
      run = run.map((a) => a + suffix);
      continue;
    }
    if (item.exact && run && run.length * item.exact.length <= MAX_LITERALS) {
      run = [...new Set(run.flatMap((a) => item.exact!.map((b) => a + b)))];
      continue;
    }
    allExact = false;
    if (run) candidates.push(...setsOf({ exact: run, required: [] }));
    // an exact item starts the next run, which holds it
    if (item.exact) run = [...item.exact];
    else {
      candidates.push(...setsOf(item));
      run = null;
    }
  }
  if (allExact) return { exact: run, required: [] };
  if (run) candidates.push(...setsOf({ exact: run, required: [] }));
  return { exact: null, required: best(candidates) };
}

// Pieces of regex syntax, matched in place (sticky).
const SYNTAX = '\\^$.|?*+()[]{}';
const PLAIN = /[^\\^$.|?*+()[\]{}]+/y;
const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})\??/y;
const GROUP_HEAD = /\((\?:|\?=|\?!|\?<=|\?<!|\?<[A-Za-z_]\w*>)?/y;
const HEX_ESCAPE = /(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/y;

/** A small recursive-descent reader of the regex syntax the rule files use (no flags). */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.disjunction();
    if (this.i < this.src.length) throw new Unsupported('trailing input');
    return info;
  }

  /** Matches a sticky regex at the reading position (no copy of the rest of the source). */
  private sticky(re: RegExp, at = this.i): RegExpExecArray | null {
    re.lastIndex = at;
    return re.exec(this.src);
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private disjunction(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : alternation(branches);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      // a run of plain characters is one literal (the common case, read without the general machinery)
      const plain = SYNTAX.includes(this.peek()!) ? null : this.sticky(PLAIN);
      if (plain && plain[0].length > 1) {
        // the last character may carry a quantifier: leave it to the general case
        const text = plain[0].slice(0, -1);
        this.i += text.length;
        items.push({ exact: [text], required: [] });
        continue;
      }
      items.push(this.quantified());
    }
    return concatenation(items);
  }

  private quantified(): Info {
    const atom = this.atom();
    const next = this.peek();
    const quantifier = next === '*' || next === '+' || next === '?' || next === '{' ? this.sticky(QUANTIFIER) : null;
    if (!quantifier) return atom;
    this.i += quantifier[0].length;
    const q = quantifier[0][0];
    const min = q === '*' || q === '?' ? 0 : q === '+' ? 1 : Number(quantifier[1]);
    const max = q === '?' ? 1 : q === '{' && !quantifier[2] ? min : q === '{' && quantifier[3] ? Number(quantifier[3]) : Infinity;
    if (max === 0) return EMPTY;
    if (min === 0) {
      // optional: nothing, or what the atom matches (kept exact for suffixes like `s?`); a repeated
      // optional part (`[^.]{0,40}`) matches strings of any length: nothing is known of it
      return max === 1 && atom.exact ? { exact: [...new Set(['', ...atom.exact])], required: [] } : ANY;
    }
    if (min === 1 && max === 1) return atom;
    // repeated: each repetition needs what the atom needs
    return { exact: null, required: setsOf(atom) };
  }

  private atom(): Info {
    const c = this.src[this.i];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\') return this.escape();
    if (c === undefined || '*+?{}])|'.includes(c)) throw new Unsupported(`unexpected ${c}`);
    this.i++;
    return { exact: [c], required: [] };
  }

  private group(): Info {
    const head = this.sticky(GROUP_HEAD)!;
    this.i += head[0].length;
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.i++;
    const kind = head[1] ?? '';
    // a lookaround consumes nothing: ignoring what it asks of the text only loosens the filter
    return kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!' ? EMPTY : inner;
  }

  /** One escape as a character, or null for a class escape (\d, \s, \w, ...). */
  private escapedChar(inClass: boolean): string | null {
    const hex = this.sticky(HEX_ESCAPE, this.i + 1);
    if (hex) {
      this.i += 1 + hex[0].length;
      return String.fromCharCode(parseInt(hex[1] ?? hex[2], 16));
    }
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Unsupported('dangling escape');
    this.i += 2;
    if ('dDsSwW'.includes(e)) return null;
    if (e === 'n') return '\n';
    if (e === 't') return '\t';
    if (e === 'r') return '\r';
    if (inClass && e === 'b') return '\b';
    if (/[\^$\\.*+?()[\]{}|/\-'"&,:;!#%<>=@_~ ]/.test(e)) return e;
    // back references, \b, \B, \k, \p, \c... are outside the subset (\b is handled by the caller)
    throw new Unsupported(`escape \\${e}`);
  }

  private escape(): Info {
    const e = this.src[this.i + 1];
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return EMPTY;
    }
    const char = this.escapedChar(false);
    return char === null ? ANY : { exact: [char], required: [] };
  }

  private charClass(): Info {
    this.i++;
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let open = false;
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Unsupported('unclosed class');
      const from = this.classChar();
      if (from !== null && this.peek() === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        const to = this.classChar();
        if (to === null) throw new Unsupported('range to a class escape');
        const span = to.charCodeAt(0) - from.charCodeAt(0);
        if (span < 0) throw new Unsupported('reversed range');
        if (span >= MAX_CLASS_CHARS) open = true;
        else for (let k = 0; k <= span; k++) chars.add(String.fromCharCode(from.charCodeAt(0) + k));
      } else if (from === null) open = true;
      else chars.add(from);
    }
    this.i++;
    if (negated || open || chars.size > MAX_CLASS_CHARS || chars.size === 0) return ANY;
    return { exact: [...chars], required: [] };
  }

  private classChar(): string | null {
    const c = this.src[this.i];
    if (c === '\\') return this.escapedChar(true);
    this.i++;
    return c;
  }
}

/**
 * Sets of literals such that every match of `re` contains a member of each set (at most MAX_REQUIRED_SETS,
 * the most selective first), or null when none can be derived.
 */
export function requiredLiteralSets(re: RegExp): string[][] | null {
  if (re.flags !== '') return null;
  try {
    const sets = best(setsOf(new Reader(re.source).parse()).map(compact));
    return sets.length ? sets : null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * The top-level alternatives of a regex without flags (`a|b(c|d)|e` gives `a`, `b(c|d)`, `e`), or null when
 * it has flags. `re.test(t)` is true exactly when one alternative's regex tests true on `t`: a search
 * finds a match of `a|b` somewhere iff it finds one of `a` or one of `b` (no back references are split:
 * a regex that has one is returned whole).
 */
export function topLevelBranches(re: RegExp): string[] | null {
  if (re.flags !== '') return null;
  const src = re.source;
  if (/\\[1-9k]/.test(src)) return [src];
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(src.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(src.slice(start));
  return branches;
}

const FNV_PRIME = 0x01000193;
/** Two FNV-1a offsets: two independent 32-bit hashes (with the length) make a collision out of reach. */
const FNV_OFFSETS = [0x811c9dc5, 0x050c5d1f] as const;
const BASE36 = 36;

/** A short key for a regex source (lookups in the precomputed literals table). */
export function sourceKey(source: string): string {
  const [a, b] = FNV_OFFSETS.map((offset) => {
    let h: number = offset;
    for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), FNV_PRIME);
    return (h >>> 0).toString(BASE36);
  });
  return `${source.length.toString(BASE36)}.${a}.${b}`;
}

const UTF16_UNITS = 0x10000;
/** A transition not worked out yet (see LiteralSets.go). */
const UNKNOWN = -1;

/**
 * Aho-Corasick automaton over many literal sets: one pass over a text tells which sets have a literal
 * in it. The alphabet is the characters the literals use (any other character sends the automaton back
 * to its root, since no literal spans it); transitions are a dense table over that small alphabet, filled
 * on demand (a text walks a small part of it).
 */
export class LiteralSets {
  /** character code -> symbol (0: a character no literal uses) */
  private readonly symbols = new Uint16Array(UTF16_UNITS);
  private readonly alphabet: number;
  /** transitions, state * alphabet + symbol; UNKNOWN until first needed */
  private readonly delta: Int32Array;
  private readonly fail: Int32Array;
  /**
   * The sets completed on reaching each state (own literal and, through failure links, its suffixes):
   * `outputs[outputStart[state] .. outputStart[state + 1])` (flat typed arrays: the scan reads them per character)
   */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;
  readonly size: number;

  constructor(sets: ReadonlyArray<readonly string[]>) {
    this.size = sets.length;
    let symbolCount = 0;
    for (const set of sets) {
      for (const literal of set) {
        for (let k = 0; k < literal.length; k++) {
          const code = literal.charCodeAt(k);
          if (!this.symbols[code]) this.symbols[code] = ++symbolCount;
        }
      }
    }
    const alphabet = (this.alphabet = symbolCount + 1);
    // the trie, as edges keyed by state * alphabet + symbol (the dense table is allocated once the states are known)
    const edges = new Map<number, number>();
    const parent = [0];
    const via = [0];
    const depth = [0];
    const own: Array<number[] | undefined> = [];
    for (let s = 0; s < sets.length; s++) {
      for (const literal of sets[s]) {
        let state = 0;
        for (let k = 0; k < literal.length; k++) {
          const symbol = this.symbols[literal.charCodeAt(k)];
          const key = state * alphabet + symbol;
          let next = edges.get(key);
          if (next === undefined) {
            next = parent.length;
            edges.set(key, next);
            parent.push(state);
            via.push(symbol);
            depth.push(k + 1);
          }
          state = next;
        }
        const out = (own[state] ??= []);
        if (!out.includes(s)) out.push(s);
      }
    }
    const states = parent.length;
    const delta = (this.delta = new Int32Array(states * alphabet).fill(UNKNOWN));
    for (const [key, next] of edges) delta[key] = next;
    // failure links in order of depth (a state's failure state is shallower, so already linked); the outputs
    // of a state are its own and those of its failure state
    const byDepth: number[][] = [];
    for (let state = 1; state < states; state++) (byDepth[depth[state]] ??= []).push(state);
    const fail = (this.fail = new Int32Array(states));
    const outputs: Array<number[] | undefined> = own;
    for (const level of byDepth) {
      for (const state of level ?? []) {
        if (depth[state] < 2) continue;
        const f = (fail[state] = this.go(fail[parent[state]], via[state]));
        const inherited = outputs[f];
        if (inherited) outputs[state] = outputs[state] ? [...new Set([...outputs[state]!, ...inherited])] : inherited;
      }
    }
    this.outputStart = new Int32Array(states + 1);
    for (let state = 0; state < states; state++) this.outputStart[state + 1] = this.outputStart[state] + (outputs[state]?.length ?? 0);
    this.outputs = new Int32Array(this.outputStart[states]);
    outputs.forEach((out, state) => out && this.outputs.set(out, this.outputStart[state]));
  }

  /** The transition from `state` on `symbol`, computed through the failure links the first time. */
  private go(state: number, symbol: number): number {
    const at = state * this.alphabet + symbol;
    let next = this.delta[at];
    if (next === UNKNOWN) this.delta[at] = next = state === 0 ? 0 : this.go(this.fail[state], symbol);
    return next;
  }

  /** Marks in `found` (one byte per set) the sets that have a literal in `text`. */
  mark(text: string, found: Uint8Array): void {
    const { delta, alphabet, symbols, outputStart, outputs } = this;
    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const symbol = symbols[text.charCodeAt(k)];
      if (symbol === 0) {
        state = 0;
        continue;
      }
      const next = delta[state * alphabet + symbol];
      state = next === UNKNOWN ? this.go(state, symbol) : next;
      for (let o = outputStart[state], end = outputStart[state + 1]; o < end; o++) found[outputs[o]] = 1;
    }
  }
}
