import { permissionsOf, roles, type MeResponse } from '@ankomst/contracts';
import { menuFor } from './navigation';

const userWithRole = (role: MeResponse['role']): MeResponse => ({
  userId: role,
  username: role,
  displayName: role,
  role,
  municipality: '1103',
  permissions: [...permissionsOf(role)],
});

const menuOf = (role: MeResponse['role']) => menuFor(userWithRole(role)).flatMap((group) => group.items.map((item) => item.to));

describe('menu per role (from the contracts’ role → permission table)', () => {
  it('gives every role the dashboard', () => {
    for (const role of roles) expect(menuOf(role)).toContain('/');
  });

  it('shows housing work to the housing officer, not audit', () => {
    expect(menuOf('housing-officer')).toEqual(
      expect.arrayContaining(['/housing', '/housing/households', '/housing/households/new', '/housing/dwellings', '/coordination/cases']),
    );
    expect(menuOf('housing-officer')).not.toContain('/privacy/audit');
  });

  it('shows the county analyst the county view only, and the planning view to the roles with housing statistics', () => {
    expect(menuOf('county-analyst')).toEqual(['/', '/county']);
    expect(menuOf('housing-officer')).toContain('/housing/planning');
    expect(menuOf('municipal-admin')).toContain('/housing/planning');
    expect(menuOf('intro-advisor')).not.toContain('/housing/planning');
    for (const role of roles.filter((r) => r !== 'county-analyst')) expect(menuOf(role)).not.toContain('/county');
  });

  it('shows the privacy officer the audit pages and no case data', () => {
    expect(menuOf('privacy-officer')).toEqual(['/', '/privacy/audit', '/privacy/break-glass', '/privacy/access-report', '/privacy/chain']);
  });

  it('lets the intro advisor read households but not register them', () => {
    expect(menuOf('intro-advisor')).toContain('/housing/households');
    expect(menuOf('intro-advisor')).not.toContain('/housing/households/new');
  });

  it('shows a volunteer the dashboard and their own assignments only: the waiting list and the volunteers are for coordinators', () => {
    expect(menuOf('volunteer')).toEqual(['/', '/volunteering/mine']);
    expect(menuOf('volunteer-coordinator')).not.toContain('/volunteering/mine');
    expect(menuOf('volunteer-coordinator')).toEqual(
      expect.arrayContaining([
        '/volunteering',
        '/volunteering/volunteers',
        '/volunteering/matches',
        '/volunteering/outbox',
        '/volunteering/kpis',
      ]),
    );
  });

  it('shows each department its own page: introduction, refugee health, volunteering', () => {
    expect(menuOf('intro-advisor')).toContain('/introduction');
    expect(menuOf('health-worker')).toContain('/refugee-health');
    expect(menuOf('volunteer-coordinator')).toContain('/volunteering');
    for (const role of roles.filter((r) => r !== 'health-worker')) expect(menuOf(role)).not.toContain('/refugee-health');
  });

  it('shows user administration only to roles with users:manage', () => {
    expect(menuOf('municipal-admin')).toContain('/admin/users');
    for (const role of roles.filter((r) => !permissionsOf(r).includes('users:manage'))) {
      expect(menuOf(role)).not.toContain('/admin/users');
    }
    const withoutPermission = { ...userWithRole('municipal-admin'), permissions: ['housing:statistics' as const] };
    expect(menuFor(withoutPermission).flatMap((g) => g.items.map((i) => i.to))).not.toContain('/admin/users');
  });

  it('shows nothing but the dashboard to an unknown user', () => {
    expect(menuFor(null).flatMap((g) => g.items.map((i) => i.to))).toEqual(['/']);
  });
});
