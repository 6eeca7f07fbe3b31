/**
 * How many cases each property test of the fuzz project runs: FUZZ_RUNS, or
 * a few hundred, enough for `npm test` to catch a regression in a minute.
 * `FUZZ_RUNS=20000 npx vitest run --config tests/vitest.config.ts --project fuzz`
 * hunts longer.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
