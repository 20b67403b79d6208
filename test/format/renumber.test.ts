import { describe, expect, it } from '@jest/globals';
import { renumberEntry } from '../../src/format/renumber.js';

describe('renumberEntry: a carried-over entry gets its new number', () => {
  it.each([
    ['### 7. Title\nbody', 9, '### 9. Title\nbody'],
    ['#### 12) Title', 3, '#### 3) Title'],
    ['7. [A](x)', 9, '9. [A](x)'],
    ['### Title 7. not a number', 9, '### Title 7. not a number'],
    ['### Unnumbered', 2, '### Unnumbered'],
    ['- [A](x)', 2, '- [A](x)'],
  ])('%j → %d', (entry, n, expected) => {
    expect(renumberEntry(entry, n)).toBe(expected);
  });
});
