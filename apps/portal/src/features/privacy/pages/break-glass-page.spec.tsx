import { permissionsOf, type MeResponse } from '@ankomst/contracts';
import { screen } from '@testing-library/react';
import { setAccessToken } from '../../../auth/token-store';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import BreakGlassPage from './break-glass-page';

const officer: MeResponse = {
  userId: '11111111-1111-4111-8111-111111111111',
  username: 'privacy-officer',
  displayName: 'Demo personvernombud',
  role: 'privacy-officer',
  municipality: '1103',
  permissions: [...permissionsOf('privacy-officer')],
};
const personId = '3f1c2b9e-6a4d-4e8f-9b2a-1c0d5e7f8a90';

describe('BreakGlassPage', () => {
  afterEach(() => setAccessToken(undefined));

  it('names the person who broke the glass and links the person to their access report', async () => {
    installFakeFetch({
      'GET /api/auth/me': { status: 200, body: officer },
      'GET /api/break-glass': {
        status: 200,
        body: {
          grants: [
            {
              id: '44444444-4444-4444-8444-444444444444',
              userId: 'u1',
              username: 'coordination-member',
              displayName: 'Demo koordinator',
              role: 'coordination-member',
              municipality: '1103',
              personId,
              reason: 'Akutt boligsituasjon om natten',
              grantedAt: '2026-03-01T10:00:00.000Z',
              expiresAt: '2026-03-01T11:00:00.000Z',
            },
          ],
        },
      },
    });
    renderWithProviders(<BreakGlassPage />, { path: '/privacy/break-glass' });

    expect(await screen.findByText('Demo koordinator (coordination-member), Koordineringsgruppen')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Innsyn for ${personId}` })).toHaveAttribute(
      'href',
      `/privacy/access-report?person=${personId}`,
    );
  });
});
