import { createHash } from 'node:crypto';

/** The SHA git (and GitHub's contents API) gives a file with this text: sha1("blob <size>\0" + bytes). */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
