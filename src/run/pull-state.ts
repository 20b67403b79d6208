import type { Config } from '../config/schema.js';
import { findBotPulls, type BotPull } from '../github/find-bot-pulls.js';
import { getPull } from '../github/pulls.js';
import type { RepoContext } from '../github/repo-context.js';
import type { BotPullRecord, Memory } from '../pr/memory.js';
import type { ListEntry } from '../types.js';

/** The bot's PRs with readable markers; unreadable ones become warnings, never a crash. */
export interface PullState {
  records: BotPullRecord[];
  open: BotPullRecord | null;
  /** Each PR as listed: its URL, labels, and the title and body a failed rebuild puts back. */
  listed: Map<number, BotPull>;
  warnings: string[];
  /** The branch the open PR is on: the configured one, or a fresh one the bot opened (`branch-2`). */
  branch: string;
  /** Whether the bot would find a PR on a fresh branch again (through its label). */
  canFindFreshBranch: boolean;
}

export async function readPulls(ctx: RepoContext, config: Config): Promise<PullState> {
  const { branch, labels } = config.pullRequest;
  const search = await findBotPulls(ctx, { branch, label: labels[0] ?? null });
  if (search.unmarkedOpen.length > 0) {
    const pull = search.unmarkedOpen[0]!;
    throw new Error(
      `pull request #${pull.number} (${pull.url}) uses the branch ${branch} but was not opened by arxiv-curator; ` +
        'close it or set a different branch (input branch or pull-request.branch in the config file)',
    );
  }
  const warnings: string[] = [];
  const records: BotPullRecord[] = [];
  const pulls = await Promise.all(search.pulls.map((pull) => withHead(ctx, pull)));
  const listed = new Map(pulls.map((pull) => [pull.number, pull]));
  for (const pull of pulls) {
    if ('marker' in pull.marker) {
      records.push({
        number: pull.number,
        state: pull.state,
        merged: pull.merged,
        headSha: pull.headSha,
        marker: pull.marker.marker,
      });
    } else {
      warnings.push(`PR #${pull.number}: ${pull.marker.warning}; its papers are not remembered`);
    }
  }
  const open = records.filter((r) => r.state === 'open').sort((a, b) => b.number - a.number)[0] ?? null;
  const onBranch = open === null ? null : (pulls.find((p) => p.number === open.number)?.headRef ?? null);
  return {
    records,
    open,
    listed,
    warnings,
    branch: onBranch ?? branch,
    canFindFreshBranch: labels.length > 0,
  };
}

/**
 * An open PR known only through the label listing is on a fresh branch of the bot's (the pulls
 * listing covers the configured branch only). A PR only the bot has written is taken to be at the
 * head its marker records: the run reads the branch's real head (compare) before it decides
 * anything on it, as for any bot-only PR. Any other costs one read for its head.
 */
async function withHead(ctx: RepoContext, pull: BotPull): Promise<BotPull> {
  if (pull.headRef !== null || pull.state !== 'open') return pull;
  const recorded = 'marker' in pull.marker ? pull.marker.marker : null;
  if (recorded !== null && !recorded.foreignCommits) {
    return { ...pull, headRef: recorded.branch, headSha: recorded.headSha };
  }
  const details = await getPull(ctx, pull.number);
  return { ...pull, state: details.state, headRef: details.headRef, headSha: details.headSha };
}

/** Papers maintainers rejected, as list entries for the similarity score (titles from the markers). */
export function rejectedEntries(records: readonly BotPullRecord[], memory: Memory): ListEntry[] {
  const titles = new Map<string, string>();
  for (const record of records) for (const paper of record.marker.proposed) titles.set(paper.id, paper.title);
  return [...memory.rejected.keys()].flatMap((id) => {
    const title = titles.get(id);
    return title ? [{ arxivId: id, title, abstract: null }] : [];
  });
}
