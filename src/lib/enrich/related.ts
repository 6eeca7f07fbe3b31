import type { RelatedTask } from '../schema/priority.ts';
import type { TaskEntry } from '../schema/task.ts';
import type { Corpus } from '../validate/corpus.ts';

/** A sparse vector: term → weight, of unit length. */
type Vector = Map<string, number>;

/**
 * Words too common in these documents, or in English, to say what a task is
 * about. Chinese needs no list: TF-IDF weighs down bigrams every task shares.
 */
const ENGLISH_STOPWORDS = new Set(
  'the a an and or of to in for on with by as at from its their be is are was that this these those such other into under over more all any each both than '
    .concat('support promote explore carry out improve strengthen establish build further relevant related accordance line including level new ')
    .concat('make use provide will can also through within well')
    .split(' '),
);

/**
 * Chinese as overlapping character bigrams (汉字 runs only), the usual unit
 * for Chinese retrieval without a dictionary.
 *
 * @example chineseTerms('单一窗口') // → ['单一', '一窗', '窗口']
 */
export function chineseTerms(text: string): string[] {
  return (text.match(/\p{Script=Han}+/gu) ?? []).flatMap((run) => Array.from({ length: Math.max(run.length - 1, 0) }, (_, i) => run.slice(i, i + 2)));
}

/**
 * English as lower-case words, without stopwords.
 *
 * @example englishTerms('Upgrade the international trade Single Window') // → ['upgrade', 'international', 'trade', 'single', 'window']
 */
export function englishTerms(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? []).filter((w) => w.length > 2 && !ENGLISH_STOPWORDS.has(w));
}

/** TF-IDF vectors (log-scaled term frequency), normalised, and each term's IDF. */
function tfidf(documents: string[][]): { vectors: Vector[]; idf: Map<string, number> } {
  const df = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map([...df].map(([term, n]) => [term, Math.log(documents.length / n)]));
  const vectors = documents.map((terms) => {
    const tf = new Map<string, number>();
    for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
    const vector: Vector = new Map([...tf].map(([term, n]) => [term, (1 + Math.log(n)) * (idf.get(term) ?? 0)]));
    const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0)) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
  return { vectors, idf };
}

/**
 * The cosine similarities of each vector with all of them, through an index
 * of terms: only pairs that share a term are ever visited, which keeps the
 * step fast as the corpus grows.
 */
function similarities(vectors: Vector[]): (i: number) => Float64Array {
  const postings = new Map<string, { doc: number; weight: number }[]>();
  vectors.forEach((vector, doc) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (list) list.push({ doc, weight });
      else postings.set(term, [{ doc, weight }]);
    }
  });
  return (i) => {
    const sums = new Float64Array(vectors.length);
    for (const [term, weight] of vectors[i]!) for (const posting of postings.get(term)!) sums[posting.doc]! += weight * posting.weight;
    return sums;
  };
}

/**
 * The maximal runs of tokens two sequences share (neither end can be
 * extended), at least `minLength` long, as slices of `a`. Only tokens `inRun`
 * accepts join a run. Each run is found from its first token, through an
 * index of `b`'s positions, so the cost follows the matches, not the product
 * of the lengths.
 */
function commonRuns(a: readonly string[], b: readonly string[], inRun: (token: string) => boolean, minLength = 1): string[][] {
  const positions = new Map<string, number[]>();
  b.forEach((token, j) => {
    if (!inRun(token)) return;
    const list = positions.get(token);
    if (list) list.push(j);
    else positions.set(token, [j]);
  });
  const runs: string[][] = [];
  a.forEach((token, i) => {
    for (const j of positions.get(token) ?? []) {
      // Start only where the run cannot reach further left.
      if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && inRun(a[i - 1] as string)) continue;
      let length = 1;
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length] && inRun(a[i + length] as string)) length += 1;
      if (length >= minLength) runs.push(a.slice(i, i + length));
    }
  });
  return runs;
}

/** The best-scoring terms, heaviest first, none inside another (as `contains` judges). */
function pickTerms(scored: Map<string, number>, limit: number, contains = (outer: string, inner: string) => outer.includes(inner)): string[] {
  const ranked = [...scored].filter(([, score]) => score > 0).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const chosen: string[] = [];
  for (const [term] of ranked) {
    if (chosen.some((c) => contains(c, term) || contains(term, c))) continue;
    chosen.push(term);
    if (chosen.length === limit) break;
  }
  return chosen;
}

const HAN = /\p{Script=Han}/u;

/**
 * The longest runs of Han characters two texts share, ranked by the summed
 * IDF of their bigrams, so that 单一窗口 outranks 支持: the key terms that
 * explain why two tasks are related.
 *
 * @example sharedChineseTerms('优化升级国际贸易“单一窗口”', '将国际贸易“单一窗口”拓展', idf, 2) // → ['单一窗口', '国际贸易']
 */
