import type { AstroIntegration } from 'astro';
import { originProblem } from '../lib/site/origin.ts';

/**
 * Stops `astro build` before it starts when the build would ship a loopback
 * origin by accident (see originProblem). Development and preview servers,
 * and `astro sync`, are not builds to deploy, so they go ahead.
 */
export function siteOriginCheck(): AstroIntegration {
  return {
    name: 'site-origin',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const problem = originProblem();
        if (!problem) return;
        logger.error(problem);
        // A clear message, not a stack trace: nothing here is a bug to debug.
        process.exit(1);
      },
    },
  };
}
