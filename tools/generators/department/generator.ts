import { formatFiles, generateFiles, names, type Tree, updateJson } from '@nx/devkit';
import path from 'node:path';

/** Options of `npm run new:department -- --name <name>` (see schema.json). */
export interface DepartmentOptions {
  name: string;
  route?: string;
  feature?: string;
  entity?: string;
  role?: string;
  titleNb?: string;
  titleEn?: string;
  featureTitleNb?: string;
  featureTitleEn?: string;
  timestamp?: number;
}

const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The roles that already hold a department's permissions (libs/contracts/src/access/role-permissions.ts). */
const knownRoles: Record<string, string> = {
  introduction: 'intro-advisor',
  health: 'health-worker',
  volunteering: 'volunteer-coordinator',
};

const snake = (value: string) => value.replace(/-/g, '_');
const words = (value: string) => value.replace(/-/g, ' ');
const capitalised = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** Every name the templates and edits use, derived once from the options. */
export function departmentNames(options: DepartmentOptions) {
  const name = options.name;
  const route = options.route ?? name;
  const feature = options.feature ?? `${name}-records`;
  const entity = options.entity ?? feature.replace(/s$/, '');
  for (const [what, value] of Object.entries({ name, route, feature, entity })) {
    if (!kebab.test(value)) throw new Error(`--${what} must be kebab-case (a-z, 0-9, single dashes), got "${value}"`);
  }
  if (entity === feature) throw new Error(`--entity (one record) must differ from --feature (the folder), both are "${feature}"`);
  const n = names(name);
  const r = names(route);
  const f = names(feature);
  const e = names(entity);
  return {
    name,
    camel: n.propertyName,
    pascal: n.className,
    snake: snake(name),
    app: `${name}-service`,
    stream: `ANKOMST_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`,
    route,
    routePascal: r.className,
    routeCamel: r.propertyName,
    feature,
    featureCamel: f.propertyName,
    featurePascal: f.className,
    featureWords: words(feature),
    featureSentence: capitalised(words(feature)),
    entity,
    entityCamel: e.propertyName,
    entityPascal: e.className,
    entitySnake: snake(entity),
    entityWords: words(entity),
    readPermission: `${name}:read`,
    writePermission: `${name}:write`,
    role: options.role ?? knownRoles[name] ?? 'coordination-member',
    titleNb: options.titleNb ?? capitalised(words(name)),
    titleEn: options.titleEn ?? capitalised(words(name)),
    featureTitleNb: options.featureTitleNb ?? capitalised(words(feature)),
    featureTitleEn: options.featureTitleEn ?? capitalised(words(feature)),
    timestamp: options.timestamp ?? Date.now(),
  };
}

export type DepartmentNames = ReturnType<typeof departmentNames>;

/** The shared files a department is added to (each edit is made once). */
export const editedFiles = [
  'tsconfig.base.json',
  '.swcrc',
  'libs/contracts/src/platform/services.ts',
  'libs/contracts/src/access/roles.ts',
  'libs/contracts/src/access/role-permissions.ts',
  'infra/docker-compose.yml',
  'eslint.config.mjs',
  'apps/portal/project.json',
  'apps/gateway/src/app.module.ts',
  'apps/case-overview-service/src/projectors/index.ts',
  'apps/portal/src/app/routes.tsx',
  'apps/portal/src/app/navigation.ts',
  'apps/portal/src/api/query-keys.ts',
  'apps/portal/src/i18n/nb.ts',
  'apps/portal/src/i18n/en.ts',
] as const;

/** Inserts `text` before the first match of `anchor`; fails naming the file when the anchor is gone. */
function insertBefore(source: string, anchor: string | RegExp, text: string, file: string): string {
  const index = typeof anchor === 'string' ? source.indexOf(anchor) : source.search(anchor);
  if (index < 0) throw new Error(`${file}: cannot find where to add (${String(anchor)}); was the file restructured?`);
  return source.slice(0, index) + text + source.slice(index);
}

