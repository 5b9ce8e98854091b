import { WEAK, type RuleFile } from '../types';

// Aims the data serves, incl. marketing, advertising and analytics as uses (GDPR 13(1)(c);
// OPP-115 First Party Collection/Use, the "why").
const USE = String.raw`(use|uses|used|using|process|processes|processed|processing|analy[sz]e|analy[sz]es|analy[sz]ed|combine|combines|combined|collect|collects|collected|handle|handles|handled|review|reviews|reviewed|monitor|monitors|monitored|record|records|recorded|count|counts|counted|store|stores|stored)`;
const AIM = String.raw`(provide|provides|deliver|stream|improve|personali[sz]e|customi[sz]e|tailor|send|process|analy[sz]e|detect|prevent|fight|communicate|contact|respond|fulfil+|operate|maintain|run|develop|measure|show|display|serve|recommend|suggest|understand|protect|secure|comply|verify|authenticate|manage|administer|research|market|advertise|bill|invoice|train|enforce|offer|create|enable|help|conduct|evaluate|investigate|support|remember|decide|calculate|assess|notify|inform|handle|diagnose|fix|ensure|keep|combat|promote|facilitate|carry|assist|allow|connect|validate|satisfy|power|let|give|grant|renew|match|push|make|plan|pick|choose|find|rank|sort|route|repair|check|confirm|answer|tell|reach|report|count|spot|catch|stop|block|work out|perform|get|learn|see|test|tune|calibrate|book|arrange|ship|pay|charge|collect|keep|monitor|investigate|audit|debug|sell|deter)`;

// Cookies used for a service are the cookies tag's business; safeguards used to protect data are security;
// what processors may do with data is a limit on sharing; stopping a use is a right.
const NOT_A_USE =
  /\b(use|uses|using) (only )?(\w+ ){0,3}(cookies?|web beacons|pixels|similar technologies|local storage|sdks?)\b|\b(use|uses|using) (appropriate |reasonable )?(administrative|technical|physical|appropriate|reasonable|industry|security|encryption|firewalls|access controls|safeguards|tls|ssl)\b|\b(they|processors|providers|vendors|partners|networks|advertisers|third parties|other (organi[sz]ations|companies)) (may|can|will)? ?(also )?(only )?(use|uses|process)\b|\blet (\w+ ){0,2}(partners|advertisers|networks|third parties|organi[sz]ations|companies) use\b|\b(stop|stops|object to|opt out of) (using|processing)\b|\bobject(ing)? to (its|the|their|our|this) (use|processing)\b|\bnot to use\b|\b(measures|safeguards|controls|practices|precautions)\b[^.;]{0,20}\bto (protect|secure|safeguard)\b|\buse (an? |the )?(automated (decision|scoring)|algorithm|international data transfer|standard contractual)|\b(use|uses|using) (\w+ ){0,3}(advertising (id|identifier)s?|device identifiers?)/;

// A passage that states one of the reader's rights ("The right to receive your data ... to facilitate its transfer",
// "you should tell us of changes so that our records may be updated") says what the reader may do, not what the data is for.
const RIGHT_FRAME =
  /^\W*((the|your) (\w+ )?rights? (to|of)|you (also )?have (the|a) right|you (can|may) (also |always )?(ask|request|object|opt|withdraw|exercise|complain|lodge|change|update|manage|adjust|control|turn off|switch off|unsubscribe|delete|review|correct|download)|(federal|state|the) law gives you|right (to|of) (access|object|withdraw|erasure|rectification|portability|restrict|complain|lodge|data portability))\b|\b(should|must|please) (inform|tell|notify|let) us\b[^.;]{0,60}\bso (that )?(our|we|your)\b|\bif you (believe|think|feel|are concerned)\b[^.;]{0,140}\b(complain|complaint)\b/;

