import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHINESE_STOPWORDS, chineseWords } from '../src/lib/enrich/related.ts';
import { launchBrowser, serveSite } from '../tests/helpers/browser.ts';
import { searchResults } from '../tests/helpers/search-results.ts';

/** One query of the ranking benchmark and the tasks that answer it. */
export interface RankingQuery {
  term: string;
  /** Ids of the tasks whose own Chinese text holds the term. */
  relevant: string[];
}

/** Document-frequency bands, so the set mixes rare, middling and common words. */
const BANDS: [number, number][] = [
  [1, 1],
  [2, 3],
  [4, 7],
  [8, 15],
  [16, Infinity],
];

/**
 * The query set, built from the tasks' own words: jieba's dictionary words of
 * two or more Han characters (stop words left out), taken across bands of how
 * many tasks use them, the most used first within each band. A term's relevant
 * tasks are every task whose text holds it, as the issue defines them: also
 * where it stands inside a longer word.
 *
 * @example rankingQueries([{ id: 'a-1', text: '优化跨境人民币业务' }], 1)[0] // → { term: '优化' … } unless a stop word
 */
export function rankingQueries(tasks: readonly { id: string; text: string }[], perBand = 10): RankingQuery[] {
  const df = new Map<string, number>();
  for (const task of tasks) {
    for (const word of new Set(chineseWords(task.text))) {
      if (/^\p{Script=Han}{2,}$/u.test(word) && !CHINESE_STOPWORDS.has(word)) df.set(word, (df.get(word) ?? 0) + 1);
    }
  }
  const ranked = [...df].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return BANDS.flatMap(([low, high]) =>
    ranked
      .filter(([, n]) => n >= low && n <= high)
      .slice(0, perBand)
      .map(([term]) => ({ term, relevant: tasks.filter((t) => t.text.includes(term)).map((t) => t.id) })),
  );
}

/** R-precision of one ranking: of the first R results, the share that is relevant (R = how many are). */
export function rPrecision(ranked: readonly string[], relevant: readonly string[]): number {
  if (relevant.length === 0) return 1;
  const wanted = new Set(relevant);
  return ranked.slice(0, relevant.length).filter((id) => wanted.has(id)).length / relevant.length;
}

export interface RankingResult {
  queries: number;
  meanRPrecision: number;
  /** The weakest queries, for the reader of the report. */
  worst: { term: string; relevant: number; rPrecision: number }[];
}

/**
 * Types every query into the search page of the built site, in Chromium, as
 * a reader does (by its address, ?q=), and measures R-precision over the
 * results the page lists: the same engine, data and order a reader gets. The
 * tasks found through a synonym or a body's name come after those whose own
 * words hold the term, and count against it only if they come first.
 */
export async function measureRanking(root: string): Promise<RankingResult> {
  const tasks = (JSON.parse(readFileSync(join(root, 'dist/data/tasks.json'), 'utf8')) as { id: string; text: { zh: string } }[]).map((t) => ({
    id: t.id,
    text: t.text.zh,
  }));
  const queries = rankingQueries(tasks);
  const server = await serveSite();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const rankings: string[][] = [];
    for (const { term } of queries) {
      await page.goto(`${server.origin}/zh/search/?q=${encodeURIComponent(term)}`);
      rankings.push(await searchResults(page));
    }
    const idOf = (url: string) => {
      const [, document, number] = /\/(?:zh|en)\/([^/]+)\/tasks\/(\d+)\//.exec(url) ?? [];
      return `${document}-${number}`;
    };
    const scored = queries.map((q, i) => ({ term: q.term, relevant: q.relevant.length, rPrecision: rPrecision(rankings[i]!.map(idOf), q.relevant) }));
    return {
      queries: scored.length,
      meanRPrecision: scored.reduce((sum, s) => sum + s.rPrecision, 0) / scored.length,
      worst: [...scored].sort((a, b) => a.rPrecision - b.rPrecision || b.relevant - a.relevant).slice(0, 5),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
