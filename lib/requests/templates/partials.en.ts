import type { Partials } from '../template';

// Blocks every English letter shares. `law`, `type` and `channel` pick the wording the law requires.
export default {
  lang: 'en',
  partials: {
    header: `{{#if channel=post}}{{name}}{{#if postalAddress}}
{{postalAddress}}{{/if}}{{#if email}}
{{email}}{{/if}}

{{#if dpo}}Data Protection Officer
{{/if}}{{#unless recipientNamed}}{{controller}}
{{/unless}}{{recipientAddress}}

{{today}}

Subject: {{subject}}
{{/if}}`,
    greeting: `Dear Sir or Madam,`,
    about: `I am writing about the {{#if law=ccpa}}personal information{{else}}personal data{{/if}} that {{controller}} holds about me{{#if aboutSite}} in connection with {{aboutSite}}{{/if}}.{{#if accountNumber}} My customer/account number is {{accountNumber}}.{{/if}}`,
    identity: `{{#if law=ccpa}}{{#if type=opt-out-sale|limit-sensitive}}A request to opt out or to limit need not be a verifiable consumer request: please do not ask me to verify my identity for it (Cal. Code Regs. tit. 11, §§ 7026–7027).{{else}}Please verify this request with information you already hold about me{{#if email}}, such as the e-mail address {{email}}{{/if}}{{#if accountNumber}} and my account number{{/if}}. You may not require me to create an account to make it (Cal. Civ. Code § 1798.130(a)(2)(A)), and you may use the information I give for verification only for that purpose (§ 1798.130(a)(7)).{{/if}}{{else}}To identify me, please use {{#if email}}the e-mail address {{email}}{{#if accountNumber}} and my account number{{/if}}{{else}}{{#if accountNumber}}my account number{{else}}the details in this letter{{/if}}{{/if}}. Under Article 12(6) {{lawShort}}, you may ask for additional information only if you have reasonable doubts about my identity, and only what is necessary to confirm it; please do not ask for a copy of an identity document otherwise.{{/if}}`,
    deadline: `{{#if law=ccpa}}{{#if type=opt-out-sale|limit-sensitive}}Please comply as soon as feasibly possible and no later than 15 business days from receipt of this request ({{deadlineArticle}}), and confirm to me that you have done so.{{else}}Please respond free of charge within 45 calendar days of receipt of this request (Cal. Civ. Code § 1798.130(a)(2)(A)). That period may be extended once by a further 45 days only when reasonably necessary, and only if you tell me so, with the reasons, within the first 45 days.{{/if}} Please do not treat me differently because I exercise my rights (§ 1798.125).{{else}}Under Article 12(3) {{lawShort}}, you must act on this request without undue delay and in any event within one month of its receipt. That period may be extended by two further months only where necessary, given the complexity and number of requests, and you must tell me of any extension, with the reasons, within the first month. If you do not act on my request, you must tell me why within the same month, and that I may lodge a complaint with a supervisory authority and seek a judicial remedy (Article 12(4)). This request is free of charge (Article 12(5)).{{/if}}`,
    closing: `Yours faithfully,

{{name}}{{#unless channel=post}}{{#if email}}
{{email}}{{/if}}{{#if postalAddress}}
{{postalAddress}}{{/if}}{{/unless}}`,
    // What each request is called when a later letter refers to it.
    'title-access': 'a subject access request under Article 15 {{lawShort}}',
    'title-rectification': 'a request for rectification under Article 16 {{lawShort}}',
    'title-erasure': 'a request for erasure under Article 17 {{lawShort}}',
    'title-restriction': 'a request for restriction of processing under Article 18 {{lawShort}}',
    'title-portability': 'a data portability request under Article 20 {{lawShort}}',
    'title-objection': 'an objection to processing under Article 21 {{lawShort}}',
    'title-withdraw-consent': 'a withdrawal of consent under Article 7(3) {{lawShort}}',
    'title-automated-decision': 'a request for human intervention under Article 22 {{lawShort}}',
    'title-know': 'a request to know under the CCPA (§§ 1798.110 and 1798.115)',
    'title-delete': 'a request to delete under the CCPA (§ 1798.105)',
    'title-correct': 'a request to correct under the CCPA (§ 1798.106)',
    'title-opt-out-sale': 'a request to opt out of the sale and sharing of my personal information under the CCPA (§ 1798.120)',
    'title-limit-sensitive': 'a request to limit the use of my sensitive personal information under the CCPA (§ 1798.121)',
  },
} satisfies Partials;