/** Edits a file once: `done` says whether the edit is already there (running twice changes nothing). */
function edit(tree: Tree, file: string, done: (source: string) => boolean, change: (source: string) => string): void {
  const source = tree.read(file, 'utf-8');
  if (source === null) throw new Error(`${file} is missing`);
  if (done(source)) return;
  tree.write(file, change(source));
}

function registerContracts(tree: Tree, n: DepartmentNames): void {
  // The department's own entry point, and its events as the one part other departments may import.
  const aliases = {
    [`@ankomst/contracts/${n.name}`]: [`libs/contracts/src/${n.name}/index.ts`],
    [`@ankomst/contracts/${n.name}/events`]: [`libs/contracts/src/${n.name}/events.ts`],
  };
  updateJson(tree, 'tsconfig.base.json', (config: { compilerOptions: { paths: Record<string, string[]> } }) => {
    config.compilerOptions.paths = { ...config.compilerOptions.paths, ...aliases };
    return config;
  });
  updateJson(tree, '.swcrc', (config: { jsc: { paths: Record<string, string[]> } }) => {
    config.jsc.paths = { ...config.jsc.paths, ...aliases };
    return config;
  });
  edit(
    tree,
    'libs/contracts/src/platform/services.ts',
    (s) => s.includes(`key: '${n.name}'`),
    (s) =>
      insertBefore(
        s,
        '  caseOverview:',
        `  ${n.camel}: { key: '${n.name}', app: '${n.app}', database: 'ankomst_${n.snake}' },\n`,
        'services.ts',
      ),
  );
  // A new department's permissions, held by its role until it has a role of its own.
  edit(
    tree,
    'libs/contracts/src/access/roles.ts',
    (s) => s.includes(`'${n.writePermission}'`),
    (s) => insertBefore(s, /\] as const;\s*export const permission =/, `  '${n.name}:read',\n  '${n.writePermission}',\n`, 'roles.ts'),
  );
  edit(
    tree,
    'libs/contracts/src/access/role-permissions.ts',
    (s) => s.includes(`'${n.writePermission}'`),
    (s) => {
      const row = new RegExp(`\\n  '?${n.role}'?: \\[`);
      const match = row.exec(s);
      if (!match) throw new Error(`role-permissions.ts: no row for role ${n.role}`);
      const at = match.index + match[0].length;
      const added = s[at] === '\n' ? `\n    '${n.name}:read',\n    '${n.writePermission}',` : `'${n.name}:read', '${n.writePermission}', `;
      return s.slice(0, at) + added + s.slice(at);
    },
  );
}

function registerInfra(tree: Tree, n: DepartmentNames): void {
  edit(
    tree,
    'infra/docker-compose.yml',
    (s) => s.includes(`\n  ${n.app}:\n`),
    (s) => {
      const service = `  ${n.app}:\n    <<: *app\n    command: ['node', 'dist/apps/${n.app}/src/main.js']\n\n`;
      const withService = insertBefore(s, '\n  gateway:\n', `\n${service.trimEnd()}\n`, 'docker-compose.yml');
      const gateway = withService.indexOf('\n  gateway:\n');
      const healthcheck = withService.indexOf('\n    healthcheck:', gateway);
      if (healthcheck < 0) throw new Error('docker-compose.yml: the gateway has no healthcheck to add its dependency before');
      const dependency = `\n      ${n.app}:\n        condition: service_started`;
      return withService.slice(0, healthcheck) + dependency + withService.slice(healthcheck);
    },
  );
  edit(
    tree,
    'eslint.config.mjs',
    (s) => s.includes(`sourceTag: 'scope:${n.name}'`),
    (s) =>
      insertBefore(
        s,
        "            { sourceTag: 'scope:case-overview'",
        `            { sourceTag: 'scope:${n.name}', onlyDependOnLibsWithTags: ['scope:${n.name}', 'scope:shared'] },\n`,
        'eslint.config.mjs',
      ),
  );
  edit(
    tree,
    'eslint.config.mjs',
    (s) => s.includes(`'${n.app}': '${n.name}'`),
    (s) => insertBefore(s, "  'case-overview-service': 'case-overview',", `  '${n.app}': '${n.name}',\n`, 'eslint.config.mjs'),
  );
  // The browser tests build every service first (edited as JSON: its layout may change).
  updateJson(tree, 'apps/portal/project.json', (project: PortalProject) => {
    const build = project.targets?.e2e?.dependsOn?.find((dependency) => typeof dependency === 'object' && dependency.target === 'build');
    if (!build || typeof build !== 'object') throw new Error("apps/portal/project.json: the e2e target's build dependency is missing");
    if (!build.projects.includes(n.app)) build.projects.push(n.app);
    return project;
  });
}

