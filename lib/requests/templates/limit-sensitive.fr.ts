import type { LetterTemplate } from '../template';

export default {
  type: 'limit-sensitive',
  lang: 'fr',
  laws: ['ccpa'],
  subject: 'Limitation de l’utilisation de mes informations personnelles sensibles – CCPA (Cal. Civ. Code § 1798.121){{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Je réside en Californie. En application du § 1798.121 du {{lawTitle}}, je vous demande de limiter l’utilisation et la communication de mes informations personnelles sensibles à ce qui est nécessaire pour fournir les services ou les biens que je peux raisonnablement attendre, et aux autres finalités énumérées au § 1798.121(a). Merci de transmettre cette demande à vos prestataires et sous-traitants, ainsi qu’aux tiers auxquels vous avez communiqué ces informations.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
