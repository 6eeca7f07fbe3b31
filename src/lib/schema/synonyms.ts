import { z } from 'zod';
import { slugSchema } from './common.ts';

const HAN = /\p{Script=Han}/u;

const zhWordSchema = z
  .string()
  .regex(/^\S+$/, 'a word without spaces')
  .refine((word) => HAN.test(word), 'a Chinese word');
const enWordSchema = z
  .string()
  .trim()
  .min(1)
  .refine((word) => !HAN.test(word), 'an English word, without Chinese characters');

/**
 * One group of words that the texts, or their readers, use for one thing
 * (`content/synonyms.yaml`). Searching a word of the group also searches the
 * others; in a one-way group only the head (the first word of each language)
 * does, because the others are wider (港澳 is not only 香港).
 *
 * @example
 * synonymGroupSchema.parse({
 *   id: 'hong-kong', note: '…', zh: ['香港', '港澳', '港澳台'], en: ['Hong Kong'], oneWay: true,
 * })
 */
export const synonymGroupSchema = z
  .strictObject({
    id: slugSchema,
    /** Why these words are one thing for a reader, in English. */
    note: z.string().trim().min(1),
    /** Chinese variants, the head first. Each occurs in a seed, unless listed in `notInTexts`. */
    zh: z.array(zhWordSchema).min(1),
    /** English variants, the head first; they need not occur anywhere. */
    en: z.array(enWordSchema),
    /** True when only the head leads to the others. */
    oneWay: z.boolean(),
    /** Chinese variants that readers type and neither text writes (台胞); search leads them to the rest, and finds none of them in a text. */
    notInTexts: z.array(zhWordSchema).default([]),
  })
  .superRefine((group, ctx) => {
    for (const lang of ['zh', 'en'] as const) {
      const seen = new Set<string>();
      group[lang].forEach((word, i) => {
        if (seen.has(word)) ctx.addIssue({ code: 'custom', path: [lang, i], message: 'a word listed once in its group', input: word });
        seen.add(word);
      });
    }
    group.notInTexts.forEach((word, i) => {
      if (!group.zh.includes(word)) ctx.addIssue({ code: 'custom', path: ['notInTexts', i], message: 'a word of the group’s zh list', input: word });
    });
    if (group.zh.length + group.en.length < 2)
      ctx.addIssue({ code: 'custom', path: ['zh'], message: 'at least two words in a group', input: group.zh.join(', ') });
  });
export type SynonymGroup = z.output<typeof synonymGroupSchema>;

/**
 * The synonym table. Ids are unique. A word may stand in two groups only where
 * one-way groups explain it: in all of its groups but one it is a word of a
 * one-way group (港澳台 is under both 香港 and 澳门, and leads to neither).
 */
export const synonymsSchema = z.array(synonymGroupSchema).superRefine((groups, ctx) => {
  const ids = new Set<string>();
  groups.forEach((group, i) => {
    if (ids.has(group.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'an id no other group has', input: group.id });
    ids.add(group.id);
  });
  for (const lang of ['zh', 'en'] as const) {
    /** Per word, the first group in which it is not explained by a one-way group. */
    const twoWay = new Map<string, string>();
    groups.forEach((group, i) => {
      if (group.oneWay) return;
      group[lang].forEach((word, j) => {
        const other = twoWay.get(word);
        if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [i, lang, j],
            message: 'a word in one two-way group at most (make one of them one-way)',
            input: `${word}, a word of ${other} too`,
          });
        twoWay.set(word, group.id);
      });
    });
  }
});
export type Synonyms = z.output<typeof synonymsSchema>;
