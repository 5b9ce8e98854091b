import { WEAK, type RuleFile } from '../types';

// Children and minors: minimum age, parental consent, what happens to children's data (GDPR art. 8, COPPA;
// OPP-115 International and Specific Audiences, children part). "We do not sell products to children" is about
// children too (who may use the service), which is why a mention of children is enough here.
// Ages are written in figures or words ("under the age of thirteen"), as a bound ("16 or older", "under-13s",
// "13+") or as a table row under an age heading ("France | 15").
const AGE = String.raw`(1[0-9]|21|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty-one)`;
// an age is not followed by a unit of time, money or size ("over 18 months", "under 16 euros")
const NOT_A_UNIT = String.raw`(?!\s*(days|weeks|months|hours|minutes|percent|%|euros?|dollars?|pounds|gb|mb|kg|\d|,\d|\.\d))`;

const file: RuleFile = {
  tag: 'children',
  lang: 'en',
  rules: [
    {
      id: 'children.en.children',
      // "Our services are not directed to children under 13."
      match:
        /\b(child|children|children's|childrens|minor|minors|minors'|kids?|kids'|teens?|teenagers?|teenage|adolescents?|infants?|babies|toddlers|youngsters|(young|younger) (people|persons|users|players|readers|visitors|audiences?|customers|members|learners|children|siblings|teens)|youths?|juveniles?|pupils|schoolchildren|school-age|students under|under-?age|boys and girls|(your|their) (son|daughter)s?)\b/,
      // "child" in compounds that are not about young readers
      unless: /\b(child (company|entity|entities|element|process|theme|node)s?|minor (changes?|updates?|edits?|errors?|amendments?|modifications?|revisions?))\b/,
      example: 'Our services are not directed to children under 13.',
    },
    {
      id: 'children.en.parental',
      // "We obtain verifiable parental consent before collecting personal information."
      match:
        /\b(parental (consent|permission|authori[sz]ation|approval|controls?|supervision|verification)|parent or (legal )?(guardian|carer)|parents? (or|and) (legal )?(guardians?|carers?)|parents?'s? (consent|permission|approval|agreement|authori[sz]ation|account)|(ask|asks|asking|get|gets) (a|your|their) parent|coppa|ferpa|children's online privacy protection|age of (digital )?(consent|majority)|age-appropriate|appropriate design code|children's code)\b/,
      example: 'We obtain verifiable parental consent before collecting personal information.',
    },
    {
      id: 'children.en.min-age',
      // "Account holders must be at least 18." / "You must be 16 or older (13 in the US)." / "under the age of thirteen"
      match: new RegExp(
        String.raw`\b(at least|over the age of|over|aged|older than|under the age of|under|below the age of|younger than|below|the age of|reached|turned)\s${AGE}\b${NOT_A_UNIT}(?!\s*years?\b(?! (old|of age)))` +
          String.raw`|\b(minimum|legal|required) age\b|\bage (limit|requirement|restriction|threshold|rating)s?\b|\b${AGE} (years (old|of age) )?(or|and) (older|over|above|up)\b|\b${AGE}\+|\b(under|over)-${AGE}s?\b|\bunder ${AGE}s\b|\bhow old\b|\bold enough\b|\btoo young\b|\b(below|above|under|over) (the|this|that|these|your|their) (minimum )?ages?\b|\bage for (your|their|each) (country|region)\b`,
      ),
      example: 'Account holders must be at least 18.',
    },
    {
      id: 'children.en.age-row',
      // "France | 15" (a row of an age table, under an age heading or an age header row)
      match: new RegExp(String.raw`^[^|:]+[|:]\s*${AGE}( years( old| of age)?|\+| or older| and over)?\s*$`),
      weight: WEAK,
      example: 'France | 15',
    },
    {
      id: 'children.en.in-section',
      // "If we learn that we hold such information, we delete it." (under a children's heading: what happens to their data;
      // age checks and family accounts are also asked of adults, so they count only there too)
      match:
        /\b(we (learn|discover|find|become aware|are made aware|are told)|find out|believe|delet\w*|eras\w*|remov\w*|suspend\w*|clos(e|es|ed|ing) (the|that|their|such) account|contact us|account|profile|consent|permission|approv\w*|verif\w*|birth|ages|old|young\w*|family|parents?|guardians?|school|offline|play|chat|age (verification|checks?|gates?|assurance|estimation)|family (accounts?|profiles?|dashboard|manager))\b/,
      weight: WEAK,
      example: 'If we learn that we hold such information, we delete it promptly.',
    },
  ],
  headings: [
    {
      id: 'children.en.heading',
      // "Children's Privacy" / "How old do I have to be?" / "Age requirements"
      match:
        /\b(child|children|children's|minors?|kids|teens?|teenagers|young (people|users|players)|youth|ages?|age (limit|requirement|restriction)s?|how old|old enough|parental|pupils|under-?\d\ds?)\b/,
      // "Usage" and "page" are no ages; "minor changes" is about the notice
      unless: /\bminor (changes?|updates?)\b/,
      example: "Children's Privacy",
    },
  ],
  examples: [
    ['We do not knowingly collect personal information from children under 13.', true],
    ['We do not sell products to children: only adults may place an order.', true],
    ['Account holders must be at least 18.', true],
    ['In the European Union the age of digital consent varies by country.', true],
    ['You must be 16 or older to open an account (13 in the United States).', true],
    ['The service is not meant for under-16s.', true],
    ['Nobody under the age of thirteen may register.', true],
    ['You have to be old enough to accept our terms where you live.', true],
    ['Players below the age for their country need a parent to approve online play.', true],
    ['Teenage members get a restricted version of the app.', true],
    ['We use age assurance to check that users are old enough.', true],
    ['Schools and families use our reading app with young learners.', true],
    ['Rated 13+ on app stores.', true],
    ['France | 15', false],
    ['If we learn that we hold such information, we delete it promptly.', false],
    ['We may make minor changes to this notice without notice.', false],
    ['We retain invoices for 10 years.', false],
    ['Orders over 50 euros ship free.', false],
    ['We have kept these records for over 10 years.', false],
    ['Students can download their transcripts from the student portal.', false],
    ['Logs older than 18 months are deleted.', false],
    ['You must be a US resident and at least 18 years old to apply.', true],
    ['You need to be at least 13, or older where local law sets a higher age.', true],
    ['Applicants must have at least 10 years of experience.', false],
    ["Younger learners need a parent's account.", true],
    ['We keep backups for at least 14 days.', false],
  ],
};

export default file;
