import { nameMatches } from './agency-filter.ts';

/**
 * The glossary page's filter box: as the reader types (Chinese, English or
 * pinyin without tones), only the terms that hold the text stay listed, a
 * letter with none left is hidden, from the page and from the jump list, and
 * the count is announced politely in the language's plural.
 */
export function filterGlossary(): void {
  const input = document.querySelector<HTMLInputElement>('#glossary-filter');
  const status = document.querySelector<HTMLElement>('#glossary-filter-status');
  if (!input || !status) return;
  const terms = Array.from(document.querySelectorAll<HTMLElement>('.glossary-term[data-terms]'));
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const apply = () => {
    const typed = input.value.trim();
    let shown = 0;
    for (const term of terms) {
      const match = !typed || nameMatches((term.dataset.terms ?? '').split('\n'), typed);
      term.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('.glossary-group')) {
      group.hidden = !group.querySelector('.glossary-term:not([hidden])');
      const jump = document.querySelector<HTMLElement>(`.glossary-jump a[href="#${group.getAttribute('aria-labelledby') ?? ''}"]`)?.parentElement;
      if (jump) jump.hidden = group.hidden;
    }
    const template = plural.select(shown) === 'one' ? status.dataset.one : status.dataset.other;
    status.textContent = typed ? (template ?? '').replace('{count}', String(shown)) : '';
  };
  input.addEventListener('input', apply);
  apply();
}
