import type { AstroIntegration } from 'astro';
import { TRANSLATIONS_DIR } from '../lib/translate/units.ts';
import { faultMessage, generateContentIfChanged, summarize } from '../scripts/content.ts';
import { CURATED, LANGS_UI_FILES } from '../scripts/inputs.ts';

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
          // A fault of the inputs is the editor's to fix, not a crash: the
          // message alone (file:line: expected …), and no build. Thrown, Astro
          // would wrap it in a stack trace and a hint about browser APIs.
          logger.error(faultMessage(error));
          process.exit(1);
        }
        const { documents, reused } = result;
        for (const line of summarize(documents)) logger.info(line);
        logger.info(
          `content step done in ${Math.round(performance.now() - started)} ms${reused ? ' (no input changed: content/generated/ as the last run wrote it)' : ''}`,
        );
        const translations = documents.flatMap((d) => ['tasks.yaml', 'document.yaml'].map((f) => `${TRANSLATIONS_DIR}/${d.id}/${f}`));
        for (const path of ['seeds/manifest.json', ...documents.map((d) => `seeds/${d.file}`), ...Object.values(CURATED), ...translations, ...LANGS_UI_FILES]) {
          addWatchFile(new URL(path, config.root));
        }
      },
    },
  };
}
