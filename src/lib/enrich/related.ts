import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { RelatedTask } from '../schema/priority.ts';
import type { TaskEntry } from '../schema/task.ts';
import type { Corpus } from '../schema/corpus.ts';

/** A sparse vector: term → weight, of unit length. */
type Vector = Map<string, number>;

/*
 * The segmenter. Both jieba packages on npm ship jieba's dictionary inside the
 * package and download nothing; both wrap the same Rust jieba-rs and, on all
 * 199 tasks, cut every text identically. We use @node-rs/jieba: it loads the
 * dictionary in about 0.35 s and cuts the corpus in 6 ms, where jieba-wasm
 * takes about 0.7 s to start and 33 ms to cut (measured on the build machine),
 * which matters for a step that runs before every build and dev start. Its
 * native binary comes prebuilt for Linux, macOS and Windows (x64 and arm64)
 * through npm's optional dependencies; jieba-wasm (the same dictionary, the
 * same words) would be the fallback for a platform without one, changing only
 * the two lines below.
 */
let segmenter: Jieba | undefined;
const jieba = (): Jieba => (segmenter ??= Jieba.withDict(dict));

/**
 * Cuts Chinese into words with jieba's dictionary, without its HMM guesser:
 * a run of characters the dictionary does not know stays single characters,
 * so no invented "word" (a fragment such as 为境 or 与国) can appear.
 *
 * @example chineseWords('将国际贸易“单一窗口”向更多服务贸易事项拓展') // → ['将', '国际贸易', '“', '单一', '窗口', '”', '向', '更', '多', '服务', '贸易', '事项', '拓展']
 */
export function chineseWords(text: string): string[] {
  return jieba().cut(text, false);
}

/**
 * Policy boilerplate: the verbs, qualifiers and generic nouns with which these
 * plans phrase every task, whatever it is about. Each occurs as a word in at
 * least three of the 199 tasks (a test holds the list to that); 支持 alone
 * begins 49 of them. They say how a task is worded, not what it is about, so
 * they neither relate two tasks nor are shown as a shared term.
 */
export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set([
  // what the city will do
  ...'支持 探索 推动 鼓励 允许 加快 推进 完善 加强 开展 建立 健全 提升 优化 实施 提供 打造 参与 扩大 加大 深化 促进 落实 推广 引导 强化 依托 研究 发挥 实现 提高 进行 保障 持续 发展 使用'.split(
    ' ',
  ),
  // how, and under which conditions
  ...'积极 相关 有关 符合条件 依法 进一步 逐步 重点 按照 规定 相应 力度'.split(' '),
  // generic nouns
  ...'领域 方式 工作 要求 机制 体系 模式 举措 措施 水平 范围 情况'.split(' '),
]);

/**
 * Characters that join or govern words (的 与 和 及 等 为 …). A shared term
 * never starts or ends with one, unless it belongs to a dictionary word
 * there (对外 in 对外开放).
 */
export const FUNCTION_CHARACTERS: ReadonlySet<string> = new Set([...'的与和及等为并或对在向将把被从以于由之其而且及各所']);

/** Words too common in these documents, or in English, to say what a task is about. */
const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  'the a an and or of to in for on with by as at from its their be is are was that this these those such other into under over more all any each both than who which have has so s up out'
    .concat(
      ' support promote explore carry improve strengthen establish build building further relevant related accordance line including level new key actively encourage allow advance develop development implement provide take give full play role areas fields',
    )
    .concat(' make use will can also through within well')
    .split(' '),
);

const HAN_WORD = /^\p{Script=Han}+$/u;
const LATIN_WORD = /^[A-Za-z][A-Za-z0-9-]*$/;

/** A word that can carry meaning: two Han characters or more, or a Latin term (QFLP). */
const isContentWord = (word: string) => (HAN_WORD.test(word) && word.length >= 2 && !CHINESE_STOPWORDS.has(word)) || LATIN_WORD.test(word);

/**
 * The words of Chinese text that say what it is about: jieba's words of two
 * characters or more and Latin terms, without the stop list.
 *
 * @example chineseTerms('支持开展跨境人民币业务') // → ['跨境', '人民币', '业务']
 */
export function chineseTerms(text: string): string[] {
  return chineseWords(text).filter(isContentWord);
}

