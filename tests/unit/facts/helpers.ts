import type { Facts } from '../../../lib/report';
import { extractFacts } from '../../../lib/facts/index';
import { sectionsOf } from './sections';

/** Facts of passages given as texts (one passage each, one section). */
export function factsOf(lang: string, ...texts: string[]): Facts {
  return extractFacts(sectionsOf(...texts), lang).facts;
}
