// The tools' and scripts' JavaScript: typechecked by tsconfig.tools.json (checkJs) and linted
// with that program's type information (eslint.config.mjs, tools/test-runner/check-workspace.mjs).
// Keep in step with tsconfig.tools.json's "include".
export const scriptFiles = [
  'tools/**/*.mjs',
  'tools/**/*.cjs',
  'tools/**/*.js',
  'apps/portal/scripts/**/*.mjs',
  'apps/portal/e2e/**/*.mjs',
  'apps/gateway/src/auth/oidc/testing/**/*.mjs',
];
