import type { LetterTemplate } from '../template';

export default {
  type: 'withdraw-consent',
  lang: 'en',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Withdrawal of consent – Article 7(3) {{lawShort}}{{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Under Article 7(3) of {{lawTitle}}, I withdraw my consent to {{#if consentScope}}the following processing of my personal data: {{consentScope}}{{else}}every processing of my personal data that you base on my consent{{/if}}. The withdrawal takes effect on receipt of this letter, and withdrawing must be as easy as giving consent was.

Please stop the processing concerned and confirm to me that you have done so. Where that processing had no other legal ground, please also erase the data concerned (Article 17(1)(b)).

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
