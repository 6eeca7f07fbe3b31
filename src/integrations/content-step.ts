import type { AstroIntegration } from 'astro';
import { SourceError } from '../lib/text/source-error.ts';
import { TranslationError } from '../lib/translate/lookup.ts';
import { TRANSLATIONS_DIR } from '../lib/translate/units.ts';
import { generateContentIfChanged, summarize } from '../scripts/content.ts';
import { CURATED } from '../scripts/inputs.ts';

/**
 * Runs the content step before Astro reads the collections, for `astro build`,
 * `astro dev` and `astro sync`, so the site can never be built from stale or
 * missing generated files. It is skipped when no file that decides its output
 * has changed since its last run (see generateContentIfChanged). In dev, a
 * change to any input restarts the server, which runs the step again.
 */
export function contentStep(): AstroIntegration {
  return {
    name: 'content-step',
    hooks: {
      'astro:config:setup': async ({ command, logger, addWatchFile, config }) => {
        if (command === 'preview') return;
        const started = performance.now();
        let result: Awaited<ReturnType<typeof generateContentIfChanged>>;
        try {
          result = await generateContentIfChanged();
        } catch (error) {
          // A fault of the inputs is the editor's to fix, not a crash: Astro
          // prints the message (file:line: expected …) and no stack trace.
          if (error instanceof SourceError || error instanceof TranslationError) error.stack = '';
          throw error;
        }
        const { documents, reused } = result;
        for (const line of summarize(documents)) logger.info(line);
        logger.info(
          `content step done in ${Math.round(performance.now() - started)} ms${reused ? ' (no input changed: content/generated/ as the last run wrote it)' : ''}`,
        );
        const translations = documents.flatMap((d) => ['tasks.yaml', 'document.yaml'].map((f) => `${TRANSLATIONS_DIR}/${d.id}/${f}`));
        for (const path of ['seeds/manifest.json', ...documents.map((d) => `seeds/${d.file}`), ...Object.values(CURATED), ...translations]) {
          addWatchFile(new URL(path, config.root));
        }
      },
    },
  };
}
