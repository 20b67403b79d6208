import { describe, expect, it } from '@jest/globals';
import { joinedWords, prepareText } from '../../src/curate/words.js';

describe('prepareText', () => {
  it.each<[string, string[], string[]]>([
    [
      "GPT-4o's image-editing abilities, auto-regressive (AR) models",
      ['gpt', '4o', 'image', 'editing', 'abilities', 'auto', 'regressive', 'ar', 'models'],
      ['gpt4o', 'imageediting', 'abilities', 'autoregressive', 'ar', 'models'],
    ],
    [
      "a - b x--y ‐hy‐phen‐ it’s s's",
      ['a', 'b', 'x', 'y', 'hy', 'phen', 'it', 's'],
      ['a', 'b', 'x', 'y', 'hyphen', 'it', 's'],
    ],
    [
      'ＧＰＴ-４o and 3D-aware text-to-image',
      ['gpt', '4o', 'and', '3d', 'aware', 'text', 'to', 'image'],
      ['gpt4o', 'and', '3daware', 'texttoimage'],
    ],
    ['', [], []],
    [' - ', [], []],
  ])('reads %j as spaced and joined words', (text, spaced, joined) => {
    const prepared = prepareText(text);
    expect(prepared.spaced.words).toEqual(spaced);
    expect(prepared.joined.words).toEqual(joined);
    expect(joinedWords(text)).toEqual(joined);
  });

  it('keeps punctuation as the glue between words; whitespace and single hyphens are one space', () => {
    const { spaced, joined } = prepareText('Qwen2.5-VL: text–to–image,\n  i.e. T2I');
    expect(spaced.words).toEqual(['qwen2', '5', 'vl', 'text', 'to', 'image', 'i', 'e', 't2i']);
    expect(spaced.glue).toEqual(['.', ' ', ': ', ' ', ' ', ', ', '.', '. ']);
    expect(joined.words).toEqual(['qwen2', '5vl', 'texttoimage', 'i', 'e', 't2i']);
    expect(joined.glue).toEqual(['.', ': ', ', ', '.', '. ']);
  });

  it('reads the words with typographic apostrophes and hyphens as with plain ones; joins lose no letter', () => {
    // Seeded texts made of the characters the word reader turns on.
    let seed = 20261127;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'S', 's', 'x4', "'", "'s", '-', '--', ' ', ',', '\n', '0', 'GPT', '.', 'é'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = random(24); i >= 0; i--) text += pieces[random(pieces.length)];
      const plain = prepareText(text);
      const typographic = prepareText(text.replaceAll("'", '\u2019').replaceAll('-', '\u2010'));
      expect(typographic.spaced.words).toEqual(plain.spaced.words);
      expect(typographic.joined.words).toEqual(plain.joined.words);
      expect(plain.joined.words.join('')).toBe(plain.spaced.words.join(''));
    }
  });
});
