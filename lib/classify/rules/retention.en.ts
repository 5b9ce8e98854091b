import { WEAK, type RuleFile } from '../types';

// How long data is kept, the criteria for it, and deletion (GDPR 13(2)(a); OPP-115 Data Retention).
const file: RuleFile = {
  tag: 'retention',
  lang: 'en',
  rules: [
    {
      id: 'retention.en.keep-for',
      // "We retain your account data for seven years after closure."
      match: /\b(retain|retains|retained|retaining|keep|keeps|kept|keeping|store|stores|stored|storing)\b[^.;]{0,80}\b(for|until|as long as|no longer than|up to|while|during)\b/,
      unless: /\b(keep (you|your account) (safe|secure|informed|updated)|store (locator|front)|in store)\b/,
      example: 'We retain your account data for seven years after closure.',
    },
    {
      id: 'retention.en.retention-period',
      // "The retention period depends on the category of data."
      match: /\b(retention (period|policy|schedule|time)s?|data retention|period of retention)\b/,
      example: 'The retention period depends on the category of data.',
    },
    {
      id: 'retention.en.duration',
      // "Account data: 3 years" (a bare duration: retention only under a retention heading)
      match: /\b(\d+|one|two|three|six|twelve|thirty|ninety)\s+(days?|weeks?|months?|years?)\b/,
      weight: WEAK,
      example: 'Account data: 3 years',
    },
  ],
  headings: [
    {
      id: 'retention.en.heading',
      // "How long do we keep your data?"
      match: /\b(retention|how long|retain|keep)\b/,
      example: 'How long do we keep your data?',
    },
  ],
  examples: [
    ['We retain your account data for seven years after closure.', true],
    ['We keep your data only as long as necessary for the purposes described.', true],
    ['Our data retention policy sets a period for each category.', true],
    ['We keep you informed of new products by e-mail.', false],
    ['The offer is valid for 3 days.', false],
  ],
};

export default file;
