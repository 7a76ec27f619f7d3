import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { ActionForm } from './action-form';

const caseId = '22222222-2222-4222-8222-222222222222';
const meetingId = '33333333-3333-4333-8333-333333333333';
const view = { id: caseId, meetings: [{ id: meetingId, heldOn: '2026-11-30', agenda: 'Agenda', minutes: null }] };
const text = nb.health.caseForms.action;
const route = `POST /api/refugee-health/coordination-cases/${caseId}/actions`;

describe('ActionForm', () => {
  it('needs a responsible unit and a due date before it sends', async () => {
    const { fetchMock } = installFakeFetch({});
    renderWithProviders(<ActionForm view={view} />);

    await userEvent.type(screen.getByLabelText(new RegExp(`^${text.description}`)), 'Refer to PPT');
    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent(text.responsibleUnit);
    expect(summary).toHaveTextContent(text.dueOn);
    expect(summary).not.toHaveTextContent(`${text.description}:`);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('ties the action to the latest meeting by default and posts it', async () => {
    const { callsTo } = installFakeFetch({ [route]: { status: 201, body: { ...view, actions: [] } } });
    renderWithProviders(<ActionForm view={view} />);

    await userEvent.type(screen.getByLabelText(new RegExp(`^${text.description}`)), 'Refer to PPT');
    await userEvent.selectOptions(screen.getByLabelText(new RegExp(`^${text.responsibleUnit}`)), 'ppt');
    await userEvent.type(screen.getByLabelText(new RegExp(`^${text.dueOn}`)), '2026-12-14');
    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    await screen.findByText(text.saved);
    await waitFor(() =>
      expect(callsTo(route)[0].body).toMatchObject({
        meetingId,
        description: 'Refer to PPT',
        responsibleUnit: 'ppt',
        dueOn: '2026-12-14',
      }),
    );
  });
});
