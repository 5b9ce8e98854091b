import { describe, expect, it } from 'vitest';
import { diffNotices } from '../../../lib/library/diff';
import { makeReport } from './reports';

const base = [
  'We collect your name and e-mail address when you create an account.',
  'We keep customer data for 12 months after your last order.',
  'You may ask for a copy of your data at any time.',
  'Contact our privacy team at privacy@shop.test.',
];

describe('diffNotices', () => {
  it('finds the edited passage and the words that changed in it', () => {
    const next = [...base];
    next[1] = 'We keep customer data for 24 months after your last order.';
    const d = diffNotices(makeReport({ passages: base }), makeReport({ passages: next }));
    expect([d.added, d.removed, d.changed]).toEqual([0, 0, 1]);
    const changed = d.entries.find((e) => e.kind === 'changed');
    expect(changed && changed.kind === 'changed' && changed.words.filter((w) => w.added || w.removed)).toEqual([
      { text: '12', removed: true },
      { text: '24', added: true },
    ]);
  });

  it('added and removed passages keep their ids and tags', () => {
    const before = makeReport({ passages: base });
    const after = makeReport({ passages: [base[0], base[2], base[3], 'We now transfer data to India under standard contractual clauses.'] });
    after.sections[0].passages[3].tags = ['transfers'];
    const d = diffNotices(before, after);
    expect(d.entries.map((e) => e.kind)).toEqual(['same', 'removed', 'same', 'same', 'added']);
    const added = d.entries[4];
    expect(added.kind === 'added' && [added.after.id, added.after.tags]).toEqual(['p4', ['transfers']]);
  });

  it('whitespace alone is not a change; a replacement is not an edit', () => {
    const d = diffNotices(
      makeReport({ passages: ['One  two three.', 'Completely different words here.'] }),
      makeReport({ passages: ['One two three.', 'Nothing in common at all.'] }),
    );
    expect(d.entries.map((e) => e.kind)).toEqual(['same', 'removed', 'added']);
  });
});
