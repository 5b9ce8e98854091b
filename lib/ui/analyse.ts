// What was read from a tab (lib/ui/read-tab.ts) turned into what the popup shows. Runs where the analysis
// runs: in the background after a toolbar click in Chrome (lib/ui/click.ts), in the popup otherwise
// (lib/ui/popup.ts loads this module lazily, so a popup handed its summary never loads the engine).
import { analyze } from '../analyze';
import { rankLinks } from '../links';
import { baseLanguage, isSupportedLanguage } from './page';
import type { PopupState } from './popup';
import type { Reading } from './read-tab';

/** Analyses what was read from the tab; a page in a language we do not read is a problem too. */
export function analyseReading(reading: Reading): PopupState {
  if (!reading.ok) return { status: 'problem', problem: reading.problem };
  const { extract, tabId } = reading;
  const source = { kind: 'page' as const, url: extract.url, title: extract.title };
  let report = analyze(extract.blocks, source);
  // Short pages fool language detection; a page that declares a language we read is read in it.
  if (!isSupportedLanguage(report.language) && isSupportedLanguage(extract.lang)) {
    report = analyze(extract.blocks, source, { lang: baseLanguage(extract.lang) });
  }
  if (!isSupportedLanguage(report.language)) {
    const language = report.language && report.language !== 'und' ? report.language : extract.lang;
    return { status: 'problem', problem: 'unsupported-language', language };
  }
  const page = { url: extract.url, title: extract.title, truncated: extract.truncated };
  return { status: 'done', tabId, page, report, candidates: rankLinks(extract.links, extract.url) };
}
