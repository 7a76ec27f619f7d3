import { screen } from '@testing-library/react';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import HealthAssessmentsPage from './health-assessments-page';

const text = nb.healthAssessmentsPage;
const path = 'GET /api/refugee-health/health-assessments';
const record = {
  id: '33333333-3333-4333-8333-333333333333',
  municipality: '1103',
  personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
  householdId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1',
  registeredOn: '2026-11-02',
};

describe('HealthAssessmentsPage', () => {
  it('lists what the endpoint answers', async () => {
    const fake = installFakeFetch({ [path]: { status: 200, body: { total: 1, items: [record] } } });
    renderWithProviders(<HealthAssessmentsPage />, { path: '/refugee-health' });

    expect(await screen.findByRole('cell', { name: record.personId })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: text.title })).toBeInTheDocument();
    expect(fake.calls[0].url).toMatch(/^\/api\/refugee-health\/health-assessments/);
  });

  it('says so when nobody is registered', async () => {
    installFakeFetch({ [path]: { status: 200, body: { total: 0, items: [] } } });
    renderWithProviders(<HealthAssessmentsPage />, { path: '/refugee-health' });

    expect(await screen.findByText(text.empty)).toBeInTheDocument();
  });
});
