// A freshly started background (lib/ui/click.ts), or a popup that reads the page itself, analyses cold,
// and V8 compiles each rule's regexes on their first use. While the content script reads the page (in
// the page's process), this thread is idle: spend it analysing the rule files' own example sentences,
// one rule file per task, so that the real
// analysis finds its regexes compiled. It stops as soon as the page has been read: the language the
// page declares goes first, since there is time for about one language only.
import { analyze } from './analyze';
import type { Block } from './blocks';
import { ruleFilesFor } from './classify/index';
import { baseLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from './ui/page';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Example sentences of one rule file as paragraph blocks: they hold the cues its regexes look for. */
function exampleBlocks(file: ReturnType<typeof ruleFilesFor>[number]): Block[] {
  const sentences = [...file.rules.map((rule) => rule.example), ...file.examples.map(([sentence]) => sentence)];
  return sentences.map((text) => ({ kind: 'paragraph', text }));
}

/** Languages to warm up, likeliest first: the one the page declares, then the UI's, then the others the rules read. */
export function warmUpOrder(pageLanguage: string, uiLanguage: string): string[] {
  const guesses = [pageLanguage, uiLanguage].filter(isSupportedLanguage).map(baseLanguage);
  return [...new Set([...guesses, ...SUPPORTED_LANGUAGES])];
}

/** Warms the analysis for `langs` (most likely first) until `until` settles. */
export async function warmUpAnalysis(langs: string[], until: Promise<unknown>): Promise<void> {
  let settled = false;
  const stop = () => (settled = true);
  until.then(stop, stop);
  for (const lang of langs) {
    for (const file of ruleFilesFor(lang)) {
      await nextTask();
      // `settled` flips in a microtask, before this task resumes: the real analysis always goes first
      if (settled) return;
      analyze(exampleBlocks(file), { kind: 'text' }, { lang });
    }
  }
}
