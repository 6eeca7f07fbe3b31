import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Opens every disclosure (<details>) on the page: what readers can open must pass the checks too. */
export async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

/**
 * Runs axe-core on a page, every disclosure opened, and returns its
 * violations as short strings (rule: selectors), so a failing test says what
 * and where. `onlyColor` limits the run to colour contrast, for the
 * dark-scheme pass.
 */
export async function axeViolations(page: Page, { onlyColor = false } = {}): Promise<string[]> {
  await openDisclosures(page);
  const builder = new AxeBuilder({ page });
  if (onlyColor) builder.withRules(['color-contrast']);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The three ways each page type is checked: wide, narrow, and dark (contrast only). */
export const AXE_VIEWS = [
  { width: 1280, colorScheme: 'light', onlyColor: false },
  { width: 320, colorScheme: 'light', onlyColor: false },
  { width: 1280, colorScheme: 'dark', onlyColor: true },
] as const;
