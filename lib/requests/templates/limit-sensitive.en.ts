import type { LetterTemplate } from '../template';

export default {
  type: 'limit-sensitive',
  lang: 'en',
  laws: ['ccpa'],
  subject: 'Limit the use of my sensitive personal information – CCPA (Cal. Civ. Code § 1798.121){{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

I am a California resident. Under § 1798.121 of {{lawTitle}}, I direct you to limit the use and disclosure of my sensitive personal information to what is necessary to perform the services or provide the goods I reasonably expect, and to the other purposes listed in § 1798.121(a). Please pass this direction on to your service providers and contractors, and to the third parties to whom you have disclosed this information.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
