// The Action's entry point: everything happens in run(), the one place that reports failure.
import { run } from './main.js';

await run();
