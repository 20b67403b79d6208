import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { resolveConfig } from '../../src/config/resolve.js';
import { parseConfigFile } from '../../src/config/file.js';
import { readListFor } from '../../src/run/list-text.js';
import { detectListStyle, withListStyle } from '../../src/run/list-style.js';

const config = resolveConfig({}, {});
const detect = (text: string): string | null => detectListStyle(text, readListFor(text, config));

describe('the list style is read from the target section when the config does not set it', () => {
  it.each([
    ['the seed format', readFileSync('examples/README.md', 'utf8'), 'details'],
    [
      'bullets',
      '# L\n\n## Papers\n\n- [A](https://arxiv.org/abs/2401.00001) — X et al.\n- [B](https://arxiv.org/abs/2401.00002)\n',
      'bullet',
    ],
    [
      'a table under year headings',
      '# L\n\n## Papers\n\n### 2025\n\n| Title | Code |\n|---|---|\n| [A](https://arxiv.org/abs/2501.00001) | - |\n| [B](https://arxiv.org/abs/2501.00002) | - |\n\n### 2024\n\n| Title | Code |\n|---|---|\n| [C](https://arxiv.org/abs/2401.00003) | - |\n',
      'table',
    ],
    [
      'heading entries with keyword bullets',
      '# L\n\n## Papers\n\n### A [CVPR 2025]\n[📄 Paper](https://arxiv.org/abs/2501.00001)\n- Keywords: x\n- Input: y\n\n### B\n[📄 Paper](https://arxiv.org/abs/2501.00002)\n- Keywords: z\n- Input: w\n',
      'details',
    ],
    ['an empty section', '# L\n\n## Papers\n\nNothing yet.\n', null],
  ])('%s', (_name, text, style) => {
    expect(detect(text)).toBe(style);
  });

  it('keeps a style the config file sets, whatever the list looks like', () => {
    const text = '# L\n\n## Papers\n\n- [A](https://arxiv.org/abs/2401.00001)\n';
    const set = resolveConfig(parseConfigFile('list: { style: details }', 'c.yml'), {});
    expect(withListStyle(set, text, readListFor(text, set)).list.style).toBe('details');
    expect(withListStyle(config, text, readListFor(text, config)).list.style).toBe('bullet');
  });

  const shared = '../shared/fixtures/lists';
  it('reads the style of every shared list', () => {
    if (!existsSync(shared)) {
      console.log(`skipped: ../shared not found (${shared})`);
      expect(existsSync(shared)).toBe(false);
      return;
    }
    const expected: Record<string, [string, string]> = {
      'PicoTrex_Awesome-GPT-Image-generation_README.md': ['Papers', 'details'],
      'dougefla_Awesome-Articulated-Object-Understanding_README.md': ['Articulation Detection', 'details'],
      'AIDC-AI_Awesome-Unified-Multimodal-Models_README.md': ['Unified', 'table'],
      'showlab_Awesome-Unified-Multimodal-Models_README.md': [
        'Unified Multimodal Understanding and Generation',
        'bullet',
      ],
      'yyeboah_Awesome-Text-to-3D_README.md': ['Papers', 'bullet'],
    };
    for (const [file, [section, style]] of Object.entries(expected)) {
      const text = readFileSync(`${shared}/${file}`, 'utf8');
      const withSection = resolveConfig(parseConfigFile(`list: { section: "${section}" }`, 'c.yml'), {});
      const doc = readListFor(text, withSection);
      expect([file, doc.target !== null, detectListStyle(text, doc)]).toEqual([file, true, style]);
    }
  });
});
