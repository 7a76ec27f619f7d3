import { screen } from '@testing-library/react';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import ArrivalChecklistsPage from './arrival-checklists-page';

const text = nb.health;
const path = 'GET /api/refugee-health/arrival-checklists';
const person = {
  personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
  householdId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1',
  municipality: '1103',
  givenName: 'Testa',
  familyName: 'Eksempel',
  birthDate: '1990-05-10',
  unaccompaniedMinor: false,
  arrivedOn: '2026-11-02',
  followUp: 'active',
  responsibleUnit: 'refugee-health-service',
  openItems: 5,
  next: { kind: 'tuberculosis-screening', dueOn: '2026-11-16', state: 'overdue' },
};

describe('ArrivalChecklistsPage', () => {
  it('lists each person with the next deadline in words and a link to the checklist', async () => {
    const fake = installFakeFetch({ [path]: { status: 200, body: { total: 1, items: [person] } } });
    renderWithProviders(<ArrivalChecklistsPage />, { path: '/refugee-health' });

    expect(await screen.findByRole('link', { name: 'Testa Eksempel' })).toHaveAttribute(
      'href',
      `/refugee-health/persons/${person.personId}`,
    );
    expect(screen.getByText(new RegExp(text.kind['tuberculosis-screening']))).toBeInTheDocument();
    expect(screen.getByText(text.state.overdue)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: text.checklists.title })).toBeInTheDocument();
    expect(fake.calls[0].url).toMatch(/^\/api\/refugee-health\/arrival-checklists/);
  });

  it('says so when nobody has open items', async () => {
    installFakeFetch({ [path]: { status: 200, body: { total: 0, items: [] } } });
    renderWithProviders(<ArrivalChecklistsPage />, { path: '/refugee-health' });

    expect(await screen.findByText(text.checklists.empty)).toBeInTheDocument();
  });
});
