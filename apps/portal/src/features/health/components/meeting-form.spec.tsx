import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { MeetingForm } from './meeting-form';

const caseId = '22222222-2222-4222-8222-222222222222';
const text = nb.health.caseForms.meeting;
const route = `POST /api/refugee-health/coordination-cases/${caseId}/meetings`;

describe('MeetingForm', () => {
  it('records the meeting with its agenda and minutes, then empties the form', async () => {
    const { callsTo } = installFakeFetch({ [route]: { status: 201, body: { id: caseId, meetings: [] } } });
    renderWithProviders(<MeetingForm caseId={caseId} />);

    await userEvent.type(screen.getByLabelText(new RegExp(`^${text.agenda}`)), '1. Service needs');
    await userEvent.type(screen.getByLabelText(new RegExp(`^${text.minutes}`)), 'PPT assessment agreed');
    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    await screen.findByText(text.saved);
    expect(callsTo(route)[0].body).toMatchObject({ agenda: '1. Service needs', minutes: 'PPT assessment agreed' });
    expect(screen.getByLabelText(new RegExp(`^${text.agenda}`))).toHaveValue('');
  });

  it('sends an empty agenda nowhere, and shows a server refusal next to its field', async () => {
    const { callsTo } = installFakeFetch({
      [route]: {
        status: 400,
        body: {
          code: 'validation_failed',
          status: 400,
          message: 'Invalid input',
          issues: [{ field: 'heldOn', rule: 'must not be after 2027-12-31', code: 'date_too_late', params: { max: '2027-12-31' } }],
        },
      },
    });
    renderWithProviders(<MeetingForm caseId={caseId} />);

    await userEvent.click(screen.getByRole('button', { name: text.submit }));
    expect(await screen.findByTestId('error-summary')).toHaveTextContent(text.agenda);
    expect(callsTo(route)).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(new RegExp(`^${text.agenda}`)), 'Agenda');
    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    await waitFor(() => expect(screen.getByLabelText(new RegExp(`^${text.heldOn}`))).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByTestId('error-summary')).toHaveTextContent(text.heldOn);
  });
});
