import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_FILES } from '../../../lib/classify/index';
import { classifyText, headingTags } from '../../../lib/classify/match';
import { normalize } from '../../../lib/classify/types';
import { TAGS } from '../../../lib/report';

const RULES_DIR = fileURLToPath(new URL('../../../lib/classify/rules/', import.meta.url));
const FILE_NAME = /^([a-z-]+)\.([a-z]{2})\.ts$/;

describe('rule registry', () => {
  it('wires in every file of lib/classify/rules', () => {
    const onDisk = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).sort();
    expect(RULE_FILES.map((f) => f.file)).toEqual(onDisk);
  });

  for (const file of RULE_FILES) {
    describe(file.file, () => {
      it('is named after its tag and language', () => {
        const [, tag, lang] = FILE_NAME.exec(file.file) ?? [];
        expect(TAGS).toContain(file.tag);
        expect([tag, lang]).toEqual([file.tag, file.lang]);
      });

      it('has unique ids in its own namespace', () => {
        const ids = [...file.rules, ...file.headings].map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id.startsWith(`${file.tag}.${file.lang}.`)).toBe(true);
      });

      it('has an example table with positives and negatives', () => {
        expect(file.examples.some(([, applies]) => applies)).toBe(true);
        expect(file.examples.some(([, applies]) => !applies)).toBe(true);
      });

      for (const rule of file.rules) {
        it(`${rule.id} fires on its own example`, () => {
          const text = normalize(rule.example);
          expect(rule.match.test(text) && !rule.unless?.test(text)).toBe(true);
        });
      }
      for (const rule of file.headings) {
        it(`${rule.id} fires on its own example heading`, () => {
          expect(headingTags(rule.example, file.lang).get(file.tag)).toBeDefined();
        });
      }

      it.each(file.examples)('%s -> %s', (sentence, applies) => {
        expect(classifyText(sentence, file.lang).tags.includes(file.tag)).toBe(applies);
      });
    });
  }
});
