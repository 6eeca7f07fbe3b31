import { LANGUAGES, type Lang } from '../schema/languages.ts';

/** Punctuation and spaces that should not stand just before the ellipsis. */
const TRAILING = /[\s,;:，、；：（(“‘"'—-]+$/u;

/** One word segmenter per language: making one costs more than segmenting a description. */
const segmenters = new Map<Lang, Intl.Segmenter>();
const wordSegmenter = (lang: Lang) => {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(LANGUAGES[lang].locale, { granularity: 'word' })));
  return segmenter;
};

/**
 * Shortens a text for a meta description: whole words only (Chinese words
 * too, found by the platform's `Intl.Segmenter`), never cut mid-word, with an
 * ellipsis when anything was left out. A text that fits is returned as it is.
 *
 * @param max the most characters the result may have, the ellipsis included
 * @example
 * textToDescription('Open domestic internet virtual private network services to foreign investment', 40)
 * // → 'Open domestic internet virtual private…'
 * textToDescription('向外资开放国内互联网虚拟专用网业务(外资股比不超过50%)', 12)
 * // → '向外资开放国内互联网…'
 */
export function textToDescription(text: string, max = 160, lang: Lang = /\p{Script=Han}/u.test(text) ? 'zh' : 'en'): string {
  const whole = text.trim().replace(/\s+/g, ' ');
  if ([...whole].length <= max) return whole;
  let kept = '';
  // Characters as code points, as the limit counts them.
  let length = 0;
  for (const { segment } of wordSegmenter(lang).segment(whole)) {
    const added = [...segment].length;
    if (length + added > max - 1) break;
    kept += segment;
    length += added;
  }
  // A single word longer than the limit: cut it, rather than return nothing.
  if (kept.trim() === '') kept = [...whole].slice(0, max - 1).join('');
  return `${kept.replace(TRAILING, '')}…`;
}
