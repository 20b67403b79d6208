import type { Paper } from '../../src/types.js';
import { distractorPapers, random, sectionPapers } from './generate/papers.js';
import {
  BULLET_BADGES,
  BULLET_PARTS,
  DETAILS,
  HEADINGS,
  TABLE,
  type ListStyleWriter,
} from './generate/styles.js';
import { GRAPHS, REINFORCEMENT, ROBOTS, SHAPES, SPEECH, type ListTopic } from './generate/topics.js';
import type { LeaveOutInput } from './run-leave-out.js';

/** Each style of real list, on a field of its own. */
const CASES: Array<[ListStyleWriter, ListTopic]> = [
  [DETAILS, SPEECH],
  [BULLET_BADGES, GRAPHS],
  [TABLE, REINFORCEMENT],
  [BULLET_PARTS, SHAPES],
  [HEADINGS, ROBOTS],
];

/** Papers per section. */
const PER_SECTION = 12;
const DISTRACTORS = 30;

/**
 * Lists generated in-repo, one per style of real list, for the leave-out check without
 * ../shared: three sections of 12 papers each (a vocabulary per section), and 30 off-topic papers
 * from other fields served with the removed ones. Deterministic.
 */
export function generatedLeaveOutInputs(): LeaveOutInput[] {
  return CASES.map(([style, topic], index) => {
    const rand = random(index + 1);
    const sections = topic.sections.map((section, s) =>
      sectionPapers(section, topic.categories, 1 + 40 * index + PER_SECTION * s, PER_SECTION, rand),
    );
    const byId = new Map<string, Paper>(sections.flat().map((g) => [g.paper.arxivId, g.paper]));
    return {
      name: `${style.name} (${topic.title.replace(/^Awesome /, '')})`,
      text: style.render(topic, sections),
      distractors: distractorPapers(500, DISTRACTORS, rand),
      known: (id) => byId.get(id),
    };
  });
}
