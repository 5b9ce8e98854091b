import { WEAK, type RuleFile } from '../types';

// Who the controller is, the DPO, how to contact them (GDPR 13(1)(a)-(b); OPP-115 Other, contact).
const file: RuleFile = {
  tag: 'contact',
  lang: 'en',
  rules: [
    {
      id: 'contact.en.email',
      // "Questions? Write to privacy@example.com." (also written name(at)domain or name [at] domain)
      // (anchored on the "@" / "(at)" rather than on the name before it: scanning every word as a possible name is slow)
      match: /(?<=[a-z0-9._%+-])(@|\s?[([]at[)\]]\s?)[a-z0-9-]+((\.|\s?[([]dot[)\]]\s?)[a-z0-9-]+)*(\.|\s?[([]dot[)\]]\s?)[a-z]{2,}\b/,
      // an authority's own address is not the controller's
      unless: /@(ico\.org\.uk|cnil\.fr|edpb\.europa\.eu)\b/,
      example: 'Questions? Write to privacy@example.com.',
    },
    {
      id: 'contact.en.contact-us',
      // "If you have questions about this policy, please contact us."
      match:
        /\b(contact|contacting|reach|email|e-mail|write to|call|phone|message) (us|our (privacy|data protection|legal|support|customer)|the (privacy|data protection) (team|office))\b|\bget in touch\b|\b(can|may) be (contacted|reached)\b|\b(questions?|concerns?|comments?|complaints?|enquir(y|ies)|inquir(y|ies))\b[^.;]{0,100}\b(contact|write|email|reach)\b|\bcontact (our|the privacy|the data protection|the customer|customer|supporter|member)[a-z'\u2019 ]{0,40}\b(team|office|officer|department|desk|centre|center)\b/,
      // "when you contact us" names a source of the data collected, not a way to reach the controller
      // ...nor is contacting the supervisory authority
      // ...nor contacting us named as the means of doing something else, with no address: "you can correct it in your
      // profile or by contacting us", "you can contact us to let us know that you object" (a right, not the contact)
      // ...nor "by contacting us using the contact details in section 14" (a pointer from a right to the contact section)
      // ...nor contacting us in a list of the reader's actions that give us data ("when you buy a device, register for
      // a class or contact us")
      // ...nor a row of a rights table that gives no address ("Correction | ... | edit your profile, or contact us")
      unless: /^\W*[\w/ ()-]{0,40}\b(right|rights|access|correction|rectification|deletion|erasure|objection|restriction|portability|withdrawal of consent|opt-?out)\b[^|]{0,120}\|[^.;]{0,400}\bcontact us\W*$|^\W*[\w/ ()-]{0,40}\b(right|rights|access|correction|rectification|deletion|erasure|objection|restriction|portability|withdrawal of consent|opt-?out)\b[^|]{0,120}\|[^@]*$|\bby (contacting|emailing|e-mailing|calling|writing to|reaching out to|messaging) us\b(?! (at|on|via|through|by)\b| using (?!the contact details)\b)|\b(when|whenever) you (create|apply|purchase|buy|register|download|sign up|visit|use|connect|participate|order|open)\b[^.;]{0,250}\bcontact us\b|\bcontact us (first )?(to|and) (let|request|ask|exercise|object|withdraw|opt|update|correct|delete|make|submit|give|tell)\b|\b(contact|write to|reach|email|call)\b (the |your |a )?(local |relevant |competent )?(ico|information commissioner('s office)?|supervisory authority|data protection (authority|commission(er)?)|regulator|cnil|ombudsman|commissioner)\b|\b(when|whenever|each time|every time|after) you\b[^.;]{0,40}\b(contact|contacted|email|e-mail|call|write to|message|reach) us\b|\bif you (contact|email|e-mail|call|write to|message) us\b(?! (at|on|by|via|through|using)\b)|\b(we|us) (may |might |will |can |need to |have to )*(get in touch|be in touch) with you\b/,
      example: 'If you have questions about this policy, please contact us.',
    },
    {
      id: 'contact.en.controller',
      // "The controller responsible for the processing of your personal data is Example GmbH."
      match:
        // (another company acting as its own controller is a recipient, not the reader's contact)
        /(?<!(another|independent|separate|other|third-party|own|joint|partner) (data )?)\b(data )?controllers?\b|\bresponsible for (the processing|processing|your (personal )?(data|information))\b|\bregistered (charity|company|office|in england)\b|\b(abn|acn|company registration number|registration number|registered number)\b:? ?(no\.? ?)?\d|\bwe('re| are) (based|located|headquartered) at\b|\b(made|operated|run|provided|published|owned|developed) by [a-z&,.' -]{0,40}\b(ag|gmbh|ltd|inc|llc|plc|oy|ab|b\.v|s\.a|limited|corporation)\b|\bcompany (number|no\.?|registration)\b|\bdecides? (how and why|why and how|the purposes and means|what (personal |student |customer )?(data|information))\b|\b(data protection officer|dpo|privacy officer|chief privacy officer|data protection lead)\b|\b(eu|uk|european|swiss) representative\b|\brepresentative (in|for) the (eu|uk|european union)\b|\barticle 27\b|(^|[\s,])(ag|gmbh|ltd|limited|inc|llc|plc|oy|ab|oü|b\.v|s\.a|sas|sarl|corp|corporation)\.?,?( \([^)]{0,40}\))?( [^.;]{0,80}?)? (makes|make|runs|operates|offers|provides|publishes|owns|develops)\b/,
      // sellers or partners who act as controllers of their own are recipients, not the reader's contact
      // ...and a company that handles or hosts data for us, or provides our hosting or tools, is a processor
      // ...and a role named in a condition ("where we are processing data as a controller", "data processed by GitHub as
      // Controller (for example website data)") qualifies a processing without saying who the reader's contact is
      unless: /\b(where|when|if) we (are )?(process\w*|act\w*)\b[^.;]{0,30}\bas (a |the )?(data )?controller\b|\bprocessed by [\w.-]+ as (a |the )?(data )?controller\b|\b(handled|processed|hosted|stored) by [^.;]{0,40}\b(inc|ltd|llc|gmbh|ag|plc|limited|corporation)\b|\b(hosting|payments?|servers?|infrastructure|e-?mail delivery|analytics|storage|the (\w+ )?(platform|tool|software|system|database))\b[^.;]{0,30}\b(is |are )?(provided|operated|run|handled|managed|supplied) by\b|\b(our|a|the) ([\w-]+ ){0,2}(provider|processor|vendor|supplier|sub-?processor)s?,? [^.;]{0,40}\b(inc|ltd|llc|gmbh|ag|plc|limited|corporation)\b|\b(sellers?|merchants?|retailers?|partners?|they|providers?|platforms?|companies|advertisers?|networks?) (will |may |also |then |each |themselves )*(act|acts|become|becomes|are|is) (as )?(a |an |the )?(separate |independent )?(data )?controllers?\b/,
      example: 'The controller responsible for the processing of your personal data is Example GmbH.',
    },
    {
      id: 'contact.en.postal',
      // "Attn: Privacy Office, 1200 Market Street, Minneapolis, MN 55403" (an address or phone line)
      match:
        /\b\d{1,5},? [a-z][a-z'. -]{1,30} (street|st|avenue|ave|road|rd|way|quay|lane|ln|boulevard|blvd|drive|dr|place|square|plaza|parkway)\b|\b(p\.?\s?o\.? box|freepost|attn:?|attention:)|\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b|\w(str\.|straße|strasse|weg\b|platz\b|gasse\b)|\b(\d{3,}|suite|floor|street|road|avenue|box|tel|phone|fax)\b/,
      // a processor's address is not a way to reach the controller: only with another cue or under a contact heading
      weight: WEAK,
      example: 'Attn: Privacy Office, 1200 Market Street, Minneapolis, MN 55403',
    },
    {
      id: 'contact.en.phone',
      // "Call us toll-free at 1-800-555-0199."
      match: /\b(call|calling|phone|telephone|toll-free|tel\.?)\b[^.;]{0,30}[+(]?\d[\d ().-]{6,}\d/,
      unless: /\b(commissioner|authority|ico|helpline of the)\b/,
      example: 'Call us toll-free at 1-800-555-0199.',
    },
  ],
  headings: [
    {
      id: 'contact.en.heading',
      // "Who can I talk to?" / "Contact Us"
      match:
        /\bcontact|\bget in touch\b|\bwho (we are|is responsible|can i (talk|speak|write|contact))\b|\bdata protection officer\b|\bcontroller\b|\bhow to reach us\b|\bquestions\b|\babout us\b/,
      // "Contact data" is a category of collected data, not a way to reach the controller
      // ...and a "Frequently asked questions" section holds every topic of the notice
      unless: /\bcontact (data|details|information|lists?)\b|\b(frequently asked|common|general|other|your) questions\b|\bfaqs?\b/,
      example: 'Who can I talk to?',
    },
  ],
  examples: [
    ['This policy applies to our site and app, all operated by Simmer & Stir Media, LLC, 410 N. Michigan Ave, Chicago.', true],
    ['Send a request in the app or by calling 1-800-555-0199 toll-free.', true],
    ['Sometimes we need to get in touch with you about your account.', false],
    ['Hosting is provided by Example Cloud GmbH in Frankfurt.', false],
    ['Our support team answers questions about privacy at help@acme.example.', true],
    ['Taskfield OÜ, Narva mnt 5, 10117 Tallinn, Estonia, makes Taskfield, a project management tool.', true],
    ['PulseFit Holdings, LLC ("PulseFit") operates PulseFit fitness clubs in three states.', true],
    ['Our payment provider, Stripe Inc., processes card payments.', false],
    ['If you have questions about this Privacy Policy, email us at privacy@example.com.', true],
    ['Our data protection officer can be reached at dpo(at)example.org.', true],
    ['Write to privacy[at]example[dot]com.', true],
    ['Brightwater Energy Ltd is the data controller for the personal information we hold about you.', true],
    ['You can complain to the regulator by calling 0303 123 1113 (Information Commissioner).', false],
    ['Our processors act only on our instructions.', false],
    ['If you have concerns about how we use your data, you can contact the Information Commissioner\'s Office.', false],
    ['Payments are handled by Stripe, Inc., which provides payment processing services to us.', false],
    ['When you send us an email or otherwise contact us, we keep your message.', false],
    ['Sellers will also act as a data controller of information about your purchases.', false],
    ['Business information, such as your company name, registration number and tax status.', false],
    ['The debt collection agency acts as an independent controller.', false],
    ['This policy applies to Example Inc. and its affiliates.', false],
    ['Our chatbot provider, Example Inc. (1625 North Market Boulevard, Sacramento, CA 95834, USA), hosts the logs.', false],
    ['Correction | You can edit your profile in the app or by contacting us.', false],
    ['Objection: you can contact us to let us know that you object to the use of your data for direct marketing.', false],
    ['If you live in the US, call or contact us and request a copy of the data we hold.', false],
    ['For measurement and analytics services where we are processing data as a controller.', false],
    ['You can exercise these rights at any time by contacting us using the contact details provided under section 14.', false],
    ['When you create an account, buy a device, register for a class, connect to our services or contact us, we may collect your name.', false],
    ['You can exercise these rights by contacting us using the form at example.com/privacy.', true],
    ['Access | Request a copy of your data | Use the Download tool in your account settings, or contact us', false],
    ['Deletion | Ask us to delete your data | Write to privacy@example.com or contact us', true],
    ['Responding to requests about personal data processed by Example as controller (for example website data).', false],
    ['You can withdraw your consent by contacting us at privacy@example.com.', true],
    ['You can exercise these rights by contacting us at 10 Quay Street, Dublin 2.', true],
    ['Example Ltd is the controller of the personal data we process when you use the app.', true],
  ],
};

export default file;
