import { describe, expect, it } from '@jest/globals';
import type { Entry, Part } from '../../src/format/parts.js';
import { readEntry } from '../../src/format/read-entry.js';
import { entryShape } from '../../src/format/shape.js';
import type { ColumnRole } from '../../src/list/list-doc.js';

/** Every field of an entry as `type:value` (links as `role:label→url`). */
function fields(entry: Entry): string[] {
  const out: string[] = [];
  const visit = (parts: Part[]): void => {
    for (const p of parts) {
      if (p.type === 'cell') visit(p.parts);
      else if (p.type === 'link') out.push(`${p.role}:${p.named ? '(name) ' : ''}${p.label}→${p.url}`);
      else if (p.type === 'authors') out.push(`authors(${p.form}):${p.text}`);
      else if (p.type === 'abstract')
        out.push(`abstract(${p.html ? 'html' : 'markdown'}):${p.text.slice(0, 20)}`);
      else if (p.type !== 'text') out.push(`${p.type}:${p.text}`);
    }
  };
  for (const line of entry.lines) visit(line);
  return out;
}

// Entries as the real lists write them (../shared/fixtures/lists), abstracts shortened.
const SEED = `### 3. Transfer between Modalities with MetaQueries
**Authors:** Xichen Pan, Satya Narayan Shukla, Aashu Singh
<details span>
<summary><b>Abstract</b></summary>
Unified multimodal models aim to integrate understanding.
</details>

[📄 Paper](https://arxiv.org/pdf/2504.06256) | [🌐 Project Page](https://xichenpan.com/metaquery/)

![TMM](assets/paper_img/Transfer-between-Modalities-with-MetaQueries.jpg)`;

const SHOWLAB = `+ [OmniGen2: Exploration to Advanced Multimodal Generation](https://arxiv.org/abs/2506.18871) (Jun. 2025, arXiv)
  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2506.18871)
  [![Star](https://img.shields.io/github/stars/VectorSpaceLab/OmniGen2.svg?style=social&label=Star)](https://github.com/VectorSpaceLab/OmniGen2)`;

const AIDC = `| Harmon | [Harmonizing Visual Representations for Unified Multimodal Understanding and Generation](https://arxiv.org/abs/2503.21979) ![GitHub Repo stars](https://img.shields.io/github/stars/wusize/Harmon?style=social) | arXiv | 2025/03/27 | [Github](https://github.com/wusize/Harmon) | [Demo](https://huggingface.co/spaces/wusize/Harmon) |`;
const AIDC_COLUMNS: ColumnRole[] = ['name', 'title', 'venue', 'date', 'code', 'demo'];

const TEXT_TO_3D = `- [CLIP-Forge: Towards Zero-Shot Text-to-Shape Generation](https://arxiv.org/abs/2110.02624), Aditya Sanghi et al., Arxiv 2021 | [citation](./references/citations.bib#L8-L13) | [site]() | [code](https://github.com/AutodeskAILab/Clip-Forge)`;

const ARTICULATED = `### 2. REArtGS: Reconstructing and Generating Articulated Objects via 3D Gaussian Splatting
*REArtGS, arXiv 2025*

[📄 Paper](https://arxiv.org/abs/2503.06677) | [🌐 Project Page](https://sites.google.com/view/reartgs/home)
- Level: Category-Agnostic
- Dataset: PartNet-Mobility, AKB-48
<details span>
<summary><b>Abstract</b></summary>
<br>

Articulated objects, as prevalent entities in human life.
</details>`;

