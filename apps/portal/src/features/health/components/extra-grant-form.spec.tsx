import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { ExtraGrantForm } from './extra-grant-form';

const personId = '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10';
const text = nb.health.grantForm;
const route = 'POST /api/refugee-health/extra-grants';

async function fillGrant(amount: string) {
  await userEvent.selectOptions(screen.getByLabelText(new RegExp(`^${text.kind} \\*$`)), 'tilskudd-1');
  await userEvent.click(screen.getByLabelText(text.settledByAgreementWithImdi));
  await userEvent.click(screen.getByLabelText(nb.health.units['disability-services']));
  await userEvent.selectOptions(screen.getByLabelText(text.lineUnit.replace('{{n}}', '1')), 'disability-services');
  await userEvent.type(screen.getByLabelText(text.lineDescription.replace('{{n}}', '1')), 'Practical assistance');
  await userEvent.type(screen.getByLabelText(text.lineAmount.replace('{{n}}', '1')), amount);
}

describe('ExtraGrantForm', () => {
  it('refuses a cost line amount that is not kroner, at that line, without sending', async () => {
    const { fetchMock } = installFakeFetch({});
    renderWithProviders(<ExtraGrantForm personId={personId} onCreated={jest.fn()} />);
    await fillGrant('12,5');

    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    expect(await screen.findByTestId('error-summary')).toHaveTextContent(text.amountNok);
    expect(screen.getByLabelText(text.lineAmount.replace('{{n}}', '1'))).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('creates the draft with its eligibility, units and cost lines', async () => {
    const draft = { id: '44444444-4444-4444-8444-444444444444', personId };
    const { callsTo } = installFakeFetch({ [route]: { status: 201, body: draft } });
    const onCreated = jest.fn();
    renderWithProviders(<ExtraGrantForm personId={personId} onCreated={onCreated} />);
    await fillGrant('120 000');

    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(draft));
    expect(callsTo(route)[0].body).toMatchObject({
      personId,
      kind: 'tilskudd-1',
      grantYear: 1,
      settledByAgreementWithImdi: true,
      conditionKnownBeforeSettlement: false,
      involvedUnits: ['disability-services'],
      costLines: [{ unit: 'disability-services', description: 'Practical assistance', amountNok: 120000 }],
    });
  });
});
