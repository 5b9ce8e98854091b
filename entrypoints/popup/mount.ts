import { mount } from 'svelte';
import { t, uiLocale } from '@/lib/ui/i18n';
import type { Reading } from '@/lib/ui/read-tab';
import { warmUpAnalysis, warmUpOrder } from '@/lib/warmup';
import App from './App.svelte';

/** `pageLanguage`: the language the page declares, known before the reading lands ('' when unknown). */
export function mountPopup(first: Promise<Reading>, pageLanguage: Promise<string>): void {
  document.documentElement.lang = uiLocale();
  // No <title> in the HTML: WXT would copy it over the manifest's localised action title.
  document.title = t('extName');
  document.getElementById('boot')?.remove();
  mount(App, { target: document.getElementById('app') as HTMLElement, props: { first } });
  void pageLanguage.then((language) => warmUpAnalysis(warmUpOrder(language, uiLocale()), first));
}
