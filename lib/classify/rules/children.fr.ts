import { WEAK, type RuleFile } from '../types';
import { ABOUT_THE_NOTICE, AGE_BY_COUNTRY, HEADER_ROW } from '../fr';

// Children and minors: minimum age, parental consent, what happens to children's data (RGPD 8).
const file: RuleFile = {
  tag: 'children',
  lang: 'fr',
  rules: [
    {
      id: 'children.fr.minors',
      // "Nos services ne s'adressent pas aux enfants de moins de 15 ans."
      match: /(?<![a-zà-ÿœ])(?:enfants?|mineurs?|mineures?|adolescents?|jeunes de moins|[ée]l[èe]ves|coll[ée]giens|lyc[ée]ens|b[ée]b[ée]s?|nourrissons?|(?:v[ée]rifi[a-zà-ÿœ]*|contr[ôo]l[a-zà-ÿœ]*|attest[a-zà-ÿœ]*|justifi[a-zà-ÿœ]*) (?:de )?(?:la |votre |sa |leur )?majorit[ée]|(?:destin[ée]e?s?|r[ée]serv[ée]e?s?|s'adresse(?:nt)?|ouverte?s?) (?:uniquement |exclusivement )?(?:aux|[àa] des) (?:adultes|majeurs|personnes majeures))(?![a-zà-ÿœ])/,
      // a headcount of children in a household is data about the user, not about children as users; an introduction
      // naming the notice's public ("... dont la plupart sont lycéens") says nothing about minors' data
      unless: new RegExp(`${/nombre d'enfants|(?:avec|sans) enfants?|composition (?:du foyer|familiale)|enfants? [àa] charge|situation familiale \(/.source}|${ABOUT_THE_NOTICE.source}`),
      example: "Nos services ne s'adressent pas aux enfants de moins de 15 ans.",
    },
    {
      id: 'children.fr.age',
      // "L'inscription est réservée aux personnes âgées de 16 ans et plus."
      match: /(?:[âa]g[ée]e?s? d'au moins|[âa]g[ée]e?s? de (?:moins de |plus de )?|moins de |au moins |avoir )(?:\d+|treize|quinze|seize|dix-huit) ans|(?:\d+|treize|quinze|seize|dix-huit) ans (?:et plus|ou plus|r[ée]volus|minimum)|[âa]ge (?:minimum|minimal|requis|l[ée]gal)|majorit[ée] (?:num[ée]rique|l[ée]gale)|personnes? majeures?|[êe]tre majeur|[êe]tes majeur|autorit[ée] parentale|contr[ôo]le parental|(?:[àa] partir de|d[èe]s|avant) (?:l'[âa]ge de )?(?:1[0-9]|2[01]|treize|quatorze|quinze|seize|dix-sept|dix-huit) ans|[âa]ge (?:de|du|pour) (?:consentir|consentement|la majorit)|consentir seule?s? |public (?:adulte|majeur)|(?:n'avez|n'a|n'ont) pas (?:encore )?(?:\d+|treize|quinze|seize|dix-huit) ans|[ée]coles? (?:maternelles?|[ée]l[ée]mentaires?|primaires?)|p[ée]riscolaires?|cr[èe]ches?|cantine scolaire|accueil de loisirs|centres? de loisirs|(?:autorisation|consentement|accord) (?:parental|de (?:vos |ses |leurs )?parents|d'un parent|du titulaire|des titulaires|de (?:son |votre |leur )?repr[ée]sentant l[ée]gal)/,
      example: "L'inscription est réservée aux personnes âgées de 16 ans et plus.",
      // a seniority or a licence held for years is no age
      unless: /depuis (?:au moins |plus de |moins de )?(?:\d+|deux|trois|cinq) ans|anciennet[ée]|(?<![a-zà-ÿœ])(?:conserv|archiv|supprim|effac)[a-zà-ÿœ]*/,
    },
    {
      id: 'children.fr.age-by-country',
      // "Belgique : 13 ans" (a line of a list of minimum ages per country)
      match: AGE_BY_COUNTRY,
      example: 'Belgique : 13 ans',
    },
    {
      id: 'children.fr.age-words',
      // "L'inscription est ouverte dès la classe de sixième." (age, family and school words: children under a children heading)
      // whole words: 'usage', 'partage', 'dans', 'sans', 'transparent' hold no age or parent
      match: /(?<![a-zà-ÿœ])(?:[âa]ge(?![a-zà-ÿœ])|ans(?![a-zà-ÿœ])|parent|famill|jeunes?(?![a-zà-ÿœ])|scolaire|classe|moins de)/,
      unless: HEADER_ROW,
      weight: WEAK,
      example: "L'inscription est ouverte dès la classe de sixième.",
    },
  ],
  headings: [
    {
      id: 'children.fr.heading',
      // "Protection des mineurs"
      match: /(?<![a-zà-ÿœ])(?:enfants?|mineurs?|[ée]l[èe]ves|(?<![a-zà-ÿœ])jeunes|parents|[âa]ge minimum|moins de \d+ ans|adolescents)/,
      example: 'Protection des mineurs',
    },
  ],
  examples: [
    ['La présente charte s’applique aux candidats au concours et aux utilisateurs de la plateforme, dont la plupart sont lycéens.', false],
    ['Vérification de la majorité de l’acheteur | Obligation légale | Le temps de la commande', true],
    ['Nos services sont destinés aux adultes.', true],
    ['Votre bébé : prénom, date de naissance et poids, si vous souhaitez recevoir nos conseils.', true],
    ["Nos services ne s'adressent pas aux enfants de moins de 15 ans.", true],
    ["L'inscription est réservée aux personnes âgées de 16 ans et plus.", true],
    ["Si vous avez moins de 15 ans, l'inscription nécessite l'autorisation d'un parent.", true],
    ['Les titulaires de l’autorité parentale exercent les droits du patient mineur.', true],
    ['Nous ne vendons pas de produits aux enfants.', true],
    ["Pour ouvrir un compte, il faut avoir l'âge de consentir seul au traitement de ses données.", true],
    ['France : 15 ans', true],
    ["L'inscription dans une école maternelle ou élémentaire publique relève d'une mission d'intérêt public.", true],
    ['Nos services sont destinés à un public adulte.', true],
    ["Si vous n'avez pas 15 ans, demandez à un parent de créer le compte.", true],
    ['Un contrôle parental permet de limiter le temps de jeu.', true],
    ['À partir de 15 ans, l’élève peut exercer lui-même ses droits.', true],
    ['Les factures sont archivées à partir de 10 ans d’ancienneté du compte.', false],
    // hard negatives: household composition, "la majeure partie", durations in years, a licence held for years
    ["Vous devez être titulaire d'un permis de conduire depuis au moins 2 ans.", false],
    ['Durée : 3 ans', false],
    ["Situation familiale (nombre d'enfants) et revenus du foyer.", false],
    ['La majeure partie de nos serveurs est située en France.', false],
    ['Vos données sont conservées 16 ans.', false],
  ],
};

export default file;
