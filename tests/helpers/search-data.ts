import { tasksToWords } from '../../src/lib/emit/collections.ts';
import type { Corpus } from '../../src/lib/schema/corpus.ts';
import type { SearchData } from '../../src/lib/search/engine.ts';
import { agenciesToSearch, documentToSearch, synonymsToSearch, tasksToEnglishFile, tasksToSearchFile } from '../../src/lib/search/search-data.ts';
import { inputs } from './inputs.ts';

/**
 * The data the search page reads, made from the corpus with the functions
 * the build uses (src/lib/search/search-data.ts), the tasks in the
 * documents' order: for the engine's tests, which run it on the real texts.
 */
export function corpusToSearchData(corpus: Corpus): Required<SearchData> {
  const words = new Map(tasksToWords(corpus.tasks).map((w) => [w.id, w.zh]));
  const order = new Map(corpus.documents.map((d) => [d.id, d.order]));
  const file = tasksToSearchFile(corpus.tasks, words, (t) => (order.get(t.document) ?? 0) * 10000 + (t.attachment - 1) * 1000 + t.number);
  return {
    tasks: file.tasks,
    english: tasksToEnglishFile(file, corpus.tasks).en,
    agencies: agenciesToSearch(corpus.agencies),
    synonyms: synonymsToSearch(inputs.synonyms),
    glossary: inputs.glossary.map((term) => [term.zh, term.en] as const),
    documents: corpus.documents.map((d) => documentToSearch(d, 'zh', corpus.tasks, null)),
  };
}