describe('readEntry: the fields of an entry, in the list own markup', () => {
  it('the seed list: number, title, authors list, abstract inside the HTML block, links, an image', () => {
    const entry = readEntry(SEED, 'heading');
    expect(entry.arxivId).toBe('2504.06256');
    expect(fields(entry)).toEqual([
      'number:3',
      'title:Transfer between Modalities with MetaQueries',
      'authors(list):Xichen Pan, Satya Narayan Shukla, Aashu Singh',
      'abstract(html):Unified multimodal m',
      'paper:📄 Paper→https://arxiv.org/pdf/2504.06256',
      'project:🌐 Project Page→https://xichenpan.com/metaquery/',
      'fixed:![TMM](assets/paper_img/Transfer-between-Modalities-with-MetaQueries.jpg)',
    ]);
  });

  it('showlab: a titled link, date and venue, an arXiv badge and a stars badge linked to the code', () => {
    const entry = readEntry(SHOWLAB, 'item');
    expect(fields(entry)).toEqual([
      'title:OmniGen2: Exploration to Advanced Multimodal Generation→https://arxiv.org/abs/2506.18871',
      'date:Jun. 2025',
      'venue:arXiv',
      'paper:![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)→https://arxiv.org/abs/2506.18871',
      'stars:![Star](https://img.shields.io/github/stars/VectorSpaceLab/OmniGen2.svg?style=social&label=Star)→https://github.com/VectorSpaceLab/OmniGen2',
    ]);
    expect(entryShape(entry, { fixed: 'strict' })).toBe(
      '+ [{T}]({U}) ({D}, {V})\n [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)]({U})\n' +
        ' [![Star](https://img.shields.io/github/stars/{R}.svg?style=social&label=Star)]({U})',
    );
  });

  it('AIDC-AI: cells by their column, the stars image after the title, the demo in its column', () => {
    const entry = readEntry(AIDC, 'row', AIDC_COLUMNS);
    expect(fields(entry)).toEqual([
      'name:Harmon',
      'title:Harmonizing Visual Representations for Unified Multimodal Understanding and Generation→https://arxiv.org/abs/2503.21979',
      'stars:![GitHub Repo stars](https://img.shields.io/github/stars/wusize/Harmon?style=social)',
      'venue:arXiv',
      'date:2025/03/27',
      'code:Github→https://github.com/wusize/Harmon',
      'demo:Demo→https://huggingface.co/spaces/wusize/Harmon',
    ]);
  });

  it('Text-to-3D: authors with et al., venue and year, a citation it cannot fill, an empty link', () => {
    const entry = readEntry(TEXT_TO_3D, 'item');
    expect(fields(entry)).toEqual([
      'title:CLIP-Forge: Towards Zero-Shot Text-to-Shape Generation→https://arxiv.org/abs/2110.02624',
      'authors(full-et-al):Aditya Sanghi et al.',
      'venue:Arxiv',
      'date:2021',
      'fixed:citation→./references/citations.bib#L8-L13',
      'project:site→',
      'code:code→https://github.com/AutodeskAILab/Clip-Forge',
    ]);
  });

  it('articulated: a name in an emphasised byline, the maintainer own fields, an abstract paragraph', () => {
    const entry = readEntry(ARTICULATED, 'heading');
    expect(fields(entry)).toEqual([
      'number:2',
      'title:REArtGS: Reconstructing and Generating Articulated Objects via 3D Gaussian Splatting',
      'name:REArtGS',
      'venue:arXiv',
      'date:2025',
      'paper:📄 Paper→https://arxiv.org/abs/2503.06677',
      'project:🌐 Project Page→https://sites.google.com/view/reartgs/home',
      'fixed:- Level: Category-Agnostic',
      'fixed:- Dataset: PartNet-Mobility, AKB-48',
      'abstract(markdown):Articulated objects,',
    ]);
  });

  it('shapes: what the bot cannot fill is kept, counted or left out', () => {
    const entry = readEntry(ARTICULATED, 'heading');
    expect(entryShape(entry, { fixed: 'strict' })).toContain('- Level: Category-Agnostic');
    expect(entryShape(entry, { fixed: 'abstract' })).toContain('\n{F}\n{F}\n');
    expect(entryShape(entry, { fixed: 'drop' })).toBe(
      '### {#}. {T}\n*{N}, {V} {D}*\n\n[📄 Paper]({U}) | [🌐 Project Page]({U})\n<details span>\n' +
        '<summary><b>Abstract</b></summary>\n<br>\n\n{X}\n</details>',
    );
  });

  it('a bold title before kind links, and an ordered item number', () => {
    const entry = readEntry(
      '12. **A Title** [[paper](https://arxiv.org/abs/2501.00001)] [[code](https://github.com/a/b)]',
      'item',
    );
    expect(fields(entry)).toEqual([
      'number:12',
      'title:A Title',
      'paper:paper→https://arxiv.org/abs/2501.00001',
      'code:code→https://github.com/a/b',
    ]);
  });
});
