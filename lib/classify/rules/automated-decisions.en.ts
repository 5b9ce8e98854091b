import { type RuleFile } from '../types';

// Profiling, or decisions made solely by automated means (GDPR 13(2)(f), 22).
const file: RuleFile = {
  tag: 'automated-decisions',
  lang: 'en',
  rules: [
    {
      id: 'automated-decisions.en.automated',
      // "We do not use automated decision-making that produces legal effects concerning you." (the GDPR art. 22 wording)
      match:
        /\bautomated (individual )?(decision|decisions|decision-making|decision making|processing, including profiling|scoring|assessment)\b|\b(solely|purely|exclusively|entirely) (on |by |based on )?(automated|automatic)\b|\b(legal|similarly significant) effects?\b|\blegal or similarly significant\b|\bautomatic(ally)? (decide|decides|decided|decision|rejection|refusal)\b|\bdecisions? about you automatically\b|\bautomatically (make|makes|render|renders|take|takes) decisions\b|\b(make|makes|render|renders|take|takes) decisions? (about you )?automatically\b/,
      example: 'We do not use automated decision-making that produces legal effects concerning you.',
    },
    {
      id: 'automated-decisions.en.systems',
      // "Fares are set by a pricing algorithm and suspicious accounts are automatically suspended." (systems that decide or rank)
      match:
        /\b(scoring|credit scoring|risk scoring) (system|model|tool)s?\b|\b(recommendation|ranking|moderation|scoring|matching) (systems?|algorithms?|models?|engines?)\b|\b(restricted|flagged|suspended|banned|blocked|rejected|declined|ranked) automatically\b|\bautomatically (restricted|flagged|suspended|banned|blocked|rejected|declined|ranked|flag|flags|suspend|suspends|ban|bans|block|blocks|reject|rejects|restrict|restricts|decide|decides)\b|\banti-cheat\b|\b(checked|reviewed|analy[sz]ed|screened|assessed|scored|flagged) (automatically |by (software|an algorithm|algorithms|ai|automated))|\bautomated (tools?|systems?|processes|technology|technologies|checks|filters|moderation)\b[^.;]{0,40}\b(detect|identify|flag|remove|review|moderate|decide|assess|block|ban)\w*\b|\b(calculate|calculates|set|sets|determine|determines|decide|decides|price|prices)\b[^.;]{0,60}\bautomatically\b|\b(statistical|pricing|risk|underwriting) (models?|engines?|algorithms?)\b|\bquote engine\b/,
      example: 'Fares are set by a pricing algorithm and suspicious accounts are automatically suspended.',
    },
    {
      id: 'automated-decisions.en.profiling',
      // "We use profiling to decide which offers to show you."
      match: /\bprofil(ing|e you|es you)\b|\bby (an )?algorithms?\b|\b(build|builds|create|creates|assign|assigns|place|places|put|puts)\b[^.;]{0,30}\b(audience segments?|segments|interest (profiles?|categories))\b|\balgorithm(s|ic)? (decide|decides|determine|determines|make|makes|made)\b|\bhuman (review|intervention|involvement)\b|\bmember of our team to review the decision\b/,
      example: 'We use profiling to decide which offers to show you.',
    },
  ],
  headings: [
    {
      id: 'automated-decisions.en.heading',
      // "Automated decision-making"
      match: /\bautomated\b|\bprofiling\b|\balgorithm|\brecommendation (system|engine)s?\b/,
      example: 'Automated decision-making',
    },
  ],
  examples: [
    ['We do not use automated decision-making, including profiling, that produces legal effects.', true],
    ['These recommendations are made by algorithms, but they have no legal effects on you.', true],
    ['We use an automated scoring system to decide whether to ask you for a deposit.', true],
    ['Your feed is ranked by a recommendation system based on what you watched.', true],
    ['Accounts that break our rules may be restricted automatically.', true],
    ['Some information is collected by automated means, such as cookies.', false],
    ['Update your profile picture in the app.', false],
  ],
};

export default file;
