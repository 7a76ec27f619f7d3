// `npm run new:department -- --name <name> [--route r] [--feature f] [--entity e] [--role r] [--dry-run]`
// Runs the department generator on the workspace through Nx's own file tree: every change is
// collected first, then written at once; with --dry-run it is only listed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Tree } from '@nx/devkit';
import { departmentGenerator, type DepartmentOptions } from './generator';

interface FileChange {
  path: string;
  type: 'CREATE' | 'UPDATE' | 'DELETE';
}
// nx/src/generators/tree is Nx's FsTree (what `nx g` uses); its package exports it only at runtime.
const { FsTree, flushChanges } = require('nx/src/generators/tree') as {
  FsTree: new (root: string, verbose: boolean) => Tree & { listChanges(): FileChange[] };
  flushChanges: (root: string, changes: FileChange[]) => void;
};

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    route: { type: 'string' },
    feature: { type: 'string' },
    entity: { type: 'string' },
    role: { type: 'string' },
    'title-nb': { type: 'string' },
    'title-en': { type: 'string' },
    'feature-title-nb': { type: 'string' },
    'feature-title-en': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  if (!values.name) throw new Error('usage: npm run new:department -- --name <kebab-case name> [--dry-run]');
  const options: DepartmentOptions = {
    name: values.name,
    route: values.route,
    feature: values.feature,
    entity: values.entity,
    role: values.role,
    titleNb: values['title-nb'],
    titleEn: values['title-en'],
    featureTitleNb: values['feature-title-nb'],
    featureTitleEn: values['feature-title-en'],
  };
  const root = path.resolve(__dirname, '../../..');
  const tree = new FsTree(root, false);
  await departmentGenerator(tree, options);
  const changes = tree.listChanges();
  for (const change of changes) console.log(`${change.type.padEnd(6)} ${change.path}`);
  if (values['dry-run']) {
    console.log(`\n${changes.length} files; --dry-run: nothing written.`);
    return;
  }
  flushChanges(root, changes);
  console.log(`\n${changes.length} files written. Next: npx tsc -p tsconfig.check.json --noEmit, npx nx test ${values.name}-service`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
