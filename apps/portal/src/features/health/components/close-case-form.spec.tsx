import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { CloseCaseForm } from './close-case-form';

const caseId = '22222222-2222-4222-8222-222222222222';
const text = nb.health.caseForms.close;
const route = `POST /api/refugee-health/coordination-cases/${caseId}/close`;

describe('CloseCaseForm', () => {
  it('asks why when the reason is "other", and closes once it is given', async () => {
    const { callsTo } = installFakeFetch({ [route]: { status: 200, body: { id: caseId, status: 'closed' } } });
    renderWithProviders(<CloseCaseForm caseId={caseId} />);

    await userEvent.selectOptions(screen.getByLabelText(new RegExp(`^${text.reason}`)), 'other');
    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    expect(await screen.findByTestId('error-summary')).toHaveTextContent(text.note);
    expect(screen.getByLabelText(new RegExp(`^${text.note}`))).toHaveAttribute('aria-invalid', 'true');
    expect(callsTo(route)).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(new RegExp(`^${text.note}`)), 'The family moved to a relative');
    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    await waitFor(() => expect(callsTo(route)).toHaveLength(1));
    expect(callsTo(route)[0].body).toMatchObject({ reason: 'other', note: 'The family moved to a relative' });
  });
});
