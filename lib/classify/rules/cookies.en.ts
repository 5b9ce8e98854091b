import { WEAK, type RuleFile } from '../types';

// Cookies, pixels, device identifiers, tracking, Do Not Track and ad-tracking choices (ePrivacy 5(3);
// OPP-115 Do Not Track and the tracking part of First Party Collection).
const file: RuleFile = {
  tag: 'cookies',
  lang: 'en',
  rules: [
    {
      id: 'cookies.en.cookies',
      // "We use cookies and local storage to keep you signed in."
      match:
        /\bcookies?\b|\bweb beacons?\b|\b(tracking )?pixels?( tags?)?\b|\bclear gifs?\b|\blocal storage\b|\bsession storage\b|\bsimilar (tracking )?technologies\b|\btracking technologies\b|\bsdks?\b|\bsoftware development kits?\b|\b(browser|device|canvas) fingerprint(ing|s)?\b|\bfingerprinting\b/,
      example: 'We use cookies and local storage to keep you signed in.',
    },
    {
      id: 'cookies.en.do-not-track',
      // "Our websites do not currently respond to Do Not Track signals."
      match: /\bdo[- ]not[- ]track\b|\bdnt\b|\bglobal privacy control\b|\bgpc\b|\bopt-out preference signals?\b/,
      example: 'Our websites do not currently respond to Do Not Track signals.',
    },
    {
      id: 'cookies.en.identifiers',
      // "We and our partners use mobile advertising identifiers to recognize your device."
      match:
        /\b(mobile )?(advertising|ad|device|installation|instance|unique device|cookie|pseudonymous|online|player|random|app) (ids?|identifiers?)\b|\b(idfa|aaid|gaid|maid)\b|\blimit ad tracking\b|\b(actions|activity|activities|purchases|visits) (you (took|take|perform|performed) )?on (their|other|third-party|partner) (websites|sites|apps|services)\b|\bmeasurement (partners|companies|providers)\b|\boff-(site|platform) activity\b|\bapp tracking transparency\b/,
      example: 'We and our partners use mobile advertising identifiers to recognize your device.',
    },
    {
      id: 'cookies.en.ad-tracking',
      // "You can opt out of interest-based advertising through the industry opt-out pages."
      match:
        /\b(interest[- ]based|behaviou?ral|cross[- ]context behaviou?ral|retargeting|remarketing) (ads|advertising|advertisements)\b|\b(behaviou?ral|cross-site|cross-device|online) tracking\b|\btrack(s|ed|ing)? (you|your (activity|browsing|behaviou?r))\b|\b(digital advertising alliance|network advertising initiative|youronlinechoices|aboutads)\b|\b(google analytics|tag manager|analytics cookies|session replays?)\b/,
      example: 'You can opt out of interest-based advertising through the industry opt-out pages.',
    },
    {
      id: 'cookies.en.tracking-word',
      // "No behavioural tracking." (under a cookies heading)
      match: /\b(tracking|trackers?|tags|beacons|browser settings|banner|strictly necessary|essential|functional|preferences?|performance|analytics|marketing|targeting|session|persistent|first[- ]party|third[- ]party|expir\w*|lifespan|duration|\d+ (days?|months?|years?)|(targeted|personali[sz]ed) (ads|advertising)|analytics (tools?|providers?|services?|partners?))\b/,
      unless: /\b(order|shipment|package|parcel|delivery|parcel) tracking\b|\btrack (your|an|the) (order|parcel|package|delivery)\b/,
      weight: WEAK,
      example: 'No behavioural tracking.',
    },
  ],
  headings: [
    {
      id: 'cookies.en.heading',
      // "Cookies and Similar Technologies"
      match: /\bcookies?\b|\btracking\b|\bsimilar technologies\b|\badvertising\b|\bads\b|\banalytics\b|\bdo not track\b|\bpixels?\b|\binterest-based (ads|advertising)\b/,
      example: 'Cookies and Similar Technologies',
    },
  ],
  examples: [
    ['Some browsers offer a "Do Not Track" setting; our websites do not respond to it.', true],
    ['We honor Global Privacy Control signals as a request to opt out of the sale of personal information.', true],
    ['We collect a random app installation ID to diagnose crashes.', true],
    ['The app contains no third-party advertising SDK.', true],
    ['You can track your order from your account.', false],
    ['We use your address to deliver your parcel.', false],
  ],
};

export default file;
