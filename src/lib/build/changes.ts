import type { Corpus } from '../schema/corpus.ts';
import { changeEntrySchema, type ChangeEntry, type ChangeLog } from '../schema/publishing.ts';
import { SourceError, quoteSource } from '../text/source-error.ts';
import type { InputLines } from './build-corpus.ts';

/** Where the change log is kept, relative to the project root. */
export const CHANGES_FILE = 'content/changes.yaml';

/**
 * Checks the change log against the records and resolves what each change
 * touched to the ids the site uses: every document, task, section, heading
 * and part it names must exist, so the changes page and the feeds never
 * point at nothing; `whole: true` stands for every task of the document.
 *
 * @example changesToEntries([{ id: 'x', …, affects: [{ document: 'services-trade', tasks: ['999'] }] }], corpus, lines)
 * // throws content/changes.yaml:9: expected a task that services-trade has (1–88), found "999"
 */
export function changesToEntries(changes: ChangeLog, corpus: Corpus, lines: InputLines): ChangeEntry[] {
  return changes.map((change, c) =>
    changeEntrySchema.parse({
      ...change,
      order: c + 1,
      affects: change.affects.map((scope, s) => {
        const at = (key: string, i?: number) => lines(CHANGES_FILE, [c, 'affects', s, key, ...(i === undefined ? [] : [i])]);
        const document = corpus.documents.find((d) => d.id === scope.document);
        if (!document)
          throw new SourceError(
            CHANGES_FILE,
            at('document'),
            `a document of the manifest (${corpus.documents.map((d) => d.id).join(', ')})`,
            quoteSource(scope.document),
          );
        /** Each value named must be one the document has; the message lists what it has. */
        const resolve = <T extends string | number>(key: string, named: readonly T[] | undefined, has: readonly { key: T; id: string }[]) =>
          (named ?? []).map((value, i) => {
            const found = has.find((h) => h.key === value);
            if (!found) {
              const keys = has.map((h) => String(h.key));
              const range = key === 'tasks' || key === 'categories' ? `${keys[0]}–${keys.at(-1)}` : keys.join(', ');
              throw new SourceError(
                CHANGES_FILE,
                at(key, i),
                `a ${key.replace(/ies$/, 'y').replace(/s$/, '')} that ${document.id} has (${range || 'none'})`,
                quoteSource(String(value)),
              );
            }
            return found.id;
          });
        const tasks = corpus.tasks.filter((t) => t.document === document.id);
        return {
          document: document.id,
          whole: scope.whole === true,
          tasks: scope.whole
            ? tasks.map((t) => t.id)
            : resolve(
                'tasks',
                scope.tasks,
                tasks.map((t) => ({ key: t.key, id: t.id })),
              ),
          sections: resolve(
            'sections',
            scope.sections,
            corpus.sections.filter((x) => x.document === document.id).map((x) => ({ key: x.key, id: x.id })),
          ),
          categories: resolve(
            'categories',
            scope.categories,
            corpus.categories.filter((x) => x.document === document.id).map((x) => ({ key: x.ordinal, id: x.id })),
          ),
          parts: resolve(
            'parts',
            scope.parts,
            document.parts.map((p) => ({ key: p.key, id: p.key })),
          ),
        };
      }),
    }),
  );
}