interface PortalProject {
  targets?: { e2e?: { dependsOn?: (string | { target: string; projects: string[] })[] } };
}

function registerGateway(tree: Tree, n: DepartmentNames): void {
  edit(
    tree,
    'apps/gateway/src/app.module.ts',
    (s) => s.includes(`./${n.route}/${n.route}.module`),
    (s) => {
      const imported = insertBefore(
        s,
        'import { MetricsModule }',
        `import { ${n.routePascal}Module } from './${n.route}/${n.route}.module';\n`,
        'gateway app.module.ts',
      );
      return insertBefore(imported, /\n {6}\],\n {4}\};/, `\n        ${n.routePascal}Module,`, 'gateway app.module.ts');
    },
  );
}

function registerCaseOverview(tree: Tree, n: DepartmentNames): void {
  edit(
    tree,
    'apps/case-overview-service/src/projectors/index.ts',
    (s) => s.includes(`./${n.name}.projector`),
    (s) => {
      const imported = insertBefore(s, '\n/**', `import { ${n.camel}Projector } from './${n.name}.projector';\n`, 'projectors/index.ts');
      // After the last entry, whether the list is on one line or one entry per line with a trailing comma.
      return imported.replace(
        /(export const projectors: readonly Projector\[\] = \[[^\]]*?),?(\s*)\]/,
        (_, entries: string, space: string) => `${entries}, ${n.camel}Projector${space.includes('\n') ? ',' : ''}${space}]`,
      );
    },
  );
}

