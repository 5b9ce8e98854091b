import type { LetterTemplate } from '../template';

export default {
  type: 'know',
  lang: 'en',
  laws: ['ccpa'],
  subject: 'Request to know – CCPA (Cal. Civ. Code §§ 1798.110, 1798.115){{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

I am a California resident. Under {{lawTitle}}, in particular §§ 1798.100, 1798.110 and 1798.115, I ask you to disclose to me:
1. the categories of personal information you have collected about me;
2. the categories of sources from which it was collected;
3. the business or commercial purpose for collecting, selling or sharing it;
4. the categories of third parties to whom you disclose it;
5. the specific pieces of personal information you have collected about me;
6. the categories of personal information you have sold or shared, and the categories of third parties to whom each was sold or shared;
7. the categories of personal information you have disclosed for a business purpose, and the categories of persons to whom each was disclosed.

Please cover all personal information collected since 1 January 2022, not only the last 12 months (§ 1798.130(a)(2)(B)), and provide the specific pieces of information in a portable and, to the extent technically feasible, readily usable format.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
