// Preloaded into a measured child (`node --import`): when it exits, writes the process's own
// resource use, as process.resourceUsage() reports it, to the file named by BENCH_USAGE_FILE:
// peak resident memory (KB) and CPU time in user and kernel mode (ms).
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs }));
  });
}
