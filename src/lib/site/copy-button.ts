/**
 * The copy buttons: each copies the text of the element it names
 * (`data-copy-target`) and says so in a status region of its own, added here
 * beside it before anything is said, so screen readers know the region when
 * it speaks. A button stays hidden where the browser has no clipboard, so
 * nobody presses a button that cannot work; the text it would copy is on the
 * page either way.
 */
export function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    const id = button.dataset.copyTarget ?? '';
    const source = document.getElementById(id);
    if (!source || !navigator.clipboard || button.nextElementSibling?.matches('[data-copy-status]')) continue;
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'visually-hidden';
    status.dataset.copyStatus = id;
    button.after(status);
    button.hidden = false;
    const label = button.textContent;
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
        status.textContent = button.dataset.copied ?? '';
        button.textContent = button.dataset.copied ?? '';
        setTimeout(() => (button.textContent = label), 2000);
      } catch {
        status.textContent = button.dataset.failed ?? '';
      }
    };
    // copy() handles its own failure; the listener has nothing to wait for.
    button.addEventListener('click', () => void copy());
  }
}