// "We never use patient information for marketing" denies a use; "kept 7 years for tax purposes" is a retention period.
const NOT_NAMED_AS_A_USE =
  /(\b(never|not|no longer)|n't)\b (\w+ ){0,3}(use|used|share|shared|sell|sold)\b[^.;]{0,40}\b(for|in) (\w+ )?(marketing|advertising|fundraising)\b|\b\d+ (years?|months?|days?)\b,? for ([a-z-]+ ){1,3}purposes\b|\b(kept|retained|held|stored|keep|retain|hold)\b[^.;]{0,60}\bfor ([a-z-]+,? (and |or )?){1,3}purposes\b/;

// what a recipient does with the data is sharing
const THIRD_PARTY_USE =
  /\b(they|partners|networks|advertisers|third parties|other (organi[sz]ations|companies)|these (\w+ )?(networks|partners|companies|providers)) (may |can |will )?(also )?(use|uses)\b/;

// "Processing is necessary to perform our contract", "the law requires us to keep records" state a ground (legal-basis)
const GROUND_STATED = /\b(processing|it|this|which) is (necessary|needed|required) (in order )?to (perform|conclude|enter into|comply)\b|\b(lawful|legal) basis (is|for this is)\b|\b(law|laws|regulations?|legislation) requires? us to\b/;

// "We keep this information for as long as your account is open" under a purposes heading is a retention period.
const KEPT_FOR = /\b(keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held)\b[^.;]{0,60}\b(for as long|as long as|until|for (\d+|a|an|one|two|three|five|six|seven|ten) (days?|weeks?|months?|years?))\b/;

// A line that opens on a category of data ("Marketing preferences, such as...", "Device information: ...") or is one
// ("Web analytics or other network activity information") lists what is collected: a word like "marketing" or
// "contact" in it names the data, not an aim.
const DATA_CATEGORY_LINE =
  /^\W*([\w'-]+ ){0,4}(data|information|details|records|preferences|identifiers|ids|history|logs|numbers?|address(es)?)\b( \([^)]{0,30}\))?\s*(,|:|-|\u2013|such as|including|like|e\.g\.|for example)|^\W*([\w/'-]+ ){0,8}(data|information)\W*$/;

// A passage framed as another topic names a use only in passing: a right given as a label ("Objection: ...") or
// purposes the reader may object to, an invitation to ask questions about "how we use your data", an instruction ("To cancel your plan, contact support"), the notice
// announcing it may change, checking who makes a rights request, security tools, what a cookie is, and using
// other companies (sharing); the notice introducing itself and a definition ("Services refers to...") is untagged.
const OTHER_TOPIC = new RegExp(
  [
    String.raw`^\W*(right to [\w ]{3,40}|objection|deletion|erasure|restriction|portability|access|rectification|correction|withdrawal of consent|withdraw(ing)? (your )?consent|opt[- ]out of [\w ,"\u201c\u201d]{3,60})\s*[:|]`,
    String.raw`\b(object|objection|opt(ing)? out|withdraw|restrict|limit)\b[^.;]{0,80}\b(use|processing|disclosure)\b[^.;]{0,60}\bpurposes?\b`,
    String.raw`\b(ask|request)\b[^.;]{0,15}\b(that )?we\b[^.;]{0,30}\b(only|stop|no longer)\b[^.;]{0,15}\b(use|process)`,
    String.raw`^\W*(if|should) you have (any )?(questions?|concerns?|comments?|complaints?|queries|requests?)\b`,
    String.raw`\b(tell|let) us( know)?\b[^.;]{0,40}\b(would rather not|do not want|don't want|no longer (want|wish)|prefer not)\b`,
    String.raw`\b(questions?|concerns?|comments?|queries)\b[^.;]{0,20}\b(about|regarding|concerning) [^.;]{0,160}\b(contact|write to|e-?mail|reach|call) (us|our)\b`,
    String.raw`\b(may|will|might|can|to|we) (change|update|modify|amend|revise) (this|our|the) (privacy )?(policy|notice|statement)\b|\b(significant|material|important|major) changes\b`,
    String.raw`\bverif\w*\b[^.;]{0,100}\b(respond\w*|process\w*|fulfil\w*|honou?r\w*|act\w*|complet\w*|handl\w*) (to |on )?(your|a|the|this|any|such) (\w+ )?requests?\b|\bto verify (a|your|the|this) (\w+ )?request\b|\b(respond\w*|fulfil\w*|handl\w*) (to )?(your|a|the|this) (\w+ )?requests?\b[^.;]{0,60}\bverif`,
    String.raw`\b(use|uses|using)\b[^.;]{0,40}\b(firewalls?|network segmentation|anti-?virus|intrusion detection|multi-factor|two-factor)\b`,
    String.raw`^\W*(cookies|a cookie|pixels?|web beacons?)( and [\w ]{3,30})? (are|is) (small|a small|tiny|text|pieces?|a piece)\b`,
    String.raw`\b(third parties|others|partners|affiliates)\b[^.;]{0,20}\bfor (their )?(own )?(direct )?marketing purposes\b`,
    String.raw`\b(this|our) (privacy )?(policy|notice|statement)\b[^.;]{0,40}\b(explains?|describes?|sets out|tells you|helps (to )?(explain|you understand))\b`,
    String.raw`^\W*["\u201c]?[\w -]{1,40}["\u201d]? (means|refers to|shall mean|is defined as)\b`,
    String.raw`^\W*to [a-z]+ (your|the|a|an|my)\b[^.;,]{0,60}, (please )?(contact|call|email|e-mail|visit|go to|click|tap|log in|sign in|write to|open) (us|our|the|your|customer|support|settings|this|that|a)\b`,
    String.raw`\b(use|uses|using|engage|engages|rely on) ([\w-]+ ){0,2}(service providers|vendors|processors|sub-?processors|contractors|third[- ]part(y|ies)|other companies|suppliers)\b (to|for|who|that)\b`,
    // a passage whose point is who receives the data names the recipient's task in passing: "We share data with vendors
    // who help us operate and improve our service", "Personal Data may be shared with our affiliates to facilitate
    // billing", "(b) payment service providers who process personal information to settle payments"
    // (but "we pass your address to the charity so it can issue a receipt" states the aim the reader's data serves)
    String.raw`^(?![^.;]*\bso (that )?(they|it|the \w+|that \w+) (can|could|may)\b)\W*(\(?[a-z0-9]{1,3}[).]\s*)?[\w ,'|/-]{0,60}?\b(we|they) (may |will |also |sometimes |can |might |only |do )*(share|disclose|pass( on)?|transfer|sell)\b[^.;]{0,80}\b(with|to)\b`,
    String.raw`^\W*[\w ,'|/-]{0,60}?\b(data|information)\b[^.;]{0,30}\b(may be|is|are|will be|can be) (shared|disclosed|transferred|passed)\b`,
    String.raw`^\W*(when|if|where) we (share|disclose)\b`,
    String.raw`^\W*(\(?[a-z0-9]{1,3}[).]\s*)?([\w-]+ ){0,5}(service providers|providers|partners|vendors|agents|acquirers|advisers|advisors|affiliates|group companies|processors|contractors)\b( \([^)]{0,60}\))?,? (who|that|which)\b`,
    // ...or how long it is kept: "We retain the personal data we collect where we have an ongoing need (for example, to
    // provide a service you requested)"
    // (but "We keep information about you so that we can:" opens a list of aims)
    String.raw`^(?!.*\bso (that )?we can\W*$)\W*[\w ,'|/-]{0,30}?\bwe (may |will |also )*(retain|keep|maintain|preserve)\b[^.;]{0,80}\b(data|information|records)\b`,
    // ...or how to exercise a right: "To exercise these rights, please send an email to ...", "If you submit a request
    // to exercise any of the rights described above..."
    String.raw`^\W*to (exercise|appeal|make (a|an|your) [\w-]+ request)\b|^\W*if you (submit|make|send) (a|an|your) ([\w-]+ ){0,2}requests?\b`,
    // ...or a choice the reader has: rows of a choices table ("Managing Communications | Choosing whether to receive
    // offers..."), the Global Privacy Control, the ad industry's opt-out pages ("Europe: European Digital Advertising Alliance")
    String.raw`^\W*(managing|controlling|choosing|changing|limiting) (your |whether |how )?([\w-]+ ){0,2}(preferences|communications|choices|measurement|cookies|privacy|settings|targeted|share|sharing)\b|^\W*[\w ]{0,30}\. you (can|may) (change|manage|adjust|update|control)\b|\byou (can|may) use (the )?(global privacy control|gpc|your browser settings|browser extensions?)\b|^\W*if you (don't|do not) want (to see|to receive|to get|us to)\b|\b(digital advertising alliance|network advertising initiative|your online choices|youronlinechoices)\b|\bopt out of (ad targeting|interest-based (ads|advertising)|targeted (ads|advertising)|personali[sz]ed (ads|advertising))\b`,
    // ...or the notice asking to be read: "please read this Privacy Policy carefully to learn how we collect, use..."
    String.raw`\b(read|review) this (privacy )?(policy|notice|statement)\b`,
    // ...or the limits of a right: "if you ask us to delete it, we still need to keep some data so we can...", "there may
    // be situations where we cannot grant your request", "if you do not allow us to collect it, we may not be able to
    // deliver certain services"
    String.raw`\b(delete|deletion|erase|erasure|close your account)\b[^.;]{0,100}\bwe (still |may still |will still )?(need to |have to |must |may )?(keep|retain)\b|\b(cannot|can't|may not be able to|are unable to|unable to) (grant|fulfil+|comply with|honou?r) (your|a|the|this) request\b|\bif you (do not|don't|choose not to|decline to) (allow|provide|give|let|share)\b[^.;]{0,80}\b(may not|will not|won't|cannot|can't|might not) (be able to )?(deliver|provide|offer)\b`,
  ].join('|'),
);

const NOT_A_USE_HERE = new RegExp(`${NOT_A_USE.source}|${RIGHT_FRAME.source}|${NOT_NAMED_AS_A_USE.source}|${GROUND_STATED.source}|${OTHER_TOPIC.source}`);

const file: RuleFile = {
  tag: 'purposes',
  lang: 'en',
  rules: [
    {
      id: 'purposes.en.use-to',
      // "We use your viewing history to suggest titles you might enjoy."
      match: new RegExp(String.raw`\b${USE}\b[^.;]{0,80}\b(to|for|in order to|so that we can|so we can)\s(\w+\s)?${AIM}\b`),
      unless: NOT_A_USE_HERE,
      example: 'We use your viewing history to suggest titles you might enjoy.',
    },
    {
      id: 'purposes.en.purpose-words',
      // "Information we collect is used for the following purposes:"
      match:
        /\b(for|with) the (following |same |sole |limited )?purposes?\b|\bpurposes? (of|for) (which|processing|the processing|using|our processing)\b|\bfor ([a-z-]+,? (and |or )?){1,4}purposes\b|\bfor (this|that|these|those|such) purposes?\b|\bwe (use|process) (it|them|this information|your (personal )?(information|data)) (to|for)\b|\b(is|are) used (to|for|only to|only for)\b/,
      // what a recipient may not do with the data ("for their own purposes") is a limit on sharing, and
      // "as long as necessary for the purposes" measures retention: neither says what the purposes are
      // ...nor does a pointer to where they are ("for the purposes outlined in this statement", "below you will find an
      // overview of ... for which purposes", "we describe the purposes for which we collect it below under 'Uses'")
      unless: new RegExp(String.raw`\bpurposes? (outlined|described|set out|laid out|listed|explained|mentioned|referred to) (in|under|within) (this|the|our|section)\b(?![^.;]{0,30}\bbelow\b)|\b(overview|learn more|more information|find out more|more details)\b[^.;]{0,80}\b(which|what) purposes\b|\b(learn more|more information|find out more|more details)\b[^.;]{0,40}\bpurposes\b|\bpurposes for which we [^.;]{0,40}\b(below|above) (under|in)\b|\b(their|its) own (\w+ )?purposes\b|\b(necessary|needed|required|fulfil+)\b[^.;]{0,20}\bthe purposes\b|${RIGHT_FRAME.source}|${NOT_NAMED_AS_A_USE.source}|${OTHER_TOPIC.source}`),
      example: 'Information we collect is used for the following purposes:',
    },
    {
      id: 'purposes.en.we-use-information',
      // "We use the information we collect to:"
      match: /\b(we|may) (use|process)\b[^.;]{0,40}\b(information|data|details|history|it|them)\b[^.;]{0,40}\bto:?\s*$|\bhow we use (your |the )?(personal )?(information|data)\b[^.;]{0,20}\b(to|for)\b/,
      example: 'We use the information we collect to:',
    },
    {
      id: 'purposes.en.use-for-noun',
      // "We use messaging metadata for the transmission of the communication and the prevention of spam."
      match: new RegExp(
        String.raw`\b${USE}\b[^.;]{0,60}\bfor (the |activities like |activities such as |things like )?(provision|operation|transmission|prevention|detection|improvement|development|administration|management|delivery|performance|personali[sz]ation|analysis|security|safety|marketing|advertising|research|billing|fulfil+ment|processing)\b`,
      ),
      unless: NOT_A_USE_HERE,
      example: 'We use messaging metadata for the transmission of the communication and the prevention of spam.',
    },
    {
      id: 'purposes.en.based-on-you',
      // (also: keeping people informed, the plain words for marketing: "we'd love to tell you about our work")
      // "We pick the ads you see using your activity." / "Messages are scanned for spam."
      match:
        /\b(pick|picks|choose|chooses|select|selects|show|shows|personali[sz]e|personali[sz]es|rank|ranks|recommend|recommends|tailor|tailors|suggest|suggests)\b[^.;]{0,60}\b(using|based on|from|in light of) (your|their) (past |recent )?(activity|history|interests|preferences|information|data|behaviou?r|viewing|searches|location)\b|\b(tell|inform|update) you (about|of) (our|new|upcoming|the latest|future)\b|\binvite you to\b|\b(email|e-mail|text|message|write to) (you|them) about\b|\b(cameras?|cctv)\b[^.;]{0,80}\bto (deter|prevent|detect|protect|keep)\b|\b(look at|looks at|analy[sz]e|analy[sz]es)\b[^.;]{0,80}\bto (choose|pick|decide|select|rank|order|recommend|suggest|personali[sz]e|tailor) (which|what|the|your)\b|\b(keep|stay) in touch (with you )?(by|through|via|about)\b|\b(show|shows|serve|serves|display|displays) (you |them )?(\w+ )?(ads|advertising|advertisements)\b|\bto (\w+,? (and |or )?){0,3}(show|select|deliver|measure|serve|target|personali[sz]e|display|tailor) (you )?(\w+ ){0,2}(ads|advertising|advertisements|adverts)\b|\b(sends?|emails?|e-mails?|texts?) (you |users |customers |members |subscribers |donors |account \w+ )?((?!(your|their|the|our|this|that|any|his|her|its)\b)\w+ )?(information|news|updates|offers|newsletters?|marketing|promotions?|announcements|tips|reminders|alerts|surveys|vouchers|coupons|deals|discounts|invitations|invites|notifications)\b|\b(screen|screens|screened|scan|scans|scanned|check|checks|checked|monitor|monitors|monitored|review|reviews|reviewed) ([\w-]+ ){0,3}for (spam|fraud|abuse|malware|illegal|harmful|violations|viruses|suspicious|money laundering|security|cheating|signs of|phishing|scams?|fake|bots)\b|\b(look at|looks at|analy[sz]e|analy[sz]es|study|studies) (what|how|which|where|when) you\b[^.;]{0,40}\bto\b|\bscreen(s|ed)? (\w+ ){0,2}against\b/,
      // ...and showing no ads at all is no use of data for advertising
      unless: new RegExp(String.raw`${THIRD_PARTY_USE.source}|(\b(never|not|no longer)|n't)\b (\w+ ){0,2}(show|shows|shown|serve|serves|served|display|displays|displayed)\b|\b(please )?(do not|don't|never) (send|e-?mail)\b|${OTHER_TOPIC.source}`),
      example: 'We pick the ads you see using your activity.',
    },
    {
      id: 'purposes.en.so-that',
      // "Reading progress is stored so that the app can pick the right level."
      match: new RegExp(String.raw`\bso (that )?(we|they|it|the \w+|our \w+) (can|could|may|are able to)\b|\bso (that )?(?!(you|your|it|they|there|this|that)\b)[a-z]+ (can|could) (follow|answer|show|pick|find|remember|suggest|recommend|reply|deliver|prepare|contact|send|tell|match|keep)\b|\b(data|information|history|logs|records|it|this|these|they|which) (also )?(helps?|allows?|enables?|lets?) (us|the \w+|our \w+)\b|\b(data|information|details) (also )?(helps?|allows?|enables?|lets?) you\b|(^|[.:] )(to|in order to) (?!(exercise|opt|contact|learn|find|request|make|submit|protect|secure|safeguard)\b)[a-z]+\b[^.;]{0,100},? (we|[a-z]+) (may )?(use|uses|process|processes|collect|collects|analy[sz]e|analy[sz]es|require|requires|need|needs|ask for|request|check|checks|scan|scans|compare|compares)\b|\bwe need (your|this|the|these) [a-z ]{0,30}\bto\b|\b(reports?|feedback|answers|results|messages|recordings|ratings|reviews|scores|surveys|logs|data) (help|helps|helped|let|lets|allow|allows|enable|enables|power|powers) (us|our \w+|the \w+ team) (to )?${AIM}\b|^\W*(why we (need|use|collect|ask for|process|keep) (it|this|them|these|your \w+)|what (we use it|it is used|we need it) for|purpose|what for)\s*[:?]|\b(is|are) needed to (run|carry out|deliver|show|operate)\b|\b(data|information|history|activity|answers|results) (powers|drives|feeds|fuels) (your|our|the)\b`),
      unless: new RegExp(`${RIGHT_FRAME.source}|${OTHER_TOPIC.source}`),
      example: 'Reading progress is stored so that the app can pick the right level.',
    },
    {
      id: 'purposes.en.marketing',
      // "We'd like to send you offers and newsletters." (a use, once another cue or a heading says so)
      match:
        /\b(marketing|promotional|promotions?|newsletters?|offers|advertis\w*|recommendations?|personali[sz](e|ed|ation)|analytics|statistics|insights|improve|fraud|troubleshoot\w*|customer (service|support))\b/,
      // marketing named in an opt-out is a right, not a use
      unless: new RegExp(String.raw`\b(opt(s|ed|ing)?[- ]out|unsubscrib\w*|turn off|switch off|disable|object)\b|\b(for|in) their (own )?(marketing|advertising)\b|\b(marketing|advertising|analytics)( (and|or|&) (marketing|advertising|analytics))? (partners?|providers?|companies|agencies|networks?|vendors|platforms?)\b|${RIGHT_FRAME.source}|${NOT_NAMED_AS_A_USE.source}|${OTHER_TOPIC.source}|${DATA_CATEGORY_LINE.source}`),
      weight: WEAK,
      example: "We'd like to send you offers and newsletters.",
    },
    {
      id: 'purposes.en.aim-gerund',
      // "Providing the service and managing your account | Art. 6(1)(b) GDPR" (a purposes table row)
      // (any gerund: "Quoting and underwriting your policy", "Telling you about other products")
      // a gerund used as a noun ("Marketing cookies", "Billing address") names a thing, not an aim
      match: /(^|\| )\W*(?!(including|following|according|regarding|concerning|during|nothing|something|anything|everything|using|being|having|choosing|opting|unsubscribing|withdrawing|requesting|exercising|visiting|clicking|logging|signing|referring)\b)[a-z]{3,}ing\b(?! (cookies|partners|providers|companies|agencies|address|details|records|history|system|data|information|ids?|identifiers|technologies|tools|preferences|purposes|platforms?|networks?)\b)(?! (and|or|&) [a-z]+ (partners|providers|companies|agencies|networks?|platforms?|vendors)\b)/,
      weight: WEAK,
      unless: new RegExp(`${KEPT_FOR.source}|${DATA_CATEGORY_LINE.source}`),
      example: 'Providing the service and managing your account | Art. 6(1)(b) GDPR',
    },
    {
      id: 'purposes.en.aim-item',
      // "process and deliver your orders;" (a list item under a purposes heading)
      // "to opt out...", "to exercise..." lead into a right, not a purpose
      match: new RegExp(String.raw`^((\w+\s){0,2}to\s(?!(stop|opt|exercise|unsubscribe|request|withdraw|object|access|delete|contact|learn|find|read|see|submit|make)\b)[a-z]+|(we\s(?!process\b|handle\b))?${AIM})\b[^.;]{0,200}\b(you|your|our|the|us|law|laws|activit(y|ies)|transactions|content|bugs|readers|visitors|site|website|app|products?|orders?|accounts?|payments?)\b`),
      weight: WEAK,
      unless: new RegExp(`${RIGHT_FRAME.source}|${OTHER_TOPIC.source}|${KEPT_FOR.source}|${DATA_CATEGORY_LINE.source}`),
      example: 'process and deliver your orders;',
    },
  ],
  headings: [
    {
      id: 'purposes.en.heading',
      // "How We Use Your Information"
      match:
        /^\W*why\W*$|\bhow (do )?we use\b|\b(use|uses) of (your )?(personal )?(information|data)\b|\bpurposes?\b|\bwhy (do )?we (collect|process|use)\b|\bwhat (do )?we use\b|\bwhat (we|do we) do with\b|\bused for\b|\bwhy we use\b|\bwhy (do )?we need\b|\b(information|data) uses?\b|\b(use|uses|using) (my|your|the) (personal )?(information|data|details)\b|\b(marketing|personali[sz]ation|analytics|recommendations?)\b|\bwhy (do |does )?(you|we|they|[a-z]+) (need|want|use|collect|ask for|process|keep|hold|have)\b|\bwhat (do|does) (you|we|[a-z]+) (do|use) (it|them|this|that|my|your|with)\b|\bwhat (is|are) (it|they|this|my data|your data|my information|these data|this data) (used )?for\b|\bwhat for\b|\b(is|are) used\b|\bwhat (happens|we do) with\b|\bwhat (it|they|this|these|each) (does|do|is for|are for)\b/,
      unless: /\bcookies?\b/,
      example: 'How We Use Your Information',
    },
  ],
  examples: [
    ['Each new version is published here; if you have an account, we will email you about significant changes.', false],
    ['First of all, to answer you: earlier messages are sent along so that Kide can follow the thread.', true],
    ['With your consent, we email you about sales and new releases.', true],
    ['There is a camera in the workshop, to deter theft of the bikes we look after.', true],
    ['Our software looks at the routes you have booked to choose which offers appear first.', true],
    ['We explain this so that you can make an informed choice.', false],
    ['Let us know if you no longer want to receive our newsletter.', false],
    ['We would like to keep in touch by post about our events and appeals.', true],
    ['Identifiers, such as your name and email address | Directly from you | Advertising and marketing partners, analytics providers', false],
    ['Our Privacy Policy helps explain our data practices, including the information we process to provide our services.', false],
    ['We can use and share your health information to bill and get payment from health plans.', true],
    ['"Services" refers to our websites, apps and the personalised offers and advertising we provide.', false],
    ['Detect, investigate and prevent fraud and other illegal activities;', true],
    ['Support and customer service vendors.', false],
    ['California law permits residents to request details about how their information is shared with third parties for direct marketing purposes.', false],
    ['Marketing preferences, such as whether you want to receive our newsletter.', false],
    ['Device information, such as your device type, operating system and advertising ID.', false],
    ['Contact details, such as your name, email address and phone number.', false],
    ['You can change your marketing preferences at any time in your account.', false],
    ['To cancel your subscription, contact customer support.', false],
    ['Objection: you can tell us that you object to the further use of your data for certain purposes, such as direct marketing.', false],
    ['Deletion | Ask us to delete your data, unless we still need to process it for the purpose we collected it for.', false],
    ['You can ask us to correct information that is wrong, or request that we only use it for certain purposes.', false],
    ['If you have any questions about how we collect and use your personal data, please contact us at privacy@example.com.', false],
    ['We are always improving our services, so we may update this policy from time to time and will tell you by email.', false],
    ['To help us respond to your request, we may need to verify your identity.', false],
    ['We use firewalls and network segmentation to protect our systems.', false],
    ['Cookies are small text files that websites place on your device to remember your choices.', false],
    ['We use third-party service providers to help us operate our business, such as hosting and payment processing.', false],
    ['Please do not send us sensitive information by email.', false],
    ['If you believe that we are breaking data protection law by processing your data, you have the right to complain to the authority.', false],
    ['We use your email address to send you receipts and, if you agree, our newsletter.', true],
    ['We use your purchase history to recommend products, and you can object to this at any time.', true],
    ['We use your viewing history to suggest titles you might enjoy.', true],
    ['We process your contact details in order to deliver your orders.', true],
    ['We use the information we collect to:', true],
    ['Your data is used only to provide the service and to bill you.', true],
    ['We record calls for training and quality purposes.', true],
    ['We use cookies to remember your preferences.', false],
    ['You can unsubscribe from our marketing emails at any time.', false],
    ['Our offices are closed on public holidays.', false],
    ['Chat logs and player reports let our moderators deal with harassment, and crash reports help us fix bugs faster.', true],
    ['Why we need it: an employer can only consider you if they can see your experience.', true],
    ['Most of this is needed to carry out our agreement with you: showing your listings and taking payments.', true],
    ['Matchmaking uses your rating to pick who you play with.', true],
    ['Your activity data powers your dashboard and helps our engineers calibrate the band.', true],
    ['Service providers help us operate the service on our behalf.', false],
    ['Choosing to limit ad measurement | Log in and open the settings', false],
    ['Telling you about other products | Legitimate interest', false],
    ['You can help us by reporting bugs.', false],
    ['Your device details, which helps us spot stolen accounts.', true],
    ['It also lets us meet our legal duties, such as anti-money-laundering checks.', true],
    ['With your permission we send you merchant deals by email.', true],
    ['Send your information to those you choose to communicate with.', false],
    ['The number of devices connected at the same time, counted in memory to enforce plan limits.', true],
    ['We send webinar invitations and product news to customer contacts.', true],
    ['We handle customer contacts to perform our contract with the customer.', true],
    ['Messages are scanned for phishing links.', true],
    ['We check sign-ins and messages for signs of fake recruiters.', true],
    ['Billing address | Street, city and postcode', false],
    ['Email and app offers | Telling you about deals | Your consent', true],
    ['Marketing cookies are set by our advertising partners.', false],
    ['Your personal characteristics are not used to set fares.', false],
    ['The app lets you see your listening history.', false],
    ['Accounts for users under 16 are private by default, and we don\'t show them personalised ads.', false],
    ['Our lawful basis is that processing is necessary to perform a task in the public interest.', false],
    ['The law requires us to keep records of the agencies we introduce candidates to.', false],
    ['We never sell patient information and we don\'t use it for marketing.', false],
    ['Donation records: 7 years, for tax purposes.', false],
    ['These networks use your device\'s advertising ID to show ads and cap how often you see them.', false],
    ['We use encryption and access controls to protect your information.', false],
    ['The right to receive your data in a machine-readable format to facilitate its transfer to another company.', false],
    ['You should inform us of any changes in your information so that our records may be updated.', false],
    ['Federal law gives you the right to limit sharing for our affiliates\' everyday business purposes.', false],
    ['We share data with vendors and partners who help us operate, promote and improve our service.', false],
    ['Affiliates: personal data may be shared with our affiliates to facilitate customer service, billing and marketing.', false],
    ['(b) payment service providers who collect and process personal information to assist with settling payments;', false],
    ['When we share your information with third parties to protect our rights and property, we require them to keep it confidential.', false],
    ['We retain the personal data we collect where we have an ongoing need to do so, for example to provide a service you requested.', false],
    ['To exercise these rights, please send an email to privacy@example.com; to verify your identity for security, we may ask for more details.', false],
    ['If you submit a request to exercise your rights and we refuse, you can appeal so that we review the decision.', false],
    ['We share order details with the courier, who is bound by confidentiality, to deliver your parcel.', false],
    ['If you choose a preferred garage, we pass your mileage to that garage so it can contact you about servicing.', true],
    ['We keep information about you so that we can:', true],
    ['We may receive information about you from vendors and resellers for the purposes outlined in this statement.', false],
    ['Below you will find an overview of what kind of personal information we process about you and for which purposes we collect it.', false],
    ['We describe the business and commercial purposes for which we collect that information below under "Information Uses."', false],
    ['You can learn more here about the ways and purposes for which we process your data.', false],
    ['We use the personal information we collect for the following purposes:', true],
    ['We may collect, use and disclose your personal data for the purposes set out in the table below:', true],
    ['Managing Communications | Choosing whether to receive offers and promotions for our products and services | Click unsubscribe', false],
    ['You may use the Global Privacy Control (GPC) to communicate your privacy preferences; we then do not use your data for targeted advertising.', false],
    ['Europe: European Digital Advertising Alliance', false],
    ['Our advertising partners take part in programmes that let you opt out of ad targeting.', false],
    ['Before using our services, please read this Privacy Policy carefully to learn how we collect, use, disclose, and protect your personal data.', false],
    ['Managing your account and providing customer support.', true],
    ['Choosing whether we share your information with other companies so they can send you offers | Use the form', false],
    ['If you ask us to delete your data, we still need to keep some of it so we can meet our legal obligations.', false],
    ['There may be situations where we cannot grant your request, for example if we must keep a record to comply with law.', false],
    ['If you do not allow us to collect personal information, we may not be able to deliver certain services to you.', false],
    ['Services settings. You can change your settings to manage what other users see.', false],
    ['Web analytics or other similar network activity information', false],
    ["If you don't want to see our targeted advertising, you can set ad preferences in your account.", false],
    ['Marketing the services.', true],
    ['We record calls for training purposes, as described in this policy.', true],
    ['We use your order details to deliver your parcel and to send you the invoice.', true],
    ['We may use your contact details to tell you about events, and we share them with no one.', true],
  ],
};

export default file;
