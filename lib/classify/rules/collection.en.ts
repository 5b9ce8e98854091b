import { WEAK, type RuleFile } from '../types';

// Which personal data is collected, and from which sources (GDPR 13(1), 14(1)(d), 14(2)(f);
// OPP-115 First Party Collection/Use, the "what").
// Not a description of what is collected: the children's clause ("we do not knowingly collect"), a right
// ("the right to know what we have collected"), a purposes lead-in ("we use the information we collect to:"),
// or the notice describing itself ("this policy explains what we collect"); nor are questions about how we collect
// (contact), data kept for the purposes "for which it was collected" (retention), the notice announcing changes, the
// right to withdraw consent given for a collection, or the legal basis on which we collect.
const NOT_COLLECTION =
  /\bknowingly (collect|gather|solicit)|\bcollect(ed|s)? from (a )?(child|children|minors?)\b|\bright to (know|access|request|obtain)\b|\buse (the|this|your) (personal )?(information|data) (we|that we) collect|\b(policy|notice|statement|it|this) (tells|explains|describes|sets out)\b[^.;]{0,40}\bwhat\b|\b(tell|tells|explain|explains|describe|describes|set out|sets out|learn|understand|covers?)( you| about)? how we\b|\b(questions?|concerns?|comments?|queries|further information)\b[^.;]{0,20}\b(about|regarding|concerning)\b[^.;]{0,160}\b(contact|write to|e-?mail|reach|call)\b|\bfor which (it|they|the data|the information|such data|your data|your personal (data|information)) (was|were|is|are|has been|have been) (collected|obtained)\b|\b(may|will|might|can|to|we) (change|update|modify|amend|revise) (this|our|the) (privacy )?(policy|notice|statement)\b|^\W*(if|where|when) we (have )?(collect|process)\w*\b[^.;]{0,80}\bconsent\b[^.;]{0,40}\bright to withdraw\b|\b(legal|lawful) basis on which we collect\b|\bstop collecting\b|\b(data|information) we collect (\w+ )?(is|are) (kept|retained|stored|deleted)\b|\baccess (is|are) logged\b/;

