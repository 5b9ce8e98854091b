import type { LetterTemplate } from '../template';

export default {
  type: 'withdraw-consent',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Retrait de mon consentement – article 7, paragraphe 3, du {{lawShort}}{{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

En application de l’article 7, paragraphe 3, du {{lawTitle}}, je retire mon consentement {{#if consentScope}}au traitement suivant de mes données personnelles : {{consentScope}}{{else}}à tout traitement de mes données personnelles que vous fondez sur mon consentement{{/if}}. Ce retrait prend effet à la réception de ce courrier, et il doit être aussi simple de retirer son consentement que de le donner.

Merci de cesser le traitement concerné et de me confirmer que c’est fait. Lorsque ce traitement n’a pas d’autre fondement juridique, merci d’effacer également les données concernées (article 17, paragraphe 1, point b)).

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
