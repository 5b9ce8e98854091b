import { WEAK, type RuleFile } from '../types';

// How long data is kept, the criteria for it, and deletion (GDPR 13(2)(a); OPP-115 Data Retention).
const KEEP = String.raw`(retain|retains|retained|retaining|keep|keeps|kept|keeping|store|stores|stored|storing|hold|holds|held|holding|preserve|preserves|preserved|archive|archives|archived)`;
const ERASE = String.raw`(delete|deletes|deleted|deleting|deletion|erase|erases|erased|erasing|erasure|discard|discards|discarded|wipe|wipes|wiped|destroy|destroys|destroyed|anonymi[sz]e|anonymi[sz]es|anonymi[sz]ed|purge|purges|purged|overwritten|removed|remove|removes)`;
const DURATION = String.raw`(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|eighteen|twenty|twenty-four|thirty|sixty|ninety)(\s|-)(\(\d+\)\s)?(days?|weeks?|months?|years?|calendar (days|months|years))`;
// "keep you informed", "keep your account secure", "keep the service running": not retention
const NOT_KEEP = /\bkeep(s|ing)? (you|your account|it|them|the (service|site|app|platform)|our (systems|services|platform))\b[^.;]{0,25}\b(safe|secure|informed|updated|up to date|running|working|signed in|logged in|protected)\b|\bstore (locator|front|credit)\b|\bin[- ]store\b|\bapp store\b|\b(kept|stored|held) (in|on) (?![^.;]*\b(for|until|days?|months?|years?|as long)\b)[^.;]{0,40}\b(locked|secure|encrypted|servers|cabinet|data cent(re|er)s?)\b|\b(payments?|transactions?|orders?|requests?)\b[^.;]{0,40}\b(is|are|may be|will be) held\b|\b(table|list|sections?) below (shows?|sets out|lists?|explains?|describes?)\b/;

