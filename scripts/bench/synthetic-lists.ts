import type { Paper } from '../../src/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthYear(paper: Paper): string {
  return `${MONTHS[Number(paper.published.slice(5, 7)) - 1]} ${paper.published.slice(0, 4)}`;
}

/** A list's entries, one per paper, as many as fit in `bytes` (all of them when `bytes` is unset). */
export type ListRenderer = (papers: readonly Paper[], bytes?: number) => string;

function upTo(entries: (i: number) => string, count: number, bytes = Infinity): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; i < count && size < bytes; i++) {
    out.push(entries(i));
    size += Buffer.byteLength(out[i]!) + 1;
  }
  return out;
}

/** A long bullet list: one line per paper, the arXiv link on the title. */
export const bulletList: ListRenderer = (papers, bytes) => {
  const head =
    '# Awesome Image Generation\n\n## Latest Updates\n- 2025-04-10: Add 4 papers.\n\n## Papers\n\n';
  const lines = upTo(
    (i) => {
      const p = papers[i]!;
      return `- [${p.title}](https://arxiv.org/abs/${p.arxivId}) — ${p.authors[0]} et al., ${monthYear(p)}`;
    },
    papers.length,
    bytes && bytes - head.length,
  );
  return `${head}${lines.join('\n')}\n\n## Contributing\nPull requests welcome.\n`;
};

/** The seed list's style: numbered headings, authors, the abstract in `<details>`, links, a figure. */
export const detailsList: ListRenderer = (papers, bytes) => {
  const head =
    '# Awesome GPT Image Generation\n\n## 📢 Latest Updates\n* Apr-10-2025: Add 4 papers.\n\n' +
    '## Table of contents\n- 📄 [Papers](#papers)\n- 🔨 [Tools](#tools)\n\n## Papers\n';
  const links = (p: Paper, i: number): string =>
    [
      `[📄 Paper](https://arxiv.org/pdf/${p.arxivId})`,
      ...(i % 3 !== 2 ? [`[💻 Code](https://github.com/example/paper-${i})`] : []),
      ...(i % 4 === 0 ? [`[🌐 Project Page](https://example.github.io/paper-${i}/)`] : []),
      ...(i % 9 === 0 ? [`[📁 Dataset](https://huggingface.co/datasets/example/paper-${i})`] : []),
    ].join(' | ');
  const entries = upTo(
    (i) => {
      const p = papers[i]!;
      return (
        `### ${i + 1}. ${p.title}\n**Authors:** ${p.authors.join(', ')}\n<details span>\n` +
        `<summary><b>Abstract</b></summary>\n${p.abstract}\n</details>\n\n${links(p, i)}\n\n` +
        `![Paper ${i + 1}](assets/paper_img/paper-${i + 1}.jpg)\n`
      );
    },
    papers.length,
    bytes && bytes - head.length,
  );
  return `${head}${entries.join('\n')}\n## 🔨 Tools\n* A tool.\n\n## ❤️ BibTeX\n`;
};

/** A table list in the shape of the unified-models lists: name, linked title, venue, date, code. */
export const tableList: ListRenderer = (papers, bytes) => {
  const head =
    '# Awesome Unified Multimodal Models\n\n## Latest Updates\n- 2025-04-10: Add 4 papers.\n\n' +
    '## Papers\n| Name | Title | Venue | Date | Code | Demo |\n| ---- | ----- | ----- | ---- | ---- | ---- |\n';
  const rows = upTo(
    (i) => {
      const p = papers[i]!;
      return (
        `| M${i} | [${p.title}](https://arxiv.org/abs/${p.arxivId}) | arXiv | ${p.published.slice(0, 10).replace(/-/g, '/')} | ` +
        `[Github](https://github.com/example/paper-${i}) | - |`
      );
    },
    papers.length,
    bytes && bytes - head.length,
  );
  return `${head}${rows.join('\n')}\n\n## Contributing\nPull requests welcome.\n`;
};
