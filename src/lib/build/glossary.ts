import type { Glossary } from '../schema/translation.ts';
import { glossaryAnchor } from '../text/paths.ts';
import { SourceError } from '../text/source-error.ts';
import type { InputLines } from './build-corpus.ts';

const GLOSSARY_FILE = 'content/glossary.yaml';

/**
 * Checks that each term of the glossary has an anchor of its own on the
 * glossary page: 国际贸易“单一窗口” and 国际贸易单一窗口 would share
 * `#国际贸易单一窗口`, and every link to the second would land on the first.
 *
 * @example checkGlossaryAnchors([{ zh: '单一窗口', en: 'Single Window' }, { zh: '“单一窗口”', en: 'Single Window' }], lines)
 * // throws content/glossary.yaml:5: expected a term whose anchor on the glossary page no other term shares at 1.zh, found "“单一窗口”", whose anchor #单一窗口 is that of "单一窗口" too
 */
export function checkGlossaryAnchors(glossary: Glossary, lines: InputLines): void {
  const anchors = new Map<string, string>();
  glossary.forEach((term, i) => {
    const anchor = glossaryAnchor(term.zh);
    const other = anchors.get(anchor);
    if (other !== undefined)
      throw new SourceError(
        GLOSSARY_FILE,
        lines(GLOSSARY_FILE, [i, 'zh']),
        `a term whose anchor on the glossary page no other term shares at ${i}.zh`,
        `"${term.zh}", whose anchor #${anchor} is that of "${other}" too`,
      );
    anchors.set(anchor, term.zh);
  });
}
