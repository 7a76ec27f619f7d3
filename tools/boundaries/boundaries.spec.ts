// Proves the Nx module boundaries are enforced, not only configured: an app that imports
// another app's code gets an @nx/enforce-module-boundaries error from the repo's own ESLint
// config, while an allowed import (a shared contracts lib) gets none.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const housingSrc = path.join(root, 'apps/housing-service/src');
const contractsSrc = path.join(root, 'libs/contracts/src');
const introductionSrc = path.join(root, 'apps/introduction-service/src');
const portalSrc = path.join(root, 'apps/portal/src');
const gatewayMain = path.join(root, 'apps/gateway/src/main.ts');
// Type-aware ESLint over a fresh process takes seconds; more on a busy 2-core CI machine.
jest.setTimeout(120_000);

const nodeEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

interface LintMessage {
  file: string;
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
}

/** Writes `source` as a temporary file in `dir`, lints it, and always removes it. */
function lintFixture(dir: string, name: string, source: string): LintMessage[] {
  const file = path.join(dir, `${name}.boundaries-fixture.ts`);
  fs.writeFileSync(file, source);
  try {
    const output = execFileSync(process.execPath, [path.join(__dirname, 'lint-files.mjs'), file], {
      cwd: root,
      env: nodeEnv,
      encoding: 'utf8',
    });
    return JSON.parse(output) as LintMessage[];
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const boundaryErrors = (messages: LintMessage[]) =>
  messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries' && m.severity === 2);

describe('Nx module boundaries', () => {
  beforeAll(() => {
    expect(fs.existsSync(housingSrc)).toBe(true);
    expect(fs.existsSync(gatewayMain)).toBe(true);
    // Outside `nx lint` the rule reads the cached project graph (.nx/workspace-data); without
    // one it silently skips itself. Computing the project list writes a fresh cache.
    const projects = JSON.parse(
      execFileSync(path.join(root, 'node_modules/.bin/nx'), ['show', 'projects', '--json'], {
        cwd: root,
        env: nodeEnv,
        encoding: 'utf8',
      }),
    ) as string[];
    expect(projects).toEqual(expect.arrayContaining(['housing-service', 'gateway', 'contracts']));
  });

  it('reports an error when an app imports another app', () => {
    const sut = lintFixture(
      housingSrc,
      'imports-gateway',
      "import { loadGatewayConfig } from '../../gateway/src/config';\n\nexport const leaked = loadGatewayConfig;\n",
    );

    const errors = boundaryErrors(sut);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'apps/housing-service/src/imports-gateway.boundaries-fixture.ts', line: 1 });
  });

  it('reports no boundary error for a shared contracts import', () => {
    const sut = lintFixture(
      housingSrc,
      'imports-contracts',
      "import { services } from '@ankomst/contracts';\n\nexport const housing = services.housing;\n",
    );

    expect(boundaryErrors(sut)).toEqual([]);
  });

  it('reports an error when a lib depends on a lib its tags do not allow', () => {
    // contracts (type:contracts) may only depend on type:contracts; config is type:platform.
    const sut = lintFixture(
      contractsSrc,
      'imports-platform',
      "import { commonEnv } from '@ankomst/platform-config';\n\nexport const env = commonEnv;\n",
    );

    const errors = boundaryErrors(sut);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('type:contracts');
  });

  it("reports an error when a department service imports another department's RPCs", () => {
    const sut = lintFixture(
      housingSrc,
      'imports-introduction-rpcs',
      "import { listProgrammeCandidates } from '@ankomst/contracts/introduction';\n\nexport const leaked = listProgrammeCandidates;\n",
    );

    const errors = sut.filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'apps/housing-service/src/imports-introduction-rpcs.boundaries-fixture.ts', line: 1 });
  });

  it("lets a department service import another department's events and its own contracts", () => {
    const sut = lintFixture(
      introductionSrc,
      'imports-events',
      "import { listProgrammeCandidates } from '@ankomst/contracts/introduction';\nimport { personSettled } from '@ankomst/contracts/housing/events';\n\nexport const used = [listProgrammeCandidates, personSettled];\n",
    );

    expect(sut.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });

  it('leaves no fixture behind', () => {
    const sut = [housingSrc, contractsSrc, introductionSrc]
      .flatMap((dir) => fs.readdirSync(dir))
      .filter((name) => name.includes('boundaries-fixture'));

    expect(sut).toEqual([]);
  });

  it('reports an error when the portal imports a Node-only platform lib', () => {
    const sut = lintFixture(
      portalSrc,
      'imports-database',
      "import { databaseUrl } from '@ankomst/platform-database';\n\nexport const leaked = databaseUrl;\n",
    );

    const errors = boundaryErrors(sut);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'apps/portal/src/imports-database.boundaries-fixture.ts', line: 1 });
  });

  it('lets the portal import the browser-safe contracts', () => {
    const sut = lintFixture(
      portalSrc,
      'imports-contracts',
      "import { services } from '@ankomst/contracts';\n\nexport const housing = services.housing;\n",
    );

    expect(boundaryErrors(sut)).toEqual([]);
  });
});
