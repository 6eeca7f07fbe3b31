import { LANGUAGES, ORIGINAL_LANG, langToTag } from '../schema/languages.ts';
import { searchSections, type SectionHit } from './full-text.ts';
import type { Span } from './match.ts';
import { pagefindLookup } from './pagefind-lookup.ts';
import { alsoSearchedNote, fillExcerpt, paragraph, type ItemContext, type SearchStrings } from './render.ts';

/*
 * The full-text search as the search page draws it: the search through
 * Pagefind (full-text.ts, pagefind-lookup.ts) and its results as list items.
 * The page imports this module only when a full-text search runs, so the
 * first task search carries none of it.
 */

/**
 * A section's text from the start of the block (heading, paragraph: one a
 * line) that holds the first match, with the matches moved to suit: an
 * excerpt reads from there, not across the heading into its paragraph.
 */
function fromItsBlock(text: string, spans: readonly Span[]): [string, Span[]] {
  const from = text.lastIndexOf('\n', (spans[0]?.[0] ?? 0) - 1) + 1;
  return [text.slice(from), spans.filter(([, end]) => end > from).map(([start, end]): Span => [start - from, end - from])];
}

/**
 * One section of a document's prose that answers a full-text search: its
 * heading as the link to its anchor, then where it stands (the document, the
 * part and the heading above it), then an excerpt with the words marked; on
 * a translation's page, the original's excerpt, labelled, when only the
 * original holds the words.
 */
export function sectionItem(hit: SectionHit, context: ItemContext): HTMLLIElement {
  const { lang, strings } = context;
  const isOriginal = LANGUAGES[lang].original;
  const { section } = hit;
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  heading.className = 'result-title';
  const link = document.createElement('a');
  link.href = section.url;
  link.textContent = section.title;
  heading.append(link);
  const documentTitle = strings.documents.find((d) => d.id === section.document)?.title ?? '';
  item.append(heading, paragraph('task-meta', [documentTitle, ...section.trail].filter(Boolean).join(' · ')));
  const own = isOriginal ? { text: section.text.zh, spans: hit.zh } : { text: section.text.en ?? '', spans: hit.en };
  const excerpt = paragraph('result-excerpt');
  if (own.spans.length > 0) fillExcerpt(excerpt, ...fromItsBlock(own.text, own.spans), lang);
  else {
    const label = document.createElement('span');
    label.className = 'muted';
    label.textContent = `${strings.originalMatch}${strings.colon}`;
    const words = document.createElement('span');
    words.lang = langToTag(ORIGINAL_LANG);
    fillExcerpt(words, ...fromItsBlock(section.text.zh, hit.zh), ORIGINAL_LANG);
    excerpt.append(label, words);
  }
  item.append(excerpt);
  return item;
}

/** The words a full-text search also searched, as a note, when the task search's notes do not already say so. */
export function textAlsoSearched(words: readonly string[], saidAbove: readonly string[], strings: SearchStrings): HTMLElement[] {
  const same = words.length === saidAbove.length && words.every((w, i) => w === saidAbove[i]);
  return words.length === 0 || same ? [] : [alsoSearchedNote(words, strings)];
}

/** How long a search may take before the block says it is searching. */
const LOADING_DELAY_MS = 400;

/**
 * Searches the documents' prose for the words (as searched: Simplified) and
 * shows the answer in the search page's full-text block (search.astro): how many sections say them, the words also
 * searched when the task search's notes have not said them, and the
 * sections. Draws nothing once the search is no longer the one on show.
 */
export async function showSections(
  box: HTMLElement,
  query: string,
  document: string,
  saidAbove: readonly string[],
  { context, plural, isCurrent }: { context: ItemContext; plural: Intl.PluralRules; isCurrent: () => boolean },
): Promise<void> {
  const { strings, lang } = context;
  const part = <T extends HTMLElement>(selector: string) => {
    const element = box.querySelector<T>(selector);
    if (!element) throw new Error(`search page: no ${selector}`);
    return element;
  };
  const block = { status: part('#search-text-status'), notes: part('#search-text-notes'), list: part<HTMLOListElement>('#search-text-results') };
  box.hidden = false;
  box.dataset.state = 'answer';
  block.list.setAttribute('aria-busy', 'true');
  const slow = setTimeout(() => isCurrent() && (block.status.textContent = strings.text.loading), LOADING_DELAY_MS);
  try {
    const answer = await searchSections(
      query,
      document,
      !LANGUAGES[lang].original,
      { synonyms: strings.synonyms, glossary: strings.glossaryTerms.map(([, zh, en]) => [zh, en] as const), documents: strings.documents },
      pagefindLookup,
    );
    if (!isCurrent()) return;
    const count = answer.hits.length;
    block.list.replaceChildren(...answer.hits.map((hit) => sectionItem(hit, context)));
    block.notes.replaceChildren(...textAlsoSearched(answer.alsoSearched, saidAbove, strings));
    block.status.textContent =
      count === 0
        ? strings.text.none.replace('{query}', query)
        : (strings.text.found[plural.select(count)] ?? strings.text.found.other ?? '').replace('{count}', String(count)).replace('{query}', query);
  } catch (error) {
    if (!isCurrent()) return;
    block.list.replaceChildren();
    block.notes.replaceChildren();
    throw error;
  } finally {
    clearTimeout(slow);
    if (isCurrent()) block.list.setAttribute('aria-busy', 'false');
  }
}
