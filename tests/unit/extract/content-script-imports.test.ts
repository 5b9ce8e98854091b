// extractFromDocument runs in the content script, which has a size budget: it may bundle Readability
// and our own small modules, never the NLP libraries or linkedom. Checked on the import graph.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../analyze/paths';

/** Packages the content script may bundle. */
const ALLOWED_PACKAGES = ['@mozilla/readability/Readability.js'];

function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
}

function packagesOf(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`));
      else packages.add(spec);
    }
  };
  visit(entry);
  return packages;
}

describe('the content-script extraction', () => {
  it('imports no package but Readability', () => {
    expect([...packagesOf(`${REPO}lib/extract/dom.ts`)]).toEqual(ALLOWED_PACKAGES);
  });
});
