import type { LetterTemplate } from '../template';

export default {
  type: 'correct',
  lang: 'fr',
  laws: ['ccpa'],
  subject: 'Demande de rectification – CCPA (Cal. Civ. Code § 1798.106){{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Je réside en Californie. En application du § 1798.106 du {{lawTitle}}, je vous demande de faire des efforts commercialement raisonnables pour corriger les informations personnelles inexactes suivantes me concernant :

{{corrections}}

Merci de demander à vos prestataires et sous-traitants d’apporter les mêmes corrections, et de me les confirmer.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
