import { textToCharacterSet } from './code-point-set.ts';
import { TRADITIONAL_CHARACTERS } from './traditional-characters.ts';

/*
 * The forms a query can take that the Chinese index, written in Simplified
 * characters, does not match as typed: Traditional characters (外匯 for 外汇,
 * read in Hong Kong and Taiwan) and Latin letters (BRICS, Single Window).
 * Pure functions, plus the lazy loading of the converter, so the search page
 * script stays small for the common case.
 */

const HAN = /\p{Script=Han}/u;
const traditional = textToCharacterSet(TRADITIONAL_CHARACTERS);

/**
 * True when a query holds a character that Simplified Chinese writes
 * otherwise (匯 in 外匯, 臺 in 臺灣), so that only its Simplified form can be
 * found. A Simplified query never needs the converter.
 *
 * @example needsSimplified('外匯') // → true
 * @example needsSimplified('外汇') // → false
 */
export function needsSimplified(query: string): boolean {
  for (const char of query) if (traditional.has(char)) return true;
  return false;
}

/**
 * True when a query is written in Latin letters and holds no Chinese: an
 * English word or a Latin term of the Chinese text (QFLP, PEPPOL, BRICS,
 * Single Window).
 *
 * @example isLatin('Single Window') // → true
 * @example isLatin('QFLP试点') // → false
 */
export function isLatin(query: string): boolean {
  return /[A-Za-z]/.test(query) && !HAN.test(query);
}

type Converter = (text: string) => string;
let converter: Promise<Converter> | undefined;

/**
 * opencc-js's Traditional → Simplified conversion (./simplifier.ts), fetched
 * as a chunk of its own the first time a query needs it.
 */
export function loadSimplifier(): Promise<Converter> {
  converter ??= import('./simplifier.ts').then((module) => module.simplify);
  return converter;
}

/**
 * A query as the Chinese index can match it: converted to Simplified
 * characters where it holds Traditional ones, and otherwise returned as it
 * is, without loading the converter.
 *
 * @example await toSimplified('臺灣居民') // → '台湾居民'
 */
export async function toSimplified(query: string): Promise<string> {
  return needsSimplified(query) ? (await loadSimplifier())(query) : query;
}
