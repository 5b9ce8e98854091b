import type { LetterTemplate } from '../template';

export default {
  type: 'restriction',
  lang: 'en',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Request for restriction of processing – Article 18 {{lawShort}}{{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Under Article 18 of {{lawTitle}}, I ask you to restrict the processing of my personal data, because {{#if restrictionGround=accuracy}}I contest the accuracy of the data, for the period enabling you to verify it (Article 18(1)(a)).{{/if}}{{#if restrictionGround=unlawful}}the processing is unlawful and I oppose the erasure of the data, asking for the restriction of their use instead (Article 18(1)(b)).{{/if}}{{#if restrictionGround=legal-claims}}you no longer need the data for the purposes of the processing, but I need them for the establishment, exercise or defence of legal claims (Article 18(1)(c)).{{/if}}{{#if restrictionGround=objection}}I have objected to the processing under Article 21(1), pending the verification whether your legitimate grounds override mine (Article 18(1)(d)).{{/if}}
{{#if restrictionDetails}}
{{restrictionDetails}}
{{/if}}
While the restriction lasts, you may only store the data, or process them with my consent, for legal claims, for the protection of another person's rights or for reasons of important public interest (Article 18(2)). Please inform me before the restriction is lifted (Article 18(3)), and notify it to each recipient to whom the data have been disclosed (Article 19).

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