/** English words with the case they are written in, and the punctuation between them, which no shared phrase crosses. */
const englishTokens = (text: string): string[] => text.match(/[A-Za-z][A-Za-z0-9-]*|[^\sA-Za-z0-9]/g) ?? [];
const isEnglishWord = (token: string) => LATIN_WORD.test(token);
const isEnglishContent = (word: string) => word.length > 2 && !ENGLISH_STOPWORDS.has(word.toLowerCase());

/**
 * English as words without stopwords, compared without regard to case (the
 * vector's terms are lower-case; what is shown keeps its capitals).
 *
 * @example englishTerms('Upgrade the international trade Single Window') // → ['upgrade', 'international', 'trade', 'single', 'window']
 */
export function englishTerms(text: string): string[] {
  return englishTokens(text)
    .filter((token) => isEnglishWord(token) && isEnglishContent(token))
    .map((w) => w.toLowerCase());
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

/** A run two token sequences share: where it starts in each, and how long it is. */
interface Run {
  i: number;
  j: number;
  length: number;
}

/**
 * The maximal runs of tokens two sequences share (neither end can be
 * extended). Only tokens `inRun` accepts join a run. Each run is found from
 * its first token, through an index of `b`'s positions, so the cost follows
 * the matches, not the product of the lengths.
 */
function commonRuns(a: readonly string[], b: readonly string[], inRun: (token: string) => boolean): Run[] {
  const positions = new Map<string, number[]>();
  b.forEach((token, j) => {
    if (!inRun(token)) return;
    const list = positions.get(token);
    if (list) list.push(j);
    else positions.set(token, [j]);
  });
  const runs: Run[] = [];
  a.forEach((token, i) => {
    for (const j of positions.get(token) ?? []) {
      // Start only where the run cannot reach further left.
      if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && inRun(a[i - 1] as string)) continue;
      let length = 1;
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length] && inRun(a[i + length] as string)) length += 1;
      runs.push({ i, j, length });
    }
  });
  return runs;
}

/** The best-scoring terms, heaviest first, none inside another (as `contains` judges). */
function pickTerms(scored: Map<string, number>, limit: number, contains: (outer: string, inner: string) => boolean): string[] {
  const ranked = [...scored].filter(([, score]) => score > 0).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const chosen: string[] = [];
  for (const [term] of ranked) {
    if (chosen.some((c) => contains(c, term) || contains(term, c))) continue;
    chosen.push(term);
    if (chosen.length === limit) break;
  }
  return chosen;
}

/** A shared run longer than this is a shared clause, not a term: its parts between stop words are scored instead. */
const MAX_TERM_WORDS = 4;

/** The runs of items between the separators `isSeparator` picks, without them. */
const splitAt = <T>(items: readonly T[], isSeparator: (item: T) => boolean): T[][] =>
  items
    .reduce<T[][]>((parts, item) => (isSeparator(item) ? [...parts, []] : [...parts.slice(0, -1), [...(parts.at(-1) ?? []), item]]), [[]])
    .filter((part) => part.length > 0);

/** A run of words trimmed of what cannot start or end a term, split if it is a clause. */
function termsOfRun(run: readonly string[], isContent: (word: string) => boolean): string[][] {
  const first = run.findIndex(isContent);
  if (first < 0) return [];
  const words = run.slice(first, run.findLastIndex(isContent) + 1);
  return words.length <= MAX_TERM_WORDS ? [words] : splitAt(words, (word) => !isContent(word));
}

/**
 * The runs of whole words two Chinese texts share, trimmed of stop words and
 * of single characters at either end, ranked by the summed IDF of their
 * words, so that 单一窗口 (单一 + 窗口) outranks 服务: the key terms that
 * explain why two tasks are related.
 *
 * @example sharedChineseTerms('优化升级国际贸易“单一窗口”', '将国际贸易“单一窗口”拓展', idf, 2) // → ['单一窗口', '国际贸易']
 */
export function sharedChineseTerms(a: string, b: string, idf: Map<string, number>, limit: number): string[] {
  const [wordsA, wordsB] = [chineseWords(a), chineseWords(b)];
  const scored = new Map<string, number>();
  for (const { i, length } of commonRuns(wordsA, wordsB, (word) => HAN_WORD.test(word) || LATIN_WORD.test(word))) {
    for (const words of termsOfRun(wordsA.slice(i, i + length), isContentWord)) {
      scored.set(
        words.join(''),
        words.filter(isContentWord).reduce((sum, word) => sum + (idf.get(word) ?? 0), 0),
      );
    }
  }
  return pickTerms(scored, limit, (outer, inner) => outer.includes(inner));
}

