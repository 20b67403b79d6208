/**
 * Dates as lists write them, read from examples and written back in the same form. A format is a
 * template of the tokens YYYY, MMMM (January), MMM (Jan), MM (01), M (1), DD (05), D (5) between
 * literal separators, e.g. `MMM-DD-YYYY` for `Apr-10-2025` or `YYYY/MM/DD` for `2025/04/10`.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

export interface FoundDate {
  format: string;
  /** Where the date is in the searched text. */
  index: number;
  length: number;
}

interface Pattern {
  regex: RegExp;
  format: (m: RegExpExecArray) => string;
}

const digits = (value: string, twoDigitToken: string, oneDigitToken: string): string =>
  value.length === 2 ? twoDigitToken : oneDigitToken;
const monthName = (name: string): string => (name.length > 3 && name !== 'Sept' ? 'MMMM' : 'MMM');

/** Most specific first: a full date before a month and year before a year alone. */
const PATTERNS: Pattern[] = [
  {
    regex: /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/,
    format: (m) => `YYYY${m[2]}${digits(m[3]!, 'MM', 'M')}${m[2]}${digits(m[4]!, 'DD', 'D')}`,
  },
  {
    regex: /(?<![\d.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d])/,
    format: (m) =>
      Number(m[1]) > 12
        ? `${digits(m[1]!, 'DD', 'D')}${m[2]}${digits(m[3]!, 'MM', 'M')}${m[2]}YYYY`
        : `${digits(m[1]!, 'MM', 'M')}${m[2]}${digits(m[3]!, 'DD', 'D')}${m[2]}YYYY`,
  },
  {
    regex: new RegExp(String.raw`\b${MONTH}(\.?)([- ])(\d{1,2})(,?)([- ])(\d{4})\b`),
    format: (m) => `${monthName(m[1]!)}${m[2]}${m[3]}${digits(m[4]!, 'DD', 'D')}${m[5]}${m[6]}YYYY`,
  },
  {
    regex: new RegExp(String.raw`\b(\d{1,2})([- ])${MONTH}(\.?)(,?[- ])(\d{4})\b`),
    format: (m) => `${digits(m[1]!, 'DD', 'D')}${m[2]}${monthName(m[3]!)}${m[4]}${m[5]}YYYY`,
  },
  {
    regex: /(?<![\d.])(\d{4})([-/.])(\d{1,2})(?![\d])/,
    format: (m) => `YYYY${m[2]}${digits(m[3]!, 'MM', 'M')}`,
  },
  {
    regex: new RegExp(String.raw`\b${MONTH}(\.?)(,? )(\d{4})\b`),
    format: (m) => `${monthName(m[1]!)}${m[2]}${m[3]}YYYY`,
  },
  { regex: /(?<![\d.])((?:19|20)\d\d)(?![\d.])/, format: () => 'YYYY' },
];

/** The first date in the text and its format, or null. */
export function findDate(text: string): FoundDate | null {
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(text);
    if (match) return { format: pattern.format(match), index: match.index, length: match[0].length };
  }
  return null;
}

/** The format most of the samples use (the first one on a tie), or null when none has a date. */
export function commonDateFormat(samples: string[]): string | null {
  const counts = new Map<string, number>();
  for (const sample of samples) {
    const found = findDate(sample);
    if (found) counts.set(found.format, (counts.get(found.format) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [format, count] of counts) if (best === null || count > counts.get(best)!) best = format;
  return best;
}

/** Writes a date (its UTC day) in a format from `findDate`. */
export function formatDate(date: Date, format: string): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return format.replace(/YYYY|MMMM|MMM|MM|M|DD|D/g, (token) => {
    switch (token) {
      case 'YYYY':
        return String(year);
      case 'MMMM':
        return MONTHS[month]!;
      case 'MMM':
        return MONTHS[month]!.slice(0, 3);
      case 'MM':
        return String(month + 1).padStart(2, '0');
      case 'M':
        return String(month + 1);
      case 'DD':
        return String(day).padStart(2, '0');
      default:
        return String(day);
    }
  });
}
