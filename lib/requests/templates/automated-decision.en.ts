import type { LetterTemplate } from '../template';

export default {
  type: 'automated-decision',
  lang: 'en',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Automated decision: request for human intervention – Article 22 {{lawShort}}{{#if accountNumber}} – account {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

{{#if decisionDescription}}The decision concerned is the following: {{decisionDescription}}

{{/if}}Under Article 22 of {{lawTitle}}, I have the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning me or similarly significantly affects me. Where such a decision is necessary for a contract or based on my explicit consent, I have at least the right to obtain human intervention, to express my point of view and to contest the decision (Article 22(3)).

I therefore ask you:
1. to have the decision reviewed by a person with the authority and competence to change it;
2. to take into account my point of view, which I will give on that review;
3. to give me meaningful information about the logic involved, and the significance and envisaged consequences of this processing for me (Article 15(1)(h)).

If you consider that the decision is not based solely on automated processing, please explain the human involvement in it.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
