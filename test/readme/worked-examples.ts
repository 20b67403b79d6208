import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readList } from '../../src/list/read-list.js';
import type { EntrySpan } from '../../src/list/entry-groups.js';
import type { ListDoc } from '../../src/list/list-doc.js';
import { runFixture, type FixtureOptions } from '../list/run-fixture.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'lists');

/** The README's worked examples: one fixture per style of list, and the paper shown from it. */
const EXAMPLES = [
  {
    fixture: 'details-seed-append',
    style: 'Details',
    list: 'PicoTrex/Awesome-GPT-Image-generation (the seed)',
    id: '2511.01234',
  },
  {
    fixture: 'showlab-newest-first',
    style: 'Bullets with badges',
    list: 'showlab/Awesome-Unified-Multimodal-Models',
    id: '2611.01234',
  },
  {
    fixture: 'aidc-ai-table',
    style: 'Table',
    list: 'AIDC-AI/Awesome-Unified-Multimodal-Models',
    id: '2611.01234',
  },
  {
    fixture: 'text-to-3d-details-group',
    style: 'Bullets with parts',
    list: 'yyeboah/Awesome-Text-to-3D',
    id: '2611.01234',
  },
  {
    fixture: 'articulated-numbered',
    style: 'Heading entries',
    list: 'dougefla/Awesome-Articulated-Object-Understanding',
    id: '2611.00042',
  },
];

export const START =
  '<!-- worked-examples: written by scripts/readme-examples.ts, checked by test/readme -->';
export const END = '<!-- /worked-examples -->';

/**
 * The worked examples as the README shows them, from real runs of the fixture folders (the
 * code a night's run edits the list with): the config, an entry the maintainers wrote next to
 * where the paper goes, and the entry the bot writes.
 */
export function workedExamples(): string {
  return EXAMPLES.map((example) => {
    const dir = join(FIXTURES, example.fixture);
    const { output } = runFixture(dir);
    const doc = readList(output);
    const group = doc.groups.find((g) => g.entries.some((e) => e.arxivId === example.id))!;
    const span = group.entries.find((e) => e.arxivId === example.id)!;
    const input = readList(readFileSync(join(dir, 'input.md'), 'utf8'));
    const theirs = nearest(group.entries, span, (e) => e.arxivId !== null && input.ids.has(e.arxivId));
    const papers = JSON.parse(readFileSync(join(dir, 'papers.json'), 'utf8')) as Array<{
      paper: { arxivId: string };
      links: Array<{ kind: string }>;
    }>;
    const links = papers.find((p) => p.paper.arxivId === example.id)!.links.map((l) => l.kind);
    return [
      `**${example.style}** — ${example.list}; config \`${configLine(dir)}\`` +
        ` (\`test/fixtures/lists/${example.fixture}\`). An entry the maintainers wrote:`,
      '',
      fenced(entryText(output, doc, theirs)),
      '',
      `The entry the bot writes for arXiv ${example.id}` +
        (links.length > 0
          ? ` (${links.join(' and ')} link${links.length > 1 ? 's' : ''} found on arXiv):`
          : ':'),
      '',
      fenced(entryText(output, doc, span)),
    ].join('\n');
  }).join('\n\n');
}

function nearest(entries: EntrySpan[], span: EntrySpan, ok: (e: EntrySpan) => boolean): EntrySpan {
  const at = entries.indexOf(span);
  const byDistance = entries.map((e, i) => ({ e, d: Math.abs(i - at) + (i < at ? 0.5 : 0) }));
  return byDistance.filter(({ e }) => ok(e)).sort((a, b) => a.d - b.d)[0]!.e;
}

function entryText(text: string, doc: ListDoc, span: EntrySpan): string {
  return text.slice(doc.lines.starts[span.startLine], doc.lines.ends[span.endLine]);
}

function fenced(text: string): string {
  return `\`\`\`markdown\n${text}\n\`\`\``;
}

/** The fixture's options as the config file's one line. */
function configLine(dir: string): string {
  const file = join(dir, 'options.json');
  const options = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as FixtureOptions;
  const parts = [`section: ${options.section ?? 'Papers'}`];
  if (options.updatesSection === null) parts.push('updates-section: false');
  return `list: { ${parts.join(', ')} }`;
}
