// Page text is untrusted: the product never turns a string into markup or code. Checked on the sources of
// everything that ships (entrypoints/ and lib/): no Svelte {@html}, no innerHTML/outerHTML/insertAdjacentHTML,
// no document.write, no eval/new Function/string timers, no javascript: URL built anywhere.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SHIPPED = ['entrypoints', 'lib'];
/** Node-only code that never ships in the extension (command-line tools). */
const NODE_ONLY = [join('lib', 'cli')];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return NODE_ONLY.includes(relative(ROOT, path)) ? [] : sources(path);
    return /\.(ts|svelte|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Drops comments, so that a comment explaining why we avoid a sink does not count as one. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '');
}

const SINKS: [string, RegExp][] = [
  ['{@html}', /\{@html\b/],
  ['innerHTML / outerHTML', /\.(?:inner|outer)HTML\s*=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['javascript: URL', /['"`]javascript:/i],
];

describe('no HTML or code sink in shipped sources', () => {
  const files = sources(ROOT).filter((f) => SHIPPED.some((dir) => relative(ROOT, f).startsWith(dir)));

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith('.svelte'))).toBe(true);
  });

  it.each(SINKS)('%s', (_name, pattern) => {
    const hits = files.filter((file) => pattern.test(code(readFileSync(file, 'utf8')))).map((file) => relative(ROOT, file));
    expect(hits).toEqual([]);
  });

  it('the check itself sees a sink when there is one', () => {
    expect(SINKS.find(([name]) => name === '{@html}')![1].test(code('<p>{@html page.text}</p>'))).toBe(true);
    expect(SINKS.find(([name]) => name === 'innerHTML / outerHTML')![1].test(code('el.innerHTML = text;'))).toBe(true);
    expect(SINKS.find(([name]) => name === 'innerHTML / outerHTML')![1].test(code('// never el.innerHTML = text'))).toBe(false);
  });
});
