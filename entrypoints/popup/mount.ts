import { mount } from 'svelte';
import { t, uiLocale } from '@/lib/ui/i18n';
import type { Reading } from '@/lib/ui/read-tab';
import { warmUpAnalysis } from '@/lib/warmup';
import App from './App.svelte';

/** Languages to warm up while the page is read: the UI's first, as the likelier notice language. */
const WARM_UP_LANGUAGES = ['fr', 'en'];

export function mountPopup(first: Promise<Reading>): void {
  document.documentElement.lang = uiLocale();
  // No <title> in the HTML: WXT would copy it over the manifest's localised action title.
  document.title = t('extName');
  document.getElementById('boot')?.remove();
  mount(App, { target: document.getElementById('app') as HTMLElement, props: { first } });
  const locale = uiLocale().slice(0, 2);
  void warmUpAnalysis([locale, ...WARM_UP_LANGUAGES.filter((lang) => lang !== locale)], first);
}
