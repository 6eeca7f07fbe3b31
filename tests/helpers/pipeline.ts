import { inject } from 'vitest';
import '../setup/context.ts';

// What only the unit tests' global setup provides (tests/setup/pipeline.ts).

/** Each seed with what its parser made of it. */
export const parsed = inject('parsed');
/** Every text the English edition translates. */
export const units = inject('units');
/** The corpus after the build stage, before the enrich stages. */
export const unmarked = inject('unmarked');
