// The CLI's commands, bundled apart from its entry (dist/cli-main.js), which loads them after it
// has started what can start early (src/cli.ts).
export { main } from './cli/main.js';
