import { WEAK, type RuleFile } from '../types';

// Aims the data serves, incl. marketing, advertising and analytics as uses (GDPR 13(1)(c);
// OPP-115 First Party Collection/Use, the "why").
const USE = String.raw`(use|uses|used|using|process|processes|processed|processing|analy[sz]e|analy[sz]es|analy[sz]ed|combine|combines|combined)`;
const AIM = String.raw`(provide|provides|deliver|stream|improve|personali[sz]e|customi[sz]e|tailor|send|process|analy[sz]e|detect|prevent|fight|communicate|contact|respond|fulfil+|operate|maintain|run|develop|measure|show|display|serve|recommend|suggest|understand|protect|secure|comply|verify|authenticate|manage|administer|research|market|advertise|bill|invoice|train|enforce|offer|create|enable|help|conduct|evaluate|investigate|support|remember|decide|calculate|assess|notify|inform|handle)`;

const file: RuleFile = {
  tag: 'purposes',
  lang: 'en',
  rules: [
    {
      id: 'purposes.en.use-to',
      // "We use your viewing history to suggest titles you might enjoy."
      match: new RegExp(String.raw`\b${USE}\b[^.;]{0,80}\b(to|for|in order to|so that we can|so we can)\s(\w+\s)?${AIM}`),
      // cookies used for a service are the cookies tag's business
      unless: /\b(we|partners) (and [a-z ]{0,30})?use (cookies|web beacons|pixels|similar technologies)\b/,
      example: 'We use your viewing history to suggest titles you might enjoy.',
    },
    {
      id: 'purposes.en.purpose-words',
      // "Information we collect is used for the following purposes:"
      match:
        /\b(for|with) the (following |same |sole |limited )?purposes?\b|\bpurposes? (of|for) (which|processing|the processing|using|our processing)\b|\bfor ([a-z-]+,? (and |or )?){1,4}purposes\b|\bwe (use|process) (it|them|this information|your (personal )?(information|data)) (to|for)\b|\b(is|are) used (to|for|only to|only for)\b/,
      example: 'Information we collect is used for the following purposes:',
    },
    {
      id: 'purposes.en.we-use-information',
      // "We use the information we collect to:"
      match: /\b(we|may) (use|process)\b[^.;]{0,40}\b(information|data|details|history|it|them)\b[^.;]{0,40}\bto:?\s*$|\bhow we use (your |the )?(personal )?(information|data)\b[^.;]{0,20}\b(to|for)\b/,
      example: 'We use the information we collect to:',
    },
    {
      id: 'purposes.en.marketing',
      // "We'd like to send you offers and newsletters." (a use, once another cue or a heading says so)
      match:
        /\b(marketing|promotional|promotions?|newsletters?|offers|advertis\w*|recommendations?|personali[sz](e|ed|ation)|analytics|statistics|insights|improve|fraud|troubleshoot\w*|customer (service|support))\b/,
      weight: WEAK,
      example: "We'd like to send you offers and newsletters.",
    },
    {
      id: 'purposes.en.aim-item',
      // "process and deliver your orders;" (a list item under a purposes heading)
      match: new RegExp(String.raw`^(\w+\s){0,2}(to\s)?${AIM}\b`),
      weight: WEAK,
      example: 'process and deliver your orders;',
    },
  ],
  headings: [
    {
      id: 'purposes.en.heading',
      // "How We Use Your Information"
      match:
        /\bhow (do )?we use\b|\b(use|uses) of (your )?(personal )?(information|data)\b|\bpurposes?\b|\bwhy (do )?we (collect|process|use)\b|\bwhat (do )?we use\b|\bwhat (we|do we) do with\b|\bused for\b|\bwhy we use\b/,
      unless: /\bcookies?\b/,
      example: 'How We Use Your Information',
    },
  ],
  examples: [
    ['We use your viewing history to suggest titles you might enjoy.', true],
    ['We process your contact details in order to deliver your orders.', true],
    ['We use the information we collect to:', true],
    ['Your data is used only to provide the service and to bill you.', true],
    ['We record calls for training and quality purposes.', true],
    ['We use cookies to remember your preferences.', false],
    ['You can unsubscribe from our marketing emails at any time.', false],
    ['Our offices are closed on public holidays.', false],
  ],
};

export default file;
