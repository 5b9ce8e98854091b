import type { LetterTemplate } from '../template';

export default {
  type: 'know',
  lang: 'fr',
  laws: ['ccpa'],
  subject: 'Demande d’information (right to know) – CCPA (Cal. Civ. Code §§ 1798.110, 1798.115){{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Je réside en Californie. En application du {{lawTitle}}, notamment de ses §§ 1798.100, 1798.110 et 1798.115, je vous demande de me communiquer :
1. les catégories d’informations personnelles que vous avez collectées à mon sujet ;
2. les catégories de sources auprès desquelles elles ont été collectées ;
3. la finalité commerciale ou professionnelle de leur collecte, de leur vente ou de leur partage ;
4. les catégories de tiers auxquels vous les communiquez ;
5. les informations personnelles précises que vous avez collectées à mon sujet ;
6. les catégories d’informations personnelles que vous avez vendues ou partagées, et les catégories de tiers auxquels chacune l’a été ;
7. les catégories d’informations personnelles que vous avez communiquées à des fins professionnelles, et les catégories de destinataires de chacune.

Merci de couvrir toutes les informations collectées depuis le 1er janvier 2022, et pas seulement les douze derniers mois (§ 1798.130(a)(2)(B)), et de me fournir les informations précises dans un format portable et, dans la mesure où c’est techniquement possible, facilement réutilisable.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
