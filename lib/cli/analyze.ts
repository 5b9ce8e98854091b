// npm run analyze -- <file>... [--url <original-url>] [--lang fr|en|...] [--pretty] [--validate] [--debug]
// One file: exactly one report on stdout. Several: one report per line (JSON Lines), in order.
// A file that cannot be read or analysed: one sentence on stderr naming it, the others still analysed,
// exit code 1.
import { readFile } from 'node:fs/promises';
import { analyze } from '../analyze';
import { decodeBytes, fileToBlocks, NoticeInputError } from '../extract/file';
import type { NoticeReport } from '../report';
import { reportErrors } from './validate';

export const USAGE =
  'usage: npm run analyze -- <file.html|.htm|.txt|.md>... [--url <original-url>] [--lang <code>] [--pretty] [--validate] [--debug]';

/** Exit codes: 0 all analysed, 1 some file failed, 2 bad command line. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliOptions {
  files: string[];
  url?: string;
  lang?: string;
  pretty: boolean;
  validate: boolean;
  debug: boolean;
}

const FLAGS_WITH_VALUE = new Set(['--url', '--lang']);

export function parseArgs(args: string[]): CliOptions | string {
  const options: CliOptions = { files: [], pretty: false, validate: false, debug: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (FLAGS_WITH_VALUE.has(arg)) {
      const value = args[++i];
      if (!value || value.startsWith('--')) return `${arg} needs a value.`;
      if (arg === '--url') options.url = value;
      else options.lang = value;
    } else if (arg === '--pretty') options.pretty = true;
    else if (arg === '--validate') options.validate = true;
    else if (arg === '--debug') options.debug = true;
    else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else options.files.push(arg);
  }
  return options.files.length ? options : 'No file given.';
}

/** Reads and analyses one file; throws a NoticeInputError (one sentence) for bad input. */
export async function analyzeFile(path: string, options: Pick<CliOptions, 'url' | 'lang'>): Promise<NoticeReport> {
  let content: string;
  try {
    content = decodeBytes(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    throw new NoticeInputError(`${path} ${why}.`);
  }
  const started = performance.now();
  const extracted = fileToBlocks(path, content, options.url);
  const extractMs = Math.round((performance.now() - started) * 100) / 100;
  const report = analyze(extracted.blocks, { kind: extracted.kind, url: options.url ?? null, title: extracted.title }, { lang: options.lang });
  report.timings = { extract: extractMs, ...report.timings };
  return report;
}

function describe(path: string, error: unknown, debug: boolean): string {
  if (error instanceof NoticeInputError) return error.message + (debug && error.stack ? `\n${error.stack}` : '');
  const message = error instanceof Error ? error.message : String(error);
  return `${path} could not be analysed (${message}).` + (debug && error instanceof Error && error.stack ? `\n${error.stack}` : '');
}

export async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return EXIT.usage;
  }
  let failed = false;
  for (const path of options.files) {
    try {
      const report = await analyzeFile(path, options);
      if (options.validate) {
        const errors = reportErrors(report);
        if (errors.length) throw new Error(`the report does not match the schema: ${errors.join('; ')}`);
      }
      const single = options.files.length === 1;
      process.stdout.write(JSON.stringify(report, null, options.pretty && single ? 2 : undefined) + '\n');
      if (!report.isPrivacyNotice)
        process.stderr.write(`${path} does not look like a privacy notice (score ${report.noticeScore}).\n`);
    } catch (error) {
      failed = true;
      process.stderr.write(describe(path, error, options.debug) + '\n');
    }
  }
  return failed ? EXIT.failed : EXIT.ok;
}
