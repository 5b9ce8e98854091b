// Consent banners and dialogs are dropped before Readability: they are the first text on many pages
// and talk about cookies and personal data, so they can pass for the notice.

/** Consent-management platforms by their root element. */
export const BANNER_SELECTORS: readonly string[] = [
  '#onetrust-consent-sdk', '#onetrust-banner-sdk', '#onetrust-pc-sdk', // OneTrust
  '#CybotCookiebotDialog', '#CybotCookiebotDialogBodyUnderlay', // Cookiebot
  '#tarteaucitronRoot', '#tarteaucitronAlertBig', '#tarteaucitron', // tarteaucitron
  '#didomi-host', '#didomi-popup', '.didomi-popup', '#didomi-notice', // Didomi
  '#axeptio_overlay', '#axeptio_main', // Axeptio
  '#usercentrics-root', '#uc-banner', // Usercentrics
  '#qc-cmp2-container', '.qc-cmp2-container', // Quantcast
  '#truste-consent-track', '#consent_blackbar', // TrustArc
  '#cmpbox', '#cmpbox2', // consentmanager
  '.fc-consent-root', // Google Funding Choices
  '#sp-cc', '[id^="sp_message_container"]', // Amazon, Sourcepoint
  '.cc-window', '.cc-banner', // Osano / cookieconsent
  '#cookie-law-info-bar', '.cky-consent-container', '#cmplz-cookiebanner-container', '.cmplz-cookiebanner', // WordPress plugins
  '#CookieConsent', '#cookieConsent', '#cookie-consent', '#cookie-banner', '#cookie-notice', '#gdpr-cookie-notice',
];

/** Dialogs in general: dropped when short, since a notice opened in a modal is long. */
export const DIALOG_SELECTORS: readonly string[] = ['[role="dialog"]', '[role="alertdialog"]', '[aria-modal="true"]', 'dialog'];
/** A dialog longer than this may be the notice itself (opened in a modal): it is kept. */
export const DIALOG_MAX_CHARS = 5_000;

/** Homemade banners: an id or class that says cookie/consent banner, and consent buttons inside. */
export const BANNER_NAME = /cookie[-_]?(?:banner|bar|notice|consent|popup|modal|law|wall)|consent[-_]?(?:banner|bar|popup|manager|modal)|gdpr[-_]?(?:banner|popup|consent)|\bcmp[-_]/i;
export const CONSENT_BUTTONS = /\b(?:accept|agree|allow|reject|decline|accepter|j'accepte|refuser|autoriser|tout accepter|continuer sans accepter|ok)\b/i;
/** Attribute selectors that find homemade banner candidates. */
const NAMED_CANDIDATES = '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [id*="gdpr" i], [class*="gdpr" i]';

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

function isHomemadeBanner(el: Element): boolean {
  const name = `${el.id} ${el.getAttribute('class') ?? ''}`;
  return BANNER_NAME.test(name) && textLength(el) < DIALOG_MAX_CHARS && CONSENT_BUTTONS.test(el.textContent ?? '');
}

function safeQuery(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // a selector the DOM implementation does not support (e.g. the `i` flag in an old engine)
  }
}

/** Removes consent banners and short dialogs from a (cloned) document; returns how many were removed. */
export function removeBanners(doc: Document): number {
  const doomed = new Set<Element>();
  // One query per table (one pass over the document), not one per selector.
  for (const el of safeQuery(doc, BANNER_SELECTORS.join(','))) doomed.add(el);
  for (const el of safeQuery(doc, DIALOG_SELECTORS.join(','))) if (textLength(el) < DIALOG_MAX_CHARS) doomed.add(el);
  for (const el of safeQuery(doc, NAMED_CANDIDATES)) if (isHomemadeBanner(el)) doomed.add(el);
  for (const el of doomed) el.remove();
  return doomed.size;
}
