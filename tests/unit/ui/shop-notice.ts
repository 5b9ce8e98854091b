// A short English notice that gives a summary with a retention fact, rights and a high flag (Privacy Shield):
// what the popup's tests and the background's click tests read.
import type { Block } from '@/lib/blocks';

export const NOTICE: Block[] = [
  { kind: 'heading', level: 1, text: 'Privacy Policy' },
  { kind: 'paragraph', text: 'We collect your name, e-mail address and order history when you create an account.' },
  { kind: 'paragraph', text: 'We keep your account data for 7 years after your last order, then delete it.' },
  { kind: 'paragraph', text: 'You have the right to access, rectify and erase your personal data. Write to privacy@shop.example.' },
  { kind: 'paragraph', text: 'We rely on the EU-US Privacy Shield for transfers of personal data to the United States.' },
];
