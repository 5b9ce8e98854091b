import type { LetterTemplate } from '../template';

export default {
  type: 'opt-out-sale',
  lang: 'en',
  laws: ['ccpa'],
  subject: 'Do not sell or share my personal information – CCPA (Cal. Civ. Code § 1798.120){{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

I am a California resident. Under §§ 1798.120 and 1798.135 of {{lawTitle}}, I direct you not to sell or share my personal information, including for cross-context behavioral advertising. Please also notify the third parties to whom you have sold or shared it since my request, and direct them to comply with it.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
