import { z } from 'zod';
import zh from './zh.json' with { type: 'json' };

/**
 * The UI strings, one flat dictionary per language. The Chinese file defines
 * the keys; every other language must have exactly the same ones, so a missing
 * or stray string fails the build rather than showing a key to a reader.
 */
export const uiStringsSchema = z.strictObject(
  Object.fromEntries(Object.keys(zh).map((key) => [key, z.string().min(1)])) as Record<keyof typeof zh, z.ZodString>,
);
export type UiStrings = z.output<typeof uiStringsSchema>;
export type UiKey = keyof UiStrings;
