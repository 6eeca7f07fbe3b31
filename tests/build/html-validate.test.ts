import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { allPages, pathToFile } from '../helpers/dist.ts';

/**
 * Every built page is held to html-validate's recommended rules, with one
 * exception: `long-title` caps a title at 70 characters for search engines,
 * but official names of bodies and documents run longer, and a page title
 * must not cut a name short.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
});

describe('every built page', () => {
  test('is valid HTML', { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    for (const path of allPages()) {
      const report = await validator.validateFile(pathToFile(path)!);
      for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });
});
