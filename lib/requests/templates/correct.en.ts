import type { LetterTemplate } from '../template';

export default {
  type: 'correct',
  lang: 'en',
  laws: ['ccpa'],
  subject: 'Request to correct – CCPA (Cal. Civ. Code § 1798.106){{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

I am a California resident. Under § 1798.106 of {{lawTitle}}, I ask you to use commercially reasonable efforts to correct the following inaccurate personal information you maintain about me:

{{corrections}}

Please also instruct your service providers and contractors to make the same corrections, and confirm them to me.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