export function sharedChineseTerms(a: string, b: string, idf: Map<string, number>, limit: number): string[] {
  const scored = new Map<string, number>();
  for (const run of commonRuns([...a], [...b], (char) => HAN.test(char), 2)) {
    const term = run.join('');
    scored.set(term, chineseTerms(term).reduce((sum, bigram) => sum + (idf.get(bigram) ?? 0), 0));
  }
  return pickTerms(scored, limit);
}

const MAX_PHRASE_WORDS = 5;

/** The runs of items between the separators `isSeparator` picks, without them. */
const splitAt = <T,>(items: T[], isSeparator: (item: T) => boolean): T[][] =>
  items.reduce<T[][]>((parts, item) => (isSeparator(item) ? [...parts, []] : [...parts.slice(0, -1), [...(parts.at(-1) ?? []), item]]), [[]]).filter((part) => part.length > 0);

/**
 * The longest runs of words two English texts share, trimmed of stopwords at
 * either end and ranked by the summed IDF of their words, so that a shared
 * "single window" shows as one phrase rather than two words.
 *
 * @example sharedEnglishTerms('Upgrade the Single Window for trade', 'Extend the Single Window to services', idf, 1) // → ['single window']
 */
export function sharedEnglishTerms(a: string, b: string, idf: Map<string, number>, limit: number): string[] {
  const words = (text: string) => text.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? [];
  const content = (word: string) => word.length > 2 && !ENGLISH_STOPWORDS.has(word);
  const scored = new Map<string, number>();
  for (const run of commonRuns(words(a), words(b), () => true)) {
    const first = run.findIndex(content);
    if (first < 0) continue;
    const last = run.findLastIndex(content);
    const phrase = run.slice(first, last + 1);
    // A long shared stretch is a shared clause, not a term: score its parts between stopwords instead.
    const phrases = phrase.length <= MAX_PHRASE_WORDS ? [phrase] : splitAt(phrase, (word) => !content(word));
    for (const part of phrases) scored.set(part.join(' '), part.filter(content).reduce((sum, word) => sum + (idf.get(word) ?? 0), 0));
  }
  // Whole words only: "trade" is inside "trade services", not inside "tradeable".
  return pickTerms(scored, limit, (outer, inner) => ` ${outer} `.includes(` ${inner} `));
}

const RELATED_LIMIT = 5;
/** Below this, two tasks share only words every task uses. */
const MIN_SCORE = 0.05;

/**
 * Relates each task to the tasks of either document it shares most words
 * with: the mean of the cosine similarities of the Chinese (character-bigram
 * TF-IDF) and of the English (word TF-IDF). The two measures cover each
 * other's blind spots: 外卡内绑 and 移动支付 share no characters, but both
 * translations speak of foreign nationals' payments. The list always holds
 * the closest task of the other document, where one clears the bar.
 * Deterministic: ties go to document order.
 */
export function relateTasks(corpus: Corpus): Corpus {
  const tasks = corpus.tasks.filter((t) => t.lang === 'zh');
  const english = new Map(corpus.tasks.filter((t) => t.lang === 'en').map((t) => [t.id, t.translation?.text ?? '']));
  const zh = tfidf(tasks.map((t) => chineseTerms(t.text)));
  const en = tfidf(tasks.map((t) => englishTerms(english.get(t.id) ?? '')));

  const zhSimilarities = similarities(zh.vectors);
  const enSimilarities = similarities(en.vectors);

  const related = new Map<string, RelatedTask[]>(
    tasks.map((task, i) => {
      const [zhScores, enScores] = [zhSimilarities(i), enSimilarities(i)];
      const ranked = tasks
        .map((other, j) => ({ other, j, score: (zhScores[j]! + enScores[j]!) / 2 }))
        .filter(({ other, score }) => other.id !== task.id && score >= MIN_SCORE)
        .sort((a, b) => b.score - a.score || a.j - b.j);
      const scored = ranked.slice(0, RELATED_LIMIT);
      // Readers follow a task to its counterpart in the other plan: keep the closest one
      // across documents, if any clears the bar, in place of the last of the list.
      const across = ranked.find(({ other }) => other.document !== task.document);
      if (across && !scored.includes(across)) scored.splice(RELATED_LIMIT - 1, 1, across);
      return [
        task.id,
        scored.map(({ other, score }) => ({
          id: other.id,
          score: Math.round(score * 1000) / 1000,
          terms: { zh: sharedChineseTerms(task.text, other.text, zh.idf, 3), en: sharedEnglishTerms(english.get(task.id) ?? '', english.get(other.id) ?? '', en.idf, 3) },
        })),
      ];
    }),
  );
  const withRelated = (task: TaskEntry): TaskEntry => ({ ...task, related: related.get(task.id) ?? [] });
  return { ...corpus, tasks: corpus.tasks.map(withRelated) };
}
