// Fails when dist/ differs from a fresh build of src/ (dist/ is committed: the Action runs it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'arxiv-curator-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const names = new Set([...readdirSync('dist'), ...readdirSync(fresh)]);
  const stale = [...names].filter((name) => {
    try {
      return !readFileSync(join('dist', name)).equals(readFileSync(join(fresh, name)));
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(
      `dist/ is stale (${stale.join(', ')} differ from a fresh build): run \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ is current.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
