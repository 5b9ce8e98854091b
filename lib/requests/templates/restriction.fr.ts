import type { LetterTemplate } from '../template';

export default {
  type: 'restriction',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Demande de limitation du traitement – article 18 du {{lawShort}}{{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

En application de l’article 18 du {{lawTitle}}, je vous demande de limiter le traitement de mes données personnelles, car {{#if restrictionGround=accuracy}}je conteste l’exactitude des données, pendant la durée qui vous permet de la vérifier (article 18, paragraphe 1, point a)).{{/if}}{{#if restrictionGround=unlawful}}le traitement est illicite et je m’oppose à l’effacement des données, dont je demande à la place la limitation de l’utilisation (article 18, paragraphe 1, point b)).{{/if}}{{#if restrictionGround=legal-claims}}vous n’avez plus besoin des données aux fins du traitement, mais celles-ci me sont encore nécessaires pour la constatation, l’exercice ou la défense de droits en justice (article 18, paragraphe 1, point c)).{{/if}}{{#if restrictionGround=objection}}je me suis opposé au traitement en vertu de l’article 21, paragraphe 1, et la vérification de la prévalence de vos motifs légitimes sur les miens est en cours (article 18, paragraphe 1, point d)).{{/if}}
{{#if restrictionDetails}}
{{restrictionDetails}}
{{/if}}
Pendant la limitation, vous ne pouvez que conserver les données, ou les traiter avec mon consentement, pour la constatation, l’exercice ou la défense de droits en justice, pour la protection des droits d’une autre personne ou pour des motifs importants d’intérêt public (article 18, paragraphe 2). Merci de m’informer avant la levée de la limitation (article 18, paragraphe 3) et de la notifier à chaque destinataire auquel les données ont été communiquées (article 19).

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
