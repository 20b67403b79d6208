import { describe, expect, it } from '@jest/globals';
import { compilePhrase, containsPhrase, PhraseSet } from '../../src/curate/phrase-set.js';
import { prepareText } from '../../src/curate/words.js';

describe('containsPhrase', () => {
  it.each<[string, string, string, boolean]>([
    ['case-insensitive', 'gpt-4O shows', 'GPT-4o', true],
    ['possessive after the phrase', "GPT-4o's native image generation", 'GPT-4o', true],
    ['possessive inside the phrase', "GPT-4o's image generation", 'GPT-4o image generation', true],
    ['curly possessive', 'the model’s output', 'model output', true],
    ['across a line break', 'instruction-based image\n   editing', 'image editing', true],
    ['not across punctuation', 'the image, editing aside', 'image editing', false],
    ['acronym as a word', 'an AR model', 'AR', true],
    ['acronym not inside a word', 'the ARCH model and NeARby', 'AR', false],
    ['hyphen in the text, space in the phrase', 'a text-to-image model', 'text to image', true],
    ['space in the text, hyphen in the phrase', 'a text to image model', 'text-to-image', true],
    ['joined spelling of a hyphenated word', 'an auto-regressive model', 'autoregressive', true],
    ['joined spelling of a hyphenated phrase', 'we compare with GPT4o', 'GPT-4o', true],
    ['a joined spelling is a whole joined word (before)', 'a pre-GPT4o model', 'GPT-4o', false],
    ['a joined spelling is a whole joined word (after)', 'GPT4o-based models', 'GPT-4o', false],
    ['a phrase inside a hyphenated word, spaced', 'GPT-4o-mini and others', 'GPT-4o', true],
    [
      'a joined phrase after a hyphenated word',
      'text-to-image autoregressive models',
      'auto-regressive models',
      true,
    ],
    [
      'a phrase across two hyphenated words',
      'non-auto-regressive text-to-image',
      'nonautoregressive texttoimage',
      true,
    ],
    ['en dash counts as a hyphen', 'text–to–image', 'text-to-image', true],
    ['plural of the last word', 'two visual tokenizers', 'visual tokenizer', true],
    ['plural -es', 'many approaches', 'approach', true],
    ['plural of a one-word phrase', 'codebooks', 'codebook', true],
    ['no plural in the middle', 'images editing', 'image editing', false],
    ['no plural of a phrase ending in a digit', 'two GPT4s', 'GPT4', false],
    ['a phrase that is itself a plural spelling', 'the images', 'imag', true],
    ['a different word is not a plural', 'visual tokenizing', 'visual tokenizer', false],
    ['prefix with *', 'we study image edits', 'image edit*', true],
    ['prefix with * takes longer endings', 'image editing', 'image edit*', true],
    ['one-word prefix', 'better tokenization', 'tokeniz*', true],
    ['prefix only at the start of a word', 'detokenize', 'tokeniz*', false],
    ['inner punctuation must match', 'Qwen2.5-VL', 'Qwen2.5', true],
    ['inner punctuation must match (negative)', 'Qwen2 5', 'Qwen2.5', false],
    ['Unicode compatibility forms', 'ＧＰＴ-4o', 'GPT-4o', true],
    ['digits end a word', '3DGS scenes', '3D', false],
    ['digits as a word', 'from 3D scenes', '3D', true],
    ['empty phrase matches nothing', 'anything', '  ', false],
  ])('%s', (_name, text, phrase, expected) => {
    expect(containsPhrase(text, phrase)).toBe(expected);
  });
});

describe('PhraseSet', () => {
  it('reports which phrases a text contains, by index', () => {
    const set = new PhraseSet(['GPT-4o', 'image editing', 'video', 'unified multimodal model']);
    const found = set.matches(prepareText('Unified multi-modal models and GPT-4o for image editing.'));
    expect([...found].sort()).toEqual([0, 1, 3]);
  });

  it('without joinHyphens, an unhyphenated phrase does not match a hyphenated word', () => {
    const text = prepareText('an auto-regressive model');
    expect(compilePhrase('autoregressive', { joinHyphens: false }).test(text)).toBe(false);
    expect(compilePhrase('auto-regressive', { joinHyphens: false }).test(text)).toBe(true);
  });
});
