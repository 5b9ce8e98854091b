import type { LetterTemplate } from '../template';

export default {
  type: 'delete',
  lang: 'fr',
  laws: ['ccpa'],
  subject: 'Demande de suppression – CCPA (Cal. Civ. Code § 1798.105){{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

Je réside en Californie. En application du § 1798.105 du {{lawTitle}}, je vous demande de supprimer les informations personnelles me concernant que vous avez collectées auprès de moi, de demander à vos prestataires et sous-traitants (service providers, contractors) de les supprimer, et d’informer les tiers auxquels vous les avez vendues ou partagées afin qu’ils les suppriment, sauf si cela s’avère impossible ou exige un effort disproportionné (§ 1798.105(c)(1)).
{{#if erasureDetails}}
{{erasureDetails}}
{{/if}}
Si vous invoquez l’une des exceptions du § 1798.105(d) pour certaines de ces informations, merci de m’indiquer lesquelles et l’exception invoquée, et de supprimer les autres. Merci de me confirmer la suppression.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
