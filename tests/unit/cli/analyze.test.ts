import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXIT, main, parseArgs } from '../../../lib/cli/analyze';
import { reportErrors } from '../../../lib/cli/validate';
import { CONTRACT_SCHEMA, PAGES_DIR, REPO, hasSeeds, seedPath } from '../analyze/paths';

const NOTICE =
  "# Politique de confidentialité\n\n## Conservation\n\nNous conservons vos données personnelles trois ans. Vous disposez d'un droit d'accès et de rectification auprès de notre délégué à la protection des données ; vous pouvez saisir la CNIL. Nous utilisons des cookies et nos sous-traitants respectent le RGPD.";

let dir: string;
let out: string[];
let err: string[];

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'notice-cli-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('npm run analyze', () => {
  it('prints exactly one report for one file', async () => {
    expect(await main([file('a.md', NOTICE)])).toBe(EXIT.ok);
    expect(out).toHaveLength(1);
    const report = JSON.parse(out[0]);
    expect(report.source.kind).toBe('markdown');
    expect(report.language).toBe('fr');
    expect(reportErrors(report)).toEqual([]);
  });

  it('prints one report per line (JSON Lines) for several files, in order', async () => {
    const html = `<html><head><title>Privacy</title></head><body><main><h1>Privacy Policy</h1><p>${'We collect personal data and use cookies. '.repeat(20)}</p></main></body></html>`;
    expect(await main([file('a.txt', NOTICE), file('b.html', html), '--pretty'])).toBe(EXIT.ok);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).source.kind)).toEqual(['text', 'html']);
  });

  it('indents with --pretty, sets --url and --lang', async () => {
    await main([file('a.md', NOTICE), '--pretty', '--url', 'https://example.com/privacy', '--lang', 'en']);
    expect(out[0]).toContain('\n  "schemaVersion": 1');
    const report = JSON.parse(out[0]);
    expect(report.source.url).toBe('https://example.com/privacy');
    expect(report.language).toBe('en');
  });

  it('reports a bad file in one sentence naming it, analyses the others, exits non-zero', async () => {
    const missing = join(dir, 'missing.txt');
    const code = await main([file('empty.txt', ''), missing, file('good.md', NOTICE), file('x.pdf', 'abc'), file('bin.txt', Buffer.from([0, 1, 2, 3, 255, 0]))]);
    expect(code).toBe(EXIT.failed);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]).source.kind).toBe('markdown');
    const lines = err.join('').trimEnd().split('\n');
    expect(lines).toEqual([
      `${join(dir, 'empty.txt')} is empty.`,
      `${missing} does not exist.`,
      `${join(dir, 'x.pdf')}: unsupported file type (use .html, .htm, .txt or .md).`,
      `${join(dir, 'bin.txt')} looks like a binary file, not a web page or a text.`,
    ]);
    expect(err.join('')).not.toContain('    at ');
  });

  it('names a folder given as a file', async () => {
    expect(await main([dir])).toBe(EXIT.failed);
    expect(err.join('')).toBe(`${dir} is a folder, not a file.\n`);
  });

  it('adds the stack with --debug', async () => {
    await main([file('empty.txt', ''), '--debug']);
    expect(err.join('')).toContain('    at ');
  });

  it('says when a page is not a notice, and still prints its report', async () => {
    const article = readFileSync(`${PAGES_DIR}en-news-article/source.html`, 'utf8');
    expect(await main([file('news.html', article)])).toBe(EXIT.ok);
    expect(JSON.parse(out[0]).isPrivacyNotice).toBe(false);
    expect(err.join('')).toMatch(/news\.html does not look like a privacy notice/);
  });

  it.skipIf(!hasSeeds)('validates a seed report against the schema with --validate', async () => {
    expect(await main([seedPath('002'), '--validate'])).toBe(EXIT.ok);
    expect(err).toEqual([]);
  });

  it.each([
    [[], 'No file given.'],
    [['a.txt', '--lang'], '--lang needs a value.'],
    [['a.txt', '--frobnicate'], 'Unknown option --frobnicate.'],
  ])('refuses a bad command line %j', async (args, message) => {
    expect(parseArgs(args)).toBe(message);
    expect(await main(args)).toBe(EXIT.usage);
    expect(err.join('')).toContain('usage: npm run analyze');
  });
});

describe('schema mirror', () => {
  it.skipIf(!existsSync(CONTRACT_SCHEMA))("lib/report.schema.json is the contract's report.schema.json", () => {
    expect(JSON.parse(readFileSync(`${REPO}lib/report.schema.json`, 'utf8'))).toEqual(JSON.parse(readFileSync(CONTRACT_SCHEMA, 'utf8')));
  });
});
