// Proves the module boundaries are enforced, not only configured: each fixture below is a small
// file written into a project, linted with the repo's own ESLint config, and removed. All of
// them are linted in one ESLint process: type-aware ESLint takes seconds to start, more on a
// busy 2-core CI machine.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
jest.setTimeout(120_000);

const nodeEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

interface LintMessage {
  file: string;
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
}

/** A fixture: the project folder it is written into, its name and its source. */
const fixtures = {
  appImportsApp: {
    dir: 'apps/housing-service/src',
    source: "import { loadGatewayConfig } from '../../gateway/src/config';\n\nexport const leaked = loadGatewayConfig;\n",
  },
  appImportsContracts: {
    dir: 'apps/housing-service/src',
    source: "import { services } from '@ankomst/contracts';\n\nexport const housing = services.housing;\n",
  },
  contractsImportPlatform: {
    dir: 'libs/contracts/src',
    source: "import { commonEnv } from '@ankomst/platform-config';\n\nexport const env = commonEnv;\n",
  },
  departmentImportsOthersRpcs: {
    dir: 'apps/housing-service/src',
    source:
      "import { listProgrammeCandidates } from '@ankomst/contracts/introduction';\n\nexport const leaked = listProgrammeCandidates;\n",
  },
  departmentImportsOthersEvents: {
    dir: 'apps/introduction-service/src',
    source:
      "import { listProgrammeCandidates } from '@ankomst/contracts/introduction';\nimport { personSettled } from '@ankomst/contracts/housing/events';\n\nexport const used = [listProgrammeCandidates, personSettled];\n",
  },
  portalImportsDatabase: {
    dir: 'apps/portal/src',
    source: "import { databaseUrl } from '@ankomst/platform-database';\n\nexport const leaked = databaseUrl;\n",
  },
  portalImportsContracts: {
    dir: 'apps/portal/src',
    source: "import { services } from '@ankomst/contracts';\n\nexport const housing = services.housing;\n",
  },
} satisfies Record<string, { dir: string; source: string }>;
type Fixture = keyof typeof fixtures;

const fixtureFile = (name: Fixture) => path.join(fixtures[name].dir, `${name}.boundaries-fixture.ts`);

/** Writes every fixture, lints them in one ESLint process, and always removes them. */
function lintAllFixtures(): LintMessage[] {
  const names = Object.keys(fixtures) as Fixture[];
  for (const name of names) fs.writeFileSync(path.join(root, fixtureFile(name)), fixtures[name].source);
  try {
    const output = execFileSync(process.execPath, [path.join(__dirname, 'lint-files.mjs'), ...names.map(fixtureFile)], {
      cwd: root,
      env: nodeEnv,
      encoding: 'utf8',
    });
    return JSON.parse(output) as LintMessage[];
  } finally {
    for (const name of names) fs.rmSync(path.join(root, fixtureFile(name)), { force: true });
  }
}

describe('module boundaries', () => {
  let messages: LintMessage[];
  const errorsOf = (name: Fixture, ruleId: string) =>
    messages.filter((m) => m.file === fixtureFile(name) && m.ruleId === ruleId && m.severity === 2);
  const boundaryErrors = (name: Fixture) => errorsOf(name, '@nx/enforce-module-boundaries');
  const departmentErrors = (name: Fixture) => errorsOf(name, 'no-restricted-imports');

  beforeAll(() => {
    // Outside `nx lint` the Nx rule reads the cached project graph (.nx/workspace-data); without
    // one it silently skips itself. Computing the project list writes a fresh cache.
    const projects = JSON.parse(
      execFileSync(path.join(root, 'node_modules/.bin/nx'), ['show', 'projects', '--json'], { cwd: root, env: nodeEnv, encoding: 'utf8' }),
    ) as string[];
    expect(projects).toEqual(expect.arrayContaining(['housing-service', 'gateway', 'contracts', 'portal']));
    messages = lintAllFixtures();
  });

  it('reports an error when an app imports another app', () => {
    const sut = boundaryErrors('appImportsApp');

    expect(sut).toHaveLength(1);
    expect(sut[0]).toMatchObject({ file: 'apps/housing-service/src/appImportsApp.boundaries-fixture.ts', line: 1 });
  });

  it('reports no boundary error for a shared contracts import', () => {
    expect(boundaryErrors('appImportsContracts')).toEqual([]);
    expect(departmentErrors('appImportsContracts')).toEqual([]);
  });

  it('reports an error when a lib depends on a lib its tags do not allow', () => {
    // contracts (type:contracts) may only depend on type:contracts; config is type:platform.
    const sut = boundaryErrors('contractsImportPlatform');

    expect(sut).toHaveLength(1);
    expect(sut[0].message).toContain('type:contracts');
  });

  it("reports an error when a department service imports another department's RPCs", () => {
    const sut = departmentErrors('departmentImportsOthersRpcs');

    expect(sut).toHaveLength(1);
    expect(sut[0]).toMatchObject({ line: 1 });
    expect(sut[0].message).toContain('@ankomst/contracts/introduction');
  });

  it("lets a department service import another department's events and its own contracts", () => {
    expect(departmentErrors('departmentImportsOthersEvents')).toEqual([]);
    expect(boundaryErrors('departmentImportsOthersEvents')).toEqual([]);
  });

  it('reports an error when the portal imports a Node-only platform lib', () => {
    const sut = boundaryErrors('portalImportsDatabase');

    expect(sut).toHaveLength(1);
    expect(sut[0]).toMatchObject({ file: 'apps/portal/src/portalImportsDatabase.boundaries-fixture.ts', line: 1 });
  });

  it('lets the portal import the browser-safe contracts', () => {
    expect(boundaryErrors('portalImportsContracts')).toEqual([]);
  });

  it('leaves no fixture behind', () => {
    const sut = [...new Set(Object.values(fixtures).map((f) => f.dir))]
      .flatMap((dir) => fs.readdirSync(path.join(root, dir)))
      .filter((name) => name.includes('boundaries-fixture'));

    expect(sut).toEqual([]);
  });
});
