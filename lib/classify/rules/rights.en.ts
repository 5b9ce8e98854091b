import { WEAK, type RuleFile } from '../types';

// The reader's rights (access, rectification, erasure, restriction, portability, objection, withdrawal of consent,
// complaint, opt-outs, CCPA rights) and how to exercise them (GDPR 13(2)(b)-(d);
// OPP-115 User Access, Edit and Deletion and User Choice/Control).
const WHO = String.raw`(you|parents?|users?|residents?|consumers?|individuals?|account holders?|data subjects?|members?|customers?|players?|patients?|subscribers?)`;
const ACT = String.raw`(access|see|view|review|obtain|get|request|correct|rectify|update|amend|edit|change|modify|delete|erase|remove|download|export|port|transfer|object|restrict|limit|withdraw|revoke|opt|unsubscribe|complain|turn off|switch off|disable|refuse|decline|adjust|manage|control|close|deactivate|stop|appeal|switch|submit|exercise|file|contest|reset|end|cancel|revoke|mute|snooze|set)`;

const file: RuleFile = {
  tag: 'rights',
  lang: 'en',
  rules: [
    {
      id: 'rights.en.right-to',
      // "You have the right to access your personal data and to have it rectified."
      match:
        /\bright (to|of) (access|rectif|correct|eras|delet|restrict|object|data portab|portab|withdraw|lodge|complain|know|opt|non-discrim|be forgotten|request|limit|obtain|receive|not be subject)|\b(have|has) the rights? to\b|\b(you|consumers|users|customers) (have|has) (a|the) right\b|\bentitled to (request|ask|obtain|access|receive)\b|\b(if you|who) (would like|want|wish) to (\w+,? (or |and )?){0,5}(access|correct|update|delete|erase|manage|limit|restrict|object|opt|download|export|port)\b|\bright to appeal\b|\bcomplaints? (team|officer|procedure|process)\b|\bcan be (contested|appealed|challenged)\b|\bright not to be subject\b|\bask us to (tell|send|give|show) you\b|\bappeal (our|the|a|this|that) (decision|refusal)\b|\brights? (of|to) (access|rectification|erasure|deletion|portability|objection|restriction|correction)\b/,
      example: 'You have the right to access your personal data and to have it rectified.',
    },
    {
      id: 'rights.en.right-label',
      // "Objection: you can tell us that you object to the use of your data for marketing." (a right given as a label,
      // as in lists and tables of rights)
      match:
        /^\W*(the )?(right to [a-z][\w ,-]{2,50}|objection|erasure|restriction( of processing)?|(data )?portability|rectification|withdrawal of consent|opt[- ]out of [\w ,-]{3,50}|access (to|and) [\w ,-]{3,40})\s*[:|\u2013\u2014-]\s/,
      example: 'Objection: you can tell us that you object to the use of your data for marketing.',
    },
    {
      id: 'rights.en.you-have-rights',
      // "California residents have certain rights regarding their personal information."
      match:
        /\b(have|has|enjoy|enjoys|grant|grants|give|gives|benefit from|benefits from|(are|is) entitled to) (the |certain |a number of |several |the following |these |specific |additional |some |other |further ){0,2}(privacy |data protection |legal )?rights\b|\b(your|their|these|such|consumer|privacy|data subject|data protection|individual) rights\b|\b(provides?|affords?|gives?|grants?) [a-z ]{0,40}\bwith (certain |specific |additional |the following )?rights\b|\bexercis(e|es|ed|ing) (your|their|these|any of|any|such|the|his or her) (rights?|choices)\b/,
      unless: /\brights and freedoms\b|\bprivacy rights act\b/,
      example: 'California residents have certain rights regarding their personal information.',
    },
    {
      id: 'rights.en.you-can',
      // "You can review and update your account information from the Account Settings page."
      match: new RegExp(String.raw`\b${WHO} (can|may|could|are able to|have the (option|ability) to|will be able to)( also| always| at any time)?\s(\w+\s){0,2}${ACT}\b`),
      unless: /\byou (can|may) (access|use|visit|download) (our|the) (service|site|website|app|services|platform)\b|\bcopy of (these|the|such) (safeguards|clauses)\b|\baccess (this|our|the) (privacy )?(policy|notice|statement)\b/,
      example: 'You can review and update your account information from the Account Settings page.',
    },
    {
      id: 'rights.en.opt-out',
      // "You can unsubscribe from our marketing emails at any time."
      match: /\b(unsubscrib\w*|opt(s|ed|ing)?[ -]out|opt-outs?|limit (\w+ ){0,2}sharing|\blets? you (\w+ ){0,2}(block|delete|disable|refuse|reject|manage|control|change|turn)\b|ask (for )?(the|a|this|that) decision to be reviewed|do not sell or share my|do not sell my|tell us to stop|turn (\w+ ){0,2}(off|on)|switch (\w+ ){0,2}(off|on)|human (review|intervention)|contest (the|a|this|that) decision|review (the|that|this) decision|limit the use of my|withdraw(s|n|al|ing)? (your |their |of )?(consent|it)|revoke (your )?consent|tell us (not to|to stop)|\bunless you (choose|decide|opt|elect) to\b|\bif you (would rather not|prefer not to|do not want to|don't want to|prefer)\b|\bmake (\w+ ){0,3}(private|hidden)\b|\b(ask|request) [a-z -]{0,30}\b(team|person|human|staff|someone|underwriter|agent|manager|officer|specialist|member) to (review|look at|reconsider|take another look|check)\b|\b(reviewed|reconsidered|looked at) by (a|an|one of our|our) ([\w-]+ ){0,2}(person|human|team|officer|underwriters?|specialists?|staff|manager|moderators?)\b|^\W*(delete|download|export|close) your (account|data|information|history|profile)\b|\b(switching|turning) (on|off) [a-z ]{0,30}(mode|setting|feature)\b|\bstops? (the \w+ |us )?from (sending|collecting|sharing|using)\b|ask (us )?(not to|to stop|for a copy|to delete|to correct|to erase|what (personal )?(information|data)|whether we)|copy of (the|your) (personal )?(information|data)|stop (receiving|using it for))\b/,
      // "Until you unsubscribe" in a table of retention periods says how long, not how to stop
      unless: /\b(until|till) you (unsubscribe|opt[- ]out|withdraw( your consent)?|ask us to stop)\b/,
      example: 'You can unsubscribe from our marketing emails at any time.',
    },
    {
      id: 'rights.en.say-no',
      // "You can tell us at any time that you would rather not hear from us." (saying no to messages in plain words)
      match:
        /\b(tell|let) us( know)?\b[^.;]{0,40}\b(would rather not|do not want|don't want|no longer (want|wish)|prefer not)\b|\breply (stop|unsubscribe)\b|\b(text|send|reply with) ["\u201c]?stop\b/,
      example: 'You can tell us at any time that you would rather not hear from us.',
    },
    {
      id: 'rights.en.answer-within',
      // "We answer within one month." (how requests are handled: part of exercising the rights)
      match: /\bwe( will|'ll| aim to| try to| normally| usually| always)? (answer|reply|respond|get back to you)\b[^.;]{0,40}\bwithin\b|\b(the )?(parent|guardian|you|your agent) (makes?|submits?|sends?) the request\b/,
      example: 'We answer within one month.',
    },
    {
      id: 'rights.en.complaint',
      // "You can complain to the Information Commissioner's Office."
      match:
        /\b(lodge|file|make|submit|bring) a complaint\b|\bcomplain to\b|\b(supervisory|data protection|privacy) (authority|authorities|regulator|commission(er)?)\b|\binformation commissioner\b|\bcomplaint (to|with) (the |your |a |an )?(applicable |relevant |competent |local )?(regulator|authority|supervisory)|\b(ico|cnil|edpb)\b|\bdata protection commission\b|\battorney general\b/,
      // being registered with the regulator names the controller, it grants no right
      unless: /\bbreach\w*\b|\bregistered with\b|\bappointed (a|our) (lead )?supervisory\b|\binternational data transfer\b/,
      example: "You can complain to the Information Commissioner's Office.",
    },
    {
      id: 'rights.en.requests',
      // "We will verify your identity before responding to your request."
      match:
        /\b(subject access requests?|data subject requests?|(verifiable|verified) (consumer )?requests?|privacy requests?|rights requests?|authori[sz]ed agents?|verify your identity (before|when|to) (we )?(process|processing|respond|responding|handle|handling|fulfil+|fulfil+ing|act)|(may|can) submit (a |your )?(privacy )?requests?|(can|may) be (switched|turned) off|(can|may) be (disabled|changed|managed) in\b|not (discriminate|be discriminated)|will not discriminate|non-discrimination|right to know|requests? to (know|delete|correct|access|opt out))\b/,
      example: 'We will verify your identity before responding to your request.',
    },
    {
      id: 'rights.en.controls',
      // "Use the privacy settings in your account." (a choice, under a rights heading)
      match: /\b(settings|preferences|privacy (center|centre|dashboard|controls)|choices?|requests?|request form|respond|response)\b|^\W*(\(?[a-z0-9]{1,3}[).]\s*)?(get|ask|request|see|choose|receive|obtain|file|correct|delete|download|export|update|change|edit|access|opt|unsubscribe|confirm|pause|hide|block|report|turn|manage|limit|restrict|object|withdraw|review|adjust|set)\b|\b(erasure|erase|deletion|portability|rectif\w*|correction|restrict\w*|objection|object to|withdraw\w*)\b/,
      weight: WEAK,
      example: 'Use the privacy settings in your account.',
    },
  ],
  headings: [
    {
      id: 'rights.en.heading',
      // "What are my rights?" / "Your Choices"
      match: /\brights\b|\bwhat can (i|you) do\b|\bcan i say no\b|\bsay no\b|\bchoices\b|\bopt[- ]out\b|\bhow (to|can i|do i) (access|exercise|update|correct|delete|control|manage)\b|\bcontrol(ling|s)? (over )?(your|my)\b|\bmanag(e|ing) your (information|data|privacy)\b|\baccess(ing)? (and|to) (your|my)\b|\bcontrols?\b|\bexercis(e|ing)\b|\bdata subject\b|\bdelet(e|ing) your (account|data|information)\b/,
      // "How to update the privacy policy" is about changes to the notice
      unless: /\b(this|the|our) (privacy )?(policy|notice|statement)\b/,
      example: 'What are my rights?',
    },
  ],
  examples: [
    ['Tell us first at privacy@example.com and our complaints team will look into it.', true],
    ['Bans can be contested: open a ticket under Support.', true],
    ['Newsletter and special offers | Consent | Until you unsubscribe', false],
    ['You also have the right not to be subject to a decision based solely on automated processing.', true],
    ['If you live in California, you can ask us to tell you what personal information we have collected about you.', true],
    ['If a data breach is likely to cause you serious harm, we will tell you and the Information Commissioner.', false],
    ['You can tell us at any time that you would rather not hear from us.', true],
    ['Let us know if you no longer want to receive our newsletter.', true],
    ['Just reply STOP to any text message.', true],
    ['Tell us what you want to know about our services.', false],
    ['Objection: you can tell us that you object to the use of your data for direct marketing purposes.', true],
    ['Rectification | Ask us to correct data that is wrong.', true],
    ['Access logs: we record who opens your file.', false],
    ['If the rating means you are refused a car, ask the branch manager to review it.', true],
    ['You can ask for your band to be reviewed by a housing officer.', true],
    ['We answer within one month. For a child with a family account, the parent makes the request.', true],
    ['We will get back to you within two working days about your booking.', true],
    ['Under the GDPR you have the right to access your personal data and to have it erased.', true],
    ['California residents have the right to know what personal information we have collected about them.', true],
    ['To opt out of the sale of your personal information, click the link below.', true],
    ['You can unsubscribe at any time by clicking the link in our emails.', true],
    ['You also have the right to lodge a complaint with a supervisory authority.', true],
    ['We will not discriminate against you for exercising any of these rights.', true],
    ['Parents can review their child\'s profile and ask us to delete it.', true],
    ['We are registered with the Information Commissioner\'s Office.', false],
    ['If a breach is likely to result in a high risk to your rights and freedoms, we will notify you.', false],
    ['You can access our services from any device.', false],
    ['Information We Collect', false],
  ],
};

export default file;
