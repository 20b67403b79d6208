import { readByline, merge } from './byline.js';
import type { Token } from './inline-tokens.js';
import { labelRole, linkRole, starsRepo } from './link-role.js';
import type { Part } from './parts.js';

/**
 * The parts of one line's tokens. `title`: the first link whose text is not a kind word is the
 * paper's title (a bullet's first line, a title cell); the text after it, up to the next link,
 * is read as a byline. Images are stars badges or something the bot cannot make.
 */
export function readTokens(tokens: Token[], options: { title: boolean }): Part[] {
  const parts: Part[] = [];
  const titleAt = options.title ? titleIndex(tokens) : -1;
  tokens.forEach((token, i) => {
    if (token.type === 'text') {
      const afterTitle = titleAt >= 0 && i === titleAt + 1;
      parts.push(...(afterTitle ? readByline(token.raw) : [{ type: 'text' as const, text: token.raw }]));
    } else if (token.type === 'image') {
      const repo = starsRepo(token.url);
      parts.push(repo ? { type: 'stars', text: token.raw, repo } : { type: 'fixed', text: token.raw });
    } else if (i === titleAt) {
      parts.push({ type: 'link', role: 'title', label: token.label, url: token.url });
    } else {
      parts.push(linkPart(token));
    }
  });
  return merge(parts);
}

export function linkPart(token: Extract<Token, { type: 'link' }>): Part {
  const role = linkRole(token.label, token.url, token.image?.url ?? null);
  const repo = token.image ? starsRepo(token.image.url) : null;
  return { type: 'link', role, label: token.label, url: token.url, ...(repo ? { repo } : {}) };
}

/** The title link: the first link that shows text and is no kind word (`[📄 Paper]`, `[code]`). */
export function titleIndex(tokens: Token[]): number {
  return tokens.findIndex((t) => t.type === 'link' && t.image === null && labelRole(t.label) === null);
}
