import type { LetterTemplate } from '../template';

export default {
  type: 'objection',
  lang: 'en',
  laws: ['gdpr', 'uk-gdpr'],
  subject: '{{#if objectionKind=marketing}}Objection to direct marketing – Article 21(2) {{lawShort}}{{else}}Objection to processing – Article 21(1) {{lawShort}}{{/if}}{{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

{{#if objectionKind=marketing}}Under Article 21(2) of {{lawTitle}}, I object to the processing of my personal data for direct marketing purposes, including any profiling related to such marketing. This right is unconditional: I do not have to give reasons, and you must stop processing my data for these purposes (Article 21(3)).

Please confirm that my data will no longer be used for direct marketing, by you or on your behalf.{{else}}Under Article 21(1) of {{lawTitle}}, I object, on grounds relating to my particular situation, to the processing of my personal data that you base on Article 6(1)(e) or (f), including profiling based on those provisions. My reasons are the following:

{{objectionReason}}

You must stop this processing unless you demonstrate compelling legitimate grounds for it which override my interests, rights and freedoms, or that it is needed for the establishment, exercise or defence of legal claims. Until you have done so, please restrict the processing (Article 18(1)(d)).{{/if}}

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
