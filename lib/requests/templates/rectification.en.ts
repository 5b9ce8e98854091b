import type { LetterTemplate } from '../template';

export default {
  type: 'rectification',
  lang: 'en',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Request for rectification – Article 16 {{lawShort}}{{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Under Article 16 of {{lawTitle}}, I ask you to rectify without undue delay the following inaccurate personal data concerning me, and to complete the incomplete data:

{{corrections}}

Please also notify the rectification to each recipient to whom these data have been disclosed, and tell me who they are if I ask (Article 19).

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