const file: RuleFile = {
  tag: 'retention',
  lang: 'en',
  rules: [
    {
      id: 'retention.en.keep-for',
      // "We retain your account data for seven years after closure."
      match: new RegExp(
        String.raw`\b${KEEP}\b[^.;]{0,80}\b(for (${DURATION}|as long|the (period|time|duration|life|length|least|shortest|minimum|maximum)|no longer|up to|at least|at most|a (maximum|minimum|period|limited|reasonable|longer|shorter)|(no|not) (more|longer)|longer|several|some|\d)|until|as long as|no longer than|not longer than|while (you|your|the|we)|beyond|after (you|your|the|we|termination|closure|deletion|which|that|this)|only as long|throughout)\b`,
      ),
      unless: NOT_KEEP,
      example: 'We retain your account data for seven years after closure.',
    },
    {
      id: 'retention.en.kept-passive',
      // "Copies of certain information may also be retained." / "We do not retain your messages."
      match: /\b(is|are|be|been|being|remain|remains) (retained|kept|archived|preserved)\b|\bcannot be (changed or |modified or )?(deleted|erased|removed)\b|\b(roll|rolls) off\b|\bexpire(s|d)? after\b|\b(do not|don't|never|not) (retain|keep|store|hold)\b[^.;]{0,30}\b(information|data|messages|content|copies|records|logs|it|them)\b|\b(obligations?|required|requirements?|need|needs|reasons?|entitled) to (retain|keep|store|preserve|archive)\b|\b(keep|keeps|retain|retains|maintain|maintains|hold|holds) (a|an) (\w+ )?(record|copy|log|list)s?\b/,
      unless: NOT_KEEP,
      example: 'Copies of certain information may also be retained.',
    },
    {
      id: 'retention.en.retention-period',
      // "The retention period depends on the category of data."
      match: /\b(retention (period|policy|policies|schedule|time|limit)s?|data retention|period of retention|storage (period|limitation|duration)s?|retention of (your |personal )?(information|data)|retention practices?|deletion (and|or) retention|retention (and|or) deletion)\b/,
      example: 'The retention period depends on the category of data.',
    },
    {
      id: 'retention.en.erase-after',
      // "Log data is automatically erased after 30 days."
      match: new RegExp(String.raw`\b${ERASE}\b[^.;]{0,60}\b(after|within|once|at the end of|no longer (needed|necessary|required)|when|upon|following the|on a rolling)\b|\b(after|within)\s${DURATION}\b[^.;]{0,60}\b${ERASE}\b|\b(after|once|when|as soon as|following|upon|if we (learn|find|discover|become aware))\b[^.;]{0,80}\b(we (will )?(either |also |then )?((close|suspend) [^.;]{0,30} and )?|will be |are |is |be )(delete|deleted|erase|erased|remove|removed|anonymi[sz]e|anonymi[sz]ed|destroy|destroyed|purge|purged|discard|discarded)\b|\bwe (will )?(delete|erase|remove|destroy)\b[^.;]{0,40}\b(as soon as|once) we (learn|find|discover|become aware)\b|\b(stay|stays|remain|remains)\b[^.;]{0,40}\buntil (you|your|the|we|it)\b|\bdiscarded (straight away|immediately|at once|right away)\b|\binactive (for|during)\s${DURATION}\b|\bno (longer|ongoing|further)\b[^.;]{0,30}\b(need|needed|reason)\b[^.;]{0,60}\b${ERASE}\b|\b(deleted|erased|removed|purged) from (our|its|the) (servers?|systems?|databases?|records|backups)\b|\btakes? (up to )?${DURATION}\b[^.;]{0,30}\b(delete|erase|remove)|\b(deleted|erased|removed|anonymi[sz]ed|destroyed|purged) (immediately|promptly|automatically|permanently|without (undue )?delay|securely)\b`),
      // asking for deletion is a right, not a retention rule
      unless: /\b(you (can|may)|ask us|request|right to)\b[^.;]{0,30}\b(delet|eras)/,
      example: 'Log data is automatically erased after 30 days.',
    },
    {
      id: 'retention.en.as-long-as',
      // "...for as long as necessary for the purposes described."
      match: /\b(as long as|for the (period|time|duration)|for no longer than)\b[^.;]{0,40}\b(necessary|needed|required|permitted|reasonably|you (have|keep|use|maintain) (an|your) account|your account (is|remains) (active|open))\b|\b(how long|length of time|period of time)\b[^.;]{0,40}\b(keep|retain|store|hold|kept|retained|stored|held)\b|\b(keep|retain|store|hold)\b[^.;]{0,40}\b(any |no )?longer than (is )?(necessary|needed|required|we (need|have) to)\b/,
      unless: NOT_KEEP,
      example: 'We keep your profile for as long as necessary for the purposes described.',
    },
    {
      id: 'retention.en.until',
      // "Service reminder list: until you ask us to take you off it." (a period given by an event, under a retention heading)
      match: /\buntil (you|your|the|we|it|they)\b/,
      weight: WEAK,
      example: 'Service reminder list: until you ask us to take you off it.',
    },
    {
      id: 'retention.en.duration',
      // "Account data: 3 years" (a bare duration: retention only under a retention heading)
      match: new RegExp(String.raw`\b${DURATION}\b`),
      weight: WEAK,
      example: 'Account data: 3 years',
    },
  ],
  headings: [
    {
      id: 'retention.en.heading',
      // "How long do we keep your data?"
      match: /\b(retention|how long|retain|retaining|keep|keeping|kept|storage period|storage duration|deletion|deleting (your )?(data|information)|store your (data|information))\b|^\W*(duration|expiry|expiration|lifetime|lifespan|period)\W*$/,
      // "Keeping your data safe" is security; "Access, correction and deletion" is about rights
      unless: /\b(safe|secure|security|informed|accurate|up to date|updated|in touch|track|access|correction|correct|rights?|requests?)\b/,
      example: 'How long do we keep your data?',
    },
  ],
  examples: [
    ['The table below shows, for each purpose, the legal ground and how long we keep the data for it.', false],
    ['Voice: the audio is turned into text on our servers and the recording itself is discarded straight away.', true],
    ['If we learn that a user is under 13, we close the account and delete its chats.', true],
    ['Sleep and health readings stay in your account until you delete them or close the account.', true],
    ['Paper slips are kept in a locked cabinet, and the shop computer is password-protected.', false],
    ['Booking data is kept on servers in Frankfurt, encrypted, and staff can reach it only with two-factor authentication.', false],
    ['A payment that looks out of character is held until you confirm it in the app.', false],
    ['We retain your account data for seven years after closure.', true],
    ['We keep your data only as long as necessary for the purposes described.', true],
    ['Our data retention policy sets a period for each category.', true],
    ['Call recordings are deleted after 12 months.', true],
    ['We hold your account information for six years after you leave us.', true],
    ['If you close your account, we delete your profile within 30 days.', true],
    ['Once these periods have expired, your data will be deleted.', true],
    ['PII content is deleted immediately.', true],
    ['We do not retain your messages once they are delivered.', true],
    ['We keep you informed of new products by e-mail.', false],
    ['We test our systems regularly to keep your account secure.', false],
    ['You can also ask us to delete information we no longer need.', false],
    ['The offer is valid for 3 days.', false],
  ],
};

export default file;
