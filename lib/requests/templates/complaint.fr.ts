import type { LetterTemplate } from '../template';

export default {
  type: 'complaint',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr', 'ccpa'],
  subject: '{{#if law=ccpa}}Plainte fondée sur le CCPA{{else}}Réclamation fondée sur l’article 77 du {{lawShort}}{{/if}} contre {{controller}}{{#if aboutSite}} ({{aboutSite}}){{/if}}',
  body: `{{name}}{{#if postalAddress}}
{{postalAddress}}{{/if}}{{#if email}}
{{email}}{{/if}}

{{#if authorityName}}{{authorityName}}{{else}}{{authorityGap}}{{/if}}{{#if authorityAddress}}
{{authorityAddress}}{{/if}}

Le {{today}}

Objet : {{subject}}

Madame, Monsieur,

{{#if law=ccpa}}En application du § 1798.199.45 du {{lawTitle}}, je dépose une plainte contre {{controller}}{{#if aboutSite}} ({{aboutSite}}){{/if}}.{{else}}En application de l’article 77 du {{lawTitle}}, j’introduis une réclamation contre {{controller}}{{#if aboutSite}} ({{aboutSite}}){{/if}}, responsable du traitement de mes données personnelles.{{/if}}

Les faits :
- Le {{sentDate}}, j’ai adressé {{originalTitle}} à {{originalRecipient}}.
- {{#if law=ccpa}}L’entreprise devait y répondre au plus tard le {{dueDate}} ({{deadlineArticle}}){{else}}Le responsable du traitement devait y donner suite au plus tard le {{dueDate}} (article 12, paragraphe 3){{/if}}{{#if extended}}, après prolongation du délai{{/if}}.
{{#if reminderDate}}- Le {{reminderDate}}, je lui ai adressé une relance.
{{/if}}- {{#if answered}}La réponse reçue ne satisfait pas ma demande : {{answerNote}}{{else}}À ce jour, je n’ai reçu aucune réponse{{#if acknowledged}} autre qu’un accusé de réception{{/if}}.{{/if}}

{{#if law=ccpa}}Je demande à l’Agence d’enquêter et de prendre les mesures prévues par le CCPA pour que l’entreprise donne suite à ma demande.{{else}}Je vous demande d’examiner cette réclamation, d’ordonner au responsable du traitement de satisfaire à ma demande (article 58, paragraphe 2, point c)) et de m’informer de l’état d’avancement et de l’issue de la réclamation (article 77, paragraphe 2).{{/if}}

Vous trouverez ci-joint une copie de ma demande{{#if reminderDate}} et de ma relance{{/if}}{{#if answered}} ainsi que de la réponse reçue{{/if}}.
{{#if authorityWebform}}
(Cette réclamation peut aussi être déposée en ligne : {{authorityWebform}})
{{/if}}
Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{name}}

---

{{originalLetter}}`,
} satisfies LetterTemplate;
