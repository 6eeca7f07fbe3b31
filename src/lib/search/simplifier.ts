import { ConverterFactory } from 'opencc-js/core';
import fromTaiwan from 'opencc-js/from/tw';
import toMainland from 'opencc-js/to/cn';

/**
 * opencc-js's `tw2s`: Traditional characters, as written in Taiwan and Hong
 * Kong, to the Simplified characters of the mainland, phrase tables first.
 * Only these tables, not the whole of opencc-js: the search page loads this
 * module as a chunk of its own, and only for a query that needs it.
 *
 * @example simplify('臺灣居民參加外匯業務') // → '台湾居民参加外汇业务'
 */
export const simplify = ConverterFactory(fromTaiwan, toMainland);
