import { describe, expect, it } from '@jest/globals';
import { paperUrl, urlForm } from '../../src/format/paper-url.js';

describe('paper URLs in the list own form', () => {
  it.each([
    ['https://arxiv.org/abs/2506.18871', 'https://arxiv.org/abs/2611.01234'],
    ['https://arxiv.org/pdf/2504.02782', 'https://arxiv.org/pdf/2611.01234'],
    ['https://www.arxiv.org/abs/2501.00289', 'https://www.arxiv.org/abs/2611.01234'],
    ['https://arxiv.org/pdf/2505.14682v1', 'https://arxiv.org/pdf/2611.01234v3'],
    ['https://arxiv.org/pdf/2505.14682.pdf', 'https://arxiv.org/pdf/2611.01234.pdf'],
    ['https://arxiv.org/html/2504.06256v1', 'https://arxiv.org/html/2611.01234v3'],
  ])('%s → %s', (seen, written) => {
    const form = urlForm(seen);
    expect(form).not.toBeNull();
    expect(paperUrl('2611.01234', 3, form!)).toBe(written);
  });

  it('is no form for other URLs, and refuses what is not an arXiv id', () => {
    expect(urlForm('https://doi.org/10.1111/cgf.70092')).toBeNull();
    expect(urlForm('https://huggingface.co/papers/2504.02782')).toBeNull();
    expect(() => paperUrl('2504.02782/../x', 1, urlForm('https://arxiv.org/abs/1')!)).toThrow('Cannot link');
  });
});
