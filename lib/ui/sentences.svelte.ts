// The sentence splitter of the notice on screen, loaded in the background once its summary is shown
// (the click-to-summary path never waits for it). Quotes re-render with their emphasis when it arrives.
import { loadSentenceSplitter, type SentenceSplitter } from '../nlp/sentences';

const current = $state<{ lang: string | null; split: SentenceSplitter | null }>({ lang: null, split: null });

/** Starts loading the splitter for a notice's language (called by the summary once it is on screen). */
export function prepareSentences(lang: string): void {
  if (current.lang === lang) return;
  current.lang = lang;
  current.split = null;
  void loadSentenceSplitter(lang).then((split) => {
    if (current.lang === lang) current.split = split;
  });
}

/** The splitter, once loaded (reactive). */
export function sentenceSplitter(): SentenceSplitter | null {
  return current.split;
}
