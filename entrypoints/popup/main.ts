// Gets the summary first (handed over by the background that opened the popup, or read and analysed
// here: lib/ui/popup.ts), then loads the app: both go on while the Svelte app is fetched and parsed.
import '@/assets/theme.css';
import { firstState } from '@/lib/ui/popup';

const first = firstState(location.search);
const bootText = document.getElementById('boot-text');
if (bootText) bootText.textContent = browser.i18n.getMessage('loading');
const { mountPopup } = await import('./mount');
mountPopup(first);
