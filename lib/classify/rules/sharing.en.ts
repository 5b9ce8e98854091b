import { WEAK, type RuleFile } from '../types';

// Who else receives the data: processors, partners, group companies, authorities, buyers,
// and whether data is sold (GDPR 13(1)(e); OPP-115 Third Party Sharing/Collection).
// Negated sentences ("we never sell your data") are still about sharing: the rules ignore negation.
const DATA = String.raw`(information|data|details|identifiers|it|them|this|lists?|profiles?|history|records?|email address(es)?|names?)`;

// The notice describing itself ("learn how we collect, use and disclose your data") is an introduction, not a practice.
const SELF_DESCRIPTION =
  /\b(learn|understand|explains?|describes?|tells?( you)?|sets? out|informs?( you)?|covers?) (about )?(how|what|why) we\b|\b(this|our) (privacy )?(policy|notice|statement) (explains|describes|sets out) how\b[^.;]{0,120}\bcollect, use(,)? and (share|disclose)\b/;

// The same in passing: "This Privacy Policy explains how Example Inc. d/b/a Shop collect, use, and share...", a lead-in
// to a list of aims ("we may collect, use and/or disclose your personal data for the following purposes:"), or a
// choice or control over "our collection, use and sharing of your information": none names a recipient.
const IN_PASSING =
  /\b(this|our) (privacy )?(policy|notice|statement)\b[^;]{0,40}?\b(explains|describes|sets out)\b[^;]{0,160}?\bcollect, use,? (and|or|and\/or) (share|disclose)\b|\bcollect, use(, process)?,? (and\/or|and|or) (disclose|share) (your |the |such )?(personal )?(data|information) for\b|\b(collection|use)(,| and| or)+ (use(,| and| or)+ )?(sharing|disclosure) of (your |the )?(personal )?(data|information)\b|^(?!.*\bwe (may |will |also |do |only |continue to |can |might )*(share|shares|disclose|discloses|sell|sells)\b).*\bopt(s|ed|ing)?[- ]out of\b[^.;]{0,50}\b(sale|selling|sharing)\b/;

