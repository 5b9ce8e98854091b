// A very small template language for letters, so that templates stay data:
//   {{key}}                       the value (an unknown key is an error: no placeholder is ever left in a letter)
//   {{#if key}}..{{else}}..{{/if}} when the value is non-empty
//   {{#if key=a|b}}..{{/if}}      when the value is one of a, b
//   {{#unless key}}..{{/unless}}  when the value is empty
//   {{> partial}}                 a shared block of the same language (signature, identity, deadline, ...)
import type { LawId, RequestType } from './laws';

export type LetterLang = 'en' | 'fr';
export const LETTER_LANGS: readonly LetterLang[] = ['en', 'fr'];

export interface LetterTemplate {
  type: RequestType;
  lang: LetterLang;
  /** the laws this template is written for */
  laws: readonly LawId[];
  subject: string;
  body: string;
}

/** Shared blocks of one language, used as `{{> name}}`. */
export interface Partials {
  lang: LetterLang;
  partials: Record<string, string>;
}

export type TemplateValues = Record<string, string | null | undefined>;

export class TemplateError extends Error {}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'value'; key: string }
  | { kind: 'partial'; name: string }
  | { kind: 'if'; key: string; allowed: string[] | null; negate: boolean; then: Node[]; otherwise: Node[] };

const TOKEN = /\{\{\s*([#/>]?)\s*([^}]*?)\s*\}\}/g;

function parse(source: string): Node[] {
  const root: Node[] = [];
  const stack: { node: Extract<Node, { kind: 'if' }>; inElse: boolean; tag: string }[] = [];
  const current = () => {
    const top = stack[stack.length - 1];
    return top ? (top.inElse ? top.node.otherwise : top.node.then) : root;
  };
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) current().push({ kind: 'text', text: source.slice(last, index) });
    last = index + match[0].length;
    const [, sigil, rest] = match;
    if (sigil === '#') {
      const [tag, expr = ''] = rest.split(/\s+/, 2);
      if (tag !== 'if' && tag !== 'unless') throw new TemplateError(`Unknown block {{#${tag}}}`);
      const [key, values] = expr.split('=', 2);
      if (!key) throw new TemplateError(`{{#${tag}}} without a key`);
      const node: Extract<Node, { kind: 'if' }> = {
        kind: 'if',
        key,
        allowed: values === undefined ? null : values.split('|'),
        negate: tag === 'unless',
        then: [],
        otherwise: [],
      };
      current().push(node);
      stack.push({ node, inElse: false, tag });
    } else if (sigil === '/') {
      const top = stack.pop();
      if (!top || top.tag !== rest) throw new TemplateError(`Unexpected {{/${rest}}}`);
    } else if (sigil === '>') {
      current().push({ kind: 'partial', name: rest });
    } else if (rest === 'else') {
      const top = stack[stack.length - 1];
      if (!top || top.inElse) throw new TemplateError('Unexpected {{else}}');
      top.inElse = true;
    } else {
      current().push({ kind: 'value', key: rest });
    }
  }
  if (stack.length) throw new TemplateError(`Unclosed {{#${stack[stack.length - 1].tag}}}`);
  if (last < source.length) root.push({ kind: 'text', text: source.slice(last) });
  return root;
}

const MAX_PARTIAL_DEPTH = 4;

function renderNodes(nodes: Node[], values: TemplateValues, partials: Record<string, string>, depth: number): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'value') {
      const value = values[node.key];
      if (value === undefined) throw new TemplateError(`No value for {{${node.key}}}`);
      out += value ?? '';
    } else if (node.kind === 'partial') {
      const partial = partials[node.name];
      if (partial === undefined) throw new TemplateError(`Unknown partial {{> ${node.name}}}`);
      if (depth >= MAX_PARTIAL_DEPTH) throw new TemplateError('Partials nested too deep');
      out += renderNodes(parse(partial), values, partials, depth + 1);
    } else {
      const value = values[node.key] ?? '';
      const holds = node.allowed ? node.allowed.includes(value) : value !== '';
      out += renderNodes(holds !== node.negate ? node.then : node.otherwise, values, partials, depth);
    }
  }
  return out;
}

/** Tidies what conditional parts leave behind: trailing spaces, runs of blank lines, blank edges. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/(\S) {2,}/g, '$1 ')
    .replace(/(\S) +([,.])/g, '$1$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function render(source: string, values: TemplateValues, partials: Record<string, string> = {}): string {
  return tidy(renderNodes(parse(source), values, partials, 0));
}

/** Renders one line (a subject): no line breaks. */
export function renderLine(source: string, values: TemplateValues, partials: Record<string, string> = {}): string {
  return render(source, values, partials).replace(/\s*\n\s*/g, ' ');
}

/** Every key a template reads (values and conditions), partials included. */
export function templateKeys(source: string, partials: Record<string, string> = {}, depth = 0): Set<string> {
  const keys = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'value') keys.add(node.key);
      else if (node.kind === 'partial' && depth < MAX_PARTIAL_DEPTH && partials[node.name] !== undefined)
        for (const key of templateKeys(partials[node.name], partials, depth + 1)) keys.add(key);
      else if (node.kind === 'if') {
        keys.add(node.key);
        walk(node.then);
        walk(node.otherwise);
      }
    }
  };
  walk(parse(source));
  return keys;
}
