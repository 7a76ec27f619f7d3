import { addMonths } from '@ankomst/contracts';
import type { ParticipantView } from '@ankomst/contracts/introduction';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { osloToday } from '../../../format/format';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { FollowUpForm } from './follow-up-form';

const text = nb.intro.followUp;
const id = '33333333-3333-4333-8333-333333333333';
const route = `PUT /api/introduction/participants/${id}/follow-up`;

const exited = (exitedOn: string, followUpDueOn: string): ParticipantView => ({
  id,
  municipality: '1103',
  personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
  householdId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1',
  givenName: 'Testa',
  familyName: 'Fjellheim',
  birthDate: '1990-04-12',
  sex: 'female',
  origin: 'quota-refugee',
  residencePermitDate: '2023-05-01',
  settledOn: '2023-06-10',
  source: 'settled-event',
  manualReason: null,
  status: 'exited',
  eligibility: { eligible: true, needsManualCheck: false, reasons: [], ageAtPermit: 33 },
  deadline: { deadline: '2023-09-10', warnFrom: '2023-08-27', state: 'decided', daysLeft: null },
  hasChildren: false,
  expectsChild: false,
  livingSituation: 'other',
  researchOptOut: false,
  mapping: null,
  careerGuidance: null,
  decision: { outcome: 'granted', decidedOn: '2023-08-01', reason: null, appealInformation: 'Appeal within 3 weeks.' },
  stop: null,
  exit: { reason: 'goal-reached', outcome: 'other', exitedOn, note: null },
  followUp: null,
  followUpDueOn,
});

describe('FollowUpForm', () => {
  it('says from when the follow-up can be registered, and offers no form before that', () => {
    const today = osloToday();
    renderWithProviders(<FollowUpForm participant={exited(today, addMonths(today, 12))} />);

    expect(screen.getByTestId('follow-up-due')).toHaveTextContent(/kan registreres fra/);
    expect(screen.queryByRole('form', { name: text.title })).not.toBeInTheDocument();
  });

  it('checks the status with the contract before sending, then registers it', async () => {
    const fake = installFakeFetch({ [route]: { status: 200, body: {} } });
    renderWithProviders(<FollowUpForm participant={exited('2024-02-29', '2025-02-28')} />);
    const form = within(screen.getByRole('form', { name: text.title }));

    await userEvent.click(form.getByRole('button', { name: text.save }));
    expect(await form.findByText(nb.validation.code.invalid_option)).toBeInTheDocument();
    expect(fake.callsTo(route)).toHaveLength(0);

    await userEvent.selectOptions(form.getByLabelText(/^Status/), 'education');
    await userEvent.click(form.getByRole('button', { name: text.save }));
    await screen.findByRole('status');
    expect(fake.callsTo(route)).toHaveLength(1);
    expect(fake.callsTo(route)[0].body).toEqual({ status: 'education', observedOn: osloToday(), note: null });
  });
});
