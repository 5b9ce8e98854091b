import { mount } from 'svelte';
import '@/assets/theme.css';
import { uiLocale } from '@/lib/ui/i18n';
import App from './App.svelte';

document.documentElement.lang = uiLocale();
mount(App, { target: document.getElementById('app') as HTMLElement });
