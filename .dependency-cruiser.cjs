/**
 * The layers of src/ (docs/architecture.md), checked by `npm run lint`.
 * A module may import its own layer and the layers below it, never one above,
 * and no import may close a cycle. The command line sits on top: nothing
 * imports src/cli/, and the library entry points are imported by nobody.
 */
const layers = [
  // 0: plain data and the bottom of everything: words, errors, files, the law as data.
  ['src/types\\.ts', 'src/meta\\.ts', 'src/errors\\.ts', 'src/i18n/', 'src/fs/', 'src/law/'],
  // 1: a standard as a model: reading text, parsing, facts, dates, LIX.
  ['src/model/'],
  // 2: the rules, each a function of the model.
  ['src/rules/'],
  // 3: the project's settings.
  ['src/config\\.ts'],
  // 4: running the rules over files.
  ['src/check/'],
  // 5: what the commands do, as libraries.
  [
    'src/report/', 'src/render/', 'src/import/', 'src/export/', 'src/fmt/', 'src/fix/', 'src/accept/', 'src/diff/',
    'src/compare/', 'src/redline/', 'src/scaffold/', 'src/build/', 'src/watch/', 'src/preview/', 'src/docs/',
  ],
  // 6: the entry points: the command line and the library.
  ['src/cli/', 'src/index\\.ts', 'src/remark-plugin\\.ts'],
];

const pathOf = (patterns) => `^(?:${patterns.join('|')})`;

const upward = layers.slice(0, -1).map((layer, index) => ({
  name: `layer-${index}-points-down`,
  comment: `Layer ${index} (${layer.join(', ')}) may not import a layer above it (docs/architecture.md).`,
  severity: 'error',
  from: { path: pathOf(layer) },
  to: { path: pathOf(layers.slice(index + 1).flat()) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'nothing-imports-the-entry-points',
      comment: 'src/cli/, src/index.ts and src/remark-plugin.ts are entry points: a library layer never reaches up into them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(?:cli/|index\\.ts$)' },
      to: { path: pathOf(layers.at(-1)) },
    },
    {
      name: 'a-rule-imports-no-other-rule',
      comment: 'What several rules share lives in src/rules/utils/; a rule file imports only rule.ts and utils/ from src/rules/.',
      severity: 'error',
      from: { path: '^src/rules/[^/]+\\.ts$', pathNot: '^src/rules/(?:index|rule)\\.ts$' },
      to: { path: '^src/rules/[^/]+\\.ts$', pathNot: '^src/rules/rule\\.ts$' },
    },
    {
      name: 'rule-utils-import-no-rule',
      comment: 'src/rules/utils/ is below the rules: it may use rule.ts types, never a rule.',
      severity: 'error',
      from: { path: '^src/rules/utils/' },
      to: { path: '^src/rules/[^/]+\\.ts$', pathNot: '^src/rules/rule\\.ts$' },
    },
    {
      name: 'no-cycles',
      comment: 'A cycle makes the load order matter and the layers meaningless.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-dev-package-at-run-time',
      comment:
        'A kommune installs only `dependencies`. docx is a devDependency bundled into dist/ by scripts/bundle.js through src/export/docx/library.ts, the one module that may import it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/export/docx/library\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'every-module-has-a-layer',
      comment: 'A new folder in src/ gets a layer in .dependency-cruiser.cjs and docs/architecture.md.',
      severity: 'error',
      from: { path: '^src/', pathNot: pathOf(layers.flat()) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'], mainFields: ['module', 'main', 'types'] },
    exclude: { path: '(^dist/|\\.d\\.ts$)' },
  },
};
