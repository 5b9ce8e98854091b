import type { LetterTemplate } from '../template';

export default {
  type: 'complaint',
  lang: 'en',
  laws: ['gdpr', 'uk-gdpr', 'ccpa'],
  subject: '{{#if law=ccpa}}Complaint under the CCPA{{else}}Complaint under Article 77 {{lawShort}}{{/if}} against {{controller}}{{#if aboutSite}} ({{aboutSite}}){{/if}}',
  body: `{{name}}{{#if postalAddress}}
{{postalAddress}}{{/if}}{{#if email}}
{{email}}{{/if}}

{{#if authorityName}}{{authorityName}}{{else}}{{authorityGap}}{{/if}}{{#if authorityAddress}}
{{authorityAddress}}{{/if}}

{{today}}

Subject: {{subject}}

Dear Sir or Madam,

{{#if law=ccpa}}Under § 1798.199.45 of {{lawTitle}}, I file a complaint against {{controller}}{{#if aboutSite}} ({{aboutSite}}){{/if}}.{{else}}Under Article 77 of {{lawTitle}}, I lodge a complaint against {{controller}}{{#if aboutSite}} ({{aboutSite}}){{/if}}, as controller of my personal data.{{/if}}

The facts:
- On {{sentDate}}, I sent {{originalTitle}} to {{originalRecipient}}.
- {{#if law=ccpa}}The business had until {{dueDate}} to respond ({{deadlineArticle}}){{else}}The controller had until {{dueDate}} to act on it (Article 12(3)){{/if}}{{#if extended}}, after extending the period{{/if}}.
{{#if reminderDate}}- On {{reminderDate}}, I sent a reminder.
{{/if}}- {{#if answered}}The answer I received does not satisfy my request: {{answerNote}}{{else}}To this day, I have had no answer{{#if acknowledged}} beyond an acknowledgement of receipt{{/if}}.{{/if}}

{{#if law=ccpa}}I ask the Agency to investigate and to take the action the CCPA provides so that the business complies with my request.{{else}}I ask you to examine this complaint, to order the controller to comply with my request (Article 58(2)(c)) and to inform me of the progress and the outcome of the complaint (Article 77(2)).{{/if}}

I enclose a copy of my request{{#if reminderDate}} and of my reminder{{/if}}{{#if answered}} and of the answer{{/if}}.
{{#if authorityWebform}}
(This complaint can also be filed online: {{authorityWebform}})
{{/if}}
Yours faithfully,

{{name}}

---

{{originalLetter}}`,
} satisfies LetterTemplate;
