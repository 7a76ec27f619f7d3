import { breakGlassCoverable, hasPermission, permissionsOf, rolePermissions } from './role-permissions';
import { permissions, roles } from './roles';

describe('role → permission table', () => {
  it('gives every role an entry and only known permissions', () => {
    const sut = rolePermissions;
    expect(Object.keys(sut).sort()).toEqual([...roles].sort());
    for (const granted of Object.values(sut)) {
      for (const p of granted) expect(permissions).toContain(p);
    }
  });

  it('answers hasPermission from the table and refuses unknown roles', () => {
    expect(hasPermission('health-worker', 'health:read')).toBe(true);
    expect(hasPermission('housing-officer', 'health:read')).toBe(false);
    expect(hasPermission('privacy-officer', 'audit:verify')).toBe(true);
    expect(hasPermission('superuser', 'audit:read')).toBe(false);
    expect(hasPermission('__proto__', 'audit:read')).toBe(false);
    expect(permissionsOf('constructor')).toEqual([]);
  });

  it('keeps special-category and aggregate boundaries', () => {
    const healthReaders = roles.filter((r) => hasPermission(r, 'health:read'));
    expect(healthReaders).toEqual(['health-worker']);
    expect(permissionsOf('county-analyst')).toEqual(['statistics:county']);
    expect(roles.filter((r) => hasPermission(r, 'audit:read'))).toEqual(['privacy-officer']);
    expect(roles.filter((r) => hasPermission(r, 'users:manage'))).toEqual(['municipal-admin']);
    expect(breakGlassCoverable.every((p) => p.endsWith(':read'))).toBe(true);
  });
});
