import type { ParsedDocument } from '../schema/document.ts';
import { itemsParts } from '../schema/document.ts';
import type { ManifestEntry } from '../schema/manifest.ts';
import { SourceError, quoteSource } from '../text/source-error.ts';

/** One seed as read from disk: its manifest entry, its path (for messages), its text, and the SHA-256 of its bytes. */
export interface Seed {
  entry: ManifestEntry;
  path: string;
  text: string;
}

/** A seed and what its format's parser made of it. */
export interface ParsedSeed extends Seed {
  parsed: ParsedDocument;
}

/**
 * Checks what the manifest claims against what the text says, so a number, an
 * issuer or a date can only be published if the text states it, and checks
 * the headings and the count of tasks a person verified. Format-free: it
 * reads only `stated` and the lists of items.
 */
export function checkManifestClaims(seed: ParsedSeed): void {
  const { entry, path, parsed } = seed;
  const { stated } = parsed;
  const fail = (line: number, expected: string, found: string) => {
    throw new SourceError(path, line, `${expected} (as seeds/manifest.json says)`, found);
  };
  if (entry.title !== stated.title.text) fail(stated.title.line, `the title ${entry.title}`, quoteSource(stated.title.text));
  // A claim the text does not state is refused at the title, where a reader would look for it.
  const unstated = (key: 'number' | 'issuer' | 'date') => {
    if (entry[key] !== null) fail(stated.title.line, `${key}: null, since this text states no ${key}`, quoteSource(String(entry[key])));
  };
  if (!stated.number) unstated('number');
  else if (entry.number !== stated.number.text) fail(stated.number.line, `the document number ${entry.number}`, quoteSource(stated.number.text));
  if (!stated.issuer) unstated('issuer');
  else if (entry.issuer === null || !stated.issuer.text.startsWith(entry.issuer))
    fail(stated.issuer.line, `a masthead naming the issuer ${entry.issuer}`, quoteSource(stated.issuer.text));
  if (!stated.date) unstated('date');
  else if (entry.date !== stated.date.date) fail(stated.date.line, `the date ${entry.date}`, quoteSource(stated.date.text));

  const lists = itemsParts(parsed).map(({ part }) => part);
  const tasks = lists.flatMap((part) => part.tasks);
  const categories = lists.flatMap((part) => part.categories);
  const last = tasks.at(-1);
  const lastLine = last?.line ?? 1;
  if (tasks.length !== entry.expected.tasks) fail(lastLine, `${entry.expected.tasks} tasks`, `${tasks.length}, the last being number ${last?.number}`);
  if (categories.length !== entry.expected.categories)
    fail(categories.at(-1)?.line ?? lastLine, `${entry.expected.categories} headings`, `${categories.length}`);
  checkHeadings(seed);
}

/**
 * Checks each heading, and where its tasks begin and end, against what a
 * person verified (the manifest's `headings`, whose tasks are counted through
 * the document). Headings are checked in order, the first task of each before
 * any last, so a heading moved one row down is reported at its own line, not
 * at the heading above it.
 */
function checkHeadings(seed: ParsedSeed): void {
  const { entry, path, parsed } = seed;
  let position = 0;
  const spans = itemsParts(parsed).flatMap(({ part }) => {
    // The place of each task in the document, counted through every list.
    const positions = new Map(part.tasks.map((task) => [task, (position += 1)]));
    return part.categories.map((category) => {
      const members = part.tasks.filter((t) => t.category === category.ordinal).map((t) => positions.get(t) as number);
      return { category, verified: entry.headings[category.ordinal - 1], first: members[0], last: members.at(-1) };
    });
  });
  for (const { category, verified } of spans) {
    const written = `${category.label}${category.heading}`;
    if (verified && verified.heading !== written)
      throw new SourceError(path, category.line, `the heading ${verified.heading} (as seeds/manifest.json records)`, quoteSource(written));
  }
  const range = (first: number | undefined, last: number | undefined) => (first === undefined ? 'no task' : `tasks ${first}–${last}`);
  for (const key of ['first', 'last'] as const) {
    for (const span of spans) {
      if (span.verified && span[key] !== span.verified[key]) {
        throw new SourceError(
          path,
          span.category.line,
          `heading ${span.verified.heading} over tasks ${span.verified.first}–${span.verified.last} (as seeds/manifest.json records)`,
          `it over ${range(span.first, span.last)}: a heading or a task has moved`,
        );
      }
    }
  }
}
