import type { LetterTemplate } from '../template';

export default {
  type: 'rectification',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Demande de rectification – article 16 du {{lawShort}}{{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

En application de l’article 16 du {{lawTitle}}, je vous demande de rectifier dans les meilleurs délais les données inexactes suivantes me concernant, et de compléter les données incomplètes :

{{corrections}}

Merci de notifier cette rectification à chaque destinataire auquel ces données ont été communiquées, et de me les indiquer si je le demande (article 19).

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
