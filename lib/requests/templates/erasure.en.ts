import type { LetterTemplate } from '../template';

export default {
  type: 'erasure',
  lang: 'en',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Request for erasure – Article 17 {{lawShort}}{{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Under Article 17 of {{lawTitle}}, I ask you to erase without undue delay all personal data concerning me, on the following ground:
{{#if erasureGround=no-longer-necessary}}the data are no longer necessary for the purposes for which they were collected or otherwise processed (Article 17(1)(a)).{{/if}}{{#if erasureGround=withdrawn-consent}}I withdraw the consent on which the processing is based, and there is no other legal ground for it (Articles 7(3) and 17(1)(b)).{{/if}}{{#if erasureGround=objection}}I object to the processing under Article 21, and there are no overriding legitimate grounds for it, or it is for direct marketing (Article 17(1)(c)).{{/if}}{{#if erasureGround=unlawful}}the data have been unlawfully processed (Article 17(1)(d)).{{/if}}{{#if erasureGround=legal-obligation}}the data have to be erased for compliance with a legal obligation to which you are subject (Article 17(1)(e)).{{/if}}{{#if erasureGround=child}}the data were collected in relation to the offer of information society services to a child (Articles 8(1) and 17(1)(f)).{{/if}}
{{#if erasureDetails}}
{{erasureDetails}}
{{/if}}
If you have made these data public, please take reasonable steps to inform the other controllers processing them that I have asked for the erasure of any links to, or copies of, them (Article 17(2)). Please also notify the erasure to each recipient to whom the data have been disclosed (Article 19).

If you consider that one of the exceptions of Article 17(3) applies to some of the data, please tell me which data, which exception and why, and erase the rest.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
