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
        /\b(legal|lawful) (bas[ie]s|grounds?)\b|\blegitimate interests?\b|\bvital interests?\b|\bpublic interest\b|\b(task|tasks) carried out in the public interest\b|\bbalancing test\b|\b(is|are) in our (\w+ )?interests?\b|\bpublic task\b|\bofficial authority\b|\bstatutory (duty|duties|function|functions|powers?)\b|\bto protect (your|someone's|a person's|their|the) (life|lives|vital)\b/,
      // the right to object to processing based on legitimate interests names a right, not the ground of a processing
      // ...nor does a question about the legal basis addressed to the controller
      // ...nor a pointer to where the grounds are set out ("You can learn more here about our legal bases"), or rights
      // that depend on "which legal basis we use": neither states the ground of a processing
      unless: /\b(learn more|more information|further information|find out more|more details|read more)\b[^.;]{0,80}\b(legal|lawful) bas[ie]s\b|\bdepending on (which|the) (legal|lawful) bas[ie]s\b|\bobject(ing|ion)?\b[^.;]{0,100}\b(legitimate|public) interests?\b|^\W*((the|your) )?right to object\b|\b(questions?|information|details)\b[^.;]{0,40}\b(about|concerning|on|regarding) the (legal|lawful) bas[ie]s\b|^\W*((the|your) )?right (to|of) (data portability|portability|access|rectification|erasure|restriction|restrict)\b|\b(table|list|sections?) below (shows?|sets out|lists?|explains?|describes?)\b/,
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
        /\b(perform|performance|performing|necessary for|conclude|concluding|fulfil+|fulfil+ment of|part of|carry out|carrying out|enter into|entering into|honou?r)\b[^.;]{0,40}\bcontracts?\b|\b(perform|carry out|carrying out|fulfil+|honou?r|performance of|needed (for|to carry out|to perform)|necessary (for|to perform|to carry out)) (our|the|your|this) (\w+ )?(agreement|terms)\b|\bbecause you (asked|requested|signed up|applied|ordered|booked|chose)\b|\b(steps|processing) (taken )?at your request\b|\bcontract(ual)? (necessity|basis)\b|\bcontract with you\b|\b(our|the|this) agreement with you\b|\bcontract(ual)? performance\b|\bpursuant to (the|an|our) (agreement|contract)\b|\bnecessary to (enter into|conclude|perform)\b/,
      // the contract that binds a processor or imports standard clauses is no ground for processing the reader's data
      unless: /^\W*((the|your) )?right (to|of) (data portability|portability|access|rectification|erasure|restriction|restrict|object)\b|\bcontractual clauses\b|\bgoverned by\b|\b(data processing|processing) (agreement|contract)s?\b|\bcontracts? with (them|each|our|these|its|every) (\w+ )?(providers?|processors?|suppliers?|vendors?|partners?|sub-?processors?)\b/,
      example: 'This processing is necessary for the performance of our contract with you.',
    },
    {
      id: 'legal-basis.en.consent',
      // (withdrawing consent is a right and names no ground by itself: see the lookbehind)
      // "We only send marketing emails if you've agreed to receive them." / "with your explicit consent"
      match:
        /(?<!\b(withdraw|withdraws|withdrawing|withdrawn|revoke|revoking|withdrawal of) )\b(with|on the basis of|based on|rely on|relies on|relying on|subject to|requires?|obtain|obtains|ask for|asks for|your|explicit|prior|express|parental|freely given)( [a-z]+){0,2} consent\b|\b(if|unless|once|when|after|until) you('ve| have)? (agree|agreed|consent|consented|opt in|opted in|accept|accepted|said yes|say yes|ticked)\b|\bif you (allow|let) (it|us|this|them)\b|\bonly (if|when) you (enable|turn on|switch on|activate|choose|allow|agree|switched on|turned on|enabled|opted in|allowed|agreed)\b|\b(with|without) your (prior |express |explicit )?(permission|agreement|authori[sz]ation)\b|'s (prior |written |explicit )?consent\b|\b(as )?(allowed|permitted|authori[sz]ed) (by|under) (the )?(?!applicable\b)([a-z0-9()-]+ ){0,5}(act|gdpr|coppa|ferpa|hipaa|glba)\b|\bconsent (pop-?up|banner|dialog|prompt|tool|manager|management platform|screen|form)\b|\bgive us (your )?(written |express |explicit )?(permission|consent|authori[sz]ation)\b|\b(provide|provides|give|gives) (?!or\b)(\w+ )?consent\b|\bwritten (permission|authori[sz]ation|consent)\b|\b(parent|guardian)s? to consent\b|\bconsent on (their|the child's|your child's|his or her|your) behalf\b|\b(you )?opt in\b|\bopted[- ]in\b|\bwhere you have (given|agreed|consented)\b|(?<!\b(withdraw|withdraws|withdrawing|revoke|revoking) )\bconsent (is|to) (the|this|our|processing)\b|\b(and|once|where) you (agree|consent|say yes)\b|\b(tick|ticks|ticked|check|checked) (the|a|this) (\w+ )?box\b|\bonly\b[^.;]{0,30}\b(if|when|once) you (enable|turn on|switch on|activate|choose|allow|agree|opt in|ask|tick|give)\b/,
      // "where we rely on your consent, you can withdraw it": the right to withdraw, not a ground stated for a processing
      // ...nor "if we process it with your consent, you have the right to withdraw it", a passage opening on that
      // right, consent a child gave without a parent (a breach to fix), permitted-by-law retention, or fresh consent
      // asked before a change of the notice (the changes tag), processing "without your knowledge or consent" where
      // the law allows it, an agent's written permission, or a right listed with the grounds it applies to
      // ...nor consent to a transfer abroad or a list of transfer mechanisms (the transfers tag), "the legal age to
      // consent" defining a child, or managing cookies through a consent banner (a choice)
      unless:
        /\bconsent(s|ed|ing)? to (the |our |such |this |any )?(international )?transfers?\b|\bobtaining your consent,? or other (lawful )?means\b|\b(legal )?(age|old enough) to (give )?consent\b|\b(manage|change|adjust|update|reject|accept)\b[^.;]{0,50}\bconsent (pop-?up|banner|dialog|prompt|tool|manager|management platform|screen|form)\b|\b(where|when|if) you are (asked|requested) to consent\b[^.;]{0,80}\b(you (also )?(have|retain) the right to|you (can|may) (\w+ )?(withdraw|revoke))|\b(where|if|when) we (rely|relied|are relying|process\w*) on (your )?consent\b[^.;]{0,40}\b(withdraw|revoke)|\b(if|where|when|whenever) (we|you)\b[^.;]{0,80}\bconsent\b,? (then )?(you (also )?(have|retain) the right to|you (can|may) (\w+ )?(withdraw|revoke))|^\W*((the|your) )?right to withdraw\b|^\W*(withdrawal of|withdraw(ing)?( your)?) consent\b|\bwithout (parental|a parent's|(a |their )?parent(al)? or guardian|(a |their )?parents?'?) (or guardian('s)? )?(consent|permission|approval)\b|\b(retain|retains|retained|keep|keeps|kept)\b[^.;]{0,80}\b(permitted|allowed) by\b|\b(change|changes|update|updates|changing|updating) (to )?(this|our|the) (privacy )?(policy|notice|statement)\b|\bmaterial(ly)? (change|different)\b|\bwithout your knowledge (or|and) consent\b|\b(change|manage|update|adjust|review) (your )?([\w-]+ )?(consent|permission)s?\b|\bconsent (choices|preferences|settings|status)\b|\b(agree|agreed|agreeing|accept|accepted|accepting) (to )?(this|our|the) (privacy )?(policy|notice|statement)\b|\b(authori[sz]ed )?agents?\b[^.;]{0,80}\b(permission|authori[sz]ation|consent)\b|^\W*((the|your) )?right (to|of) (data portability|portability|access|rectification|erasure|restriction|restrict|object)\b/,
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
      match: /\b(processing|process)\b[^.;]{0,40}\b(legal|statutory) obligations?\b|\b(required|necessary) (in order )?to (meet|comply with|fulfil+) (our |a |the |its |applicable )?(legal|statutory)\b|\bcompliance with (a |our |the )?(legal|statutory) (obligations?|requirements?)\b|\b(law|laws|regulations?|countries|authorities) (require|requires|oblige|obliges|mandate|mandates|force|forces) (us|hotels|companies|operators|[a-z]+) to\b|\bwe (must|are required to|are obliged to|have to) (file|report|disclose|share|provide)\b|\bas (the )?([a-z]+ ){0,2}(law|laws|regulations?|rules) (requires?|demands?|mandates?)\b|\b(legal |lawful )?bases (for|of) (the )?processing\b|\bfollowing (legal )?bases\b/,
      // keeping data "as necessary to comply with our legal obligations" is a retention criterion
      // ...nor is telling people of a breach "as the law requires"
      unless: /\b(retain|retains|retained|keep|keeps|kept|store|stores|stored)\b|\b(notify|tell|inform|let)\b[^.;]{0,80}\b(as|where|when|if) (the )?(law|laws|legislation|regulations?) (requires?|demands?)\b/,
      example: 'Some processing is required to meet our legal obligations.',
    },
    {
      id: 'legal-basis.en.law-requires',
      // "Tax law makes us report sellers' yearly sales." / "We disclose data to the police where the law requires it."
      match:
        /\b(the|tax|employment|consumer|company|money[- ]laundering|banking|insurance|federal|state|national|local|eu|uk|european|[a-z]+ tax) (law|laws|rules|regulations?|legislation) (requires?|required|makes?|made|obliges?|obliged|forces?|compels?|mandates?)\b|\b(where|when|as|because|since) (the |[a-z]+ ){0,2}(law|laws|legislation|regulations?) (requires?|demands?|says so)\b|\b(things|what) the law requires\b|\brequired by (a )?(subpoena|court order|a court|legal process|regulators?|our regulators?)\b|\b(legally|lawfully|statutorily) (required|obliged|bound|obligated)\b|\brequired to by law\b|\b(law|laws|legislation|rules|act) (asks|requires|demands) of us\b|\bwe have a legal duty\b|\b(law|laws|legislation) says? (we|that we) (must|have to|need to)\b|\bwe (must|have to) by law\b|\b(must|have to|need to) (do|keep|share|report|check) (this|it|them|so) by law\b/,
      // "unless we are legally obliged to retain it" is an exception to deletion (retention, rights), no ground
      // ...and "kept for seven years because tax law requires" gives the reason for a retention period
      // ...and "we may share it if we have to by law" is the hedge of a disclosure (the sharing tag), no ground
      // ...nor is telling people of a breach "as the law requires", or "where we are legally required to do so"
      unless: /\b(legally|lawfully) (required|obliged|obligated|bound) to (retain|keep|store|preserve)\b|\bunless (we are|the law)\b|\b(if|when|where) (we (have to|must|are required to)|required) by law\b|\b(kept|retained|stored|keep|retain|store|held)\b[^.;]{0,60}\b(for (\d+|a|an|one|two|three|five|six|seven|eight|ten)\b|as long as|years?|months?)\b|\b(notify|tell|inform|report|let)\b[^.;]{0,80}\b(as|where|when|if) (the )?(law|laws|legislation) (requires?|demands?)\b|\b(where|when|if|as) (we are|we're) (legally|lawfully) (required|obliged|obligated)\b|\b(believe|think|determine)\b[^.;]{0,30}\b(the )?(law|laws) requires?\b/,
      example: "Tax law makes us report sellers' yearly sales to the tax authority.",
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
      match: /\b(legal|lawful) (bas[ie]s|grounds?|reasons?)\b|\bwhy (are )?we (are )?allowed\b|\bwhat gives (you|us) the right\b|\bbas[ie]s (for|of) (the )?processing\b|\blegitimate interests?\b/,
      example: 'Why are we allowed to do this?',
    },
  ],
  examples: [
    ['You can learn more here about the ways and purposes for which we process your data and our legal bases for doing so.', false],
    ['You also have particular rights available to you depending on which legal basis we use.', false],
    ['Our legal basis for sending the newsletter is your consent.', true],
    ['These steps may include standard contractual clauses, obtaining your consent, or other lawful means of transferring personal information.', false],
    ['Children means individuals who are not of legal age to consent to the collection and processing of their personal information.', false],
    ['Some users can manage non-essential cookies via a cookie consent banner, with options to accept or reject them all.', false],
    ['Where you are requested to consent to the processing of your personal data, you have the right to withdraw your consent at any time.', false],
    ['We ask for your consent through a consent banner before we set analytics cookies.', true],
    ['We only use non-essential cookies after obtaining your consent.', true],
    ['To repair your bike and get paid for it. That is our agreement with you.', true],
    ['To keep the accounts Danish law asks of us.', true],
    ['Improving our algorithms with anonymised readings, but only if you switched on "Help improve" in settings.', true],
    ['Strictly necessary | Session cookie | Keeps the site working and remembers your consent choices', false],
    ['The table below shows, for each purpose, the legal ground we rely on and how long we keep the data.', false],
    ['You can change your cookie consent at any time using the link in the footer.', false],
    ['When you accept our Terms of Service, you also agree to this Privacy Policy.', false],
    ['Our contract with you is governed by the laws of Ireland.', false],
    ['We will notify you of a breach and any applicable regulator where we are legally required to do so.', false],
    ['If a breach puts your information at risk, we will notify you as the law requires.', false],
    ['We may disclose information when we believe in good faith that the law requires it.', false],
    ['Please note that we may process your personal data without your knowledge or consent where this is required or permitted by law.', false],
    ['Authorized agents may submit a request on your behalf with your written permission.', false],
    ['The right to data portability, where we process your data based on your consent or to perform a contract.', false],
    ['Where you have given your consent, we send you our newsletter.', true],
    ['We process housing applications as part of our public task under the Housing Act.', true],
    ['The law says we must check your right to work.', true],
    ['In an emergency we may share details to protect your life.', true],
    ['We rely on our legitimate interests to keep the service secure.', true],
    ['Invoicing | Art. 6(1)(c) GDPR (compliance with a legal obligation)', true],
    ['Conclusion of an employment contract (Art. 6 para. 1 lit. b GDPR)', true],
    ['Streaming and billing are part of our contract with you.', true],
    ['This is special category data and we will only hold it with your explicit consent.', true],
    ['We transfer data under standard contractual clauses.', false],
    ['You may withdraw your consent at any time.', false],
    ['We hold your profile because you asked us to show it to employers.', true],
    ['Most of this is needed to carry out our agreement with you: showing your listings and taking payments.', true],
    ['Quoting your policy | Steps taken at your request before entering into a contract | 3 months', true],
    ['The law requires us to keep records of the agencies we introduce candidates to.', true],
    ['We disclose information to government agencies when required by subpoena or court order.', true],
    ['Messages are scanned for scams, because keeping users safe is in our legitimate interest.', true],
    ['Driving data is only transmitted if you enable the Driving Score feature.', true],
    ['News and event offers only reach your inbox if you ticked the box for them.', true],
    ['Background-check providers, only once an employer has made you an offer and you agree to the check.', true],
    ['You have the right to object to processing based on our legitimate interests, including direct marketing.', false],
    ['Where we rely on your consent, you can withdraw it at any time.', false],
    ['You can withdraw consent to the diversity questions at any time.', false],
    ['When data goes there, standard contractual clauses are part of our contract with each provider.', false],
    ['Call records are kept for 18 months.', false],
    ['Guest folios are kept for as long as local tax law requires, typically five to ten years.', false],
    ['If we learn that we hold data of a child we delete it, unless we are legally obligated to retain it.', false],
    ['We may disclose information when required by law.', false],
    ['We might also share your information if we have to by law.', false],
    ['If you have questions about the legal basis on which we use your data, please contact us.', false],
    ['We may share your data with these partners where allowed by applicable law.', false],
    ['We process criminal conviction data for insurance purposes, as allowed by the Data Protection Act 2018.', true],
    ['If we process your personal information with your consent, then you have the right to withdraw your consent at any time.', false],
    ['The right to withdraw consent, where processing is based on your consent.', false],
    ['If a minor has provided us with personal information without parental or guardian consent, the parent should contact us.', false],
    ['We retain your information as long as necessary, or as required or permitted by applicable laws.', false],
    ['If we change this policy in a way that affects your data, we will ask for your consent again.', false],
    ['The right to object to processing of your personal information when it is based on our legitimate interests.', false],
  ],
};

export default file;
