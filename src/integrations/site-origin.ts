import type { AstroIntegration } from 'astro';
import { originProblem } from '../lib/site/origin.ts';

/**
 * Stops `astro build` before it starts when the build would ship a loopback
 * origin by accident, or when SITE_ORIGIN names no origin at all (see
 * originProblem). Development and preview servers, and `astro sync`, are not
 * builds to deploy: they go ahead on the local origin, unless SITE_ORIGIN is
 * set to something that is not one.
 */
export function siteOriginCheck(): AstroIntegration {
  return {
    name: 'site-origin',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problem = originProblem(command === 'build' ? process.env : { ...process.env, LOCAL_BUILD: '1' });
        if (!problem) return;
        logger.error(problem);
        // A clear message, not a stack trace: nothing here is a bug to debug.
        process.exit(1);
      },
    },
  };
}
