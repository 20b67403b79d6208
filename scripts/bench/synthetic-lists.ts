import type { Paper } from '../../src/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthYear(paper: Paper): string {
  return `${MONTHS[Number(paper.published.slice(5, 7)) - 1]} ${paper.published.slice(0, 4)}`;
}

/** A long bullet list: one line per paper, the arXiv link on the title (SPEC §9's 5,000 entries). */
export function bulletList(papers: readonly Paper[]): string {
  const lines = papers.map(
    (p) => `- [${p.title}](https://arxiv.org/abs/${p.arxivId}) — ${p.authors[0]} et al., ${monthYear(p)}`,
  );
  return (
    '# Awesome Image Generation\n\n## Latest Updates\n- 2025-04-10: Add 4 papers.\n\n## Papers\n\n' +
    `${lines.join('\n')}\n\n## Contributing\nPull requests welcome.\n`
  );
}

/** The seed list's style: numbered headings, authors, the abstract in `<details>`, links, a figure. */
export function detailsList(papers: readonly Paper[]): string {
  const entries = papers.map(
    (p, i) =>
      `### ${i + 1}. ${p.title}\n**Authors:** ${p.authors.join(', ')}\n<details span>\n` +
      `<summary><b>Abstract</b></summary>\n${p.abstract}\n</details>\n\n` +
      `[📄 Paper](https://arxiv.org/pdf/${p.arxivId}) | [💻 Code](https://github.com/example/paper-${i})\n\n` +
      `![Paper ${i + 1}](assets/paper_img/paper-${i + 1}.jpg)\n`,
  );
  return (
    '# Awesome GPT Image Generation\n\n## 📢 Latest Updates\n* Apr-10-2025: Add 4 papers.\n\n' +
    `## Papers\n${entries.join('\n')}\n## ❤️ BibTeX\n`
  );
}

/** A table list in the shape of the unified-models lists: name, linked title, venue, date, code. */
export function tableList(papers: readonly Paper[]): string {
  const rows = papers.map(
    (p, i) =>
      `| M${i} | [${p.title}](https://arxiv.org/abs/${p.arxivId}) | arXiv | ${p.published.slice(0, 10).replace(/-/g, '/')} | ` +
      `[Github](https://github.com/example/paper-${i}) | - |`,
  );
  return (
    '# Awesome Unified Multimodal Models\n\n## Latest Updates\n- 2025-04-10: Add 4 papers.\n\n' +
    '## Papers\n| Name | Title | Venue | Date | Code | Demo |\n| ---- | ----- | ----- | ---- | ---- | ---- |\n' +
    `${rows.join('\n')}\n\n## Contributing\nPull requests welcome.\n`
  );
}
