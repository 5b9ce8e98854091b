import type { LetterTemplate } from '../template';

export default {
  type: 'access',
  lang: 'en',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Subject access request – Article 15 {{lawShort}}{{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Under Article 15 of {{lawTitle}}, I ask you:

1. to confirm whether or not you process personal data concerning me (Article 15(1));
2. if you do, to give me a copy of that personal data (Article 15(3)){{#unless channel=post}}. As I make this request by electronic means, please provide it in a commonly used electronic form, unless I ask otherwise{{/unless}};
3. to give me the following information (Article 15(1)(a) to (h)):
(a) the purposes of the processing;
(b) the categories of personal data concerned;
(c) the recipients or categories of recipients to whom the data have been or will be disclosed, in particular recipients in third countries or international organisations;
(d) the period for which the data will be stored or, if that is not possible, the criteria used to determine it;
(e) the existence of the right to request rectification or erasure of personal data, restriction of processing, or to object to it;
(f) the right to lodge a complaint with a supervisory authority;
(g) where the data were not collected from me, any available information as to their source;
(h) the existence of automated decision-making, including profiling, referred to in Article 22(1) and (4) and, in those cases, meaningful information about the logic involved and the significance and envisaged consequences of such processing for me;
4. where my data are transferred to a third country or to an international organisation, to tell me of the appropriate safeguards relating to the transfer under Article 46 (Article 15(2)).
{{#if noticeUrl}}
Your privacy notice ({{noticeUrl}}{{#if noticeUpdated}}, last updated {{noticeUpdated}}{{/if}}) describes your processing in general; it does not replace the information about my own data asked for above.
{{/if}}
{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
