import type { LetterTemplate } from '../template';

export default {
  type: 'access',
  lang: 'fr',
  laws: ['gdpr', 'uk-gdpr'],
  subject: 'Demande d’accès à mes données personnelles – article 15 du {{lawShort}}{{#if accountNumber}} – compte {{accountNumber}}{{/if}}',
  body: `{{> header}}
{{> greeting}}

{{> about}}

En application de l’article 15 du {{lawTitle}}, je vous demande :

1. de me confirmer que des données personnelles me concernant sont ou ne sont pas traitées (article 15, paragraphe 1) ;
2. dans l’affirmative, de m’en communiquer une copie (article 15, paragraphe 3){{#unless channel=post}}. Ma demande étant présentée par voie électronique, merci de me la fournir sous une forme électronique d’usage courant, sauf demande contraire de ma part{{/unless}} ;
3. de me communiquer les informations suivantes (article 15, paragraphe 1, points a) à h)) :
a) les finalités du traitement ;
b) les catégories de données personnelles concernées ;
c) les destinataires ou catégories de destinataires auxquels les données ont été ou seront communiquées, en particulier ceux établis dans des pays tiers ou les organisations internationales ;
d) la durée de conservation envisagée ou, lorsque ce n’est pas possible, les critères utilisés pour la déterminer ;
e) l’existence du droit de demander la rectification ou l’effacement des données, la limitation du traitement, ou du droit de s’y opposer ;
f) le droit d’introduire une réclamation auprès d’une autorité de contrôle ;
g) lorsque les données n’ont pas été collectées auprès de moi, toute information disponible sur leur source ;
h) l’existence d’une prise de décision automatisée, y compris un profilage, visée à l’article 22, paragraphes 1 et 4, et, dans ce cas, des informations utiles sur la logique sous-jacente ainsi que sur l’importance et les conséquences prévues de ce traitement pour moi ;
4. lorsque mes données sont transférées vers un pays tiers ou une organisation internationale, de m’informer des garanties appropriées encadrant ce transfert en vertu de l’article 46 (article 15, paragraphe 2).
{{#if noticeUrl}}
Votre politique de confidentialité ({{noticeUrl}}{{#if noticeUpdated}}, mise à jour le {{noticeUpdated}}{{/if}}) décrit vos traitements en général ; elle ne remplace pas les informations propres à mes données demandées ci-dessus.
{{/if}}
{{> identity}}

{{> deadline}}

{{> closing}}`,
} satisfies LetterTemplate;
