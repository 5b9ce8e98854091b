import type { LetterTemplate } from '../template';

export default {
  type: 'reminder',
  lang: 'en',
  laws: ['gdpr', 'uk-gdpr', 'ccpa'],
  subject: 'Reminder: {{originalSubject}}',
  body: `{{> header}}
{{> greeting}}

On {{sentDate}}, I sent you {{originalTitle}}. A copy is below.

{{#if law=ccpa}}The time you had to answer ran out on {{dueDate}}{{#if extended}}, after the extension you announced{{/if}} ({{deadlineArticle}}).{{else}}The time you had to answer under Article 12(3) {{lawShort}} ran out on {{dueDate}}{{#if extended}}, after the extension you announced{{/if}}.{{/if}} {{#if acknowledged}}Apart from acknowledging receipt, I have had no answer.{{else}}I have had no answer.{{/if}}

Please answer in full by {{replyBy}}. Without an answer by then, I will {{#if law=ccpa}}file a complaint with the California Privacy Protection Agency (§ 1798.199.45){{else}}lodge a complaint with the {{#if authorityName}}supervisory authority ({{authorityName}}){{else}}competent supervisory authority{{/if}} under Article 77 {{lawShort}}{{/if}}.

{{> closing}}

---

{{originalLetter}}`,
} satisfies LetterTemplate;
