import type { LetterTemplate } from '../template';

export default {
  type: 'delete',
  lang: 'en',
  laws: ['ccpa'],
  subject: 'Request to delete – CCPA (Cal. Civ. Code § 1798.105){{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

I am a California resident. Under § 1798.105 of {{lawTitle}}, I ask you to delete the personal information about me that you have collected from me, to direct your service providers and contractors to delete it, and to notify the third parties to whom you have sold or shared it to delete it, unless this proves impossible or involves disproportionate effort (§ 1798.105(c)(1)).
{{#if erasureDetails}}
{{erasureDetails}}
{{/if}}
If you rely on one of the exceptions of § 1798.105(d) for some of this information, please tell me which information, which exception, and delete the rest. Please confirm the deletion to me.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
