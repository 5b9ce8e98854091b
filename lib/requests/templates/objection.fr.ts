import type { LetterTemplate } from '../template';

export default {
  type: 'objection',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr'],
  subject: '{{#if objectionKind=marketing}}Opposition à la prospection – article 21, paragraphe 2, du {{lawShort}}{{else}}Opposition au traitement – article 21, paragraphe 1, du {{lawShort}}{{/if}}{{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

{{#if objectionKind=marketing}}En application de l’article 21, paragraphe 2, du {{lawTitle}}, je m’oppose au traitement de mes données personnelles à des fins de prospection, y compris au profilage lié à cette prospection. Ce droit est absolu : je n’ai pas à le motiver, et mes données ne doivent plus être traitées à ces fins (article 21, paragraphe 3).

Merci de me confirmer que mes données ne seront plus utilisées à des fins de prospection, par vous ou pour votre compte.{{else}}En application de l’article 21, paragraphe 1, du {{lawTitle}}, je m’oppose, pour des raisons tenant à ma situation particulière, au traitement de mes données personnelles que vous fondez sur l’article 6, paragraphe 1, point e) ou f), y compris au profilage fondé sur ces dispositions. Mes raisons sont les suivantes :

{{objectionReason}}

Vous devez cesser ce traitement, sauf à démontrer des motifs légitimes et impérieux qui prévalent sur mes intérêts, droits et libertés, ou la nécessité du traitement pour la constatation, l’exercice ou la défense de droits en justice. Dans l’attente, merci de limiter le traitement (article 18, paragraphe 1, point d)).{{/if}}

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