const startsSentence = (tokens: readonly string[], k: number) => k === 0 || /^[.;:!?]$/.test(tokens[k - 1] ?? '');

/**
 * How a word two texts share is shown: as written where it is a name or an
 * acronym (BRICS, RMB, China, Xiamen), in lower case where a capital only
 * begins a sentence or where the two texts disagree ("Single Window" and "a
 * service window" share "window").
 */
function sharedForm(tokensA: readonly string[], i: number, tokensB: readonly string[], j: number): string {
  const [a, b] = [tokensA[i]!, tokensB[j]!];
  // A capital that begins a sentence says nothing; an all-capital word always means it.
  const telling = [a, b].filter((word, side) => /^[A-Z0-9-]{2,}$/.test(word) || !startsSentence(side === 0 ? tokensA : tokensB, side === 0 ? i : j));
  if (telling.length === 0) return a.toLowerCase();
  return telling.every((word) => word === telling[0]) ? telling[0]! : a.toLowerCase();
}

/**
 * The runs of words two English texts share, trimmed of stopwords at either
 * end and ranked by the summed IDF of their words, so that a shared "Single
 * Window" shows as one phrase rather than two words. No phrase crosses
 * punctuation. Words are matched without regard to case but shown as
 * written: a name keeps its capitals (BRICS, RMB, China, Xiamen); a word
 * capitalised only because it begins a sentence is shown in lower case.
 *
 * @example sharedEnglishTerms('Upgrade the Single Window for trade', 'Extend the Single Window to services', idf, 1) // → ['Single Window']
 */
export function sharedEnglishTerms(a: string, b: string, idf: Map<string, number>, limit: number): string[] {
  const [tokensA, tokensB] = [englishTokens(a), englishTokens(b)];
  const lower = (tokens: string[]) => tokens.map((token) => token.toLowerCase());
  const scored = new Map<string, number>();
  for (const { i, j, length } of commonRuns(lower(tokensA), lower(tokensB), isEnglishWord)) {
    const shown = Array.from({ length }, (_, k) => sharedForm(tokensA, i + k, tokensB, j + k));
    for (const words of termsOfRun(shown, isEnglishContent)) {
      scored.set(
        words.join(' '),
        words.filter(isEnglishContent).reduce((sum, word) => sum + (idf.get(word.toLowerCase()) ?? 0), 0),
      );
    }
  }
  // Whole words only: "trade" is inside "trade services", not inside "tradeable".
  return pickTerms(scored, limit, (outer, inner) => ` ${outer.toLowerCase()} `.includes(` ${inner.toLowerCase()} `));
}

/** At most this many related tasks per task. */
export const RELATED_LIMIT = 4;
/**
 * Two tasks are related only above this score (the mean of the two cosines).
 * Below it the pairs share a word or two that many tasks use: the score of
 * offshore computing (services-opening-12) and medical tourism, the pair that
 * once showed through "outside, Xiamen", is well under it. Chosen by reading
 * the pairs on either side of it; a test holds the known pairs above it.
 */
export const MIN_SCORE = 0.12;

/**
 * Relates each task to the tasks of either document it shares most words
 * with: the mean of the cosine similarities of the Chinese (TF-IDF over
 * jieba's words, without the stop list) and of the English (TF-IDF over
 * words). The two measures cover each other's blind spots: 外卡内绑 and 移动支付
 * share no words, but both translations speak of foreign nationals'
 * payments. Only tasks above MIN_SCORE are listed, so a task with nothing
 * close lists fewer, or none; the list keeps the closest task of the other
 * document where one clears the bar. Deterministic: ties go to document
 * order.
 */
export function relateTasks(corpus: Corpus): Corpus {
  const { tasks } = corpus;
  const zh = tfidf(tasks.map((t) => chineseTerms(t.text.zh)));
  const en = tfidf(tasks.map((t) => englishTerms(t.text.en)));

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
          terms: {
            zh: sharedChineseTerms(task.text.zh, other.text.zh, zh.idf, 3),
            en: sharedEnglishTerms(task.text.en, other.text.en, en.idf, 3),
          },
        })),
      ];
    }),
  );
  const withRelated = (task: TaskEntry): TaskEntry => ({ ...task, related: related.get(task.id) ?? [] });
  return { ...corpus, tasks: corpus.tasks.map(withRelated) };
}
