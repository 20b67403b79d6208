import { describe, expect, it } from '@jest/globals';
import { commonDateFormat, findDate, formatDate } from '../../src/list/date-format.js';

const NOV_26_2026 = new Date('2026-11-26T02:30:00Z');
const JAN_5_2026 = new Date('2026-01-05T23:59:00Z');

describe('dates as lists write them', () => {
  it.each([
    ['Apr-10-2025: Add 4 papers.', 'MMM-DD-YYYY', 'Nov-26-2026', 'Jan-05-2026'],
    ['2025-04-10: Add 4 papers.', 'YYYY-MM-DD', '2026-11-26', '2026-01-05'],
    ['**[2025.04.10]** We add', 'YYYY.MM.DD', '2026.11.26', '2026.01.05'],
    ['2025/04/10', 'YYYY/MM/DD', '2026/11/26', '2026/01/05'],
    ['**2026/8/13**', 'YYYY/M/DD', '2026/11/26', '2026/1/05'],
    ['2026/8/3', 'YYYY/M/D', '2026/11/26', '2026/1/5'],
    ['04/10/2025 update', 'MM/DD/YYYY', '11/26/2026', '01/05/2026'],
    ['25/04/2025 update', 'DD/MM/YYYY', '26/11/2026', '05/01/2026'],
    ['Apr 10, 2025', 'MMM DD, YYYY', 'Nov 26, 2026', 'Jan 05, 2026'],
    ['April 10, 2025', 'MMMM DD, YYYY', 'November 26, 2026', 'January 05, 2026'],
    ['10 Apr 2025', 'DD MMM YYYY', '26 Nov 2026', '05 Jan 2026'],
    ['(Jun. 2025, arXiv)', 'MMM. YYYY', 'Nov. 2026', 'Jan. 2026'],
    ['June 2025', 'MMMM YYYY', 'November 2026', 'January 2026'],
    ['2025-04', 'YYYY-MM', '2026-11', '2026-01'],
    ['CVPR 2024', 'YYYY', '2026', '2026'],
  ])('%j → %s', (text, format, november, january) => {
    expect(findDate(text)?.format).toBe(format);
    expect(formatDate(NOV_26_2026, format)).toBe(november);
    expect(formatDate(JAN_5_2026, format)).toBe(january);
  });

  it('finds no date where there is none', () => {
    expect(findDate('Add 4 papers and 2 tools.')).toBeNull();
    expect(findDate('version 1.2.3')).toBeNull();
  });

  it('says where the date is', () => {
    expect(findDate('* **[2025.04.10]** x')).toEqual({ format: 'YYYY.MM.DD', index: 5, length: 10 });
  });

  it('takes the format most samples use', () => {
    expect(commonDateFormat(['Jun. 2025', 'June. 2025', 'May. 2025', 'no date'])).toBe('MMM. YYYY');
    expect(commonDateFormat(['no date'])).toBeNull();
  });
});
