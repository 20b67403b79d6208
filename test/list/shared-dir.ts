import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared real-world lists (`../shared/fixtures/lists`), when this checkout has them. */
export const SHARED_LISTS = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'lists');

export function sharedLists(): Array<{ name: string; text: string }> {
  if (!existsSync(SHARED_LISTS)) return [];
  return readdirSync(SHARED_LISTS)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SHARED_LISTS, name), 'utf8') }));
}
