import { WEAK, type RuleFile } from '../types';

// Security measures, encryption, breach notification (GDPR 32-34; OPP-115 Data Security).
// "security" also names other things (social security numbers, security deposits, transfer safeguards): see `unless`.
const NOT_SECURITY =
  /\bsocial security\b|\b(overseas|foreign) recipients?\b|\bsecurity (deposit|number|code)s?\b|\bnational security\b|\bsafeguards?\b[^.;]{0,60}\b(contractual clauses|adequacy|binding corporate rules|transfers?)\b|\b(contractual clauses|binding corporate rules|(data )?transfer (agreements?|addendum|mechanisms?))\b[^.;]{0,120}\b(protect\w*|secur\w*|safeguard\w*)\b/;

// An opening commitment ("We are committed to keeping your information safe") promises, it describes no measure.
const COMMITMENT_ONLY = /^\W*[^.;]{0,60}\b(committed to|commitment to|we care about|takes? [^.;]{0,20}seriously|we value|we respect)\b[^.;]{0,40}\b(protect\w*|keep\w*|safe\w*|secur\w*|privacy)\b[^.;]*[.;]?\s*([A-Za-z][^.;]{0,80}\b(notice|policy|statement|page) (tells|explains|describes|sets out)\b[^.;]*[.;]?\s*)?$/;

