import { WEAK, type RuleFile } from '../types';

// Profiling, or decisions made solely by automated means (GDPR 13(2)(f), 22). Notices often say it in plain
// words: a system that decides, bans or scores "by itself", "without a person looking", a rating worked out
// from what you did, and a person you can ask to look again.
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
        /\b(scoring|credit scoring|risk scoring) (system|model|tool)s?\b|\b(recommendation|adaptive|ranking|moderation|scoring|matching|matchmaking|fair-play|fair play|fraud[- ]detection|fraud[- ]prevention|fraud|risk|allocation|screening|decision|decisioning|pricing) (systems?|algorithms?|models?|engines?|software)\b|\b(fraud[- ]detection|fraud[- ]prevention|risk[- ]scoring|pricing|recommendation|ranking|matching) (tools|technolog(y|ies))\b|\badverse action notice\b|\bdata-matching\b|\b(wealth|prospect) (screening|research)\b|\bscreen (you|supporters|donors)\b|\b(restricted|flagged|suspended|banned|blocked|rejected|declined|ranked|approved|refused) automatically\b|\bautomatically (restricted|flagged|suspended|banned|blocked|rejected|declined|ranked|approved|refused|flag|flags|suspend|suspends|ban|bans|block|blocks|reject|rejects|restrict|restricts|decide|decides|approve|approves|refuse|refuses|decline|declines)\b|\b(checked|reviewed|analy[sz]ed|screened|assessed|scored|flagged|rated|ranked|sorted) (automatically |by (software|an algorithm|algorithms|ai|automated|a computer|computers|machine learning|our systems?)|by (our |an? |the )?[\w-]+ (software|algorithms?|models?|engines?|systems?)\b)|\bautomated (tools?|systems?|processes|technology|technologies|checks|filters|moderation)\b[^.;]{0,40}\b(detect|identify|flag|remove|review|moderate|decide|assess|block|ban)\w*\b|\b(calculate|calculates|set|sets|determine|determines|decide|decides|price|prices|suspend|suspends|block|blocks|ban|bans|decline|declines|reject|rejects|flag|flags|freeze|freezes|approve|approves|lock|locks)\b[^.;]{0,60}\bautomatically\b|\b(generated|made|produced|created|calculated|computed|worked out) automatically\b|\b(systems?|software|algorithms?|models?|engines?|tools?) (sort|sorts|put|puts|place|places|group|groups|classify|classifies|segment|segments|divide|divides)\b[^.;]{0,30}\b(into|in) (groups|segments|categories|bands|tiers|clusters)\b|\b(systems?|algorithms?|models?|tools?) (suspect|suspects|estimate|estimates|predict|predicts|guess|guesses|infer|infers)\b|\b(statistical|pricing|risk|underwriting) (models?|engines?|algorithms?)\b|\bquote engine\b/,
      example: 'Fares are set by a pricing algorithm and suspicious accounts are automatically suspended.',
    },
    {
      id: 'automated-decisions.en.profiling',
      // "We use profiling to decide which offers to show you."
      match: /\bprofil(ing|e you|es you)\b|\bprofiles? (our |the |its )?(donors|supporters|customers|users|members|readers|visitors|players|applicants|candidates|subscribers)\b|\bby (an )?algorithms?\b|\b(build|builds|create|creates|assign|assigns|place|places|put|puts)\b[^.;]{0,30}\b(audience segments?|segments|interest (profiles?|categories))\b|\balgorithm(s|ic)? (decide|decides|determine|determines|make|makes|made)\b|\bhuman (review|intervention|involvement|oversight|decision|decision-maker)\b|\bmember of our ([\w-]+ )?team (to|will) (review|look at|go through|reconsider)\b/,
      // "we do not profile you" in a sentence that says nothing else is still about profiling; a profile picture is not
      unless: /\bprofile (picture|photo|page|settings)\b/,
      example: 'We use profiling to decide which offers to show you.',
    },
    {
      id: 'automated-decisions.en.no-person',
      // "The system can ban an account by itself, before anyone on our team has looked at it."
      match:
        /\bwithout (any |a |the )?(human|person|people|manual|staff|anyone|somebody|someone)( \w+)? (being )?(involved|involvement|review|reviewing|looking|checking|intervention|input)\b|\b(before|without) (anyone|a person|a human|somebody|someone|a member of (our )?staff)( \w+){0,4} (has |have )?(looked|looks|look|reviewed|reviews|review|checked|checks|check)\b|\b(no|not a) (human|person) (is |being )?(involved|reviews|looks|checks)\b|\b(a|the) (person|human) (involved|in the loop)\b|\b(system|systems|software|algorithm|model|computer|tool)s? (can |may |will |could )?(\w+ )?(decide|decides|ban|bans|block|blocks|suspend|suspends|approve|approves|reject|rejects|refuse|refuses|decline|declines|score|scores|rate|rates|rank|ranks)\b[^.;]{0,60}\b(by itself|by themselves|on (its|their) own|automatically|alone)\b|\b(ask|request|have) (for )?(a )?(human|person|member of (our )?(staff|team)|real person|someone) to (review|look at|check|reconsider)\b|\bappeal (a|the|any|this|that|your) (ban|suspension|block|restriction|removal|score|rating)\b|\b(systems?|software|computers?|algorithms?|models?|engines?) (use|uses|look at|looks at|check|checks|compare|compares|analy[sz]e|analy[sz]es|weigh|weighs)\b[^.;]{0,80}\bto (decide|determine|assess|work out|judge|set|approve|choose|predict|place|sort|rank|rate|score|flag|match|estimate|assign|calculate|price|spot|detect)\b|\b(declined|rejected|refused|turned down|approved|blocked|removed|suspended) (straight away|immediately|instantly|at once|on the spot)\b|\bno (recruiter|person|human|one|member of (our )?staff|employee|agent|moderator|reviewer) (reads|sees|looks at|reviews|checks)\b|\b(scored|rated|ranked|graded) (for|on|by) (risk|fraud|likelihood|relevance|how likely)\b|\b(looked at|reviewed|checked|reconsidered|re-examined|decided) (again )?by (a|an|one of our|our) ([\w-]+ )?(person|human|real person|member of (our )?staff|specialists?|employees?|agents?|recruiters?|officers?|managers?|underwriters?|moderators?)\b|\b(compared|matched|checked) (automatically )?(with|against) (patterns|profiles|models|known fraud)\b|\b(take|takes|have|has) (another|a second|a fresh) look\b|\boverride (the|our) (system|decision|score|model|algorithm)\b/,
      example: 'The system can ban an account by itself, before anyone on our team has looked at it.',
    },
    {
      id: 'automated-decisions.en.predicts',
      // "We analyse your purchases to predict which offers you are likely to use." (inferring things about a person
      // from their behaviour is profiling, however the notice names the system)
      match:
        /\b(analy[sz]e|analy[sz]es|analy[sz]ed|analy[sz]ing|use|uses|used|using|look at|looks at|combine|combines|study|studies|evaluate|evaluates)\b[^.;]{0,80}\bto (predict|infer|estimate|gauge|guess|anticipate|forecast|work out how likely|assess how likely|determine how likely|assess your (eligibility|creditworthiness|risk|likelihood)|determine your (eligibility|creditworthiness|risk|interests|preferences))\b(?! (your |the |a |an )?(general |approximate |rough )?(location|country|region|city|language|time ?zone)\b)|\b(predicts?|predicted|predicting|infers?|inferred|inferring) (what|which|whether|how likely|your|you|the likelihood|their)\b(?! (general |approximate |rough |likely )?(location|country|region|city|language|time ?zone)\b)|\b(likelihood|propensity|probability) (that |of )?(you|a customer|a user|the customer|members?|customers|users)\b|\b(build|builds|building|create|creates|creating|compile|compiles|develop|develops) (a |an )?([\w-]+ )?profiles? (of|about|on) (you|your|users|customers|members|readers|listeners|each)\b|\b(advertising|marketing|interest|behaviou?ral|consumer|customer) profiles?\b/,
      unless: /\b(never|not|no)\b (\w+ ){0,2}(build|create|compile|develop)\w* (\w+ )?profiles?\b/,
      example: 'We analyse your purchases to predict which offers you are likely to use.',
    },
    {
      id: 'automated-decisions.en.priced-for-you',
      // "Your premium is calculated from your age, postcode and claims history." (a price, quote, limit or eligibility
      // worked out for the person from their data)
      match:
        /\b(premiums?|quotes?|prices?|pricing|rates?|fares?|credit limits?|spending limits?|loan amounts?|interest rates?) (is |are |will be |may be |can be )?(calculated|worked out|set|determined|decided|generated|adjusted|personali[sz]ed|tailored)\b[^.;]{0,40}\b(using|based on|from|according to|depending on)\b|\bpersonali[sz]ed (prices?|pricing|premiums?|rates|fares|discounts|credit limits?)\b|\b(customi[sz]e|customi[sz]ing|personali[sz]e|personali[sz]ing|adjust|adjusting) (\w+ )?(prices|pricing|premiums?|fares)\b|\b(automated|automatic|instant) (credit |eligibility |identity |affordability |underwriting |approval )?(checks?|decisions?|approvals?|assessments?|underwriting)\b|\b(eligibility|creditworthiness|affordability)\b[^.;]{0,60}\b(automatically|automated|algorithms?|models?|our systems?|by software)\b|\b(ranked|ordered|sorted|matched|filtered|shortlisted|prioriti[sz]ed) (\w+ )?(by|using) (an? |our )?(\w+ )?(algorithms?|systems?|models?|software|ai|machine learning|classifiers?)\b|\b(use|uses|using) (\w+ )?(classifiers?|machine[- ]learning( models?)?|artificial intelligence|ai( models?| systems?| tools?)?) to (detect|flag|remove|review|moderate|decide|assess|block|rank|score|predict|identify|screen|match)\b|\b(classifiers?|machine[- ]learning models?|ai (models?|systems?|tools?))\b[^.;]{0,60}\b(detect|flag|remove|review|moderate|decide|assess|block|rank|score|predict|identify)\w*\b/,
      unless: /\b(fees?|charges?) (is|are) (set|calculated)\b|\bexchange rates?\b/,
      example: 'Your premium is calculated from your age, postcode and claims history.',
    },
    {
      id: 'automated-decisions.en.recommends',
      // "We recommend titles based on your viewing history." (recommendations or a feed picked from a person's own
      // behaviour: profiling in plain words)
      match:
        /\b(recommend|recommends|recommended|recommendations?|suggest|suggests|suggested|suggestions?|personali[sz]ed feed|your feed|rank|ranks|ranked|curate|curates|curated)\b[^.;]{0,60}\b(based on|from|using|drawn from|in light of) (your|what you|the (\w+ )?you|their) (own )?(past |previous |recent )?(\w+ )?(listening|viewing|watching|browsing|reading|purchases?|purchase history|shopping|searches|search history|activity|behaviou?r|history|habits|interests|taste|tastes|likes|interactions|location|attendance|orders)\b/,
      unless: /\b(you|users|members) (can )?(recommend|suggest)\b/,
      example: 'We recommend titles based on your viewing history.',
    },
    {
      id: 'automated-decisions.en.made-by-machine',
      // "The decision is made by a computer." / "Your content may be automatically removed if it breaks our rules."
      // (an outcome about the person that a machine produces, or an action on their account taken without a person)
      match:
        /\b(decisions?|outcomes?|results?|ratings?|scores?|bands?|verdicts?|approvals?|refusals?) (is |are |was |were |will be |may be |can be )?(made|set|taken|reached|decided|determined|produced|generated|calculated) (entirely |solely |only |wholly )?by (a |an |the |our )?([\w-]+ )?(computers?|systems?|software|algorithms?|models?|machines?|engines?|ai)\b|\b(content|posts?|videos?|comments?|listings?|reviews?|messages?|accounts?|cards?|payments?|transactions?|profiles?|sellers?|drivers?|applications?|orders?|purchases?|logins?|sign-ins?)\b[^.;]{0,40}\b(automatically|by automated (means|systems|tools|checks)) (be )?(removed|hidden|deactivated|disabled|frozen|paused|held|demoted|downranked|declined|rejected|refused|cancell?ed|locked|challenged)\b|\b(removed|hidden|deactivated|disabled|frozen|paused|declined|rejected|refused|locked|blocked|suspended|banned) (automatically|by (our |an |the )?(automated|automatic) (systems?|tools?|checks?|means))\b|\b(your|their|a|the) ([\w-]+ )?(scores?|ratings?)\b (\w+ )?(affects?|determines?|decides?|sets?|influences?|changes?)\b|\bif (your|their|the) ([\w-]+ )?(score|rating) is (too )?(low|high)\b|\bto (set|calculate|decide|determine|work out|adjust) (your|the|their|a) (\w+ )?(credit limit|spending limit|limit|price|premium|rate|fare|deposit)s?\b|\bto (decide|determine) (whether|if) (you (qualify|are eligible|can (get|have|borrow|rent|open))|your application|to (approve|accept|offer|lend|insure|grant))\b|\b(nobody|no one|no-one) (\w+ ){0,3}(reads|sees|looks at|reviews|checks)\b|\b(someone|a person|a human|a member of (our )?(staff|team)|a [\w-]+ (specialist|reviewer|officer)|a human reviewer)\b[^.;]{0,50}\b(review|reviews|look at|looks at|reconsider|reconsiders|decide|decides)\b[^.;]{0,30}\b(the|your|this|that|whether the) (decision|ban|suspension|outcome|block|refusal|it)\b|\b(ask|request) (for )?(a|an|one of our) ([\w-]+ ){0,2}(specialist|underwriter|officer|reviewer|manager|agent|person|human|employee|adviser|advisor) to (review|look at|check|reconsider)\b|\bcontest (the|a|this|that) decision\b|\b(bans?|suspensions?|decisions?|blocks?|refusals?) can be (contested|appealed|challenged)\b|\b(banned|blocked|suspended|declined|rejected|refused|frozen|removed|hidden|restricted)\b[^.;]{0,60}\bautomatically\b|\b(compared|checked|matched) (in real time )?(with|against) (your|their) (usual|normal|typical|past|previous) (behaviou?r|activity|patterns?|spending|habits)\b|\bout of character\b|\b(search|searches|algorithms?|systems?|results|feed|app|engine|software)\b[^.;]{0,20}\b(puts?|places?|sorts?|lists?|ranks?) (\w+ ){0,3}in order (of|according to)\b|\b(ordered|sorted|ranked) (by|according to) (distance|relevance|rating|ratings|reviews|popularity|price)\b|\b(worked out|calculated|computed|generated|produced|set) by (software|an algorithm|algorithms|our (systems?|software|models?|algorithms?))\b|\bthe group you are in\b|\b(system|systems|algorithm|algorithms|program|programme|software|model|computer|engine)s?\b[^.;]{0,50}\b(decides?|chooses?|picks?|hides?|determines?|selects?|removes?|rejects?|declines?|approves?|bans?|suspends?)\b|\b(prices?|premiums?|rates?|fares?|offers?) (you see |you pay |shown to you )?(may |can |will )?(depends? on|vary|varies|takes? into account|is based on|are based on)\b[^.;]{0,40}\b(your|you)\b|\b(cvs?|applications?|profiles?|candidates?|listings?|claims?) (is|are) (automatically )?(scored|ranked|rated|screened)\b|\b(selfie|face|facial)\b[^.;]{0,40}\b(compar\w*|match\w*|recogni\w*|estimat\w*)\b|\bcompar\w* (your |a |the )?(selfie|face)\b|\bmachine learning\b[^.;]{0,60}\b(spot|detect|flag|remove|identify|predict|decide|rank|score)\w*|\b(chosen|picked|selected|ranked|ordered) (for you )?based on (the )?(items|things|products|what|your)\b|\bpredict(s)? when you\b|\b(low|poor|bad) (\w+ )?(ratings?|scores?)\b[^.;]{0,60}\b(deactivat\w*|suspend\w*|remov\w*|ban|banned|block\w*|restrict\w*|lose access)\b|\b(use|uses|using) (\w+ )?(software|algorithms?|automated tools?|ai|artificial intelligence|models?) to (sort|rank|match|score|screen|filter|shortlist|decide|approve|price)\b|\bif (our|the) (systems?|software|models?|algorithms?|tools?) (detects?|spots?|suspects?|sees?|finds?|notices?|flags?)\b[^.;]{0,80}\b(block\w*|freez\w*|frozen|suspend\w*|declin\w*|lock\w*|paus\w*|hold|held|stop\w*|cancel\w*|restrict\w*)\b/,
      // the reader's own choice ("browser software lets you decide") is no machine decision
      unless: /\b(allow|allows|let|lets|enable|enables|help|helps) you (to )?(decide|choose|pick|select)\b/,
      example: 'The decision is made by a computer.',
    },
    {
      id: 'automated-decisions.en.segments',
      // "We group customers with similar shopping habits so that we can send them offers that suit them."
      // (sorting people into segments or groups by what they do: profiling in plain words)
      match:
        /\b(segment|segments|segmented|segmenting)\b (our |the |your |all )?(customers?|users?|members?|readers?|listeners?|donors?|supporters?|subscribers?|players?|you|people|visitors?|shoppers?|audiences?|mailing lists?|contacts?|database)\b|\b(build|builds|built|create|creates|put|puts|place|places|assign|assigns|sort|sorts|into)\b[^.;]{0,30}\b(customer|audience|marketing|donor|user|member|behaviou?ral|interest) segments?\b|\b(group|groups|grouped|grouping|sort|sorts|sorted|put|puts|divide|divides|categori[sz]e|categori[sz]es|categori[sz]ed|categori[sz]ing|classify|classifies|classified|cluster|clusters|clustered)\b[^.;]{0,30}\b(customers|users|members|you|people|donors|supporters|subscribers|readers|listeners|players|shoppers)\b[^.;]{0,40}\b(similar|with (the same|shared)|based on|according to|by (their|your|what|how)|into)\b|\b(we|they|partners|it|systems?) (may |can |also )?(make|draw|derive)s? inferences?\b|\binferences? (about you|we (draw|make))\b/,
      // splitting a network into segments is a security measure; "inferences drawn from..." in a CCPA list of
      // categories of data names what is collected
      unless: /\bnetwork segment\w*|\bcategories\b/,
      example: 'We group customers with similar shopping habits so that we can send them offers that suit them.',
    },
    {
      id: 'automated-decisions.en.learns-you',
      // "We look at your purchase history to work out which products you might like." / "The app adjusts your
      // plan to how well you are doing." (guessing what a person wants, or adapting to them, from what they did)
      match:
        /\b(work out|works out|predict|predicts|guess|guesses|figure out|infer|infers|estimate|estimates|determine|determines|identify|identifies|learn|learns|understand|gauge)\b[^.;]{0,30}\b(what|which) ([\w-]+ ){0,3}(you|they|customers|users|members|readers|listeners|viewers|players|shoppers)('d| (might|may|are likely to|would|could|will))( most)? (like|enjoy|want|prefer|be interested|buy|need|watch|read|listen|click)\b|\b(learns?|learned|learning) from (your|what you|how you)\b|\b(whether|if|how much) (a |the |each )?(supporter|donor|customer|person|member|applicant|you)\b[^.;]{0,30}\b(might|may|could|would|is likely to|are likely to) (be able to )?(give|afford|donate|buy|spend|repay|pay back)\b|\b(works? out|infers?|learns?|figures? out|guess(es)?) your\b[^.;]{0,60}\bfrom (your )?(past|previous|earlier|recent|own)\b|\bbased on what you('ve| have)? (already )?(done|watched|read|bought|played|listened to|liked|searched( for)?|viewed|completed)( before)?\b|\b(use|uses|using|analy[sz]e|analy[sz]es)\b (your|their) (\w+ )?(history|activity|behaviou?r|purchases|listening|viewing|searches|habits)\b[^.;]{0,30}\bto (make |give you |show you |offer you )?(\w+ )?(recommend\w*|suggest\w*|personali[sz]\w*|tailor\w*)|\b(adapts?|adjusts?|tailors?|personali[sz]es|customi[sz]es|curates?|tunes?|personali[sz]ed|tailored|customi[sz]ed|adapted|adjusted|curated)\b[^.;]{0,50}\b(to|based on|from|according to) (how (well )?you|what you('ve| have)? (read|watched|listened|bought|played|liked|done|searched)|your (past |previous |recent )?(progress|performance|results|answers|listening|viewing|watching|reading|browsing|purchases|shopping|searches|activity|behaviou?r|habits|workouts|history|interactions|likes))\b|\bbased on (your|what you) (past |previous |recent )?(listening|viewing|watching|reading|browsing|purchases?|purchase history|shopping|searches|activity|behaviou?r|habits|workouts|interactions|likes|progress|performance|results)\b[^.;]{0,60}\b(recommend\w*|suggest\w*|playlists?|mixes|picks?|feed|create|creates|choose|chooses|select|selects|tailor\w*|personali[sz]\w*)\b/,
      // picking ads from behaviour is advertising (purposes, cookies); the reader's own choice of settings is no profiling
      unless: /\b(ads|advertising|advertisements|adverts)\b|\byou (can )?(choose|select|adjust|customi[sz]e)\b/,
      example: 'We look at your purchase history to work out which products you might like.',
    },
    {
      id: 'automated-decisions.en.scores',
      // "Each player gets a hidden skill rating worked out from their results." (a score or rank, with another cue)
      match:
        /\b(scores?|scoring|ratings?|rank|ranks|ranked|ranking|matchmaking|algorithms?|algorithmic|machine learning|artificial intelligence|predict\w*|by itself|flag|flags|flagged|automatic|automatically|automated|our systems?|software|models?|anti-cheat|personali[sz]ed (offers|coupons|prices|recommendations|feed|plans?|content)|recommend\w*|suggest(s|ed|ions)?|segments?|tailored (offers|coupons|prices|content|feed))\b/,
      // the score of a game or a quiz, and a star rating given by people, are no decision about the reader
      unless: /\b(quiz|high|match|test) scores?\b|\b(star|app store|customer|user) ratings?\b|\brate (us|the app)\b/,
      weight: WEAK,
      example: 'Each player gets a hidden skill rating worked out from their results.',
    },
    {
      id: 'automated-decisions.en.score-of-you',
      // "We give each applicant a risk score worked out from their answers." (a score about the person)
      match:
        /\b(risk|fraud|trust|safety|skill|quality|reputation|eligibility|relevance|engagement|propensity|affordability|creditworthiness|behaviou?ral|hidden|internal) (scores?|ratings?|grades?|levels?)\b|\b(worked out|calculated|computed|derived|estimated|predicted|inferred) (automatically )?from (your|their|his or her|the player's|the user's) (results|answers|behaviou?r|activity|history|data|usage|transactions|driving|purchases)\b/,
      weight: WEAK,
      example: 'We give each applicant a risk score worked out from their answers.',
    },
    {
      id: 'automated-decisions.en.plain-profiling',
      // "Our system makes a prediction about how likely it is that you will pay; the result of this check may influence
      // whether we enter into a contract with you." (a system judging the person, described without "automated" or
      // "profiling": predictions about them, scoring methods, risk assessments that decide whether, inferences drawn
      // from their interactions, personalising from how they browse, automated techniques that detect abuse)
      match:
        /\b(makes?|made|making) (a |an )?predictions? (about|of|on|regarding) (how likely|whether|your|you)\b|\b(results?|outcomes?) of (this|the|our|that) ([\w-]+ ){0,2}(checks?|assessments?|analys[ie]s|evaluations?|predictions?)\b[^.;]{0,60}\b(influence|influences|determine|determines|affect|affects|decide|decides)\b[^.;]{0,20}\bwhether\b|\bscoring (methods?|techniques?|procedures?)\b|\b(risk|credit) assessments?\b[^.;]{0,80}\bto (determine|decide) whether\b|\b(insights and )?inferences?,? (drawn|derived|made|generated) from (your|their)\b|\b(we|which we|that we) (may |can |also )*infer\w* (?!(your |the |a )?(general |approximate |rough )?(location|country|region|city|language|time ?zone)\b)(\w+ ){0,2}(based on|from) (your|what you|how you)\b|\blegal or (other |similarly )?significant decisions\b|\bsignificant decisions (about|affecting|concerning) you\b|\bbased on how you (browse|use|shop|watch|listen|interact|engage|play)\b[^.;]{0,80}\b(personali[sz]e|recommend\w*|tailor|customi[sz]e|display|show)\b|\b(recommend\w*|personali[sz]e)\b[^.;]{0,80}\b(identify|infer|determine|learn) your (preferences|interests|tastes)\b|\b(automated|automatic) (\S+ ){0,4}(techniques|tools|means|systems|processes|methods|technolog(y|ies))\b[^.;]{0,40}\b(abuse|fraud|spam|violations?|detect\w*|flag\w*|moderat\w*)\b/,
      example: 'Our system makes a prediction about how likely it is that you will meet your payment obligations.',
    },
  ],
  headings: [
    {
      id: 'automated-decisions.en.heading',
      // "Automated decision-making" / "Do you decide things about me without a person involved?"
      match:
        /\bautomated\b|\bprofiling\b|\balgorithm|\brecommendation (system|engine)s?\b|\bwithout (a |any )?(person|human|people)\b|\bdecide (things )?about (me|you)\b|\b(decisions|scoring|ratings|matchmaking|fair play|artificial intelligence|machine learning)\b|\bai\b|\bhow (we|do we|does [\w-]+|is [\w-]+) (decide|choose|pick|set|rank|match|work out|calculate|price|personali[sz]e|tailor)\b|\b(personali[sz]ed|tailored) (offers|coupons|prices|pricing|recommendations|feed|content|plans?)\b|\brecommendations\b|\b(matching|shortlisting|underwriting)\b|\byour feed\b|\bcredit (checks?|decisions?|scoring)\b|\bfraud (checks?|screening|detection)\b/,
      example: 'Automated decision-making',
    },
  ],
  examples: [
    ['Our system makes a prediction about how likely it is that you will pay on time. The result of this check may influence whether we offer you a contract.', true],
    ['We may also use scoring methods to assess and manage credit risks.', true],
    ['Credit risk assessment providers, to conduct risk assessments on sellers to determine whether a seller may withdraw funds;', true],
    ['Using the service involves the generation of insights and inferences, drawn from your interactions, reflecting your preferences and behaviour.', true],
    ['We do not use any inferences to make legal or other significant decisions affecting you.', true],
    ['Based on how you browse and use the app, we display content, recommendations and coupons personalised to you.', true],
    ['We use your information to recommend products that might interest you and identify your preferences.', true],
    ['We process personal data using both automated and, at times, manual techniques for abuse detection.', true],
    ['We shared identifiers and inferences drawn from the above categories with advertising partners.', false],
    ['The weather forecast in the app makes predictions about the next three days.', false],
    ['We use automated backups to protect your files.', false],
    ['Inferred data, such as income, creditworthiness and shopping habits, which we may infer based on your transactions.', true],
    ['We infer your location from your IP address.', false],
    ['Our system checks every new listing and hides those that look like scams until a moderator has looked at them.', true],
    ['The price you see may depend on your location and the device you use.', true],
    ['A computer program decides which loan offers we show you.', true],
    ['Your CV is scored against the job description and employers see the highest-scoring candidates first.', true],
    ['We check your identity automatically by comparing your selfie with your ID photo.', true],
    ['Machine learning helps us spot fake reviews, which are then removed.', true],
    ['Offers in the app are chosen for you based on the items you buy most often.', true],
    ['Drivers with low average ratings lose access to the app.', true],
    ['Our system sets a cookie to remember your language.', false],
    ['Depending on your browser software, it may allow you to decide on each new cookie.', false],
    ['Delivery prices depend on the size of the parcel.', false],
    ['If your account is suspended, someone from our trust and safety team will review the decision and can reverse it.', true],
    ['Bans can be contested: open a ticket and a human reviewer will decide whether the ban stands.', true],
    ['When there is a match, the account is banned from online play in that game automatically.', true],
    ['You can ask for a credit specialist to review it, give your point of view and contest the decision.', true],
    ['Each payment is compared in real time with your usual behaviour; a payment that looks out of character is held.', true],
    ['Our search puts sitters in order according to distance, reviews and how quickly they reply.', true],
    ['Your readiness score is worked out by software from your own readings.', true],
    ['The assistant works out your preferred language and tone from past chats.', true],
    ['Anti-cheat evidence is kept for 2 years after a ban.', false],
    ['From the launcher: hardware specifications and, when a game uses anti-cheat, the programs running alongside it.', false],
    ['Please put the pages in order of importance.', false],
    ['We look at publicly available information to understand whether a supporter might be able to give a larger gift.', true],
    ['Your driving score affects the price of your insurance.', true],
    ['Your data is used to set your credit limit.', true],
    ['We use your answers to decide whether you qualify for a discount.', true],
    ['Applications are assessed by our underwriting software.', true],
    ['Nobody reviews these decisions before they take effect.', true],
    ['We profile our donors to understand their capacity to give.', true],
    ['We use your viewing history to make recommendations.', true],
    ['Search results are personalised based on your past searches.', true],
    ['To work out which workouts suit you, based on what you have done before.', true],
    ['Your photos are reviewed by our support team.', false],
    ['Your score in the quiz is shown on the leaderboard.', false],
    ['Your location helps us to determine whether you are somewhere our services are available.', false],
    ['We use your preferences to tailor your stay, for instance by preparing the room type you like.', false],
    ['The decision is made by a computer.', true],
    ['Your content may be automatically removed if it breaks our rules.', true],
    ['If our system detects unusual activity, your card may be temporarily blocked.', true],
    ['Drivers with low ratings may be deactivated.', true],
    ['We group customers with similar shopping habits so that we can send them offers that suit them.', true],
    ['We segment our mailing list by location and past donations.', true],
    ['We make inferences about your preferences and characteristics.', true],
    ['We receive information from data partners, such as interest segments and hashed email addresses.', false],
    ['We also sort customers into groups by how they use the app, and the group you are in decides which offers you see first.', true],
    ['We look at your purchase history to work out which products you might like.', true],
    ['The app adjusts difficulty based on how well you are doing.', true],
    ['Based on your listening, we create playlists just for you.', true],
    ['We use network segmentation and firewalls to protect our systems.', false],
    ['We show you ads based on your browsing activity.', false],
    ['Let us know which newsletters you would like to receive.', false],
    ['You can adjust your notification settings based on what you prefer.', false],
    ['Cookies are automatically removed when you close your browser.', false],
    ['We use software to sort job applications by how well they match the role.', true],
    ['Assessing your creditworthiness for our credit line | Legal obligation', false],
    ['Messages are automatically encrypted on your device.', false],
    ['In the past 12 months we collected these categories: identifiers; inferences drawn from other personal information.', false],
    ['Temperature history lets the thermostat learn your schedule.', false],
    ['Health data includes data that can be used to make inferences about a condition.', false],
    ['We do not use automated decision-making, including profiling, that produces legal effects.', true],
    ['These recommendations are made by algorithms, but they have no legal effects on you.', true],
    ['We use an automated scoring system to decide whether to ask you for a deposit.', true],
    ['Your feed is ranked by a recommendation system based on what you watched.', true],
    ['Accounts that break our rules may be restricted automatically.', true],
    ['Our fair-play system can ban an account by itself, before anyone on our team has looked at it.', true],
    ['Matchmaking gives each player a hidden skill rating, worked out from their results.', true],
    ['Loan applications are approved or declined by software without a person reviewing them.', true],
    ['You can ask for a member of our staff to review any decision our systems made.', true],
    ['Think a ban is wrong? You can appeal the ban from your account page.', true],
    ['We give each applicant a risk score worked out from their answers.', true],
    ['Some information is collected by automated means, such as cookies.', false],
    ['Update your profile picture in the app.', false],
    ['You can appeal our decision on your privacy request by replying to our email.', false],
    ['Rate us on the app store.', false],
    ['Quiz scores are shown to your teacher.', false],
    ['Each player gets a hidden skill rating worked out from their results.', true],
    ['Our systems use your credit report and your history with us to decide whether to approve you.', true],
    ['If you answer no to a knock-out question, your application is declined straight away and no recruiter reads it.', true],
    ['Requests to swap your SIM card are scored for risk, and risky ones are held until you confirm them.', true],
    ['You can ask for a declined application to be looked at by a person.', true],
    ['Ask the branch manager to review it: they can override the system and will explain why.', true],
    ['Our allocation system uses your answers to place you in a priority band.', true],
    ['If your monthly payment fails twice, our billing system suspends your club access automatically.', true],
    ['You can ask for your band to be reviewed by a housing officer who was not involved in your case.', true],
    ['Each new claim is compared with patterns of known fraud.', true],
    ['We may also decline or pause a purchase when our fraud systems see signs of a takeover.', true],
    ['We take part in a national data-matching exercise run by the Cabinet Office.', true],
    ['You can ask us not to screen you against public sources.', true],
    ['Our billing system sends your invoice on the first of the month.', false],
    ['Each week our systems sort members into groups based on what they buy.', true],
    ['These suggestions are generated automatically and have no effect on your membership.', true],
    ['If our systems suspect you might be under 13, we ask you to confirm your age.', true],
    ['An adaptive engine looks at each answer and chooses the next exercise.', true],
    ['We screen customers against sanctions lists.', false],
    ['Your account is closed automatically after two years without a sign-in.', false],
    ['We share your Driving Score with your insurer if you ask us to.', false],
    ['This information can include your income and credit scores.', false],
    ['We automatically collect crash reports and match scores.', false],
    ['We analyse your purchases to predict which offers you are likely to use.', true],
    ['Your premium is calculated from your age, postcode and claims history.', true],
    ['Loan applications get an instant credit decision.', true],
    ['Listings are ranked by an algorithm that weighs relevance and price.', true],
    ['Our app recommends classes based on your attendance.', true],
    ['You can recommend a friend and both get a discount.', false],
    ['Delivery fees are set by the restaurant.', false],
    ['We infer your general location from your IP address.', false],
    ['We use machine learning to detect fake accounts and spam.', true],
    ['Every payment goes through our fraud detection tools.', true],
    ['We use IP addresses to estimate your general location.', false],
    ['We use your information to process your orders and answer your questions.', false],
  ],
};

export default file;
