import { mount } from 'svelte';
import { t, uiLocale } from '@/lib/ui/i18n';
import type { PopupState } from '@/lib/ui/popup';
import App from './App.svelte';

export function mountPopup(first: Promise<PopupState>): void {
  document.documentElement.lang = uiLocale();
  // No <title> in the HTML: WXT would copy it over the manifest's localised action title.
  document.title = t('extName');
  document.getElementById('boot')?.remove();
  mount(App, { target: document.getElementById('app') as HTMLElement, props: { first } });
}
