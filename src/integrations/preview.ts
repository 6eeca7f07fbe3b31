import { fileURLToPath } from 'node:url';
import type { AstroIntegration, PreviewServerParams } from 'astro';
import { serveStatic } from './static-server.ts';

/**
 * `astro preview` (and so `npm start`) serves the built site as the shipped
 * nginx does (static-server.ts): a page asked for without its trailing slash
 * is redirected to it, a missing task gets its document's not-found page,
 * and every response carries nginx's headers, the Content-Security-Policy
 * among them. Astro's own preview server answers 404 for an address without
 * its slash, which the public site redirects.
 *
 * Astro lets only an adapter replace its preview server, so for the preview
 * command alone this integration declares one whose only part is the preview
 * entry point (this module's default export); builds never see it, and the
 * site stays a static one.
 */
export function nginxPreview(): AstroIntegration {
  let command = '';
  return {
    name: 'nginx-preview',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ setAdapter }) => {
        if (command !== 'preview') return;
        setAdapter({
          name: 'nginx-preview',
          previewEntrypoint: fileURLToPath(import.meta.url),
          adapterFeatures: { buildOutput: 'static' },
          supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
          entrypointResolution: 'auto',
        });
      },
    },
  };
}

/** The preview server Astro starts: dist/, served as nginx would, on Astro's host and port. */
export default async function preview(params: PreviewServerParams) {
  const host = params.host ?? 'localhost';
  const { origin, server, close } = await serveStatic(fileURLToPath(params.outDir), { port: params.port, host });
  params.logger.info(`dist/ served as deploy/nginx.conf serves it, at ${origin}/`);
  return {
    host,
    port: params.port,
    closed: () => new Promise<void>((resolve) => server.once('close', () => resolve())),
    stop: close,
  };
}
