// The bench's only imports from the launcher and build tools. They are re-exported here so
// that the bench typechecks against the declared shapes in shared-tools.d.mts rather than
// against those modules' sources (tools/launcher and tools/build are not in
// tsconfig.tools.json yet). Once they typecheck, import them directly and delete this pair.
export { ensureInfra, workspaceRoot } from '../launcher/infra.mjs';
export { build } from '../build/build.mjs';
