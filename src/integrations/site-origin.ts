import type { AstroIntegration } from 'astro';
import { originProblem } from '../lib/site/origin.ts';
import { publisherProblems } from '../lib/site/publisher.ts';
import { SourceError } from '../lib/text/source-error.ts';
import { PROJECT_ROOT } from '../scripts/content.ts';
import { readSiteFile } from '../scripts/inputs.ts';

/**
 * Stops `astro build` before it starts when the build would ship a loopback
 * origin by accident, or when SITE_ORIGIN names no origin at all (see
 * originProblem), and, for a deployment, a site that does not say who
 * publishes it, how to reach them and where to report an error (see
 * publisherProblems). Development and preview servers, and `astro sync`, are
 * not builds to deploy: they go ahead on the local origin, unless SITE_ORIGIN
 * is set to something that is not one.
 */
export function siteOriginCheck(): AstroIntegration {
  return {
    name: 'site-origin',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems: string[] = [];
        const origin = originProblem(command === 'build' ? process.env : { ...process.env, LOCAL_BUILD: '1' });
        if (origin) problems.push(origin);
        if (command === 'build') {
          try {
            const { site, file, line } = readSiteFile(PROJECT_ROOT);
            problems.push(...publisherProblems(site, process.env, file, line));
          } catch (error) {
            if (!(error instanceof SourceError)) throw error;
            problems.push(error.message);
          }
        }
        if (problems.length === 0) return;
        for (const problem of problems) logger.error(problem);
        // A clear message, not a stack trace: nothing here is a bug to debug.
        process.exit(1);
      },
    },
  };
}
