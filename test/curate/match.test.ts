import { describe, expect, it } from '@jest/globals';
import {
  compilePhrase,
  containsPhrase,
  createQueryMatcher,
  joinedSpelling,
  joinedWords,
  matchesQuery,
  PhraseSet,
  prepareText,
  writtenJoinedWords,
} from '../../src/curate/match.js';

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

describe('joinedWords', () => {
  it.each([
    "GPT-4o's image-editing abilities, auto-regressive (AR) models",
    "a - b x--y ‐hy‐phen‐ it’s s's",
    'ＧＰＴ-４o and 3D-aware text-to-image',
    '',
    "gpt's-4o a's's-b 's x it'sx -lead trail- x'-s",
    ' - ',
  ])('equals the joined stream of prepareText for %j', (text) => {
    expect(joinedWords(text)).toEqual(prepareText(text).joined.words);
  });

  const hyphenated = Array.from({ length: 60 }, (_, i) => `w${i}-x${i % 3}`).join(' ');
  it.each([0, 1, 2, 10, 59, 60, 61])('keeps the first %i words when given a limit', (limit) => {
    // Long enough that the text is split in pieces, with joins at every piece's end.
    expect(joinedWords(hyphenated, limit)).toEqual(joinedWords(hyphenated).slice(0, limit));
    expect(joinedWords(`a-${'b-'.repeat(200)}c d`, limit)).toEqual(
      [`a${'b'.repeat(200)}c`, 'd'].slice(0, limit),
    );
  });
});

describe('writtenJoinedWords', () => {
  it('keeps the joining hyphens and possessives that joinedSpelling takes out', () => {
    const written = writtenJoinedWords("GPT-4o's auto-regressive, A's x--y");
    expect(written).toEqual(["gpt-4o's", 'auto-regressive', "a's", 'x', 'y']);
    expect(written.map(joinedSpelling)).toEqual(['gpt4o', 'autoregressive', 'a', 'x', 'y']);
  });

  it('finds the same words in ASCII texts (its fast path) as prepareText and the Unicode path do', () => {
    // Seeded texts made of the characters the word pattern turns on.
    let seed = 20261127;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'S', 's', 'x4', "'", "'s", '-', '--', ' ', ',', '\n', '0', 'GPT', '.'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = random(24); i >= 0; i--) text += pieces[random(pieces.length)];
      const written = writtenJoinedWords(text);
      expect(written.map(joinedSpelling)).toEqual(prepareText(text).joined.words);
      // The same text with typographic marks takes the Unicode path and must read the same words.
      const typographic = `${text.replaceAll("'", '\u2019').replaceAll('-', '\u2010')}`;
      expect(writtenJoinedWords(typographic).map(joinedSpelling)).toEqual(written.map(joinedSpelling));
    }
  });
});

describe('matchesQuery', () => {
  const paper = (title: string, abstract: string, categories: string[]) => ({ title, abstract, categories });

  it.each<[string, ReturnType<typeof paper>, boolean]>([
    ['a phrase in the title and a wanted category', paper('GPT-4o as a painter', '…', ['cs.CV']), true],
    ['a phrase in the abstract', paper('A study', 'We edit with GPT-4o.', ['cs.AI', 'math.OC']), true],
    ['no wanted category', paper('GPT-4o as a painter', '…', ['math.OC']), false],
    ['no phrase', paper('Diffusion for proteins', 'Folding.', ['cs.CV']), false],
    ['unknown categories: judged on phrases alone', paper('GPT-4o as a painter', '…', []), true],
    ['no joined spelling (arXiv splits hyphens)', paper('GPT4o as a painter', '…', ['cs.CV']), false],
  ])('%s', (_name, candidate, expected) => {
    expect(matchesQuery(candidate, ['GPT-4o', 'image editing'], ['cs.CV', 'cs.AI'])).toBe(expected);
  });

  it('without categories, the query has no category clause', () => {
    const matcher = createQueryMatcher(['GPT-4o'], []);
    expect(matcher({ title: 'GPT-4o', abstract: '', categories: ['q-bio.GN'] })).toBe(true);
  });
});
