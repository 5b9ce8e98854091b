import type { Partials } from '../template';

// Blocs communs aux lettres en français. `law`, `type` et `channel` choisissent la formulation exigée par la loi.
export default {
  lang: 'fr',
  partials: {
    header: `{{#if channel=post}}{{name}}{{#if postalAddress}}
{{postalAddress}}{{/if}}{{#if email}}
{{email}}{{/if}}

{{#if dpo}}À l’attention du délégué à la protection des données
{{/if}}{{#unless recipientNamed}}{{controller}}
{{/unless}}{{recipientAddress}}

Le {{today}}

Objet : {{subject}}
{{/if}}`,
    greeting: `Madame, Monsieur,`,
    about: `Je vous écris au sujet des {{#if law=ccpa}}informations personnelles{{else}}données personnelles{{/if}} me concernant que détient {{controller}}{{#if aboutSite}} dans le cadre de {{aboutSite}}{{/if}}.{{#if accountNumber}} Mon numéro de client ou de compte est {{accountNumber}}.{{/if}}`,
    identity: `{{#if law=ccpa}}{{#if type=opt-out-sale|limit-sensitive}}Une demande d’opposition ou de limitation n’a pas à être une demande vérifiée : merci de ne pas me demander de justifier de mon identité (Cal. Code Regs. tit. 11, §§ 7026-7027).{{else}}Merci de vérifier cette demande à l’aide des informations que vous détenez déjà sur moi{{#if email}}, telles que l’adresse électronique {{email}}{{/if}}{{#if accountNumber}} et mon numéro de compte{{/if}}. Vous ne pouvez pas exiger que je crée un compte pour la présenter (Cal. Civ. Code § 1798.130(a)(2)(A)) et vous ne pouvez utiliser les informations fournies pour cette vérification qu’à cette seule fin (§ 1798.130(a)(7)).{{/if}}{{else}}Pour m’identifier, vous pouvez utiliser {{#if email}}l’adresse électronique {{email}}{{#if accountNumber}} et mon numéro de compte{{/if}}{{else}}{{#if accountNumber}}mon numéro de compte{{else}}les informations figurant dans ce courrier{{/if}}{{/if}}. En application de l’article 12, paragraphe 6, du {{lawShort}}, vous ne pouvez me demander des informations supplémentaires que si vous avez des doutes raisonnables sur mon identité, et seulement celles nécessaires pour la confirmer ; merci de ne pas me demander de copie de pièce d’identité en dehors de ce cas.{{/if}}`,
    deadline: `{{#if law=ccpa}}{{#if type=opt-out-sale|limit-sensitive}}Merci d’y donner suite dès que possible et au plus tard dans les 15 jours ouvrables suivant sa réception ({{deadlineArticle}}), et de me confirmer que c’est fait.{{else}}Merci d’y répondre gratuitement dans les 45 jours calendaires suivant sa réception (Cal. Civ. Code § 1798.130(a)(2)(A)). Ce délai ne peut être prolongé qu’une fois, de 45 jours, lorsque c’est raisonnablement nécessaire, et à condition de m’en informer, motifs à l’appui, dans les 45 premiers jours.{{/if}} Merci de ne pas me traiter différemment parce que j’exerce mes droits (§ 1798.125).{{else}}Conformément à l’article 12, paragraphe 3, du {{lawShort}}, vous devez donner suite à cette demande dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de sa réception. Ce délai ne peut être prolongé de deux mois que si c’est nécessaire, compte tenu de la complexité et du nombre de demandes, et vous devez alors m’en informer, motifs à l’appui, dans le premier mois. Si vous ne donnez pas suite à ma demande, vous devez m’en indiquer les motifs dans le même délai, ainsi que la possibilité d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel (article 12, paragraphe 4). Cette demande est gratuite (article 12, paragraphe 5).{{/if}}`,
    closing: `Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{name}}{{#unless channel=post}}{{#if email}}
{{email}}{{/if}}{{#if postalAddress}}
{{postalAddress}}{{/if}}{{/unless}}`,
    // Le nom de chaque demande quand un courrier ultérieur y renvoie.
    'title-access': 'une demande d’accès fondée sur l’article 15 du {{lawShort}}',
    'title-rectification': 'une demande de rectification fondée sur l’article 16 du {{lawShort}}',
    'title-erasure': 'une demande d’effacement fondée sur l’article 17 du {{lawShort}}',
    'title-restriction': 'une demande de limitation du traitement fondée sur l’article 18 du {{lawShort}}',
    'title-portability': 'une demande de portabilité fondée sur l’article 20 du {{lawShort}}',
    'title-objection': 'une opposition au traitement fondée sur l’article 21 du {{lawShort}}',
    'title-withdraw-consent': 'un retrait de consentement fondé sur l’article 7, paragraphe 3, du {{lawShort}}',
    'title-automated-decision': 'une demande d’intervention humaine fondée sur l’article 22 du {{lawShort}}',
    'title-know': 'une demande d’information (« right to know ») fondée sur le CCPA (§§ 1798.110 et 1798.115)',
    'title-delete': 'une demande de suppression fondée sur le CCPA (§ 1798.105)',
    'title-correct': 'une demande de rectification fondée sur le CCPA (§ 1798.106)',
    'title-opt-out-sale': 'une opposition à la vente et au partage de mes informations personnelles fondée sur le CCPA (§ 1798.120)',
    'title-limit-sensitive': 'une demande de limitation de l’utilisation de mes informations personnelles sensibles fondée sur le CCPA (§ 1798.121)',
  },
} satisfies Partials;
