import { type RuleFile } from '../types';

// Children and minors: minimum age, parental consent, what happens to children's data (GDPR art. 8, COPPA;
// OPP-115 International and Specific Audiences, children part). "We do not sell products to children" is about
// children too (who may use the service), which is why a mention of children is enough here.
const file: RuleFile = {
  tag: 'children',
  lang: 'en',
  rules: [
    {
      id: 'children.en.children',
      // "Our services are not directed to children under 13."
      match:
        /\b(child|children|children's|childrens|minor|minors|minors'|kids?|kids'|teens?|teenagers?|young people|youths?|juveniles?|pupils|students under)\b/,
      // "child" in compounds that are not about young readers
      unless: /\b(child (company|entity|entities|element|process|theme|node)s?|minor (changes?|updates?|edits?|errors?|amendments?|modifications?|revisions?))\b/,
      example: 'Our services are not directed to children under 13.',
    },
    {
      id: 'children.en.parental',
      // "We obtain verifiable parental consent before collecting personal information."
      match: /\b(parental (consent|permission|authori[sz]ation|approval|controls?)|parent or (legal )?guardian|parents? (or|and) guardians?|coppa|children's online privacy protection|age of (digital )?consent|age verification|age-appropriate)\b/,
      example: 'We obtain verifiable parental consent before collecting personal information.',
    },
    {
      id: 'children.en.min-age',
      // "Account holders must be at least 18."
      match:
        /\b(at least|over the age of|over|aged|older than|under the age of|under|below the age of|younger than|below)\s(1[0-9]|21)\b(?!\s*(days|weeks|months|hours|minutes|percent|%|euros?|dollars?|[\d,]|\.\d)|\s*years?(?! (old|of age)))|\b(minimum|legal) age\b|\bage (limit|requirement|restriction)s?\b|\b(1[3-8]|21) years (old|of age) or (older|over|above)\b/,
      example: 'Account holders must be at least 18.',
    },
  ],
  headings: [
    {
      id: 'children.en.heading',
      // "Children's Privacy"
      match: /\b(child|children|children's|minors?|kids|teens?|young people|age (limit|requirement|restriction)s?|parental)\b/,
      example: "Children's Privacy",
    },
  ],
  examples: [
    ['We do not knowingly collect personal information from children under 13.', true],
    ['We do not sell products to children: only adults may place an order.', true],
    ['Account holders must be at least 18.', true],
    ['In the European Union the age of digital consent varies by country.', true],
    ['We may make minor changes to this notice without notice.', false],
    ['We retain invoices for 10 years.', false],
    ['Orders over 50 euros ship free.', false],
    ['We have kept these records for over 10 years.', false],
  ],
};

export default file;
