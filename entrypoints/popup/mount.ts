import { mount } from 'svelte';
import '@/assets/theme.css';
import { uiLocale } from '@/lib/ui/i18n';
import type { Reading } from '@/lib/ui/read-tab';
import App from './App.svelte';

export function mountPopup(first: Promise<Reading>): void {
  document.documentElement.lang = uiLocale();
  mount(App, { target: document.getElementById('app') as HTMLElement, props: { first } });
}
