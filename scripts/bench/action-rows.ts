import { actionNights, type ActionNight } from './action-night.js';
import { spread } from './child-run.js';
import { seconds, spreadText, type Row } from './table.js';

// SPEC §9, on a 2-core machine.
const CPU_MS = 1500;
const MEMORY_MB = 200;

/**
 * The Action over whole nights in fresh processes (`worlds` fresh repositories, each a night that
 * creates the PR and a night that finds nothing changed): its own CPU, its peak memory, and the
 * requests the realistic night makes.
 */
export async function actionRows(
  indexJs: string,
  worlds: number,
  progress: (message: string) => void,
): Promise<Row[]> {
  const nights: Array<[ActionNight, ActionNight]> = [];
  for (let i = 0; i < worlds; i++) {
    progress(
      `the Action, two nights against the fake GitHub and arXiv (${i + 1} of ${worlds}; it waits as GitHub asks)`,
    );
    nights.push(await actionNights(indexJs));
  }
  const [created, unchanged] = nights[0]!;
  for (const [c, u] of nights) {
    if (c.operation !== 'created' || c.papersAdded === 0)
      throw new Error(`the first night did not create the PR: ${c.operation}`);
    if (u.operation !== 'unchanged') throw new Error(`the second night was not unchanged: ${u.operation}`);
  }
  const cpuRow = (what: string, runs: ActionNight[]): Row => {
    const cpu = spread(runs.map((n) => n.run.cpuMs));
    const wall = spread(runs.map((n) => n.run.wallMs));
    return {
      figure: `Action, ${what}: own CPU, user + sys (wall incl. waits)`,
      value: `${spreadText(cpu, runs.length)} (wall ${seconds(wall.median)})`,
      target: `< ${seconds(CPU_MS)}`,
      ok: cpu.median < CPU_MS,
    };
  };
  const peakMb = Math.max(...nights.flat().map((n) => n.run.maxRssKb)) / 1024;
  const page = `${created.arxivEntries.toLocaleString('en')}-entry page`;
  return [
    cpuRow(
      `a night that creates the PR (${page}, details list)`,
      nights.map(([c]) => c),
    ),
    cpuRow(
      'the same night again, nothing changed',
      nights.map(([, u]) => u),
    ),
    {
      figure: 'Action, peak memory (max RSS of any night)',
      value: `${peakMb.toFixed(0)} MB`,
      target: `< ${MEMORY_MB} MB`,
      ok: peakMb < MEMORY_MB,
    },
    {
      figure: `Action, arXiv requests on that night (${page})`,
      value: String(created.arxivRequests),
      target: '1',
      ok: nights.every(([c, u]) => c.arxivRequests === 1 && u.arxivRequests === 1),
    },
    {
      figure: `Action, GitHub requests creating the PR (${created.githubWrites} writes)`,
      value: String(created.github),
      target: '≤ 8',
      ok: created.github <= 8,
    },
    {
      figure: 'Action, GitHub requests when nothing changed (all reads)',
      value: String(unchanged.github),
      target: '≤ 4',
      ok: unchanged.github <= 4 && unchanged.githubWrites === 0,
    },
  ];
}
