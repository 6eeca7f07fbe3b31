/** Folds case, width and spacing, so ＳＡＦＥ and safe, or 商务 and 商 务, compare equal. */
export const foldName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Whether a body's names hold what the reader typed.
 *
 * @example nameMatches(['市商务局', 'Xiamen Municipal Bureau of Commerce'], '商务') // → true
 * @example nameMatches(['市商务局', 'Xiamen Municipal Bureau of Commerce'], 'bureau of com') // → true
 */
export const nameMatches = (names: readonly string[], typed: string) => names.some((name) => foldName(name).includes(foldName(typed)));

/**
 * The agency index's filter box: as the reader types, only the bodies whose
 * names hold the text stay listed, and a group with none left is hidden.
 * The count is announced politely.
 */
export function filterAgencies(): void {
  const input = document.querySelector<HTMLInputElement>('#agency-filter');
  const status = document.querySelector<HTMLElement>('#agency-filter-status');
  if (!input || !status) return;
  const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>('tr[data-names]'));
  const apply = () => {
    const typed = input.value.trim();
    let shown = 0;
    for (const row of rows) {
      const match = !typed || nameMatches((row.dataset.names ?? '').split('\n'), typed);
      row.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('.agency-group')) {
      group.hidden = !group.querySelector('tr[data-names]:not([hidden])');
    }
    status.textContent = typed ? (status.dataset.template ?? '').replace('{count}', String(shown)) : '';
  };
  input.addEventListener('input', apply);
  apply();
}
