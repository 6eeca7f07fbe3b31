import { runSearch, type SearchData } from './engine.ts';
import { isChinese, textToLengths } from './match.ts';
import type { SearchState } from './query.ts';

/*
 * When nothing answers a word, the words nearest to it that do: offered as
 * links, never counted as results. Chinese: the words of the texts (jieba's,
 * of two or more characters), the synonym table's and the glossary's, that
 * share its rarer characters (关税 → 税收, 退税: 税 is rarer than 关). Latin
 * letters: the table's, the glossary's and the translation's words that share
 * a run of four or more letters with it (cryptocurrency → digital currency).
 * Each word offered is one a search finds tasks for.
 */

const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const NONE: SearchState = { q: '', document: '', category: '', agency: '', role: '', priority: '', fullText: '' };

/** The Chinese words of the texts, each with the number of tasks that write it. */
function chineseVocabulary(data: SearchData): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string, times = 1) => HAN_WORD.test(word) && counts.set(word, (counts.get(word) ?? 0) + times);
  for (const task of data.tasks) {
    const seen = new Set<string>();
    let at = 0;
    for (const length of textToLengths(task.words)) seen.add(task.zh.slice(at, (at += length)));
    seen.forEach((word) => add(word));
  }
  for (const word of [...data.synonyms.flatMap((g) => g.zh.filter((w) => !g.notInTexts.includes(w))), ...data.glossary.map(([zh]) => zh)])
    if (!counts.has(word)) add(word, data.tasks.filter((t) => t.zh.includes(word)).length);
  return counts;
}

/** Longest run of letters two words share, case folded. */
function sharedRun(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let best = 0;
  for (let i = 0; i < x.length; i++)
    for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k] && /\p{L}/u.test(x[i + k]!)) k++;
      best = Math.max(best, k);
    }
  return best;
}

/**
 * Up to `limit` words near a term that the texts hold, nearest first.
 *
 * @example nearestWords('关税', data) // → ['税收', '退税', …]
 */
export function nearestWords(term: string, data: SearchData, limit = 4): string[] {
  let candidates: string[];
  if (isChinese(term)) {
    const vocabulary = chineseVocabulary(data);
    // A character's weight: rarer among the words, closer in meaning.
    const spread = new Map<string, number>();
    for (const word of vocabulary.keys()) for (const char of new Set(word)) spread.set(char, (spread.get(char) ?? 0) + 1);
    const weight = (char: string) => Math.log((vocabulary.size + 1) / (spread.get(char) ?? vocabulary.size));
    const chars = new Set(term);
    candidates = [...vocabulary]
      .filter(([word]) => word !== term)
      .map(([word, count]) => ({ word, count, score: [...new Set(word)].filter((c) => chars.has(c)).reduce((sum, c) => sum + weight(c), 0) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || b.count - a.count || (a.word < b.word ? -1 : 1))
      .map((c) => c.word);
  } else {
    const english = [
      ...data.synonyms.flatMap((g) => g.en),
      ...data.glossary.map(([, en]) => en), // The translation's words in small letters, unless written in capitals (an abbreviation).
      ...(data.english ?? []).flatMap((t) => (t.match(/\p{L}{4,}/gu) ?? []).map((w) => (/^\p{Lu}+$/u.test(w) ? w : w.toLowerCase()))),
    ];
    candidates = [...new Set(english)]
      .filter((word) => word.toLowerCase() !== term.toLowerCase())
      .map((word) => ({ word, run: sharedRun(term, word) }))
      .filter((c) => c.run >= 4 && c.run * 2 >= Math.min(term.length, c.word.length))
      .sort((a, b) => b.run - a.run || a.word.length - b.word.length || (a.word < b.word ? -1 : 1))
      .map((c) => c.word);
  }
  const found: string[] = [];
  for (const word of candidates.slice(0, limit * 5)) {
    if (found.length >= limit) break;
    if (found.some((w) => w.toLowerCase() === word.toLowerCase())) continue;
    if (runSearch(NONE, word, data).hits.some((h) => h.way !== 'name')) found.push(word);
  }
  return found;
}