function registerPortal(tree: Tree, n: DepartmentNames): void {
  const page = `../features/${n.name}/pages/${n.feature}-page`;
  edit(
    tree,
    'apps/portal/src/app/routes.tsx',
    (s) => s.includes(`'${page}'`),
    (s) =>
      insertBefore(
        s,
        "      { path: '*'",
        `      { path: '${n.route}', element: page(() => import('${page}'), ['${n.readPermission}']) },\n`,
        'routes.tsx',
      ),
  );
  edit(
    tree,
    'apps/portal/src/app/navigation.ts',
    (s) => s.includes(`'nav.groups.${n.camel}'`),
    (s) =>
      insertBefore(
        s,
        "  {\n    label: 'nav.groups.privacy'",
        `  {\n    label: 'nav.groups.${n.camel}',\n    items: [{ to: '/${n.route}', label: 'nav.${n.featureCamel}', anyOf: ['${n.readPermission}'] }],\n  },\n`,
        'navigation.ts',
      ),
  );
  edit(
    tree,
    'apps/portal/src/api/query-keys.ts',
    (s) => s.includes(`\n  ${n.camel}: {`),
    (s) =>
      insertBefore(
        s,
        // The last key: a new department's keys go at the end of the table.
        '\n} as const;',
        `\n  ${n.camel}: {\n    all: ['${n.name}'] as const,\n    ${n.featureCamel}: (filters: Filters) => ['${n.name}', '${n.feature}', filters] as const,\n  },`,
        'query-keys.ts',
      ),
  );
  const strings = {
    nb: {
      group: n.titleNb,
      item: n.featureTitleNb,
      section: [
        `title: '${n.featureTitleNb}'`,
        `lead: '${n.titleNb}: registrerte i din kommune, nyeste først.'`,
        `empty: 'Ingen er registrert ennå.'`,
        `person: 'Person'`,
        `household: 'Husstand'`,
        `registeredOn: 'Registrert'`,
      ],
    },
    en: {
      group: n.titleEn,
      item: n.featureTitleEn,
      section: [
        `title: '${n.featureTitleEn}'`,
        `lead: '${n.titleEn}: registered in your municipality, newest first.'`,
        `empty: 'Nobody is registered yet.'`,
        `person: 'Person'`,
        `household: 'Household'`,
        `registeredOn: 'Registered'`,
      ],
    },
  };
  for (const [language, text] of Object.entries(strings)) {
    const file = `apps/portal/src/i18n/${language}.ts`;
    edit(
      tree,
      file,
      (s) => s.includes(`\n  ${n.featureCamel}Page: {`),
      (s) => {
        // The menu groups, on one line or (as Prettier writes a long one) one group per line.
        const groups = /\n {4}groups: \{\n/.test(s)
          ? s.replace(/(\n {4}groups: \{\n(?: {6}[^\n]*\n)*?)( {4}\},\n)/, `$1      ${n.camel}: '${esc(text.group)}',\n$2`)
          : s.replace(/(\n {4}groups: \{[^\n]*?) \},\n/, `$1, ${n.camel}: '${esc(text.group)}' },\n`);
        if (groups === s) throw new Error(`${file}: no nav.groups line`);
        const item = groups.replace(/(\n {2}nav: \{\n)/, `$1    ${n.featureCamel}: '${esc(text.item)}',\n`);
        const section = `  ${n.featureCamel}Page: {\n${text.section.map((line) => `    ${line},`).join('\n')}\n  },\n`;
        return item.replace(/\n\};\n/, `\n${section}};\n`);
      },
    );
  }
}

const esc = (value: string) => value.replace(/'/g, "\\'");

/**
 * Generates a department service in the housing service's shape and wires it in everywhere a
 * service is listed. Refuses a department whose contracts already exist (it has been generated);
 * a ping-only skeleton under apps/<name>-service is rebuilt in place. Every edit of a shared file
 * checks first whether it is there already, so a half-finished run can be repeated.
 */
export async function departmentGenerator(tree: Tree, options: DepartmentOptions): Promise<void> {
  const n = departmentNames(options);
  if (tree.exists(`libs/contracts/src/${n.name}/index.ts`)) {
    throw new Error(`Department ${n.name} is generated already (libs/contracts/src/${n.name}/ exists); nothing was changed.`);
  }
  if (tree.exists(`apps/${n.app}/src/${n.feature}`)) {
    throw new Error(`apps/${n.app}/src/${n.feature}/ exists; nothing was changed.`);
  }
  const gatewayDir = `apps/gateway/src/${n.route}`;
  if (n.route === 'health' || (tree.exists(gatewayDir) && !tree.exists(`${gatewayDir}/${n.route}-endpoints.ts`))) {
    throw new Error(`apps/gateway/src/${n.route}/ is taken (the platform's own health check, or another department): choose --route`);
  }
  if (tree.exists(`apps/${n.app}`) && !tree.exists(`apps/${n.app}/src/main.ts`)) {
    throw new Error(`apps/${n.app}/ exists but is not a service skeleton (no src/main.ts); nothing was changed.`);
  }
  // Stale skeleton files that the new shape replaces are overwritten by the templates.
  generateFiles(tree, path.join(__dirname, 'files'), '.', { ...n, tmpl: '' });
  registerContracts(tree, n);
  registerInfra(tree, n);
  registerGateway(tree, n);
  registerCaseOverview(tree, n);
  registerPortal(tree, n);
  // In the repository's Prettier style, which lint checks: the templates need not be.
  await formatFiles(tree);
}

export default departmentGenerator;
