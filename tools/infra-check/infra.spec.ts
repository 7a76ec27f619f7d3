// infra/docker-compose.yml cannot be run here (no Docker engine), so this checks what can be
// checked without one: its structure against the service registry, and that nats-server
// accepts infra/nats/nats.conf and serves JetStream with it.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serviceList } from '@ankomst/contracts';
import { freePort } from '@ankomst/testing';
import { connect } from 'nats';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
const infraDir = path.join(root, 'infra');
const composeFile = path.join(infraDir, 'docker-compose.yml');
const natsConf = path.join(infraDir, 'nats/nats.conf');
const natsServer = process.env.NATS_SERVER_BIN ?? 'nats-server';

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

// Compose files use YAML merge keys (`<<: *app`), a YAML 1.1 feature `yaml` enables on request.
const compose = parse(fs.readFileSync(composeFile, 'utf8'), { merge: true }) as ComposeFile;
const appNames = [...serviceList.map((service) => service.app), 'gateway'];

describe('infra/docker-compose.yml', () => {
  it('has Postgres, NATS, the gateway and every service of the registry, and nothing unknown', () => {
    const sut = Object.keys(compose.services).sort();

    expect(sut).toEqual(['postgres', 'nats', ...appNames].sort());
  });

  it.each(appNames)('%s runs its built entry point with DATABASE_URL and NATS_URL', (app) => {
    const sut = compose.services[app];

    expect(sut.command).toEqual(['node', `dist/apps/${app}/src/main.js`]);
    expect(sut.build ?? sut.image).toBeDefined();
    // A server URL without a database name: each service appends its own.
    expect(sut.environment?.DATABASE_URL).toMatch(/^postgres:\/\/[^/]+@postgres:5432$/);
    expect(sut.environment?.NATS_URL).toBe('nats://nats:4222');
    expect(sut.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(sut.depends_on?.nats?.condition).toBe('service_healthy');
  });

  it('publishes the gateway on its PORT and starts it after every service', () => {
    const sut = compose.services.gateway;

    expect(sut.environment?.PORT).toBe('8080');
    expect(sut.ports?.some((mapping) => mapping.endsWith(':8080'))).toBe(true);
    for (const service of serviceList) expect(sut.depends_on?.[service.app]).toBeDefined();
  });

  it('gives Postgres a password that matches the apps, a volume and a healthcheck', () => {
    const sut = compose.services.postgres;

    expect(sut.image).toMatch(/^postgres:/);
    expect(sut.environment?.POSTGRES_PASSWORD).toBeDefined();
    const password = sut.environment?.POSTGRES_PASSWORD ?? '';
    expect(compose.services.gateway.environment?.DATABASE_URL).toContain(`:${password}@`);
    expect(sut.volumes?.some((volume) => volume.endsWith(':/var/lib/postgresql/data'))).toBe(true);
    expect(sut.healthcheck?.test).toBeDefined();
  });

  it('runs NATS with infra/nats/nats.conf mounted and a volume for the JetStream store', () => {
    const sut = compose.services.nats;

    expect(sut.image).toMatch(/^nats:/);
    expect(sut.command).toEqual(['-c', '/etc/nats/nats.conf']);
    const confMount = sut.volumes?.find((volume) => volume.includes(':/etc/nats/nats.conf'));
    expect(confMount).toBeDefined();
    const hostPath = path.resolve(infraDir, (confMount ?? '').split(':')[0]);
    expect(hostPath).toBe(natsConf);
    expect(fs.readFileSync(natsConf, 'utf8')).toMatch(/store_dir:\s*"\/data\/jetstream"/);
    expect(sut.volumes?.some((volume) => volume.endsWith(':/data'))).toBe(true);
    expect(sut.healthcheck?.test).toBeDefined();
  });
});

describe('infra/nats/nats.conf', () => {
  it('passes nats-server -t (configuration test)', () => {
    const sut = spawnSync(natsServer, ['-c', natsConf, '-t'], { encoding: 'utf8' });

    expect(sut.error).toBeUndefined();
    expect(`${sut.stdout}${sut.stderr}`).toContain('is valid');
    expect(sut.status).toBe(0);
  });

  describe('a server started with it', () => {
    let server: ChildProcess | undefined;
    let storeDir = '';

    afterAll(async () => {
      if (server && server.exitCode === null) {
        const exited = new Promise((resolve) => server?.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      if (storeDir) fs.rmSync(storeDir, { recursive: true, force: true });
    });

    it('serves JetStream', async () => {
      // The file's ports and store are the container's: ports are overridden by flags, but
      // nats-server refuses a second store_dir, so a copy gets a temporary one.
      const [port, monitorPort] = [await freePort(), await freePort()];
      storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ankomst-infra-check-'));
      const original = fs.readFileSync(natsConf, 'utf8');
      const copy = original.replace(/store_dir:\s*"[^"]*"/, `store_dir: "${storeDir}/jetstream"`);
      expect(copy).not.toBe(original);
      const confCopy = path.join(storeDir, 'nats.conf');
      fs.writeFileSync(confCopy, copy);
      server = spawn(natsServer, ['-c', confCopy, '-a', '127.0.0.1', '-p', `${port}`, '-m', `${monitorPort}`], { stdio: 'ignore' });

      const nc = await connectWithRetry(`nats://127.0.0.1:${port}`);
      try {
        const account = await (await nc.jetstreamManager()).getAccountInfo();

        expect(nc.info?.server_name).toBe('ankomst-nats');
        expect(nc.info?.max_payload).toBe(1024 * 1024);
        expect(account.limits).toBeDefined();
      } finally {
        await nc.close();
      }
    });
  });
});

async function connectWithRetry(servers: string) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await connect({ servers, reconnect: false, timeout: 500 });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
