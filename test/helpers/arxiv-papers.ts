import type { Paper } from '../../src/types.js';

const TOPICS = ['unified multimodal', 'text-to-image', 'image editing'];

/**
 * Papers for the fake arXiv: `perDay` on-topic papers (one of TOPICS in the title or abstract,
 * in cs.CV or cs.LG) for each of `days` days from `firstDay`, plus one off-topic paper a day.
 * Deterministic: ids (numbered from `firstSerial`) and times follow from the position.
 */
export function papersOverDays(firstDay: string, days: number, perDay: number, firstSerial = 1): Paper[] {
  const papers: Paper[] = [];
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  let serial = firstSerial - 1;
  for (let day = 0; day < days; day++) {
    for (let k = 0; k <= perDay; k++) {
      serial += 1;
      const minutes = Math.floor(((k + 0.5) * 24 * 60) / (perDay + 1));
      const published = new Date(start + day * 86_400_000 + minutes * 60_000 + 17_000).toISOString();
      const onTopic = k < perDay;
      const topic = TOPICS[serial % TOPICS.length]!;
      papers.push(
        makePaper({
          arxivId: `2611.${String(serial).padStart(5, '0')}`,
          title: onTopic
            ? `A study of ${serial % 2 ? topic.toUpperCase() : topic} number ${serial}`
            : `Protein folding ${serial}`,
          abstract:
            onTopic && serial % 2 === 0 ? `We revisit ${topic} at scale.` : 'Nothing about the topic here.',
          categories: onTopic ? (serial % 3 === 0 ? ['cs.LG', 'cs.CV'] : ['cs.CV']) : ['q-bio.BM'],
          published: published.replace(/\.\d{3}Z$/, 'Z'),
        }),
      );
    }
  }
  return papers;
}

export function makePaper(fields: Partial<Paper> & { arxivId: string }): Paper {
  const categories = fields.categories ?? ['cs.CV'];
  const published = fields.published ?? '2026-11-25T10:00:00Z';
  return {
    version: 1,
    title: `Paper ${fields.arxivId}`,
    abstract: 'An abstract.',
    authors: ['Ada Lovelace', 'Alan Turing'],
    primaryCategory: categories[0]!,
    updated: published,
    ...fields,
    categories,
    published,
  };
}
