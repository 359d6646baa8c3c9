/**
 * Import rules, run by `npm run lint`. The triage core is a pipeline of stages, each a folder with
 * one job; a stage imports only the stages before it, the shared helpers and the language data.
 * Type-only imports count too: a circle of types is still a circle a reader has to hold in their head.
 */
const STAGES = ['intake', 'reading', 'signals', 'fit', 'decision', 'writing'];
const CORE = '^src/triage/';

/** Every later stage is out of bounds for a stage. */
const stageOrder = STAGES.slice(0, -1).map((stage, i) => ({
  name: `stage-order-${stage}`,
  comment: `The ${stage} stage may not import a later stage (${STAGES.slice(i + 1).join(', ')}).`,
  severity: 'error',
  from: { path: `${CORE}${stage}/` },
  to: { path: `${CORE}(${STAGES.slice(i + 1).join('|')})/` },
}));

/** Libraries the core adopts, each for what it does well (see the README's dependency table). Nothing else reaches the pure core. */
const CORE_LIBRARIES = ['zod', 'franc-min', 'email-reply-parser'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circle anywhere in src/ or handlers/.',
      severity: 'error',
      from: { path: '^(src|handlers)/' },
      to: { circular: true },
    },
    ...stageOrder,
    {
      name: 'shared-and-lang-stand-alone',
      comment: 'Shared helpers and language data come before every stage: they import no stage.',
      severity: 'error',
      from: { path: `${CORE}(shared|lang)/` },
      to: { path: `${CORE}(${STAGES.join('|')})/` },
    },
    {
      name: 'stages-not-the-pipeline',
      comment: 'The pipeline (index.ts) and the result contract compose the stages; no stage reaches back into them.',
      severity: 'error',
      from: { path: `${CORE}(${STAGES.join('|')}|shared|lang)/` },
      to: { path: `${CORE}[^/]+\\.ts$` },
    },
    {
      name: 'core-is-pure',
      comment: `The triage core imports only itself and ${CORE_LIBRARIES.join(', ')}: no Slack, no I/O, no logging.`,
      severity: 'error',
      from: { path: CORE },
      to: { pathNot: [`${CORE}`, ...CORE_LIBRARIES.map((lib) => `node_modules/${lib}/`)] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // node_modules is not followed, but stays in the graph: excluding it hid every package import from core-is-pure.
    exclude: { path: '^dist/' },
  },
};
