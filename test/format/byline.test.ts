import { describe, expect, it } from '@jest/globals';
import { readByline } from '../../src/format/byline.js';
import type { Part } from '../../src/format/parts.js';

/** A byline's parts in brief: `{date:Jun. 2025}`, text as written. */
const brief = (parts: Part[]): string =>
  parts.map((p) => (p.type === 'text' ? p.text : `{${p.type}:${'text' in p ? p.text : ''}}`)).join('');

describe('readByline: the fields next to a title', () => {
  it.each([
    // showlab
    [' (Jun. 2025, arXiv)', ' ({date:Jun. 2025}, {venue:arXiv})'],
    [' (June. 2025, arXiv)', ' ({date:June. 2025}, {venue:arXiv})'],
    [' (Jul. 2023, CVPR)', ' ({date:Jul. 2023}, {venue:CVPR})'],
    [' (Aug. 2019)', ' ({date:Aug. 2019})'],
    [
      " (Apr. 2025, CVPR 25' Best Student Paper Honorable Mention) ",
      " ({date:Apr. 2025}, {venue:CVPR 25' Best Student Paper Honorable Mention}) ",
    ],
    // Text-to-3D
    [', Ajay Jain et al., CVPR 2022 | ', ', {authors:Ajay Jain et al.}, {venue:CVPR} {date:2022} | '],
    [', Hao Ouyang et at., Arxiv 2023 | ', ', {authors:Hao Ouyang et at.}, {venue:Arxiv} {date:2023} | '],
    // articulated (inside the emphasis)
    ['GAPS, arXiv 2024', '{name:GAPS}, {venue:arXiv} {date:2024}'],
    [
      'Liu et al., Computer Graphics Forum 2025',
      '{authors:Liu et al.}, {venue:Computer Graphics Forum} {date:2025}',
    ],
    ['3D Implicit Transporter, ICCV 2023', '{name:3D Implicit Transporter}, {venue:ICCV} {date:2023}'],
    // a heading's venue tag
    [' [CVPR 2024]', ' [{venue:CVPR} {date:2024}]'],
  ])('%j', (text, parts) => {
    expect(brief(readByline(text))).toBe(parts);
  });

  it.each([
    // No date, venue or authors: plain text, not a name.
    ['Ditto, Thesis'],
    [' and more'],
    // A year glued to letters is no date.
    ['Qwen2025, NARF24'],
  ])('leaves %j as text', (text) => {
    expect(readByline(text)).toEqual([{ type: 'text', text }]);
  });

  it('tells a first author with et al. from a surname with et al.', () => {
    const forms = (text: string) => readByline(text).flatMap((p) => (p.type === 'authors' ? [p.form] : []));
    expect(forms(', Ajay Jain et al., CVPR 2022')).toEqual(['full-et-al']);
    expect(forms('Liu et al., CVPR 2023')).toEqual(['surname-et-al']);
  });
});
