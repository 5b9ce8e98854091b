import { WEAK, type RuleFile } from '../types';

// The legal ground of processing: consent, contract, legal obligation, legitimate interest,
// vital or public interest (GDPR 13(1)(c)-(d), art. 6 and 9).
const file: RuleFile = {
  tag: 'legal-basis',
  lang: 'en',
  rules: [
    {
      id: 'legal-basis.en.named',
      // "The legal basis for this processing is our legitimate interest."
      match:
        /\b(legal|lawful) (bas[ie]s|grounds?)\b|\blegitimate interests?\b|\bvital interests?\b|\bpublic interest\b|\b(task|tasks) carried out in the public interest\b|\bbalancing test\b/,
      example: 'The legal basis for this processing is our legitimate interest.',
    },
    {
      id: 'legal-basis.en.gdpr-article',
      // "Art. 6(1)(b) GDPR (performance of a contract)"
      match:
        /\bart(icle|\.)?\s?[69]\s?(\(\d\)|\.\d|para(graph|\.)?\s?\d|sec(tion|\.)?\s?\d)|\bart(icle|\.)?\s?[69]\b[^;]{0,30}\b(gdpr|dsgvo)\b/,
      example: 'Art. 6(1)(b) GDPR (performance of a contract)',
    },
    {
      id: 'legal-basis.en.contract',
      // "This processing is necessary for the performance of our contract with you."
      match:
        /\b(perform|performance|performing|necessary for|conclude|concluding|fulfil+|fulfil+ment of|part of)\b[^.;]{0,40}\bcontracts?\b|\bcontract(ual)? (necessity|basis)\b|\bcontract with you\b|\bcontract(ual)? performance\b|\bpursuant to (the|an|our) (agreement|contract)\b|\bnecessary to (enter into|conclude|perform)\b/,
      example: 'This processing is necessary for the performance of our contract with you.',
    },
    {
      id: 'legal-basis.en.consent',
      // (withdrawing consent is a right and names no ground by itself: see the lookbehind)
      // "We only send marketing emails if you've agreed to receive them." / "with your explicit consent"
      match:
        /(?<!\b(withdraw|withdraws|withdrawing|withdrawn|revoke|revoking|withdrawal of) )\b(with|on the basis of|based on|rely on|relies on|relying on|subject to|requires?|obtain|obtains|ask for|asks for|your|explicit|prior|express|parental|freely given)( [a-z]+){0,2} consent\b|\b(if|unless|once|when|after|until) you('ve| have)? (agree|agreed|consent|consented|opt in|opted in|accept|accepted|said yes|say yes|ticked)\b|\bif you (allow|let) (it|us|this|them)\b|\bonly (if|when) you (enable|turn on|switch on|activate|choose|allow|agree)\b|\b(with|without) your (prior |express |explicit )?(permission|agreement|authori[sz]ation)\b|'s (prior |written |explicit )?consent\b|\b(as )?(allowed|permitted|authori[sz]ed) (by|under) (the )?[a-z ]{0,40}\b(act|law|laws|regulations?|gdpr)\b|\bconsent (pop-?up|banner|dialog|prompt|tool|manager|management platform|screen|form)\b|\bgive us (your )?(written |express |explicit )?(permission|consent|authori[sz]ation)\b|\b(provide|provides|give|gives) (\w+ )?consent\b|\bwritten (permission|authori[sz]ation|consent)\b|\b(parent|guardian)s? to consent\b|\bconsent on (their|the child's|your child's|his or her|your) behalf\b|\b(you )?opt in\b|\bopted[- ]in\b|\bwhere you have (given|agreed|consented)\b|\bconsent (is|to) (the|this|our|processing)\b/,
      example: "We only send marketing emails if you've agreed to receive them.",
    },
    {
      id: 'legal-basis.en.legal-obligation',
      // "We must share certain information with the tax authority to comply with our legal obligations."
      match: /\b(legal|statutory|regulatory) (obligations?|requirements?)\b|\bcomply with (the |our |a |applicable )?(law|laws|legal)\b|\brequired by law\b/,
      weight: WEAK,
      example: 'We must share certain information with the tax authority to comply with our legal obligations.',
    },
    {
      id: 'legal-basis.en.processing-required',
      // "Some processing is required to meet our legal obligations."
      match: /\b(processing|process)\b[^.;]{0,40}\b(legal|statutory) obligations?\b|\b(required|necessary) (in order )?to (meet|comply with|fulfil+) (our |a |the |its |applicable )?(legal|statutory)\b|\bcompliance with (a |our |the )?(legal|statutory) (obligations?|requirements?)\b|\b(law|laws|regulations?|countries|authorities) (require|requires|oblige|obliges|mandate|mandates) (us|hotels|companies|operators|[a-z]+) to\b|\bwe (must|are required to|are obliged to|have to) (file|report|disclose|share|provide)\b|\bas (the )?([a-z]+ ){0,2}(law|laws|regulations?|rules) (requires?|demands?|mandates?)\b|\b(legal |lawful )?bases (for|of) (the )?processing\b|\bfollowing (legal )?bases\b/,
      // keeping data "as necessary to comply with our legal obligations" is a retention criterion
      unless: /\b(retain|retains|retained|keep|keeps|kept|store|stores|stored)\b/,
      example: 'Some processing is required to meet our legal obligations.',
    },
    {
      id: 'legal-basis.en.allowed',
      // "Why are we allowed to do this?"
      match: /\b(we are|we're) (allowed|permitted|entitled|required|obliged)( or (allowed|permitted|required|obliged))? (by law )?to (process|use|do|share|disclose)\b|\bprocessing is (lawful|necessary)\b/,
      example: 'We are allowed to process your data because the law requires it.',
    },
  ],
  headings: [
    {
      id: 'legal-basis.en.heading',
      // "Why are we allowed to do this?" / "Our lawful basis"
      match: /\b(legal|lawful) (bas[ie]s|grounds?)\b|\bwhy (are )?we (are )?allowed\b|\bbas[ie]s (for|of) (the )?processing\b|\blegitimate interests?\b/,
      example: 'Why are we allowed to do this?',
    },
  ],
  examples: [
    ['We rely on our legitimate interests to keep the service secure.', true],
    ['Invoicing | Art. 6(1)(c) GDPR (compliance with a legal obligation)', true],
    ['Conclusion of an employment contract (Art. 6 para. 1 lit. b GDPR)', true],
    ['Streaming and billing are part of our contract with you.', true],
    ['This is special category data and we will only hold it with your explicit consent.', true],
    ['We transfer data under standard contractual clauses.', false],
    ['You may withdraw your consent at any time.', false],
    ['We may disclose information when required by law.', false],
  ],
};

export default file;
