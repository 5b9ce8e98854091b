import type { LetterTemplate } from '../template';

export default {
  type: 'portability',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Demande de portabilité – article 20 du {{lawShort}}{{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

En application de l’article 20 du {{lawTitle}}, je vous demande de me transmettre les données personnelles me concernant que je vous ai fournies, y compris celles générées par mon utilisation de votre service, dans un format structuré, couramment utilisé et lisible par machine (par exemple JSON ou CSV), dans la mesure où le traitement est fondé sur mon consentement ou sur un contrat et est effectué à l’aide de procédés automatisés (article 20, paragraphe 1).
{{#if portabilityTo}}
Je vous demande également de transmettre directement ces données à {{portabilityTo}}, lorsque c’est techniquement possible (article 20, paragraphe 2).
{{/if}}
Cette demande est sans préjudice de mon droit à l’effacement prévu à l’article 17 (article 20, paragraphe 3).

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
