import type { LetterTemplate } from '../template';

export default {
  type: 'reminder',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr', 'ccpa'],
  subject: 'Relance : {{originalSubject}}',
  body: `{{> header}}
{{> greeting}}

Le {{sentDate}}, je vous ai adressé {{originalTitle}}, dont vous trouverez copie ci-dessous.

{{#if law=ccpa}}Le délai dont vous disposiez pour y répondre a expiré le {{dueDate}}{{#if extended}}, après la prolongation que vous m’avez annoncée{{/if}} ({{deadlineArticle}}).{{else}}Le délai dont vous disposiez pour y répondre en application de l’article 12, paragraphe 3, du {{lawShort}} a expiré le {{dueDate}}{{#if extended}}, après la prolongation que vous m’avez annoncée{{/if}}.{{/if}} {{#if acknowledged}}En dehors d’un accusé de réception, je n’ai reçu aucune réponse.{{else}}Je n’ai reçu aucune réponse.{{/if}}

Merci d’y répondre complètement au plus tard le {{replyBy}}. À défaut, {{#if law=ccpa}}je déposerai une plainte auprès de la California Privacy Protection Agency (§ 1798.199.45){{else}}j’introduirai une réclamation auprès de l’autorité de contrôle {{#if authorityName}}({{authorityName}}){{else}}compétente{{/if}} en application de l’article 77 du {{lawShort}}{{/if}}.

{{> closing}}

---

{{originalLetter}}`,
} satisfies LetterTemplate;