const file: RuleFile = {
  tag: 'collection',
  lang: 'en',
  rules: [
    {
      id: 'collection.en.we-collect',
      // "We collect information you give us directly."
      match:
        /\b(collect|collects|collected|collecting|gather|gathers|gathered|gathering)\b[^.;]{0,80}\b(information|data|details|address(es)?|names?|numbers?|identifiers?|history|location|content|recordings?|readings?|ids?|metadata)\b|\b(information|data|details)\b[^.;,]{0,30}\b(we|that we|which we) (collect|gather|obtain|receive)\b/,
      // "We do not knowingly collect ... from children" is the children's clause, not a list of data
      unless: NOT_COLLECTION,
      example: 'We collect information you give us directly.',
    },
    {
      id: 'collection.en.we-will-collect',
      // "If you mention us in a post, we'll collect your handle."
      match: /\bwe('ll| will| may| might| also| automatically| only| can| do| then)? (collect|gather|obtain|retrieve|fetch|import|bring in|pull in)\b(?! (and|or) )(?! ((your|their|verifiable|parental|a parent's|explicit|express|prior|written|separate) )*(consent|permission))|\b(keep track of|track) (what|which|how|when|where) you\b|\b(record|records|recorded|film|films|filmed|photograph|photographs) you\b|\buse your (webcam|camera|microphone)\b|\b(units?|devices?|sensors?|cameras?|trackers?|dashcams?|meters?|readers?|wearables?|bands?|watch(es)?)\b( \w+)? (that |which )?(records?|logs?|captures?|measures?|tracks?|photographs?|films?|reads?)\s(your |the |how |when |where )?(\w+ )?(location|speed|mileage|movements?|heart rate|sleep|steps|activity|usage|driving|braking|car|vehicle|face|voice|fingerprints?|images?|footage|readings?)\b|\bwe (ask|ask you) for (the|your|a|an|their)\b(?! ([\w']+ )?(explicit |express |prior |written |separate )?(consent|permission|agreement|approval|authori[sz]ation))[^.;]{0,60}\b(name|e-?mail|phone|address|date of birth|number|details|id|licence|license)\b|^\W*what we (see|get|receive|learn|record|log|collect|keep)\b[^.;]{0,30}:|\bwe (link|connect|associate|combine|match)\b[^.;]{0,60}\b(to|with) your (account|profile|card)\b/,
      unless: NOT_COLLECTION,
      example: "If you mention us in a post, we'll collect your handle.",
    },
    {
      id: 'collection.en.category-line',
      // "payment information, such as card numbers and billing address;" (a data category named and illustrated)
      match: /^\W*([a-z&'\/-]+ ){0,3}(information|data|details|content)\b[^.;]{0,3}\s(such as|e\.g\.?|for example|including|like)\b/,
      example: 'payment information, such as card numbers and billing address;',
    },
    {
      id: 'collection.en.you-provide',
      // "When you create a profile, you give us your email address and a password."
      match:
        /\b(you|users|subscribers|customers|members|applicants|visitors|players|patients|parents) (also )?(give|gives|provide|provides|submit|enter|send|share|upload)( to)? us\b|\b(we|you) (just |only |also )?(need|needs|require|requires|must provide)\b[^.;]{0,40}\b(e-?mail|name|address|phone|password|date of birth)\b|\byou (enter|enters|type|provide|give|submit|upload|fill in) (your|a|an|the|some|certain|any)\b|\bgive us (your|a|an)\b(?! (written |express |explicit )?(permission|consent|authori[sz]ation))|\b(provided|given|submitted|supplied) by you\b|\b(we|reception|staff|the app|the form|our [a-z]+) (will |may )?(ask|asks|asked) (you )?for (your|a|an)\b(?! (explicit |express |prior |written )?(consent|permission))/,
      // giving information to prove who you are is part of a request, not a category of data
      unless: /\bverify (your|their) identity (by|using|with|against)\b|\bsubmit (a|your|an) (request|complaint|appeal|claim)\b|\bgive us (your )?(written |express |explicit )?(permission|consent|authori[sz]ation)\b/,
      example: 'When you create a profile, you give us your email address and a password.',
    },
    {
      id: 'collection.en.other-sources',
      // "We also obtain information from data brokers and our marketing partners."
      match:
        /\b(obtain|obtains|obtained|receive|receives|received|get|gets)\b[^.;]{0,60}\b(information|data|details|name|e-?mail address)\b[^.;]{0,60}\bfrom\b|\b(sources?) (of|from which)[^.;]{0,20}\b(information|data)\b|\bwe (receive|obtain|get)\b[^.;]{0,40}\bfrom (your employer|third parties|other sources|partners|social (networks|media))|\b(send|sends|pass|passes|give|gives|provide|provides|share|shares|forward|forwards|transmit|transmits)\b[^.;]{0,40}\b(data|information|details|name|e-?mail)\b[^.;]{0,20}\b(to us|with us)\b|\b(send|sends|share|shares|give|gives|provide|provides) us (the |your |with |(\w+ ){0,2}(data|information|details|reports?)\b)|\b(stays?|remains?|is stored|are stored|is kept|are kept) (only |locally )?(on|in) your (device|computer|phone|browser)\b|\bwe (may |also |will |might |can )?(receive|obtain|get|access) (\w+ ){0,3}(information|data|details)\b|\b(publicly available|public) (information|sources|records|data)\b|\b(data|information|details) (obtained|received|collected|gathered) from\b|\b(data|information|details) from (third parties|other sources|public sources|credit (reference )?agencies|data brokers|our partners)\b|\b(platforms?|they|partners?|providers?|networks?|services?|third parties|apps?|companies|sites?|employers?|advertisers|retailers|agents|brokers)\b (\w+ ){0,2}(share|shares|shared|send|sends|sent|pass|passes|passed|provide|provides|provided|give|gives|gave|disclose|discloses|disclosed)\b[^.;]{0,60}\b(with|to) us\b/,
      example: 'We also obtain information from data brokers and our marketing partners.',
    },
    {
      id: 'collection.en.categories',
      // "We process the following categories of personal data:"
      match:
        /\b(following|these|which|what|categories of|types of|kinds of)\b[^.;]{0,20}\b(categories|types|kinds|pieces) of (personal |your )?(information|data)\b|\bcategories of (personal )?(information|data) (we|that we) (collect|process|hold|have collected)/,
      // the right to know which categories we collect is a right, not a list of what is collected
      unless: /\bright to (know|request|access|obtain|receive)\b[^.;]{0,60}\b(categories|types|kinds|pieces)\b/,
      example: 'We process the following categories of personal data:',
    },
    {
      id: 'collection.en.we-log',
      // "We record calls to our customer service team." / "As you watch, we log what you play."
      match: /\b(there (is|are) (a |two |some )?cameras?|cameras? (in|above|at|on|cover|covers|record|records) )\b|\b(we|it|they|(the )?(app|band|device|service|website|site|watch|camera|sensor|doorbell|microphone|card|badge|reader|system)s?) (do not |don't |never |only |also |may |can |will )?(log|logs|capture|record|records|recorded|capture|captures|scan|scans|measure|measures|track and record)\b/,
      example: 'We record calls to our customer service team.',
    },
    {
      id: 'collection.en.learn-about-you',
      // "We also learn about you from your activity: the videos you watch and what you search for."
      match: /\bwe (also )?(learn|find out|know|infer|derive)\b[^.;]{0,20}\babout you\b|\b(tell|tells|inform|informs|notify|notifies) us (about|of) (actions|purchases|your|what you)\b|\b(sync|upload|import) (your )?(phone )?(contacts|address book)\b/,
      example: 'We also learn about you from your activity: the videos you watch and what you search for.',
    },
    {
      id: 'collection.en.automatically',
      // "Information collected automatically when you use our services"
      match: /\b(automatically|passively) (collect|collected|receive|received|record|recorded|logged|generated|created|transmits|transmitted|sends|sent)\b|\b(information|data|details|address(es)?|calls?|conversations?|activity|activities|dates?|times?|locations?|usage|interactions?|messages?|registration|visits?)\b[^.;]{0,30}\b(is|are|be|been) (recorded|logged|captured)\b|\bit (includes|contains) (your|the)\b|\bwe (take|note|capture) (your|the) (\w+ )?(name|details|e-?mail|address|phone|number|date of birth|photo)|\byou (complete|fill in|fill out|answer) (a|an|the|our) (\w+ ){0,2}(questionnaire|form|survey)\b|\bwe (may )?(photograph|film|take photos of)\b|\b(records?|data|information|logs?|profiles?) (can |may |will |might )?(include|includes|contain|contains|consist of|comprise|comprises)\b|\b(monitored|recorded|filmed|covered|watched) by (cctv|video surveillance|security cameras?)\b|\b(cctv|video surveillance|security cameras?) (is|are) (used|in (use|operation)|installed)\b|\bwe (use|operate) (cctv|video surveillance|security cameras?)\b|\b(face (geometry|map|scan|template|data)|facial (geometry|recognition|features|scan)|map of your face|fingerprints?|voiceprints?|biometric (data|identifiers|information))\b|\b(browser|device|app|phone|car|vehicle|watch|tracker|meter|thermostat|camera|doorbell) (automatically )?(transmits|sends|shares|provides|uploads|reports)\b(?! you\b)|\b(is|are) (sent|uploaded|transmitted|streamed) to (our|us)\b|\bwe (\w+ )?(process|processes|store|stores|record|records|hold|holds|save|saves)\b (your |the |certain |some )?(\w+ )?(e-?mail( address)?|name|phone number|ip address|postal address|date of birth|(precise )?geolocation|location data|biometric data|health[a-z -]{0,10} data|(call )?(detail )?records|logs|recordings)\b|\b(listen to|read|monitor|scan) (your )?(calls|messages|e-?mails|conversations|chats)\b|\b(collected|recorded|logged) automatically\b/,
      example: 'Information collected automatically when you use our services.',
    },
    {
      id: 'collection.en.permissions',
      // "The app asks for microphone access only for read-aloud coaching."
      match: /\b(camera|microphone|contacts|location|photos?|photo library|bluetooth|calendar) (access|permissions?)\b|\b(access|permissions?) (to|for) (your )?(camera|microphone|contacts|location|photos|photo library|calendar)\b/,
      example: 'The app asks for microphone access only for read-aloud coaching.',
    },
    {
      id: 'collection.en.data-item',
      // "Contact details, such as your name, email address and IP address." (a list of data: collection only under a
      // collection heading; one rule, so that a list of data words never adds up to a verdict on its own)
      match: new RegExp(
        [
          String.raw`\b(e-?mail( address(es)?)?|(postal|home|billing|delivery|supply|physical|mailing|street) address(es)?|(first|last|full|user|display|profile) ?names?|names?|phone numbers?|telephone numbers?|dates? of birth|first name|full name|nickname|username|passwords?|age range|gender|photos?|avatar|job title|company name|bank details|vat number|social security numbers?|government[- ]issued id|passport|driver'?s licen[cs]e)\b`,
          String.raw`\b(ip( \([a-z ]+\))? address(es)?|(device|app|vendor|advertising|user|account|customer) ids?|browser (type|version)|operating system|device (model|type|information|identifiers?)|log (data|files|information)|usage (data|information)|crash (reports|logs)|geolocation|(precise|approximate) location|gps|purchase history|transaction history|viewing history|search history|browsing history|payment (information|details|card)|(credit|debit) card|card number|biometric|voice recordings?|meter readings|inferences|identifiers|commercial information|network activity|timestamps|error reports)\b`,
          String.raw`\b(information|data|details) (that )?you (give|provide|submit|enter|upload)\b`,
          String.raw`\b(data|information|details|contacts|invoices|numbers?|address(es)?|names?|history|records?|status|content|photos?|recordings?|location|preferences|messages|files|identifiers?|ids?)\b`,
        ].join('|'),
      ),
      weight: WEAK,
      example: 'Contact details, such as your name, email address and IP address.',
    },
  ],
  headings: [
    {
      id: 'collection.en.heading',
      // "What information do we collect?"
      match:
        /\bcollect|\bwhat (goes|go|we put) into\b|\bwhat we (write down|note down|take down|note|record|ask (you )?for)\b|\b(what|which|types of|kinds of|categories of) (personal )?(information|data)\b|\b(information|data) (we|that we|you) (hold|process|give|provide|receive|obtain|use|share|collect|have)\b|\bwhat (information|data) we\b|\bsources of\b|\binformation (about|from) you\b|\b(data|information) (about|on|from) (you|your)\b|\bwhat (we|do we) (do )?(get|learn|know|receive|gather|hold|have|process|collect|store|keep|log)\b|\b(activity|usage|no|connection) logs?\b|\b(get|learn|receive|gather) (from|about) you\b|\bpersonal (information|data) we\b|(^|\| )what we (use|collect|hold)( \||$)|\bwhat (do )?(you|we) (know|have|hold|keep|store|see|get|learn|collect|record) (about|on|from|when)\b|\b(data|information|details) (we use|used)( \||$)|^\W*(\d+(\.\d+)*[.)]?\s*)?(\w+ (and |& )?){0,2}(account|device|usage|location|payment|profile|technical|log|billing|financial|health|biometric|transaction|registration|identity|demographic|purchase|activity|content|student|customer|user|member|guest|patient|employee|candidate) (information|data|details)\W*$/,
      unless: /\bcookies?\b/,
      example: 'What information do we collect?',
    },
  ],
  examples: [
    ['If you connect a running app, we bring in the steps and workouts you pick.', true],
    ['There is a camera in the workshop and one above the front door.', true],
    ['You can withdraw that consent at any time. We then stop collecting readings.', false],
    ['If you have any questions about the ways in which we collect and use your personal data, please contact us.', false],
    ['We retain personal data only for as long as necessary to fulfil the purposes for which it was collected.', false],
    ['If we have collected your personal information with your consent, you have the right to withdraw your consent at any time.', false],
    ['You have the right to request that we disclose the categories of personal information we have collected and the categories of sources.', false],
    ['Before a child can use these features, we obtain verifiable parental consent.', false],
    ['Where the law requires it, we ask for your explicit consent before processing these sensitive details.', false],
    ['Most of our cars carry a telematics unit that records location, mileage and harsh braking.', true],
    ['At drop-off, cameras photograph the car to spot new damage.', true],
    ['Our smart meters read your energy usage every half hour.', true],
    ['We collect information you give us directly, and information collected automatically.', true],
    ['When you create a profile, you give us your email address, a password and your country.', true],
    ['We may receive your name and e-mail address from your employer.', true],
    ['In the past 12 months we have collected the following categories of personal information: identifiers and geolocation data.', true],
    ['We record calls for training purposes.', true],
    ['We do not knowingly collect personal information from children under 13.', false],
    ['If you have questions, write to our privacy team.', false],
    ['We keep your data for two years.', false],
    ['Your email address', false],
  ],
};

export default file;
