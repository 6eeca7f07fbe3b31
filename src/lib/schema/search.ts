import { z } from 'zod';

/**
 * Where the words of a task's Chinese text begin and end, as jieba cuts them
 * (the content step's `chineseWords`), for search: the lengths of its words in
 * order, which add up to the text's length in UTF-16 code units. Search counts
 * an occurrence of a word as a match unless it starts inside one word and ends
 * inside another (关税 in 相关|税收), see src/lib/search/match.ts.
 *
 * @example taskWordsSchema.parse({ id: 'services-trade-61', zh: [2, 2, 3] })
 */
export const taskWordsSchema = z.strictObject({
  id: z.string().min(1),
  zh: z.array(z.number().int().positive()),
});
export type TaskWords = z.output<typeof taskWordsSchema>;
