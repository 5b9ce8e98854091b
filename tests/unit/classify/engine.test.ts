import { describe, expect, it } from 'vitest';
import { RULE_FILES, ruleFilesFor } from '../../../lib/classify/index';
import {
  classifyPassages,
  classifySections,
  HEADING_ASSISTED_THRESHOLD,
  HEADING_WHY_PREFIX,
  OWN_WORDS_THRESHOLD,
  type PassageVerdict,
} from '../../../lib/classify/match';
import { normalize, STRONG, WEAK, type RuleFile } from '../../../lib/classify/types';
import { TAGS, type Section, type Tag } from '../../../lib/report';

// The engine's arithmetic, pinned: the speed-ups (literal pre-check, stopping once a tag cannot reach
// its threshold) must give exactly what testing every rule on every passage gives.

interface FileScore {
  tag: Tag;
  score: number;
  ids: string[];
}

/** The plain engine's reading of a passage: every rule of every file tested on it. */
function referenceScores(files: readonly RuleFile[], text: string): FileScore[] {
  const normalized = normalize(text);
  return files.map((file) => {
    const fired: FileScore = { tag: file.tag, score: 0, ids: [] };
    for (const rule of file.rules) {
      if (rule.match.test(normalized) && !rule.unless?.test(normalized)) {
        fired.score += rule.weight ?? STRONG;
        fired.ids.push(rule.id);
      }
    }
    return fired;
  });
}

/** The plain engine's verdict from those scores under a heading context. */
function referenceVerdict(scores: FileScore[], context: Map<Tag, string>): PassageVerdict {
  const verdict: PassageVerdict = { tags: [], why: [] };
  for (const { tag, score, ids } of scores) {
    const heading = context.get(tag);
    if (score >= OWN_WORDS_THRESHOLD || (heading !== undefined && score >= HEADING_ASSISTED_THRESHOLD)) {
      verdict.tags.push(tag);
      verdict.why.push(...ids);
      if (score < OWN_WORDS_THRESHOLD && heading) verdict.why.push(HEADING_WHY_PREFIX + heading);
    }
  }
  verdict.tags.sort((a, b) => TAGS.indexOf(a) - TAGS.indexOf(b));
  return verdict;
}

function reference(files: readonly RuleFile[], text: string, context: Map<Tag, string>): PassageVerdict {
  return referenceVerdict(referenceScores(files, text), context);
}

const toy: RuleFile[] = [
  {
    tag: 'retention',
    lang: 'xx',
    rules: [
      { id: 'retention.xx.keep', match: /we keep [a-z ]+ for/, example: '' },
      { id: 'retention.xx.deleted', match: /deleted/, unless: /not deleted/, example: '' },
      { id: 'retention.xx.period', match: /\d+ (?:days|months|years)/, weight: WEAK, example: '' },
      { id: 'retention.xx.until', match: /until (?:you|the end)/, weight: WEAK, example: '' },
    ],
    headings: [],
    examples: [],
  },
  {
    tag: 'cookies',
    lang: 'xx',
    rules: [{ id: 'cookies.xx.word', match: /cookie/, weight: WEAK, example: '' }],
    headings: [],
    examples: [],
  },
];
const heading = new Map<Tag, string>([['retention', 'retention.xx.heading']]);
const none = new Map<Tag, string>();

describe('classifyPassages: threshold arithmetic', () => {
  it.each<[string, Map<Tag, string>, Tag[], string[]]>([
    // one STRONG cue is enough by itself
    ['we keep your data for a while', none, ['retention'], ['retention.xx.keep']],
    // one WEAK cue alone is not; under a heading that leans to the tag it is, and the heading is named
    ['within 30 days', none, [], []],
    ['within 30 days', heading, ['retention'], ['retention.xx.period', 'heading:retention.xx.heading']],
    // two WEAK cues add up to a STRONG one; the heading is then not needed, so not named
    ['within 30 days, until you leave', none, ['retention'], ['retention.xx.period', 'retention.xx.until']],
    ['within 30 days, until you leave', heading, ['retention'], ['retention.xx.period', 'retention.xx.until']],
    // every rule that fired is listed, in rule order, even past the threshold
    ['until you leave we keep it for 2 years, then it is deleted', none, ['retention'], ['retention.xx.keep', 'retention.xx.deleted', 'retention.xx.period', 'retention.xx.until']],
    // `unless` vetoes its rule only
    ['it is not deleted', none, [], []],
    ['it is not deleted within 30 days', heading, ['retention'], ['retention.xx.period', 'heading:retention.xx.heading']],
    // a heading leans only its own tag; a rule with no literal (digits only) is still tested
    ['a cookie', heading, [], []],
    ['12 months', heading, ['retention'], ['retention.xx.period', 'heading:retention.xx.heading']],
    ['', heading, [], []],
  ])('%s (heading: %s)', (text, context, tags, why) => {
    const [verdict] = classifyPassages(toy, [text], [context]);
    expect(verdict).toEqual({ tags, why });
    expect(verdict).toEqual(reference(toy, text, context));
  });

  it('gives each passage its own verdict when several are classified together', () => {
    const texts = ['within 30 days', 'a cookie and a cookie', 'we keep logs for 90 days', 'deleted'];
    const contexts = [heading, none, none, heading];
    expect(classifyPassages(toy, texts, contexts)).toEqual(texts.map((t, i) => reference(toy, t, contexts[i])));
  });
});

describe('classifyPassages agrees with the plain engine on the real rule files', () => {
  // every example sentence of every rule file, with no heading, then under a heading for each tag
  const sentences = RULE_FILES.flatMap((f) => [...f.rules.map((r) => r.example), ...f.examples.map(([s]) => s)]);
  for (const lang of [...new Set(RULE_FILES.map((f) => f.lang))]) {
    it(lang, () => {
      const files = ruleFilesFor(lang);
      const contexts = [none, ...TAGS.map((tag) => new Map<Tag, string>([[tag, `${tag}.${lang}.heading`]]))];
      // the plain engine reads each sentence once; only the thresholds depend on the heading
      const scores = sentences.map((sentence) => referenceScores(files, sentence));
      for (const context of contexts) {
        const verdicts = classifyPassages(files, sentences, sentences.map(() => context));
        verdicts.forEach((verdict, i) => expect(verdict, sentences[i]).toEqual(referenceVerdict(scores[i], context)));
      }
    });
  }
});

describe('classifySections', () => {
  it('reads a repeated heading once per notice and leans every section under it', () => {
    const section = (id: string, heading: string, text: string): Section => ({ id, heading, level: 2, tags: [], passages: [{ id: `p${id}`, text, tags: [] }] });
    const sections = [section('1', 'How long we keep your data', 'Three years.'), section('2', 'How long we keep your data', 'Three years.')];
    classifySections(sections, 'en');
    const [first, second] = sections.map((s) => s.passages[0]);
    expect([first.tags, first.why]).toEqual([second.tags, second.why]);
    expect(first.why).toContain('heading:retention.en.heading');
    expect(sections[0].tags).toEqual(sections[1].tags);
    expect(sections[0].tags).toContain('retention');
  });
});
