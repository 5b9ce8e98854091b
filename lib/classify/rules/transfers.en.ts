import { WEAK, type RuleFile } from '../types';

// Data leaving the country or the EEA, where to, and under which safeguard (GDPR 13(1)(f), ch. V;
// OPP-115 International and Specific Audiences, international part).
// A "business transfer" (merger, sale of assets) is sharing, not this tag: every rule needs a place or a safeguard.
const REGION = String.raw`(the )?(eea|european economic area|european union|eu|uk|united kingdom|switzerland|europe|your (home )?(country|jurisdiction|state|province)|the country (in which|where) you (live|reside))`;
const COUNTRY = String.raw`(the )?(united states|u\.s\.a?\.?|us|usa|america|canada|india|china|japan|singapore|australia|brazil|israel|philippines|south korea|korea|mexico|south africa|hong kong|taiwan|ukraine|switzerland|united kingdom|uk|ireland|third countr(y|ies)|other countries|countries other than|countries outside|multiple countries|many countries)`;

const file: RuleFile = {
  tag: 'transfers',
  lang: 'en',
  rules: [
    {
      id: 'transfers.en.outside',
      // "Where personal data is transferred outside the European Economic Area, we ensure adequate protection."
      match: new RegExp(
        String.raw`\b(outside|outwith|beyond|leave|leaves|leaving|out of)\s${REGION}\b|\b(transfer|transfers|transferred|transferring|send|sent|move|moved|store|stored|process|processed|access|accessed|hosted)\b[^.;]{0,60}\b(abroad|overseas|internationally|globally|worldwide|around the world|across the world|across borders|to other countries|in other countries|to third countries|in third countries)\b|\b(international|cross-border|overseas) (data )?(transfers?|transmissions?|flows?)\b|\b(remain|remains|stay|stays|kept|stored|hosted|processed) (exclusively |only |solely |entirely )?(within|inside|in) ${REGION}\b`,
      ),
      // where the reader is ("if you are outside the UK, another notice applies") is not a transfer
      unless: /\b(you('re| are)|you live|residents?|users?|visitors?|customers?) (\w+ ){0,3}outside\b/,
      example: 'Where personal data is transferred outside the European Economic Area, we ensure adequate protection.',
    },
    {
      id: 'transfers.en.safeguard',
      // "For the US we use Standard Contractual Clauses approved by the European Commission."
      match:
        /\b(standard contractual clauses|standard data protection clauses|model (contract )?clauses|sccs?|binding corporate rules|bcrs?|adequacy (decision|regulations?|finding)s?|adequate level of (data )?protection|data privacy framework|privacy shield|international data transfer (agreement|addendum)|idta|uk addendum|transfer impact assessments?|swiss-u\.?s\.?|art(icle|\.)? ?(45|46|49)\b)/,
      example: 'For the US we use Standard Contractual Clauses approved by the European Commission.',
    },
    {
      id: 'transfers.en.located-in',
      // "Some of our processors are located in the United States."
      match: new RegExp(
        String.raw`\b(located|based|hosted|stored|processed|process (information|data|it)|servers?|data cent(er|re)s?|transferred to|sent to|process(es)? information|run by companies based)\b[^.;]{0,50}\bin\s([a-z]+( [a-z]+)?,? (and |or )?){0,3}${COUNTRY}\b|\b(partners?|providers?|teams?|staff|vendors?|offices?|support|contractors?|developers?|subsidiar(y|ies)|affiliates?)\b (is |are )?(based |located )?(in|works? from|working from) ([a-z]+,? ){0,3}${COUNTRY}\b|\b(store|stores|stored|hold|holds|held|process|processes|processed|host|hosts|hosted|kept)\b[^.;]{0,40}\boutside (of )?(the )?(?!(eea|european economic area|european union|eu|uk|united kingdom|switzerland|europe)\b)[a-z]+\b|\boverseas (recipients?|entities|providers|partners)\b|\b(stored|kept|hosted|processed|handled) and (stored|kept|hosted|processed|handled) (within|in) ${REGION}\b|\b(transfer|transfers|transferred|transferring)\b[^.;]{0,40}\bto\s${COUNTRY}\b|\bcountries (that|which|whose laws) (may )?(not|do not|have different)\b`,
      ),
      // where the reader lives is not where the data goes
      unless: /\b(business transfers?|merger|acquisition|bankruptcy|reorgani[sz]ation)\b|\b(individuals|users|you|residents|customers|people|persons|consumers)( who are| are)? (located|based)\b/,
      example: 'Some of our processors are located in the United States.',
    },
    {
      id: 'transfers.en.safeguard-word',
      // "You can obtain a copy of these safeguards from our DPO." (under a transfers heading)
      match: /\b(safeguards?|countr(y|ies)|adequa\w*|abroad|jurisdictions?)\b/,
      weight: WEAK,
      example: 'You can obtain a copy of these safeguards from our DPO.',
    },
  ],
  headings: [
    {
      id: 'transfers.en.heading',
      // "Transfers to third countries" / "Does my information leave Europe?"
      match:
        /\b(international|cross-border|overseas)\b|\btransfers? (to|of [a-z ]{0,20} to) (third|other) countr|\b(third|other) countries\b|\b(leave|leaves|outside) (the )?(eea|eu|europe|uk|united kingdom|your country)\b|\bwhere (we|do we) (store|process|transfer)\b|\bwhere (is |are |do you (send|keep|store) |do we (send|keep|store) )?(my|your) (data|information) (is )?(stored|processed)\b|\b(global|worldwide) operations\b|\b(data|storage|processing) locations?\b/,
      example: 'Does my information leave Europe?',
    },
  ],
  examples: [
    ['Our cloud provider runs the models in data centres in Finland and the United States.', true],
    ['Our customer support partner in Bengaluru, India, answers in-app chats for us.', true],
    ['Some of these providers store information outside Australia, mainly in the United States.', true],
    ['We make sure these overseas recipients handle your information in line with the Privacy Principles.', true],
    ['Your data is stored and handled within the European Union.', true],
    ['Our support team is based in our Leeds office.', false],
    ['Where personal data is transferred outside the European Economic Area, we rely on the standard contractual clauses.', true],
    ['Our support tool is run by companies based in the US and Canada.', true],
    ['Canada has an adequacy decision from the European Commission.', true],
    ['Some of our suppliers process information in India.', true],
    ['Your data will remain within the EU.', true],
    ['Business transfers. If we are involved in a merger, your information may be transferred to the buyer.', false],
    ['Within the group, personal data may be shared with our subsidiary in Poland.', false],
    ['You can transfer your subscription to a family member.', false],
  ],
};

export default file;
