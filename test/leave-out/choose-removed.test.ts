import { describe, expect, it } from '@jest/globals';
import { readList } from '../../src/list/read-list.js';
import { leaveOut } from './choose-removed.js';
import { generatedLeaveOutInputs } from './generated-inputs.js';

describe('leaveOut: which entries the leave-out check removes', () => {
  const inputs = generatedLeaveOutInputs();

  it.each(inputs.map((input) => [input.name, input.text] as const))(
    '%s: several per section, spread, the rest of the list untouched',
    (_name, text) => {
      const before = readList(text);
      const { text: smaller, removed } = leaveOut(text);
      const after = readList(smaller);
      const gone = new Set(removed.map((r) => r.arxivId));
      expect(removed.length).toBeGreaterThanOrEqual(6);
      expect(removed.length).toBeLessThanOrEqual(12);
      // Every section with entries gives some, none more than half of its own.
      before.groups.forEach((group, g) => {
        const taken = removed.filter((r) => r.group === g).length;
        if (group.entries.length >= 2) expect(taken).toBeGreaterThan(0);
        expect(taken).toBeLessThanOrEqual(group.entries.length / 2);
        expect(after.groups[g]!.name).toBe(group.name);
        expect(after.groups[g]!.entries.map((e) => e.arxivId)).toEqual(
          group.entries.map((e) => e.arxivId).filter((id) => !gone.has(id!)),
        );
      });
      for (const id of gone) expect(smaller).not.toContain(id);
      // No gap where an entry was: the entries left keep the blank lines between them.
      expect(smaller).not.toMatch(/\n\n\n\n/);
      expect(leaveOut(text)).toEqual({ text: smaller, removed });
    },
  );

  it('passes over a paper the list also names elsewhere', () => {
    const { text } = inputs[1]!;
    const { removed } = leaveOut(text);
    const twice = `${text}\n## Also\n\n- [again](https://arxiv.org/abs/${removed[0]!.arxivId})\n`;
    expect(leaveOut(twice).removed.map((r) => r.arxivId)).not.toContain(removed[0]!.arxivId);
  });
});
