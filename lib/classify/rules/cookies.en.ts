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
        /\bcookies?\b|\bweb beacons?\b|\b(tracking )?pixels?( tags?)?\b|\bclear gifs?\b|\blocal storage\b|\bsession storage\b|\bsimilar (tracking )?technologies\b|\b(advertising|third[- ]party|ad|analytics) trackers?\b|\btracking technologies\b|\bsdks?\b|\bsoftware development kits?\b|\b(browser|device|canvas) fingerprint(ing|s)?\b|\bfingerprinting\b/,
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
        /\b(mobile )?(advertising|ad|device|installation|instance|unique device|cookie|pseudonymous|online|player|random|app|mobile) (ids?|identifiers?)\b|\bidentifiers? for advertis\w*|\b(idfa|aaid|gaid|maid)\b|\blimit ad tracking\b|\b(actions|activity|activities|purchases|visits) (you (took|take|perform|performed) )?on (their|other|third-party|partner) (websites|sites|apps|services)\b|\bmeasurement (partners|companies|providers)\b|\boff-(site|platform) activity\b|\bapp tracking transparency\b/,
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
      id: 'cookies.en.cross-site-ads',
      // "Our partners may use this information to show you ads on other websites." (ads that follow the reader
      // elsewhere, audiences matched from hashed e-mails, conversion tracking: tracking across sites by convention)
      match:
        /\b(ads|advertising|advertisements|adverts|ad campaigns)\b[^.;]{0,40}\b(on|across|in) (other|third[- ]party|partner|partners'|different|non-affiliated|social media|social)( \w+)? ?(websites|sites|apps|platforms|services|networks|media)\b|\b(ads|advertising|advertisements|adverts)\b[^.;]{0,30}\b(elsewhere|across the (web|internet)|around the web)\b|\b(over time and )?across (different |other |multiple |non-affiliated |third[- ]party )?(websites|apps|devices|browsers|online services)\b|\bacross (other|non-affiliated|third[- ]party|unaffiliated) (sites|platforms)\b|\bover time and across\b|\bhashed (\w+ )?(e-?mail|contact|phone)|\b(custom|lookalike|look-alike|similar|matched) audiences?\b|\b(audience|customer) (matching|match)\b|\b(conversion|ad|advertising) (tracking|measurement|attribution)\b|\b(ad|advertising) (tech|technology (companies|vendors|partners|providers))\b|\bsocial (media |network )?(plug-?ins?|widgets?|buttons?|pixels?)\b|\b(like|share) buttons?\b|\bretarget\w*|\bremarket\w*/,
      // "we never show ads on other sites" still speaks of cross-site ads; a device lost or moved "across devices" by the reader is not tracking
      unless: /\b(sync|synchroni[sz]e|synced|sign in|log in)\b[^.;]{0,30}\bacross (your )?devices\b/,
      example: 'Our partners may use this information to show you ads on other websites.',
    },
    {
      id: 'cookies.en.plain-tracking',
      // "Our emails contain a tiny image that tells us whether you opened them." (cookies, pixels, SDKs and device
      // recognition described without their names)
      match:
        /\b(tiny|invisible|transparent|single-pixel|1x1|one-pixel) (image|graphic|gif|picture)s?\b|\bsmall (image|graphic|gif|picture)s?\b[^.;]{0,60}\b(opened|open|read|tells? us|lets? us know|loaded|loads)\b|\b(store|stores|place|places|save|saves|put|puts) (small |little )?(text )?files (on|in) (your|the user's) (device|browser|computer|phone)\b|\bsmall (text )?files\b[^.;]{0,40}\b(device|browser|computer)\b|\bcode (from|provided by|supplied by|written by) (\w+ ){0,2}(analytics|advertising|ad|marketing|measurement|social media|third[- ]part(y|ies))\b|\b(remember|remembers|recogni[sz]e|recogni[sz]es) (you|your (device|browser|computer|phone))\b[^.;]{0,60}\b(come back|return|next (time|visit)|every time|later visits|future visits|don't have to|do not have to|across)\b|\b(saw|seen|see|clicked|click on|interacted with) (an |our |one of our |their )?(ads?|adverts?|advertisements?)\b[^.;]{0,60}\b(visit|visits|visited|buy|buys|bought|purchase|purchased|install|installed|sign up|signed up)\b|\b(place|places|drop|drops|set|sets) (\w+ ){0,2}tags (on|in) (our|the|this) (site|website|pages?|apps?)\b|\b(device'?s?|phone'?s?) unique (id|identifier)s?\b|\bunique (device )?ids?\b|\b(personali[sz]ed|targeted|interest-based|tailored) (ads|advertising|adverts)\b[^.;]{0,60}\b(device|phone|browser)('s)? settings\b|\bpeople (like you|similar to you)\b[^.;]{0,40}\b(ads?|advertis\w*|social (media|networks?)|reach)\b|\b(reach|target) (people|users|customers) (like|similar to) (you|our (customers|users))\b|\b(ads|advertising|adverts)\b[^.;]{0,40}\b(when you use|on|in) (their|other|partner|partners') (services|platforms|sites|apps|websites|feeds)\b|\bad exchanges?\b|\breal[- ]time bidding\b|\bbid requests?\b|\b(supply|demand)[- ]side platforms?\b|\bsoftware kits?\b|\bmeasure\b[^.;]{0,40}\b(ads|adverts|advertising|ad campaigns?)\b|\bclick (on )?an? (ad|advert)\b|\brecord\w* how (you|visitors|users|people) (move|click|scroll|navigate)\b/,
      example: 'Our emails contain a tiny image that tells us whether you opened them.',
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
    ['We work with Google and Meta to show you our ads when you use their services.', true],
    ['Ad exchanges receive your IP address when an ad is shown on our site.', true],
    ['We use software kits from advertising companies in our app.', true],
    ['We allow advertisers to measure how many people saw their ads.', true],
    ['When you click an ad, the advertiser may learn that you came from our site.', true],
    ['We use tools that record how visitors move around our pages.', true],
    ['We measure how many orders we deliver on time.', false],
    ['The store and the launcher contain no third-party advertising trackers.', true],
    ['Our emails contain a tiny image that tells us whether you opened them.', true],
    ['When you visit our site, we store small files on your device.', true],
    ['The app includes code from analytics companies that records how you use it.', true],
    ['We remember your device so you don\'t have to log in every time.', true],
    ['We use tools from Meta and Google that tell us when someone who saw our ad later visits our website.', true],
    ['Your device\'s unique ID is sent to us when the app crashes.', true],
    ['You can stop personalised advertising in your phone\'s settings.', true],
    ['We let advertisers reach people like you on social networks.', true],
    ['Upload a small image of yourself for your profile.', false],
    ['We remember your delivery address so you do not have to type it again.', false],
    ['Our partners may use this information to show you ads on other websites.', true],
    ['To show you relevant ads on social media, we may upload a hashed version of your email address.', true],
    ['We work with ad networks that collect information about your online activities over time and across sites.', true],
    ['Our hosting provider, our analytics provider and the ad networks mentioned above.', false],
    ['We partner with third parties to manage our advertising on other sites.', true],
    ['Pages may include social media buttons, such as the Facebook Like button.', true],
    ['We collect mobile identifiers such as your device ID.', true],
    ['Unique identifiers such as passwords', false],
    ['Your playlists stay in sync across your devices when you sign in.', false],
    ['We advertise our services in newspapers and on the radio.', false],
    ['Some browsers offer a "Do Not Track" setting; our websites do not respond to it.', true],
    ['We honor Global Privacy Control signals as a request to opt out of the sale of personal information.', true],
    ['We collect a random app installation ID to diagnose crashes.', true],
    ['The app contains no third-party advertising SDK.', true],
    ['You can track your order from your account.', false],
    ['We use your address to deliver your parcel.', false],
  ],
};

export default file;
