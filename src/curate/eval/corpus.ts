import type { Paper } from '../../types.js';

/** A labelled corpus paper: `on` belongs in the list, `near` is related work outside it, `off` is the rest. */
export type TopicLabel = 'on' | 'near' | 'off';
export const TOPIC_LABELS: readonly TopicLabel[] = ['on', 'near', 'off'];

export interface LabelledPaper {
  paper: Paper;
  label: TopicLabel;
}

export class CorpusError extends Error {
  override name = 'CorpusError';
}

/**
 * Reads the corpus JSONL (see corpus/README.md). Only the scorer's inputs are kept — id, title,
 * abstract, categories — and the label; every label-derived field (`label_evidence`, `sources`, …)
 * is dropped here so that nothing downstream can score with it.
 */
export function parseCorpus(text: string, where: string): LabelledPaper[] {
  const papers: LabelledPaper[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const at = `${where} line ${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new CorpusError(`${at}: not valid JSON (${(error as Error).message})`);
    }
    papers.push(toLabelledPaper(record, at, index + 1));
  });
  if (papers.length === 0) throw new CorpusError(`${where}: no papers (expected one JSON object per line)`);
  return papers;
}

function toLabelledPaper(record: unknown, at: string, line: number): LabelledPaper {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new CorpusError(`${at}: expected a JSON object`);
  const r = record as Record<string, unknown>;
  const label = r['topic_label'];
  if (typeof label !== 'string' || !TOPIC_LABELS.includes(label as TopicLabel)) {
    throw new CorpusError(`${at}: topic_label must be one of ${TOPIC_LABELS.join(', ')}`);
  }
  if (typeof r['title'] !== 'string') throw new CorpusError(`${at}: title must be a string`);
  const categories = Array.isArray(r['categories'])
    ? r['categories'].filter((c) => typeof c === 'string')
    : [];
  // Some records have no id; the line number keeps them distinct and ordered.
  const arxivId = typeof r['arxivId'] === 'string' && r['arxivId'] !== '' ? r['arxivId'] : `line-${line}`;
  return {
    label: label as TopicLabel,
    paper: {
      arxivId,
      version: 1,
      title: r['title'],
      abstract: typeof r['abstract'] === 'string' ? r['abstract'] : '',
      authors: [],
      categories,
      primaryCategory: categories[0] ?? '',
      published: '',
      updated: '',
    },
  };
}