const file: RuleFile = {
  tag: 'security',
  lang: 'en',
  rules: [
    {
      id: 'security.en.technical',
      // "All data is encrypted in transit using TLS and at rest using AES-256."
      match:
        /\bencrypt\w*|\b(tls|ssl|aes-?\d*|firewalls?|intrusion detection|penetration test\w*|multi-factor|two-factor|two-step|2fa|mfa|strong (customer )?authentication|pseudonym\w*|restrict(s|ed)? access|independent (firm|auditors?|testers?|assessors?)|(tested|audited|assessed|certified) by(?! (our |an? |the )?([\w-]+ )?(software|algorithms?|models?|engines?|systems?|tools?)\b)|hashed|hashing|salted|iso\/?(iec)? ?27001|soc ?2|pci[- ]dss|access controls?|access (is|to [^.;]{0,40} is) (restricted|limited)|need-to-know|biometric lock|pin code)\b/,
      // "your email address and a hashed password" in a list of data collected names a data item, not a measure
      unless: /\bpassword \((stored |kept )?hashed\)|(,|\band|\ba|:) hashed passwords?\b(?![^.;]*\b(encrypt\w*|protect\w*|secur\w*|tls|ssl)\b)/,
      example: 'All data is encrypted in transit using TLS and at rest using AES-256.',
    },
    {
      id: 'security.en.measures',
      // "We use administrative, technical and physical safeguards designed to protect your personal information."
      match:
        /\b(security|technical and organi[sz]ational|organi[sz]ational and technical|administrative|physical|technical) (measures|safeguards|controls|practices|procedures|precautions|standards|steps)\b|\b(appropriate|reasonable) (measures|safeguards|controls|practices|procedures|precautions|standards|steps)\b(?! to (notify|inform|tell|let|verify|confirm|contact|comply|respond)\b)|\b(protect|protects|protected|protecting|safeguard|safeguards|secure|secures|secured|securing)\b[^.;]{0,40}\b(information|data|systems|servers|account|accounts|infrastructure)\b[^.;]{0,40}\b(against|from|loss|misuse|unauthori[sz]ed|theft|alteration)|\bkeep(s|ing)? (it|them|(your|the|our|this|these|such|all|customer|personal|user|payment) ([\w-]+ ){0,2}(information|data|details|account|accounts|systems?|servers?|records?|passwords?|devices?|networks?|infrastructure|files|messages|payments?|cards?|sessions?|(\w+ )?session))( \w+){0,2} (safe|secure)\b|\b(monitored|recorded|filmed|covered|watched) by (cctv|video surveillance|security cameras?)\b|\b(cctv|video surveillance|security cameras?) (is|are) (used|in (use|operation)|installed)\b|\bwe (use|operate) (cctv|video surveillance|security cameras?)\b|\b(data|information) (is|are|remains?|stays?) (secure|safe|protected)\b|\bprotect(s|ing)? (the )?confidentiality\b|\b(linked|identified|labelled|labeled) (to [a-z ]{0,20})?by (a |an )?(code|barcode|number|identifier) (rather than|instead of)\b|\b(securing|secure) (our|the) (systems?|service|platform|network)/,
      unless: new RegExp(`${NOT_SECURITY.source}|${COMMITMENT_ONLY.source}`),
      example: 'We use administrative, technical and physical safeguards designed to protect your personal information.',
    },
    {
      id: 'security.en.breach',
      // "If a personal data breach is likely to result in a high risk to you, we will notify you."
      match:
        /\b(data |security |personal data )?breach(es)?\b|\bunauthori[sz]ed (access|disclosure|use|acquisition)\b|\b(accessed|disclosed|acquired|used) without (authori[sz]ation|permission)\b|\bsecurity (incidents?|vulnerabilit\w*)\b|\b(detect|detecting|prevent|preventing|defend against|protect against|fend off) (\w+ ){0,2}(attacks?|intrusions?|hacking|malware)\b|\bno (method|system|transmission|website|service)\b[^.;]{0,60}\b(100%|completely|perfectly|fully|entirely|absolutely) secure\b|\bcannot guarantee\b[^.;]{0,30}\bsecurity\b/,
      // a breach of the terms or of the law is misconduct, and the risk of unauthorised use weighed to set a retention period is no measure
      unless: /\b(breach(es)?|breaching) (of )?(our |the |these |its |any |applicable |a )?(terms|contract|agreement|polic(y|ies)|rules|laws?|obligations?|duty|duties)\b|\bin breach of\b|\b(risk of harm|potential risk)\b[^.;]{0,40}\bunauthori[sz]ed\b/,
      example: 'If a personal data breach is likely to result in a high risk to you, we will notify you.',
    },
    {
      id: 'security.en.words',
      // "Only a small team can access customer data, with every access logged." (under a security heading)
      match: /\b(secur\w*|protect\w*|safe\w*|confidential\w*|integrity|passwords?|backups?|access (is )?logged|logged|audits?|training)\b/,
      unless: new RegExp(`${NOT_SECURITY.source}|${COMMITMENT_ONLY.source}`),
      weight: WEAK,
      example: 'Only a small team can access customer data, with every access logged.',
    },
    {
      id: 'security.en.account-protection',
      // "Our fraud system freezes the account straight away." (protecting accounts and payments against takeover and fraud)
      match:
        /\baccount (has been |was |is )?(taken over|compromised|hijacked)\b|\baccount takeovers?\b|\b(freezes?|frozen|locks?|locked|blocks?|blocked|pauses?|paused) (the |your |their |a )?(account|card|payment|purchase)s?\b(?! (information|data|details|number))|\b(fraud|risk) (system|check)s?\b[^.;]{0,60}\b(freez|lock|block|hold|pause|declin)\w*|\bsigns of (fake|fraud\w*|scams?|account)\b|\bagainst fraud, theft\b|\bprotect(ing)? (you|your account|accounts|users|candidates|customers|members)( and us)? (from|against) (fraud|theft|scams?|hackers|unauthori[sz]ed)\b|\bprotect(ing)? your account\b|\b(is|are) held until you confirm\b|\bout of character\b/,
      // a parent blocking a child's purchases is parental control
      unless: /\bparents? (can|may)\b/,
      example: 'Our fraud system freezes the account straight away.',
    },
  ],
  headings: [
    {
      id: 'security.en.heading',
      // "How do we protect it?" / "Keeping your information safe"
      match: /\bsecur\w*|\bprotect(ing|ion|s)?\b|\bsafe(ty|guard\w*)?\b/,
      // a notice titled "Data protection" does not make every passage about security
      // ...nor does a section on keeping the community or members safe from each other
      unless: /\bdata protection\b|\bprivacy\b|\bchild|\b(community|members|users|people|riders|drivers|players|everyone)\b|\b(keep|keeps|keeping|stay|staying) (you|yourself) (safe|secure)\b|\bsafe for you\b/,
      example: 'How do we protect it?',
    },
  ],
  examples: [
    ['Your account: email address, a name if you give one, and your password (stored hashed).', false],
    ['We take reasonable steps, through our contracts with them, to make sure overseas recipients handle your information properly.', false],
    ['Detecting fraud and protecting your account | Legitimate interest', true],
    ['In a family group, the parent can block purchases and chat.', false],
    ['St Aldhelm\'s Hospice is committed to keeping your information safe. This notice tells you what we do with it.', false],
    ['We are committed to protecting your data: we use encryption and strict access controls.', true],
    ['Your email address and a hashed password for your account.', false],
    ['Passwords are hashed and connections are encrypted.', true],
    ['Applications are assessed by our underwriting software.', false],
    ['We may pause a purchase when we see signs that an account has been taken over.', true],
    ['Protecting you and us against fraud, theft and unlawful use of the network.', true],
    ['Risky requests are held until you confirm them with your account PIN.', true],
    ['We hold your account information for six years after you leave us.', false],
    ['Card payments are processed by our payment partners, who screen transactions for fraud.', false],
    ['All data is encrypted in transit using TLS 1.2 or higher.', true],
    ['We use administrative, technical and physical safeguards to protect your personal information.', true],
    ['No method of transmission over the internet is completely secure.', true],
    ['We test our systems regularly to keep your account secure.', true],
    ['Identifiers such as your social security number.', false],
    ['These contractual data transfer mechanisms are designed to ensure your data remains protected and secure.', false],
    ['We use your information to keep you and other members safe on our service.', false],
    ['When we update this policy we will take appropriate measures to notify you.', false],
    ['We may suspend accounts in breach of our terms of use.', false],
    ['It is our job to keep your personal information safe and secure.', true],
    ['We use an automated scoring system to decide whether to ask you for a security deposit.', false],
    ['Transfers rely on appropriate safeguards such as standard contractual clauses for each transfer.', false],
  ],
};

export default file;
