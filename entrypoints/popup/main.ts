// Reads the page first, then loads the app: the content script runs in the page while the popup's
// heavier modules (Svelte app, analysis rules) are fetched and parsed.
import '@/assets/theme.css';
import { readActiveTab } from '@/lib/ui/read-tab';

let heardLanguage: (language: string) => void = () => {};
const pageLanguage = new Promise<string>((resolve) => (heardLanguage = resolve));
const reading = readActiveTab(heardLanguage);
// a page that could not be asked still gets its warm-up order (the promise settles once)
const unknownLanguage = () => heardLanguage('');
void reading.then(unknownLanguage, unknownLanguage);
const bootText = document.getElementById('boot-text');
if (bootText) bootText.textContent = browser.i18n.getMessage('loading');
const { mountPopup } = await import('./mount');
mountPopup(reading, pageLanguage);
