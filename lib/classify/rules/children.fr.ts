import { WEAK, type RuleFile } from '../types';
import { HEADER_ROW } from '../fr';

// Children and minors: minimum age, parental consent, what happens to children's data (RGPD 8).
const file: RuleFile = {
  tag: 'children',
  lang: 'fr',
  rules: [
    {
      id: 'children.fr.minors',
      // "Nos services ne s'adressent pas aux enfants de moins de 15 ans."
      match: /(?<![a-zà-ÿœ])(?:enfants?|mineurs?|mineures?|adolescents?|jeunes de moins|[ée]l[èe]ves|coll[ée]giens|lyc[ée]ens)(?![a-zà-ÿœ])/,
      // a headcount of children in a household is data about the user, not about children as users
      unless: /nombre d'enfants|(?:avec|sans) enfants?|composition (?:du foyer|familiale)|enfants? [àa] charge|situation familiale \(/,
      example: "Nos services ne s'adressent pas aux enfants de moins de 15 ans.",
    },
    {
      id: 'children.fr.age',
      // "L'inscription est réservée aux personnes âgées de 16 ans et plus."
      match: /(?:[âa]g[ée]e?s? d'au moins|[âa]g[ée]e?s? de (?:moins de |plus de )?|moins de |au moins |avoir )(?:\d+|treize|quinze|seize|dix-huit) ans|(?:\d+|treize|quinze|seize|dix-huit) ans (?:et plus|ou plus|r[ée]volus|minimum)|[âa]ge (?:minimum|minimal|requis|l[ée]gal)|majorit[ée] (?:num[ée]rique|l[ée]gale)|personnes? majeures?|[êe]tre majeur|[êe]tes majeur|autorit[ée] parentale|(?:autorisation|consentement|accord) (?:parental|de (?:vos |ses |leurs )?parents|d'un parent|du titulaire|des titulaires|de (?:son |votre |leur )?repr[ée]sentant l[ée]gal)/,
      example: "L'inscription est réservée aux personnes âgées de 16 ans et plus.",
    },
    {
      id: 'children.fr.age-words',
      // "L'inscription est ouverte dès la classe de sixième." (age, family and school words: children under a children heading)
      match: /[âa]ge(?![a-zà-ÿœ])|ans(?![a-zà-ÿœ])|parent|famill|(?<![a-zà-ÿœ])jeunes?(?![a-zà-ÿœ])|scolaire|classe|moins de/,
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
    ["Nos services ne s'adressent pas aux enfants de moins de 15 ans.", true],
    ["L'inscription est réservée aux personnes âgées de 16 ans et plus.", true],
    ["Si vous avez moins de 15 ans, l'inscription nécessite l'autorisation d'un parent.", true],
    ['Les titulaires de l’autorité parentale exercent les droits du patient mineur.', true],
    ['Nous ne vendons pas de produits aux enfants.', true],
    // hard negatives: household composition, "la majeure partie", durations in years
    ["Situation familiale (nombre d'enfants) et revenus du foyer.", false],
    ['La majeure partie de nos serveurs est située en France.', false],
    ['Vos données sont conservées 16 ans.', false],
  ],
};

export default file;
