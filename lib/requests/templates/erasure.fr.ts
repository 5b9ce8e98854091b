import type { LetterTemplate } from '../template';

export default {
  type: 'erasure',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Demande d’effacement – article 17 du {{lawShort}}{{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

En application de l’article 17 du {{lawTitle}}, je vous demande d’effacer dans les meilleurs délais l’ensemble des données personnelles me concernant, pour le motif suivant :
{{#if erasureGround=no-longer-necessary}}les données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées ou traitées (article 17, paragraphe 1, point a)).{{/if}}{{#if erasureGround=withdrawn-consent}}je retire le consentement sur lequel repose le traitement, et il n’existe pas d’autre fondement juridique au traitement (article 7, paragraphe 3, et article 17, paragraphe 1, point b)).{{/if}}{{#if erasureGround=objection}}je m’oppose au traitement en vertu de l’article 21 et il n’existe pas de motif légitime impérieux pour le traitement, ou celui-ci est effectué à des fins de prospection (article 17, paragraphe 1, point c)).{{/if}}{{#if erasureGround=unlawful}}les données ont fait l’objet d’un traitement illicite (article 17, paragraphe 1, point d)).{{/if}}{{#if erasureGround=legal-obligation}}les données doivent être effacées pour respecter une obligation légale à laquelle vous êtes soumis (article 17, paragraphe 1, point e)).{{/if}}{{#if erasureGround=child}}les données ont été collectées dans le cadre de l’offre de services de la société de l’information à un enfant (article 8, paragraphe 1, et article 17, paragraphe 1, point f)).{{/if}}
{{#if erasureDetails}}
{{erasureDetails}}
{{/if}}
Si vous avez rendu ces données publiques, merci de prendre les mesures raisonnables pour informer les autres responsables du traitement qui les traitent de ma demande d’effacement de tout lien vers ces données, ou de toute copie de celles-ci (article 17, paragraphe 2). Merci également de notifier cet effacement à chaque destinataire auquel les données ont été communiquées (article 19).

Si vous estimez que l’une des exceptions de l’article 17, paragraphe 3, s’applique à certaines données, merci de m’indiquer lesquelles, l’exception invoquée et ses motifs, et d’effacer les autres.

{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