// Safeguards "against loss, misuse, unauthorised access or disclosure" are security; a passage on how long data is kept
// ("we retain it ... if we receive a valid subpoena asking us to keep it") is retention; a right stated as a label
// ("Right to request deletion: ... exceptions ... service providers", "Withdrawal of consent: ... use or disclosure") is a
// right, a question for us about our providers is the contact, and the notice saying it does not apply where we are
// ourselves a processor sets its scope: none says who receives the data.
const OTHER_TOPIC =
  /\b(loss|misuse|theft|interference|unauthori[sz]ed (access|use))\b[^.;]{0,60}\bdisclosure\b|^(?!.*\b(share|shares|sharing|shared|disclos\w*)\b)\W*[\w ,'|/-]{0,30}?\bwe (may |will |also )*(retain|keep|maintain|preserve)\b|^\W*((the|your) )?right (to|of) (request )?(deletion|delete|erasure|erase|receive|rectification|correct|portability|restrict|restriction|object)\b|^\W*(withdrawal of consent|withdraw(ing)? (your )?consent)\s*[:|]|^\W*if you have (any )?(questions?|concerns?|comments?)\b|\b(does not|doesn't|do not|don't) apply\b[^.;]{0,60}\b(in the role of|acting as|as) (a |the )?(data )?processor\b/;

// Data coming to us from others ("We receive information about you from other users") is collection, the right to
// know who receives data and portability are rights: none names a recipient of the reader's data.
const SOURCE_FRAME =
  /\b(we|us) (may |also |can |will |sometimes )*(receive|receives|obtain|obtains|get|gets|acquire|acquires|gather|gathers)\b[^.;]{0,80}\bfrom\b|\bsources? of (personal )?(information|data)\b/;
const RIGHT_TO_KNOW =
  /\bright to (see|know|request|access|obtain|receive|get)\b[^.;]{0,60}\b(categories|types|kinds|pieces|specific|details|third parties)\b|\bportability\b|\b(transmit|transfer|send|move) (it|them|the data|your data|your (personal )?(information|data))\b[^.;]{0,20}\b(another|other|a new) (controller|company|service|provider|organi[sz]ation)\b/;

// Advice to the reader ("never share your password"), a breach reported to a regulator (security) and the reader's
// complaint to an authority (a right) disclose nothing, nor does our own team receiving or seeing it.
const NOT_A_DISCLOSURE = /\b(do not|don't|never|not to) (share|disclose|give out) (your |their )?(password|passwords|login|credentials|pin|account details)\b|\b(password|passcode|pin|credentials|login details)\b[^.;]{0,60}\b(do not|don't|never|not to) (share|disclose|give)\b|\b(breach|breaches)\b|\b(complain|complaint|complaints|unhappy|dissatisfied|not satisfied)\b[^.;]{0,60}\b(authorit(y|ies)|commission(er)?|regulator|ombudsman|office)\b|\b(our|the) ([\w-]+ ){0,2}(team|teams|staff|employees|colleagues|moderators|agents) (receives?|gets?|sees?|can see|reads?|has access|have access)\b/;

const file: RuleFile = {
  tag: 'sharing',
  lang: 'en',
  rules: [
    {
      id: 'sharing.en.share-verb',
      // "We share personal information with service providers who act on our behalf."
      match: new RegExp(
        String.raw`\b(share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|disclosure|pass|passes|passed|passing|hand over|handed over|hands over|transmit|transmits|transmitted|make available|makes available|made available)\b[^.;]{0,60}\b${DATA}\b[^.;]{0,60}\b(with|to)\b|\b(share|shares|shared|disclose|discloses|disclosed|pass(es|ed)?)\b[^.;]{0,60}\b(with|to) (third parties|partners|affiliates|service providers|advertisers|anyone|other companies|companies|our (group|subsidiar|parent|affiliat|partners|service|vendors))`,
      ),
      // sharing content with friends or publishing a review is the reader's own act; data passed to us is collection
      unless: new RegExp(
        String.raw`\b(when|if) you share\b|\byou (can|may) share\b|\bshare (your|their) (feedback|views|opinion)|\b(to|with) us\b|${SELF_DESCRIPTION.source}|${IN_PASSING.source}|${OTHER_TOPIC.source}|\b(do not|don't|never|not to) (share|disclose|give out) (your |their )?(password|passwords|login|credentials|pin)\b|\b(password|passcode|pin|credentials|login details)\b[^.;]{0,60}\b(do not|don't|never|not to) (share|disclose|give)\b|${RIGHT_TO_KNOW.source}`,
      ),
      example: 'We share personal information with service providers who act on our behalf.',
    },
    {
      id: 'sharing.en.we-share',
      // "When you do this we'll share an identifier with the device maker."
      match: /\bwe('ll|'d)?( (?!you\b)[a-z']+){0,3} (share|shares|disclose|discloses)\b(?! (and|or) )|\b(share|sharing|disclose|disclosing|selling) (of )?(your|customers'?|their|personal) (\w+ )?(information|data)\b|\b(limit|limits|restrict|restricts) (\w+ ){0,2}sharing\b|\bjoint marketing\b|\bnon-?affiliates?\b|\b(shares|discloses) (your |personal |certain |some |the |this )?(information|data)\b/,
      // "opt out of the sale or sharing of personal information" names a right, not a practice
      unless: new RegExp(
        String.raw`\b(when|if) you share\b|\byou (can|may|choose to|decide to) share\b|\bwe share (your|the|their) (concerns?|values?|commitment|goal)|\bopt(s|ed|ing)?[- ]out of (the )?(sale|selling|sharing)\b|\bopt(s|ed|ing)?[- ]out of\b[^.;]{0,40}["\u201c](sale|sharing)\b|${SELF_DESCRIPTION.source}|${IN_PASSING.source}|${OTHER_TOPIC.source}|\b(do not|don't|never|not to) (share|disclose|give out) (your |their )?(password|passwords|login|credentials|pin)\b|\b(password|passcode|pin|credentials|login details)\b[^.;]{0,60}\b(do not|don't|never|not to) (share|disclose|give)\b|${RIGHT_TO_KNOW.source}`,
      ),
      example: "When you do this we'll share an identifier with the device maker.",
    },
    {
      id: 'sharing.en.sell',
      // "We never sell your information to anyone." (a sale of data, not of products)
      match: new RegExp(
        String.raw`\b(sell|sells|sold|selling|rent|rents|rented|renting|lease|leases|trade|trades|traded|monetis[ez]|monetiz[ez])\b[^.;]{0,40}\b(personal|information|data|details|identifiers|lists?|profiles?|email address(es)?)\b|(?<!opt[- ]out of (the )?((sale|selling)( or | and |, |\/))?)\b(sale|sales|selling|sharing) of (your |their |consumers' )?(personal )?(information|data)\b|["\u201c]sale["\u201d,]* or ["\u201c]sharing\b|\b(never|not|don't|do not|won't|will not) sell (what|anything|any of)\b`,
      ),
      // "request to opt out of targeted advertising and/or the sale of your personal information" names a right
      unless: IN_PASSING,
      example: 'We never sell your information to anyone.',
    },
    {
      id: 'sharing.en.business-transfer',
      // "If we are involved in a merger, acquisition or sale of assets, your information may be transferred to the buyer."
      match:
        /\b(business transfers?|mergers?|acquisitions?|acquired by|bought by|merged with|reorgani[sz]ation|bankruptcy|insolvency|change of control|divestiture|sale of (all|some|part|substantially|our|the|a) [^.;]{0,30}(assets|business|company|shares|stock)|new owner|successor (entity|company|in interest))\b/,
      example: 'If we are involved in a merger, acquisition or sale of assets, your information may be transferred to the buyer.',
    },
    {
      id: 'sharing.en.processors',
      // "They act only on our documented instructions under a data processing agreement." (processors and service providers acting for us)
      match:
        /\bon (our|its|their) (behalf|instructions)\b|\bon (the |our )?[a-z]+'s instructions\b|\b(data )?processing agreements?\b|\b(sub-?)?processors?\b|\bservice providers? (who|that|which|to|such as|for|like|under contract)\b|\b(hosted|stored|processed|handled|managed|operated|run|provided|performed|collected) (by|through|via) (?!the company\b)(an? |our |the )?[a-z ]{0,30}(provider|vendor|company|partner|supplier|processor|bureau|agency)s?\b|\b(provider|vendor|processor|partner|supplier)s?,? (which |who |that )?(stores?|hosts?|processes|receives?|has access|have access|handles?|records?|collects?|logs?|runs?)\b|\bour ([a-z-]+ ){0,3}(vendor|provider|processor|partner|supplier|laborator(y|ies)|lab|contractor)s? (\w+ )?(extracts?|compares?|analy[sz]es|verif(y|ies)|checks?|matches)\b|\b(payments?|transactions?|orders?|purchases?) (go|goes|are processed|are handled|is processed|is handled) (through|via)\b|\b(providers?|processors?|stores|partners|vendors|third parties) (handle|handles|process|processes) (all |your |the )?(payments?|transactions?|data|information)\b|\bwe work with (other )?(companies|partners|vendors|third parties|service providers|suppliers)\b|\b(work|services?) for us\b/,
      unless: new RegExp(String.raw`\bpayment processors? (accepts?|handles?)\b|${SOURCE_FRAME.source}|${OTHER_TOPIC.source}`),
      example: 'They act only on our documented instructions under a data processing agreement.',
    },
    {
      id: 'sharing.en.recipients-act',
      // "Insurance companies receive trip details when a claim is made." (a named recipient receives, sees or is given the data)
      match:
        /\b(partners|providers|vendors|employers|insurers|advertisers|affiliates|third parties|companies|sponsors)\b[^.;]{0,40}\b(receive|receives|get access|have access|may see|can see)\b|\b(driver|drivers|host|hosts|seller|sellers|buyer|buyers|other users|recipients?|employer|merchants?|partners?|advertisers|others|everyone|anyone|the public|followers|friends|members|creators|publishers|developers|organi[sz]ers?|beneficiar(y|ies))\b (always )?(sees?|can see|will see|may see|has access to|have access to|can access|get|gets|receive|receives)\b|\b(which|who) (receives?|gets?) (your|the)\b|\b(the|our|a|your) (?!(app|apps|service|site|website|platform|device|browser|system|server)\b)([a-z]+ )?[a-z]+ (receives?|gets?|is given|are given|sees?) (your|the)\b|\breports? [a-z ,-]{0,60}\bto (the )?[a-z ]{0,30}\b(inspectorate|authority|authorities|agency|regulator|police|bureau|unit|administration|revenue)\b|\b(pass|passes|passed|go|goes|are sent|is sent|are passed|is passed|are transferred|is transferred) to (the|our|your) [a-z ]{0,30}\b(office|team|department|company|partner|provider|authorit\w*|agency|sponsor)\b|\b(group|affiliated|parent|sister) compan(y|ies) (provide|provides|may access|receive|receives|help|helps)\b|\b(give|gives|provide|provides|send|sends) (advertisers|partners|third parties|anyone|other companies)\b|\b(companies|entities|members|affiliates) (in|of) (the|our) [a-z ]{0,20}(group|family)\b|\bintra-?group\b|\bwe (\w+ )?(give|pass|send|provide) (the|our|your) [a-z]+ (your|their)\b|\b(host|hosts|employer|parent|guardian|emergency contact|recipient)s? (is|are|will be|may be) (notified|informed|told|alerted)\b|\bwe (tell|inform|notify|update) (your|the) (gp|doctor|employer|school|bank|insurer|host|parent|guardian)\b|\b(sell|sells|sold|selling|license|licenses|licensed)\b (\w+ ){0,2}(reports|insights|datasets|statistics|audiences)\b|\bupload (\w+ ){0,6}(to|with) (those|these|the|social|advertising|third-party) (\w+ )?(platforms?|networks?|partners?)\b|\bwe (\w+ )?(pass|send|give|provide|transmit|forward)\b[^.;]{0,60}\bto (that|the|this|your|our|a|an) (\w+ )?(dealer|partner|provider|company|insurer|bank|retailer|restaurant|courier|driver|authority|agency|merchant|seller|employer|school|hotel|airline|third part(y|ies))s?\b|\b(is|are) (sent|passed|disclosed|provided|shared|given|reported|transmitted) to (the |our |your |a |an )?(?!(us|you|(our |its |the )?(own )?(servers?|systems?|cloud|data cent(er|re)s?|backend|databases?|devices?))\b)[a-z]+|\b(independent|separate|joint) controllers?\b|\bwe (\w+ )?(send|give|pass|provide) (them|it|him|her) (the |your |this |any )?(data|information|details)\b|\b(credit|identity|background|criminal record|reference|screening) (checks?|searches?)\b[^.;]{0,40}\b(with|through|via|at)\b|\b(requests?|orders?|demands?) (from|by|of) (the )?([a-z]+ ){0,2}(law enforcement|police|government|authorities|regulators?|courts)\b|\b(file|files|submit|submits|make|makes) (\w+ ){0,3}reports? (to|with)\b/,
      // data we receive from partners is collection, and the right to have data moved to another company a right
      unless: new RegExp(String.raw`\b(we|us|apple|[a-z]+ (inc|ltd|llc)) (may )?(also )?(receive|receives|obtain|obtains|get|collect|collects|acquire|acquires)\b[^.;]{0,60}\bfrom\b|\bportability\b|${NOT_A_DISCLOSURE.source}|${RIGHT_TO_KNOW.source}|${OTHER_TOPIC.source}`),
      example: 'Insurance companies receive trip details when a claim is made.',
    },
    {
      id: 'sharing.en.public',
      // "Comments you post appear publicly under your display name." (what other users or the public can see)
      match:
        /\bvisible to (other|the|your|all|any|anyone|everyone|followers|friends|the public)\b|\b(appear|appears|displayed|shown|published|visible) publicly\b|\b(appear|appears|displayed|shown|listed) on (the|your|our|a) (\w+ )?(page|profile|feed|leaderboard|website)\b|\b(people|users|members|anyone|others)\b[^.;]{0,40}\bcan (always )?see (your|the|who)\b|\bpost (the |your |these |some )?(photos?|videos?|images?|pictures|content|reviews?) (on|to)\b|\banyone (with|who has) (the|a|this) link\b|\bpublic (verification |profile |share |sharing )?links?\b|\bpublicly (visible|available|displayed|shown)\b|\b(is|are|will be|becomes?) public\b|\bpublish (it|them|your|their)\b|\b(seen|viewed|accessed|downloaded) by (anyone|everyone|the public|other (users|members|people)|others)\b/,
      // information gathered from publicly available sources is collected, not disclosed
      unless: /\bpublicly available (sources?|information|data|databases?|records?|registers?)\b|\b(is|are) publicly available (on|from|in)\b|\bfrom (other )?public(ly available)? sources\b/,
      example: 'Comments you post appear publicly under your display name.',
    },
    {
      id: 'sharing.en.third-party-cookies',
      // "Marketing cookies are set by our advertising partners." (third parties collecting through cookies and identifiers on our pages (OPP-115 third-party collection))
      match:
        /\b(vendors|partners|third parties|advertisers|companies|networks)\b[^.;]{0,40}\b(place|places|set|sets|use|uses|drop|drops|read|reads)\b[^.;]{0,30}\b(cookies|pixels|sdks|tags|identifiers|ids?)\b|\b(cookies|pixels|tags|sdks)\b[^.;]{0,20}\b(set|placed|served|dropped|used|read) by (our |third-party |third party )?[a-z ]{0,30}(partners|providers|vendors|third parties|advertisers|networks|companies)\b|\bthird[- ]party cookies\b/,
      example: 'Marketing cookies are set by our advertising partners.',
    },
    {
      id: 'sharing.en.authorities',
      // "We may disclose information to law enforcement when the law requires it."
      match:
        /\b(law enforcement|police|courts?|government (authorities|agencies)|public authorities|regulators?|tax authorit(y|ies)|fraud prevention agencies|credit reference agencies|credit bureaus?|credit agenc(y|ies)|consumer reporting agenc(y|ies)|debt collect(ion|ors?)( agencies)?)\b[^.;]{0,60}\b(request|require|order|subpoena|law|allows?|share|disclose|search|provide|add)|\b(subpoenas?|court orders?|legal process|lawful requests?|warrants?)\b|\b(sent|passed|provided|disclosed|given|transmitted|reported|disclosures?|transfers?) to (the )?[a-z ]{0,40}\b(authorities|agencies|police|regulators|courts|government|border|customs|immigration)\b|\b(search|searches|check|checks|consult|consults)\b[^.;]{0,50}\b(credit reference agenc\w*|credit bureaus?|fraud prevention agenc\w*)/,
      // a breach reported to the regulator is security
      unless: new RegExp(String.raw`\b(breach|breaches)\b|${OTHER_TOPIC.source}`),
      example: 'We may disclose information to law enforcement when the law requires it.',
    },
    {
      id: 'sharing.en.plain',
      // "Other players see your player name." / "Your booking goes to the local franchise." (who else gets the data, in plain words)
      match:
        /\b(other (players|users|members|customers|people|drivers|riders|guests|buyers|sellers|parents|learners)|artists|labels|sellers|buyers|employers|hosts|drivers|riders|recruiters|teachers|your followers|sitters|owners|walkers|tutors|tenants|landlords|coaches|trainers|carers|friends you add)\b (can |may |will )?(see|sees|view|views|receive|receives)\b|\b(goes|go|is passed|are passed|is sent|are sent|is handed|are handed|is reported|are reported|report|reports|give|gives|pass|passes|send|sends)\b [^.;]{0,50}\bto (the |our |your |a |an |that |these |those |their |local |public )?([\w-]+ ){0,2}(authorit(y|ies)|police|hmrc|regulators?|insurers?|franchises?|employers?|courts?|bodies|agencies|supervisors?|gp|doctors?|hospitals?|schools?|lenders?|partners?|providers?)\b|\b(handled|processed|delivered|fulfilled|carried out) by (a|an|third-party|licensed|external|outside|specialist|independent) \w+|\b(partners?|apps?|services?|devices?) you (connect|link)\b[^.;]{0,60}\breceive\b/,
      // the reader sending a complaint or request to an authority exercises a right; nothing of theirs is disclosed by us
      unless: new RegExp(String.raw`\b(complaints?|concerns?|requests?|queries|questions|appeals?)\b[^.;]{0,20}\bto (the |your |a |an |our )?([\w-]+ ){0,3}(authorit(y|ies)|regulators?|ombudsman|commission(er)?|office)\b|\byou (can |may |could )?(also )?(send|pass|report|give)\b|${NOT_A_DISCLOSURE.source}`),
      example: 'Other players see your player name and match history.',
    },
    {
      id: 'sharing.en.recipients',
      // "the network operator and meter installers who need to visit your property;" (a recipient, under a sharing heading)
      match:
        /\b(third[- ]part(y|ies)|partners?|affiliates?|subsidiar(y|ies)|group companies|vendors?|suppliers?|contractors?|service providers?|operators?|agency|agencies|advertisers|recipients?|buyers?|successors?|sdks?|providers?|company|companies|organi[sz]ations?|authorit(y|ies)|bod(y|ies)|sponsors?|government|departments?|office|council|ministry|regulators?|banks?|insurers?|employers?|schools?|universit(y|ies)|police|courts?|lawyers|auditors|advisers|advisors|professional|other users|sellers|merchants|drivers|hosts|accountants?|manufacturers?|bureaus?|card schemes|payment (systems|networks|schemes)|(apps|services|devices) you connect)\b(?!'s? (website|site|app|privacy|terms))(?![ -](details|account|accounts|statements?|numbers?|names?|registered|registration|issued|cards?|ids?|transfers?|holidays?)\b)/,
      weight: WEAK,
      unless: new RegExp(`${NOT_A_DISCLOSURE.source}|${SOURCE_FRAME.source}|${RIGHT_TO_KNOW.source}|${OTHER_TOPIC.source}|${IN_PASSING.source}`),
      example: 'the network operator and meter installers who need to visit your property;',
    },
  ],
  headings: [
    {
      id: 'sharing.en.heading',
      // "How We Share Your Information"
      match:
        /\bshar(e|es|ed|ing)\b|\bdisclos\w*|\brecipients?\b|\bthird[- ]part(y|ies)\b|\bwho (do )?(we|you) (share|give|pass|send|hand)\b|\bservice providers\b|\bsale of\b|\bsell\b|\bwho (else )?(gets|receives|can see|sees|has access|have access)\b|\b(partners|vendors|affiliates|processors|sub-?processors)\b/,
      // "Information you share with us" is collection
      // ...and "Information from third parties", "Third-party information", "Sources" name where data comes from
      unless: /\bcookies?\b|\byou share\b|\bwith us\b|\bfrom (third[- ]part(y|ies)|other sources|others|partners)\b|\bthird[- ]party (information|data|sources)\b|\bsources\b/,
      example: 'How We Share Your Information',
    },
  ],
  examples: [
    ['The card schemes and payment systems, and the banks of the people you pay or get money from.', false],
    ['Sitters see an owner\'s first name, suburb and pet profile when a request comes in.', true],
    ['When you comment on a recipe, what you post is public, along with your display name.', true],
    ['Online bookings go through our booking system provider, which stores them for us.', true],
    ['The ring measures signals from your body, and we never sell what it measures.', true],
    ['Scope. This Policy applies to all personal information processed by the Company.', false],
    ['Bank details and a copy of your government-issued ID.', false],
    ['If you are unhappy with our response, you can contact the Information Commissioner\'s Office.', false],
    ['Portability: you can also request that we transmit the data to another controller.', false],
    ['You have the right to request that we disclose the categories of third parties with whom we share your personal information.', false],
    ['We receive information about you from our service providers and other vendors that we engage.', false],
    ['Our support team receives your messages and answers them within two days.', false],
    ['You can also complain to the Information Commissioner\'s Office.', false],
    ['We share your data with service providers, some of whom are located outside the EEA.', true],
    ['Keep your account safe: never share your password with anyone.', false],
    ['Keep your password secure and do not share it with anyone.', false],
    ['If a breach puts your data at risk, we will notify you and the regulator within 72 hours.', false],
    ['You can send a complaint to the supervisory authority.', false],
    ['When you rent abroad, your booking goes to the local franchise in that country.', true],
    ['Payments are handled by a licensed payment institution.', true],
    ['We report some infections to public health bodies because the law requires it.', true],
    ['Partners you connect, like a smart speaker, receive what you choose to share with them.', true],
    ['Artists see statistics about their listeners, but never names.', true],
    ['Your request is handled by our privacy team.', false],
    ['Send your request to our data protection officer.', false],
    ['We share personal information with service providers who perform services on our behalf.', true],
    ['We never sell your information to anyone.', true],
    ['We do not sell or share the personal information of consumers we know to be under 16.', true],
    ['If Reelbox is bought by, or merged with, another company, your account would move to the new owner.', true],
    ['We do not sell products to children: only adults may place an order.', false],
    ['You can share playlists with your friends.', false],
    ['You can share your information with friends.', false],
    ['We continue to share your information as described in this notice.', true],
    ['We sell garden furniture and tools online.', false],
    ['Crash reports are sent to our servers so we can fix bugs.', false],
    ['Advertising partners | We receive data about you from certain advertising partners, such as device identifiers.', false],
    ['Right to data portability: you can also request that we transfer the data to another company.', false],
    ['Publicly available sources: we may acquire information about you from publicly available sources.', false],
    ['This Privacy Policy explains how Example Inc. d/b/a Shoply ("we") collect, use, and share your personal information.', false],
    ['We may also collect, use and/or disclose your personal data for the following purposes, on the basis of our legitimate interests:', false],
    ['We give you choices about our collection, use, and sharing of your information.', false],
    ['Request to opt out of targeted advertising and/or the sale or sharing of your personal information.', false],
    ['We maintain security measures designed to protect your information against loss, misuse, unauthorized access, disclosure and alteration.', false],
    ['We keep data where there is an outstanding claim, in particular if we receive a valid legal subpoena asking us to preserve it.', false],
    ['Right to request deletion: you may ask us to delete your data, except where our service providers need it to complete a transaction.', false],
    ['We keep your order history for two years and share it with our delivery partners while an order is open.', true],
    ['We may disclose information to law enforcement when a court orders it.', true],
    ['We do not sell your personal information, and you do not need to opt out.', true],
    ['We share your purchases with merchants for personalised offers; to opt out of this sharing, edit your settings.', true],
    ['Withdrawal of consent: if you withdraw it, you may have to consent again to each use or disclosure of your data.', false],
    ['If you have questions about our practices, including where a service provider acts on our behalf, contact our privacy team.', false],
    ['This policy does not apply where we process personal information in the role of a processor on behalf of other companies.', false],
  ],
};

export default file;
