import { WEAK, type RuleFile } from '../types';

// How and when the notice changes and how readers are told (GDPR 12; OPP-115 Policy Change).
const DOC = String.raw`(privacy |data protection |cookie )?(policy|policies|notice|statement|page|document|terms)`;

const file: RuleFile = {
  tag: 'changes',
  lang: 'en',
  rules: [
    {
      id: 'changes.en.changes-to-notice',
      // "We may update this Privacy Policy from time to time."
      match: new RegExp(
        String.raw`\b(change|changes|changed|changing|update|updates|updated|updating|amend|amends|amended|amending|amendments?|modify|modifies|modified|modifications?|revise|revises|revised|revisions?)\b[^.;]{0,40}\b(this|our|the|these)\s${DOC}\b|\b(this|our|the)\s${DOC}\b[^.;]{0,40}\b(may|will|might|can|could)\b[^.;]{0,20}\b(change|be (changed|updated|amended|modified|revised))\b`,
      ),
      example: 'We may update this Privacy Policy from time to time.',
    },
    {
      id: 'changes.en.material',
      // "When we make material changes, we will notify you by email."
      match:
        /\b(material|significant|substantial|important) (changes?|updates?|modifications?|amendments?)\b|\bcontinu(e|ed|es|ing) (to use|use of)\b[^.;]{0,80}\b(accept|acceptance|agree|consent|bound|constitutes?)\b|\b(revised|updated|new) (version|policy|notice)\b[^.;]{0,40}\b(effective|post|posted|publish|apply|applies)\b|\b(this|the|our) (privacy )?(policy|notice|statement) (is|will be|may be) (reviewed|updated|revised|amended)\b|\b(latest|current|most recent) version\b[^.;]{0,40}\b(available|posted|published)\b/,
      // "by continuing to use the app, you consent" with no change in sight is consent (legal-basis), not a change
      unless: /^(?![\s\S]*\b(chang|updat|revis|modif|amend|version))/,
      example: 'When we make material changes, we will notify you by email.',
    },
    {
      id: 'changes.en.change-word',
      // "If we make a change that matters, we'll email you." (under a changes heading)
      match: /\b(change|changes|changed|update|updates|updated|amend\w*|modif\w*|revis\w*|notify|inform)\b/,
      weight: WEAK,
      example: "If we make a change that matters, we'll email you.",
    },
  ],
  headings: [
    {
      id: 'changes.en.heading',
      // "Changes to This Policy" / "Will this page change?"
      match: /\b(changes?|updates?|amendments?|revisions?|modifications?)\b/,
      // "Updating your information" is a right
      unless: /\b(your|my)\b/,
      example: 'Changes to This Policy',
    },
  ],
  examples: [
    ['By continuing to use the app, you consent to our use of your data.', false],
    ['If you continue to use the service after the update, you accept the revised policy.', true],
    ['We may update this Privacy Policy from time to time.', true],
    ['If we change this policy in a way that affects children, we will ask for consent again.', true],
    ['Your continued use of the service after the changes take effect constitutes acceptance of the new terms.', true],
    ['You can change your details at any time in your account.', false],
    ['Last Updated: January 15, 2025', false],
  ],
};

export default file;
