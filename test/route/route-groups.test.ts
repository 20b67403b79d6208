import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ListSectionNotFoundError, NoPaperSectionsError, readList } from '../../src/list/index.js';
import { groupByLabel, groupLabel } from '../../src/route/group-label.js';
import { headingStem } from '../../src/curate/terms.js';
import { headingTerms } from '../../src/route/heading-terms.js';
import { routeGroups } from '../../src/route/route-groups.js';

const SECTIONS = readFileSync('test/fixtures/route/sections.md', 'utf8');
/** Papers only in sub-sections (as the AIDC-AI list keeps them), two of them named alike. */
const NESTED = [
  '# List',
  '## Models',
  '### Autoregressive',
  '- [Visual Autoregressive Modeling](https://arxiv.org/abs/2404.02905)',
  '### Diffusion',
  '- [Scaling Rectified Flow Transformers](https://arxiv.org/abs/2403.03206)',
  '- [SANA: Linear Diffusion Transformers](https://arxiv.org/abs/2410.10629)',
  '## Dataset',
  '### Diffusion',
  '- [A Dataset of Diffusion Samples](https://arxiv.org/abs/2501.00001)',
  '## Videos',
  '- [A Talk on Image Generation Models](https://www.youtube.com/watch?v=x)',
  '',
].join('\n');

const names = (text: string, setting: 'auto' | string[]) => {
  const doc = readList(text);
  const { groups, fallback } = routeGroups(doc, setting);
  return { groups: groups.map((g) => groupLabel(doc.groups, g)), fallback: groupLabel(doc.groups, fallback) };
};

describe('routeGroups: the sections list.section allows', () => {
  it('auto: every section of papers, not the updates section or a section of tools; the largest is the default', () => {
    expect(names(SECTIONS, 'auto')).toEqual({
      groups: ['Autoregressive Models', 'Diffusion Models', 'Benchmarks'],
      fallback: 'Diffusion Models',
    });
  });

  it('auto: sub-sections count separately; a name used twice is told apart by its parent', () => {
    expect(names(NESTED, 'auto')).toEqual({
      groups: ['Autoregressive', 'Models › Diffusion', 'Dataset › Diffusion'],
      fallback: 'Models › Diffusion',
    });
  });

  it('a name whose papers sit in sub-sections stands for them; the first name gives the default', () => {
    expect(names(NESTED, ['Dataset', 'Models'])).toEqual({
      groups: ['Dataset › Diffusion', 'Autoregressive', 'Models › Diffusion'],
      fallback: 'Dataset › Diffusion',
    });
    expect(names(NESTED, ['Models'])).toEqual({
      groups: ['Autoregressive', 'Models › Diffusion'],
      fallback: 'Models › Diffusion',
    });
    expect(names(SECTIONS, ['Benchmarks'])).toEqual({ groups: ['Benchmarks'], fallback: 'Benchmarks' });
  });

  it('an unknown name: an error naming it and the sections the list has', () => {
    const doc = readList(SECTIONS);
    expect(() => routeGroups(doc, ['Benchmarks', 'Datasets'])).toThrow(ListSectionNotFoundError);
    expect(() => routeGroups(doc, ['Benchmarks', 'Datasets'])).toThrow(
      'The list has no section "Datasets" to add papers to. Headings found: "Awesome Unified Models", ' +
        '"📢 Latest Updates", "Autoregressive Models", "Diffusion Models", "Benchmarks", "Tools".',
    );
  });

  it('auto on a list without papers: an error asking for a section name', () => {
    const text = '# List\n## Papers\n\n## Tools\n- [ComfyUI](https://github.com/comfyanonymous/ComfyUI)\n';
    expect(() => routeGroups(readList(text), 'auto')).toThrow(NoPaperSectionsError);
    expect(() => routeGroups(readList(text), 'auto')).toThrow(
      'list.section is `auto`, but no section of the list holds papers to learn where new ones go ' +
        '(sections found: "List", "Papers", "Tools"). Set list.section in the config file to the section ' +
        'new papers should go to.',
    );
  });

  it('a label leaves out emoji shortcodes, and finds the section by it', () => {
    const text =
      '# List\n## Datasets :floppy_disk:\n- [Objaverse: A Universe of 3D Objects](https://arxiv.org/abs/2212.08051)\n';
    const doc = readList(text);
    const [datasets] = routeGroups(doc, 'auto').groups;
    expect(groupLabel(doc.groups, datasets!)).toBe('Datasets');
    expect(groupByLabel(doc.groups, 'Datasets')).toBe(datasets);
    expect(headingTerms('Datasets :floppy_disk:')).toEqual(new Map([['dataset', 'datasets']]));
    expect(headingTerms('b-1: Pixel Encoding')).toEqual(
      new Map([
        ['pixel', 'pixel'],
        ['encod', 'encoding'],
      ]),
    );
  });

  it.each([
    ['generation', 'generating', 'generate'],
    ['tracking', 'track', 'tracks'],
    ['manipulation', 'manipulating', 'manipulated'],
  ])('heading words match their other forms: %s, %s, %s', (...forms) => {
    expect(new Set(forms.map(headingStem)).size).toBe(1);
  });

  it('a label finds its section again in another version of the list', () => {
    const doc = readList(NESTED);
    const moved = readList(`# List\n\nAn introduction.\n\n${NESTED.slice('# List\n'.length)}`);
    for (const group of routeGroups(doc, 'auto').groups) {
      const found = groupByLabel(moved.groups, groupLabel(doc.groups, group));
      expect(found?.openLine).toBe(group.openLine + 3);
    }
    expect(groupByLabel(moved.groups, 'Evaluation')).toBeNull();
  });
});
