import type { Corpus } from '../schema/corpus.ts';
import type { TranslationNote } from '../schema/translation.ts';
import { SourceError, quoteSource } from '../text/source-error.ts';
import type { InputLines } from './build-corpus.ts';

const NOTES_FILE = 'content/translation-notes.yaml';

/**
 * Checks the translation notes against the records: ids unique, and every
 * place a note is about (a task, a part, a section) one that its document
 * has, so the About-this-translation page never links to nothing.
 *
 * @example checkNotes([{ id: 'x', zh: '拟', en: 'intended', note: '…', about: [{ document: 'services-trade', task: '999' }] }], corpus, lines)
 * // throws content/translation-notes.yaml:7: expected a task that services-trade has (1–88), found "999"
 */
export function checkNotes(notes: readonly TranslationNote[], corpus: Corpus, lines: InputLines): void {
  const seen = new Set<string>();
  notes.forEach((note, n) => {
    if (seen.has(note.id)) throw new SourceError(NOTES_FILE, lines(NOTES_FILE, [n, 'id']), 'an id no other note has', quoteSource(note.id));
    seen.add(note.id);
    note.about.forEach((target, a) => {
      const at = (key: string) => lines(NOTES_FILE, [n, 'about', a, key]);
      const document = corpus.documents.find((d) => d.id === target.document);
      if (!document)
        throw new SourceError(
          NOTES_FILE,
          at('document'),
          `a document of the manifest (${corpus.documents.map((d) => d.id).join(', ')})`,
          quoteSource(target.document),
        );
      if ('task' in target) {
        const keys = corpus.tasks.filter((t) => t.document === document.id).map((t) => t.key);
        if (!keys.includes(target.task))
          throw new SourceError(NOTES_FILE, at('task'), `a task that ${document.id} has (${keys[0]}–${keys.at(-1)})`, quoteSource(target.task));
      } else if ('part' in target) {
        const keys = document.parts.map((p) => p.key);
        if (!keys.includes(target.part))
          throw new SourceError(NOTES_FILE, at('part'), `a part that ${document.id} has (${keys.join(', ')})`, quoteSource(target.part));
      } else {
        const keys = corpus.sections.filter((s) => s.document === document.id).map((s) => s.key);
        if (!keys.includes(target.section))
          throw new SourceError(NOTES_FILE, at('section'), `a section that ${document.id} has (${keys.join(', ') || 'none'})`, quoteSource(target.section));
      }
    });
  });
}
