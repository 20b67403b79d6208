import type { GeneratedPaper } from './papers.js';
import type { ListTopic } from './topics.js';

/** One way real lists write their entries; each renders a whole list of generated papers. */
export interface ListStyleWriter {
  name: string;
  /** The entries of each section, in the order the style keeps them. */
  render(topic: ListTopic, sections: GeneratedPaper[][]): string;
}

const abs = (g: GeneratedPaper): string => `https://arxiv.org/abs/${g.paper.arxivId}`;
const MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const byIdDescending = (papers: GeneratedPaper[]): GeneratedPaper[] =>
  [...papers].sort((a, b) => (a.paper.arxivId < b.paper.arxivId ? 1 : -1));
const byIdAscending = (papers: GeneratedPaper[]): GeneratedPaper[] => byIdDescending(papers).reverse();

function page(topic: ListTopic, intro: string, sections: string[]): string {
  return `# ${topic.title}\n\n${intro}\n\n${sections.join('\n')}\n## Contributing\n\nPull requests are welcome.\n`;
}

/** The seed's format: numbered `### N. Title`, authors, a collapsible abstract, a links line. */
export const DETAILS: ListStyleWriter = {
  name: 'details',
  render: (topic, sections) =>
    page(
      topic,
      'Papers, with their abstracts.',
      topic.sections.map((section, s) => {
        const entries = byIdAscending(sections[s]!).map((g, i) => {
          const links = [
            `[📄 Paper](https://arxiv.org/pdf/${g.paper.arxivId})`,
            ...(g.code ? [`[💻 Code](${g.code})`] : []),
            ...(g.project ? [`[🌐 Project Page](${g.project})`] : []),
          ];
          return (
            `### ${i + 1}. ${g.paper.title}\n**Authors:** ${g.paper.authors.join(', ')}\n<details span>\n` +
            `<summary><b>Abstract</b></summary>\n${g.paper.abstract}\n</details>\n\n${links.join(' | ')}\n`
          );
        });
        return `## ${section.name}\n${entries.join('\n')}`;
      }),
    ),
};

/** showlab's: `+ [Title](abs) (Jun. 2025, arXiv)` with an arXiv badge line and a stars badge line. */
export const BULLET_BADGES: ListStyleWriter = {
  name: 'bullet with badges',
  render: (topic, sections) =>
    page(
      topic,
      'This is a repository for organizing papers, codes and other resources.',
      topic.sections.map((section, s) => {
        const entries = byIdDescending(sections[s]!).map((g) => {
          const month = MONTHS[Number(g.paper.published.slice(5, 7)) - 1]!;
          const repo = g.code?.replace('https://github.com/', '');
          return (
            `+ [${g.paper.title}](${abs(g)}) (${month} ${g.paper.published.slice(0, 4)}, arXiv)\n` +
            `  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](${abs(g)})\n` +
            (repo
              ? `  [![Star](https://img.shields.io/github/stars/${repo}.svg?style=social&label=Star)](${g.code})\n`
              : '')
          );
        });
        return `### ${section.name}\n\n${entries.join('\n')}`;
      }),
    ),
};

/** AIDC-AI's: newest-first tables, `Name | Title ⭐badge | Venue | Date | Code | Demo`. */
export const TABLE: ListStyleWriter = {
  name: 'table',
  render: (topic, sections) =>
    page(
      topic,
      'Papers by approach, newest first.',
      topic.sections.map((section, s) => {
        const rows = byIdDescending(sections[s]!).map((g) => {
          const repo = g.code?.replace('https://github.com/', '');
          const stars = repo
            ? ` ![GitHub Repo stars](https://img.shields.io/github/stars/${repo}?style=social)`
            : '';
          const date = g.paper.published.slice(0, 10).replace(/-/g, '/');
          const code = g.code ? `[Github](${g.code})` : '-';
          return `| ${g.name} | [${g.paper.title}](${abs(g)})${stars} | arXiv | ${date} | ${code} | - |`;
        });
        return (
          `#### ${section.name}\n| Name | Title | Venue | Date | Code | Demo |\n` +
          `|:---|:---|:---|:---|:---|:---|\n${rows.join('\n')}\n`
        );
      }),
    ),
};

/** Text-to-3D's: `<details>` groups of `- [Title](abs), First Author et al., Arxiv 2025 | [citation](…) | [site](…) | [code](…)`. */
export const BULLET_PARTS: ListStyleWriter = {
  name: 'bullet with parts',
  render: (topic, sections) =>
    page(
      topic,
      '## Papers :scroll:',
      topic.sections.map((section, s) => {
        const entries = byIdAscending(sections[s]!).map((g, i) => {
          const first = g.paper.authors[0]!;
          const bib = `./references/citations.bib#L${10 * i + 1}-L${10 * i + 6}`;
          return (
            `- [${g.paper.title}](${abs(g)}), ${first} et al., Arxiv ${g.paper.published.slice(0, 4)} | ` +
            `[citation](${bib}) | [site](${g.project ?? ''}) | [code](${g.code ?? ''})\n`
          );
        });
        return `<details close>\n<summary>${section.name}</summary>\n\n${entries.join('\n')}\n</details>\n`;
      }),
    ),
};

/** The articulated-objects list's: `### N. Title`, `*Name, arXiv 2025*`, a links line, an abstract. */
export const HEADINGS: ListStyleWriter = {
  name: 'headings',
  render: (topic, sections) =>
    page(
      topic,
      'A curated list of resources.',
      topic.sections.map((section, s) => {
        const entries = byIdAscending(sections[s]!).map((g, i) => {
          const links = [
            `[📄 Paper](${abs(g)})`,
            ...(g.project ? [`[🌐 Project Page](${g.project})`] : []),
            ...(g.code ? [`[💻 Code](${g.code})`] : []),
          ];
          return (
            `### ${i + 1}. ${g.paper.title}\n*${g.name}, arXiv ${g.paper.published.slice(0, 4)}*\n\n${links.join(' | ')}\n` +
            `<details span>\n<summary><b>Abstract</b></summary>\n<br>\n\n${g.paper.abstract}\n</details>\n`
          );
        });
        return `## ${section.name}\n\n${entries.join('\n')}`;
      }),
    ),
};
