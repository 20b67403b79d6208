import { describe, expect, it } from '@jest/globals';
import { findLinks } from '../../src/curate/links.js';
import { entryAbstract } from '../format/entry-paper.js';
import { leaveOut } from './choose-removed.js';
import { generatedLeaveOutInputs } from './generated-inputs.js';
import { abstractSource, neutralAbstract, servedPaper, windowTimes } from './served-papers.js';

describe('servedPaper: a removed entry as arXiv serves it', () => {
  const input = generatedLeaveOutInputs()[4]!;
  const { removed } = leaveOut(input.text);

  it('carries the entry’s id, title and links (in the comment, where link discovery finds them)', () => {
    const withLinks = removed.find((r) => /"project"/.test(JSON.stringify(r.entry)))!;
    const paper = servedPaper(withLinks, input.known?.(withLinks.arxivId), '2026-11-25T10:00:00Z');
    expect(paper.arxivId).toBe(withLinks.arxivId);
    expect(input.text).toContain(paper.title);
    expect(paper.abstract).toBe(input.known?.(withLinks.arxivId)?.abstract);
    expect(paper.comment).toMatch(
      /^Code: https:\/\/github\.com\/\S+ Project page: https:\/\/\S+$|^Project page: /,
    );
    const kinds = findLinks(paper).map((l) => l.kind);
    expect(kinds).toEqual(expect.arrayContaining(['project']));
    expect(paper.published).toBe('2026-11-25T10:00:00Z');
  });

  it('when the corpus does not know the paper: the abstract the entry shows, else a neutral one', () => {
    const served = generatedLeaveOutInputs().map((list) => {
      const entry = leaveOut(list.text).removed[0]!;
      return {
        shown: entryAbstract(entry.entry),
        paper: servedPaper(entry, undefined, '2026-11-25T10:00:00Z'),
      };
    });
    const withAbstract = served.filter((s) => s.shown !== null);
    const without = served.filter((s) => s.shown === null);
    expect(withAbstract.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    for (const { shown, paper } of withAbstract) expect(paper.abstract).toBe(shown);
    for (const { paper } of without) expect(paper.abstract).toBe(neutralAbstract(paper.title));
    for (const { paper } of served) expect(paper.categories).toEqual(['cs.CV']);
  });

  it('says where the abstract came from: the corpus, the entry, or a stand-in', () => {
    const entries = generatedLeaveOutInputs().map((list) => leaveOut(list.text).removed[0]!);
    const shows = entries.find((e) => entryAbstract(e.entry) !== null)!;
    const bare = entries.find((e) => entryAbstract(e.entry) === null)!;
    const known = { abstract: 'We study graphs.', categories: ['cs.LG'] };
    expect(abstractSource(bare, known)).toBe('corpus');
    expect(abstractSource(shows, undefined)).toBe('entry');
    expect(abstractSource(bare, undefined)).toBe('stand-in');
    expect(abstractSource(bare, { abstract: '', categories: [] })).toBe('stand-in');
  });

  it('puts every paper of the run in the default window before the run', () => {
    const times = windowTimes('2026-11-26T03:00:00Z', 50);
    expect(new Set(times).size).toBe(50);
    for (const time of times) {
      expect(time < '2026-11-26T03:00:00Z').toBe(true);
      expect(time >= '2026-11-19T00:00:00Z').toBe(true);
    }
  });
});
