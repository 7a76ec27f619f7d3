// Type-aware lint for every project, plus Nx module boundaries: an app may import
// contracts and platform libs of its own scope or `shared`, never another app.
import { defineConfig } from 'eslint/config';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { scriptFiles } from './tools/test-runner/script-files.mjs';

const typeAwareRules = {
  '@typescript-eslint/no-floating-promises': [
    'error',
    // node:test runs the test()s it is given and reports their failures itself.
    { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
  ],
  '@typescript-eslint/no-misused-promises': 'error',
  '@typescript-eslint/await-thenable': 'error',
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
};

// Each department's contracts are their own entry point (`@ankomst/contracts/<name>`). A
// department service reaches another department only through its events
// (`@ankomst/contracts/<name>/events`), never its RPCs; platform libs reach none. Cross-service
// flow tests (integration and e2e specs) may drive another service's RPCs.
const departmentOfApp = {
  'housing-service': 'housing',
  'introduction-service': 'introduction',
  'health-service': 'health',
  'volunteering-service': 'volunteering',
  'case-overview-service': 'case-overview',
};
/** @param {string | undefined} own the department whose whole entry point stays allowed */
const departmentContractsOnly = (own) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: `^@ankomst/contracts/(?!${own ? `${own}$|` : ''}[a-z-]+/events$)`,
          message: "Another department's contracts: import only its events ('@ankomst/contracts/<department>/events').",
        },
      ],
    },
  ],
});
const departmentBoundaries = [
  ...Object.entries(departmentOfApp).map(([app, department]) => ({
    files: [`apps/${app}/src/**/*.ts`],
    ignores: ['**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
    rules: departmentContractsOnly(department),
  })),
  { files: ['libs/platform/**/*.ts'], rules: departmentContractsOnly(undefined) },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      'tmp/**',
      'test-results/**',
      '**/dist',
      '**/node_modules',
      '**/.data',
      '**/.nx',
      '**/coverage',
      '**/vite.config.*.timestamp*',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      // Two TypeScript programs, the ones `workspace:typecheck` builds: every server, lib and
      // tool file in tsconfig.check.json, the portal in its own (DOM, JSX). Not the project
      // service: it builds one program per project tsconfig, each type-checking the contracts,
      // zod and NestJS types again, which cost more than twice the CPU time (129 s against 56 s).
      // The per-project tsconfigs have the same compiler options as tsconfig.check.json.
      // `workspace:check` passes the programs it has already type-checked instead (`programs`).
      parserOptions: { project: ['./tsconfig.check.json', './apps/portal/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing', 'type:ui'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
            // What runs in the browser may import only browser-safe libs (zod contracts), never
            // the NestJS/TypeORM platform libs that `scope:shared` alone would admit.
            { sourceTag: 'platform:browser', onlyDependOnLibsWithTags: ['platform:browser'] },
            { sourceTag: 'scope:housing', onlyDependOnLibsWithTags: ['scope:housing', 'scope:shared'] },
            { sourceTag: 'scope:introduction', onlyDependOnLibsWithTags: ['scope:introduction', 'scope:shared'] },
            { sourceTag: 'scope:health', onlyDependOnLibsWithTags: ['scope:health', 'scope:shared'] },
            { sourceTag: 'scope:volunteering', onlyDependOnLibsWithTags: ['scope:volunteering', 'scope:shared'] },
            { sourceTag: 'scope:case-overview', onlyDependOnLibsWithTags: ['scope:case-overview', 'scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The tools' and scripts' JavaScript: typechecked by tsconfig.tools.json (checkJs) and linted
  // here with that program's type information, so a floating promise is an error in a script too.
  ...defineConfig({
    files: scriptFiles,
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: ['./tsconfig.tools.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // eslintRecommended's own block is limited to TypeScript files: take its rules by name.
      ...tseslint.configs.eslintRecommended.rules,
      ...typeAwareRules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  }),
  ...departmentBoundaries,
  // tools/boundaries' short-lived fixtures (never linted by `workspace:lint`, left out of
  // tsconfig.check.json): that test checks only the import rules, which need no types, so no
  // TypeScript program is built for them (four programs took most of its CPU time).
  { ...tseslint.configs.disableTypeChecked, files: ['**/*.boundaries-fixture.ts'] },
];
