import { createTwoFilesPatch } from 'diff';

/** A unified diff of the list before and after, as a maintainer would see it in the PR. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 })
    .split('\n')
    .filter((line) => !/^(?:={10,}$|Index: )/.test(line)) // createTwoFilesPatch's own header
    .join('\n');
}
