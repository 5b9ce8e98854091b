import type { LetterTemplate } from '../template';

export default {
  type: 'automated-decision',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Décision automatisée : demande d’intervention humaine – article 22 du {{lawShort}}{{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

{{#if decisionDescription}}La décision concernée est la suivante : {{decisionDescription}}

{{/if}}En application de l’article 22 du {{lawTitle}}, j’ai le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques me concernant ou m’affectant de manière significative de façon similaire. Lorsqu’une telle décision est nécessaire à un contrat ou fondée sur mon consentement explicite, j’ai au moins le droit d’obtenir une intervention humaine, d’exprimer mon point de vue et de contester la décision (article 22, paragraphe 3).

Je vous demande donc :
1. de faire réexaminer la décision par une personne ayant l’autorité et la compétence pour la modifier ;
2. de prendre en compte mon point de vue, que j’exprimerai lors de ce réexamen ;
3. de me fournir des informations utiles sur la logique sous-jacente, ainsi que sur l’importance et les conséquences prévues de ce traitement pour moi (article 15, paragraphe 1, point h)).

Si vous estimez que la décision n’est pas fondée exclusivement sur un traitement automatisé, merci de m’expliquer l’intervention humaine dont elle a fait l’objet.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
