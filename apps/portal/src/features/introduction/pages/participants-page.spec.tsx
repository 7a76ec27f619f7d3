import { screen } from '@testing-library/react';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import ParticipantsPage from './participants-page';

const text = nb.intro;
const path = 'GET /api/introduction/participants';
const participant = {
  id: '33333333-3333-4333-8333-333333333333',
  municipality: '1103',
  personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
  householdId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1',
  givenName: 'Testa',
  familyName: 'Fjellheim',
  birthDate: '1990-04-12',
  sex: 'female',
  origin: 'quota-refugee',
  residencePermitDate: '2026-05-01',
  settledOn: '2026-09-10',
  source: 'settled-event',
  manualReason: null,
  status: 'candidate',
  eligibility: { eligible: true, needsManualCheck: false, reasons: [], ageAtPermit: 36 },
  deadline: { deadline: '2026-12-10', warnFrom: '2026-11-26', state: 'warning', daysLeft: 9 },
  hasChildren: false,
  expectsChild: false,
  livingSituation: 'other',
  researchOptOut: false,
  mapping: null,
  careerGuidance: null,
  decision: null,
  stop: null,
  exit: null,
  followUp: null,
  followUpDueOn: null,
};

describe('ParticipantsPage', () => {
  it('lists candidates with the decision deadline, its state and the days left', async () => {
    const fake = installFakeFetch({ [path]: { status: 200, body: { total: 1, items: [participant] } } });
    renderWithProviders(<ParticipantsPage />, { path: '/introduction' });

    expect(await screen.findByRole('link', { name: 'Testa Fjellheim' })).toHaveAttribute(
      'href',
      `/introduction/participants/${participant.id}`,
    );
    expect(screen.getByText(text.deadlineState.warning)).toBeInTheDocument();
    expect(screen.getByText(/9 dager igjen/)).toBeInTheDocument();
    expect(screen.getByText(text.status.candidate)).toBeInTheDocument();
    expect(fake.calls.map((call) => call.url)).toContain('/api/introduction/participants');
  });

  it('says so when nobody is a candidate', async () => {
    installFakeFetch({ [path]: { status: 200, body: { total: 0, items: [] } } });
    renderWithProviders(<ParticipantsPage />, { path: '/introduction' });

    expect(await screen.findByText(text.participants.empty)).toBeInTheDocument();
  });

  it('shows how many are in each status, from the declared counts endpoint', async () => {
    const byStatus = { candidate: 4, mapped: 2, granted: 1, refused: 0, active: 12, stopped: 1, exited: 3 };
    installFakeFetch({
      [path]: { status: 200, body: { total: 0, items: [] } },
      'GET /api/introduction/participant-counts': { status: 200, body: { byStatus } },
    });
    renderWithProviders(<ParticipantsPage />, { path: '/introduction' });

    const active = await screen.findByTestId('intro-count-active');
    expect(active).toHaveTextContent(`12${text.status.active}`);
    expect(screen.getByRole('group', { name: text.participants.counts })).toHaveTextContent(`0${text.status.refused}`);
  });
});
