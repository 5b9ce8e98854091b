// Runs a TypeScript entry of the project in Node through Vite's module runner, so that the CLI,
// the evaluation and the benchmarks load `lib/` exactly as the extension build does
// (including `import.meta.glob`, which registers the rule files). Usage: node lib/cli/run.mjs <file.ts> [args...]
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node lib/cli/run.mjs <entry.ts> [args...]\n');
  process.exit(2);
}
const { module } = await runnerImport(resolve(entry), { logLevel: 'silent' });
if (typeof module.main !== 'function') {
  process.stderr.write(`${entry} exports no main(args)\n`);
  process.exit(2);
}
process.exitCode = (await module.main(args)) ?? 0;
