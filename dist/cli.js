#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/early.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/cli/feed-worker-start.ts
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER = new URL("./feed-worker.js", import.meta.url);
var WORKER_FROM_BYTES = 1e6;
function feedBytes(paths) {
  let total = 0;
  for (const path of paths) {
    try {
      total += statSync(path).size;
    } catch {
    }
  }
  return total;
}
function startFeedWorker(paths) {
  if (feedBytes(paths) < WORKER_FROM_BYTES || !existsSync(fileURLToPath(WORKER))) return null;
  const worker = new Worker(WORKER, { workerData: { paths: [...paths] } });
  const reply = new Promise((resolve2, reject) => {
    worker.once("message", resolve2);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the feed reader stopped early (exit code ${code})`)));
  });
  reply.catch(() => void 0);
  return { paths, worker, reply };
}

// src/cli/early.ts
function startEarly(argv2, cwd) {
  if (argv2[0] !== "preview") return null;
  try {
    const { values } = parseArgs({
      args: argv2.slice(1),
      options: { feed: { type: "string", multiple: true } },
      strict: false,
      allowPositionals: true
    });
    const feeds = values.feed;
    if (!Array.isArray(feeds) || feeds.length === 0 || !feeds.every((feed) => typeof feed === "string"))
      return null;
    return startFeedWorker(feeds.map((feed) => resolve(cwd, feed)));
  } catch {
    return null;
  }
}

// src/cli.ts
var argv = process.argv.slice(2);
var early = startEarly(argv, process.cwd());
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    void early?.worker.terminate();
    process.exit(process.exitCode ?? 0);
  });
}
try {
  const { main } = await import("./cli-main.js");
  process.exitCode = await main(
    argv,
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      env: process.env
    },
    early
  );
} finally {
  void early?.worker.terminate();
}
