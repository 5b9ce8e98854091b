import type { LetterTemplate } from '../template';

export default {
  type: 'opt-out-sale',
  lang: 'fr',
  laws: ['ccpa'],
  subject: 'Opposition à la vente et au partage de mes informations personnelles – CCPA (Cal. Civ. Code § 1798.120){{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Je réside en Californie. En application des §§ 1798.120 et 1798.135 du {{lawTitle}}, je vous demande de ne pas vendre ni partager mes informations personnelles, y compris à des fins de publicité comportementale (cross-context behavioral advertising). Merci d’informer les tiers auxquels vous les avez vendues ou partagées depuis ma demande, et de leur demander de s’y conformer.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
