/**
 * The house's layers, as rules `npm run lint` checks (dependency-cruiser).
 * Imports point one way, down this list, and never in a circle:
 *
 *   render   src/pages, src/components, src/layouts, src/middleware.ts,
 *            src/content.config.ts, src/i18n, src/lib/{site,search,open-data,charts}
 *   (top)    src/integrations: Astro's hooks, which run the content step
 *            and check the build's settings
 *   scripts  src/scripts: the content step, which reads and writes files
 *   pipeline src/lib/pipeline.ts: the stages in order
 *   stages   src/lib/{parse,build,translate,enrich,emit}
 *   text     src/lib/text: pure helpers (matching, paths, formatting)
 *   schema   src/lib/schema: the model, imports nothing of ours
 *
 * The render side reads the generated collections and the model; it never
 * runs a stage. The stages never know how a page looks. Astro components are
 * not parsed here: eslint.config.js holds them to the same rules.
 */
const render = '^src/(pages|components|layouts|i18n|lib/(site|search|open-data|charts))/|^src/(middleware|content\\.config)\\.ts$';
const scripts = '^src/scripts/';
const integrations = '^src/integrations/';
const pipeline = '^src/lib/pipeline\\.ts$';
const stages = '^src/lib/(parse|build|translate|enrich|emit)/';
const text = '^src/lib/text/';
const schema = '^src/lib/schema/';

export default {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Modules import each other in a circle.', from: {}, to: { circular: true } },
    {
      name: 'schema-imports-nothing-of-ours',
      severity: 'error',
      comment: 'The model is the bottom layer: it imports only other schemas and packages.',
      from: { path: schema },
      to: { path: '^src/', pathNot: schema },
    },
    {
      name: 'text-is-pure',
      severity: 'error',
      comment: 'The text helpers stand on the model alone.',
      from: { path: text },
      to: { path: '^src/', pathNot: [schema, text] },
    },
    {
      name: 'stages-stand-on-text-and-schema',
      severity: 'error',
      comment: 'A stage uses the model, the text helpers and earlier stages; never the pipeline, the scripts or the render side.',
      from: { path: stages },
      to: { path: '^src/', pathNot: [schema, text, stages] },
    },
    {
      name: 'pipeline-runs-stages',
      severity: 'error',
      comment: 'The pipeline orders the stages; it reads no file and renders nothing.',
      from: { path: pipeline },
      to: { path: '^src/', pathNot: [schema, text, stages] },
    },
    {
      name: 'scripts-do-not-render',
      severity: 'error',
      comment: 'The content step writes the collections; it does not import the pages that read them.',
      from: { path: scripts },
      to: { path: [render, integrations] },
    },
    {
      name: 'render-runs-no-stage',
      severity: 'error',
      comment: 'The site reads the generated collections and the model, never a stage, the pipeline or the scripts.',
      from: { path: render },
      to: { path: [stages, pipeline, scripts, integrations] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
