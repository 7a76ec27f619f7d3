import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readJson, type Tree } from '@nx/devkit';
import { createTree } from '@nx/devkit/testing';
import { departmentGenerator, editedFiles } from './generator';

const root = path.resolve(__dirname, '../../..');

/** An in-memory tree holding the workspace's real copies of the files the generator edits. */
function workspaceTree(): Tree {
  const tree = createTree();
  for (const file of [...editedFiles, 'apps/housing-service/src/main.ts']) tree.write(file, fs.readFileSync(path.join(root, file), 'utf8'));
  return tree;
}

const changes = (tree: Tree) =>
  tree
    .listChanges()
    .map((change) => change.path)
    .sort();

const count = (text: string, part: string) => text.split(part).length - 1;

describe('department generator', () => {
  let sut: Tree;

  beforeEach(async () => {
    sut = workspaceTree();
    await departmentGenerator(sut, { name: 'probe', timestamp: 1796000000000 });
  });

  it('creates the service, contracts, gateway routes, case-overview slot and portal page', () => {
    const created = changes(sut).filter(
      (file) => !(editedFiles as readonly string[]).includes(file) && !file.startsWith('apps/housing-service') && !file.startsWith('.'),
    );

    expect(created).toEqual(
      [
        'apps/probe-service/README.md',
        'apps/probe-service/jest.config.js',
        'apps/probe-service/project.json',
        'apps/probe-service/tsconfig.json',
        'apps/probe-service/src/main.ts',
        'apps/probe-service/src/main.spec.ts',
        'apps/probe-service/src/config.ts',
        'apps/probe-service/src/database.ts',
        'apps/probe-service/src/app.module.ts',
        'apps/probe-service/src/app.integration-spec.ts',
        'apps/probe-service/src/migrations/1796000000000-create-probe-tables.ts',
        'apps/probe-service/src/probe-records/probe-records.module.ts',
        'apps/probe-service/src/probe-records/probe-records.controller.ts',
        'apps/probe-service/src/probe-records/probe-records.service.ts',
        'apps/probe-service/src/probe-records/probe-records.service.spec.ts',
        'apps/probe-service/src/probe-records/probe-records.integration-spec.ts',
        'apps/probe-service/src/probe-records/probe-record.entity.ts',
        'apps/probe-service/src/test-support/probe-test-app.ts',
        'libs/contracts/src/probe/endpoints.ts',
        'libs/contracts/src/probe/events.ts',
        'libs/contracts/src/probe/permissions.ts',
        'libs/contracts/src/probe/index.ts',
        'apps/gateway/src/probe/probe-endpoints.ts',
        'apps/gateway/src/probe/probe.module.ts',
        'apps/gateway/src/probe/probe.e2e-spec.ts',
        'apps/case-overview-service/src/projectors/probe.projector.ts',
        'apps/portal/src/features/probe/api/use-probe.ts',
        'apps/portal/src/features/probe/pages/probe-records-page.tsx',
        'apps/portal/src/features/probe/pages/probe-records-page.spec.tsx',
      ].sort(),
    );
    expect(changes(sut)).toEqual(expect.arrayContaining([...editedFiles]));
    expect(sut.read('apps/probe-service/project.json', 'utf-8')).toContain('"scope:probe"');
    expect(sut.read('libs/contracts/src/probe/events.ts', 'utf-8')).toContain("'ankomst.probe.probe-record-registered.v1'");
    const endpoints = sut.read('libs/contracts/src/probe/endpoints.ts', 'utf-8');
    expect(endpoints).toContain("departmentEndpoints('probe', '/probe')");
    expect(endpoints).toContain("path: '/probe-records'");
  });

  it('adds the department to every shared list exactly once', () => {
    const read = (file: string) => sut.read(file, 'utf-8') ?? '';

    expect(count(read('libs/contracts/src/platform/services.ts'), "key: 'probe'")).toBe(1);
    // Its own entry point (no re-export from the common one), and its events for other departments.
    expect(count(read('libs/contracts/src/index.ts'), "from './probe'")).toBe(0);
    const aliases = {
      '@ankomst/contracts/probe': ['libs/contracts/src/probe/index.ts'],
      '@ankomst/contracts/probe/events': ['libs/contracts/src/probe/events.ts'],
    };
    expect(readJson(sut, 'tsconfig.base.json').compilerOptions.paths).toMatchObject(aliases);
    expect(readJson(sut, '.swcrc').jsc.paths).toMatchObject(aliases);
    expect(count(read('eslint.config.mjs'), "'probe-service': 'probe'")).toBe(1);
    expect(count(read('libs/contracts/src/access/roles.ts'), "'probe:write'")).toBe(1);
    expect(count(read('libs/contracts/src/access/role-permissions.ts'), "'probe:write'")).toBe(1);
    expect(count(read('infra/docker-compose.yml'), '\n  probe-service:\n')).toBe(1);
    expect(count(read('infra/docker-compose.yml'), '\n      probe-service:\n        condition: service_started')).toBe(1);
    expect(count(read('eslint.config.mjs'), "sourceTag: 'scope:probe'")).toBe(1);
    expect(count(read('apps/gateway/src/app.module.ts'), 'ProbeModule')).toBe(2);
    expect(count(read('apps/case-overview-service/src/projectors/index.ts'), 'probeProjector')).toBe(2);
    // Appended to the list as its last entry, with no hole (`, ,`) after a trailing comma.
    expect(read('apps/case-overview-service/src/projectors/index.ts')).toMatch(/volunteeringProjector,\s*probeProjector,?\s*\]/);
    expect(count(read('apps/portal/src/app/routes.tsx'), "'../features/probe/pages/probe-records-page'")).toBe(1);
    expect(count(read('apps/portal/src/app/navigation.ts'), "'nav.groups.probe'")).toBe(1);
    for (const language of ['nb', 'en']) expect(count(read(`apps/portal/src/i18n/${language}.ts`), 'probeRecordsPage: {')).toBe(1);
  });

  it('refuses to run twice and changes nothing the second time', async () => {
    const before = new Map(changes(sut).map((file) => [file, sut.read(file, 'utf-8')]));

    await expect(departmentGenerator(sut, { name: 'probe' })).rejects.toThrow('Department probe is generated already');
    expect(new Map(changes(sut).map((file) => [file, sut.read(file, 'utf-8')]))).toEqual(before);
  });

  it('repeats a half-finished run without adding anything twice', async () => {
    const services = sut.read('libs/contracts/src/platform/services.ts', 'utf-8');
    const compose = sut.read('infra/docker-compose.yml', 'utf-8');
    sut.delete('libs/contracts/src/probe');
    sut.delete('apps/probe-service/src/probe-records');

    await departmentGenerator(sut, { name: 'probe', timestamp: 1796000000000 });

    expect(sut.read('libs/contracts/src/platform/services.ts', 'utf-8')).toBe(services);
    expect(sut.read('infra/docker-compose.yml', 'utf-8')).toBe(compose);
  });

  it('keeps the existing role of a known department and gives a new one its own permissions', async () => {
    expect(sut.read('apps/probe-service/src/probe-records/probe-records.service.spec.ts', 'utf-8')).toContain("as('coordination-member'");

    const other = workspaceTree();
    await departmentGenerator(other, { name: 'survey', role: 'intro-advisor', timestamp: 1796000000000 });
    expect(other.read('libs/contracts/src/access/role-permissions.ts', 'utf-8')).toMatch(
      /'intro-advisor': \[\n {4}'survey:read',\n {4}'survey:write',/,
    );
  });

  it('refuses names that are not kebab-case and the platform health route', async () => {
    await expect(departmentGenerator(workspaceTree(), { name: 'Probe' })).rejects.toThrow('--name must be kebab-case');
    await expect(departmentGenerator(workspaceTree(), { name: 'clinic', route: 'health' })).rejects.toThrow('choose --route');
  });
});

describe('npm run new:department -- --dry-run', () => {
  it('lists the files it would write and writes nothing', () => {
    const status = () => spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' }).stdout;
    const before = status();

    const sut = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/generators/department/cli.ts', '--name', 'dry-probe', '--dry-run'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
      },
    );

    expect(sut.stderr).toBe('');
    expect(sut.status).toBe(0);
    expect(sut.stdout).toContain('CREATE apps/dry-probe-service/src/main.ts');
    expect(sut.stdout).toContain('UPDATE libs/contracts/src/platform/services.ts');
    expect(sut.stdout).toContain('--dry-run: nothing written.');
    expect(fs.existsSync(path.join(root, 'apps/dry-probe-service'))).toBe(false);
    expect(status()).toBe(before);
  }, 60_000);
});
