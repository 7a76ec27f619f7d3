import { makeNorwegianId } from '@ankomst/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { RegisterHouseholdForm } from './register-household-form';

/** A synthetic D-nummer (individual numbers giving check digit 10 are skipped). */
const dNumber =
  Array.from({ length: 50 }, (_, i) => makeNorwegianId({ year: 1992, month: 7, day: 14 }, 200 + i, 'd-nummer')).find(Boolean) ?? '';

const heldElsewhere = {
  status: 409,
  body: {
    code: 'national_id_held_elsewhere',
    status: 409,
    message: 'This national id is held by another municipality: request a transfer of the person',
    correlationId: 'c-1',
  },
};
const pending = {
  id: '0b7f3a52-8a0e-4b7e-9d55-222222222222',
  status: 'pending',
  municipality: '3201',
  personId: '0b7f3a52-8a0e-4b7e-9d55-333333333333',
  householdId: null,
  reason: 'Flyttet hit i mai, sak 2025/77',
  requestedAt: '2025-05-02T10:00:00.000Z',
  requestedBy: 'u-1',
  decidedAt: null,
  declineReason: null,
};

async function registerWithNumber() {
  await userEvent.selectOptions(screen.getByLabelText(/^Opprinnelsesland/), 'SO');
  const member = within(screen.getByTestId('member-0'));
  await userEvent.type(member.getByLabelText(/^Fornavn/), 'Amal');
  await userEvent.type(member.getByLabelText(/^Etternavn/), 'Yusuf');
  await userEvent.type(member.getByLabelText(/^Fødselsdato/), '1992-07-14');
  await userEvent.type(member.getByLabelText(/^Fødselsnummer eller D-nummer/), dNumber);
  await userEvent.click(screen.getByRole('button', { name: 'Registrer husstanden' }));
}

describe('registration of a number another municipality holds', () => {
  it('offers a transfer request instead of an error, and sends the number only in the body', async () => {
    const { callsTo } = installFakeFetch({
      'POST /api/housing/households': heldElsewhere,
      'POST /api/housing/transfers': { status: 201, body: pending },
    });
    const onRegistered = jest.fn();
    renderWithProviders(<RegisterHouseholdForm onRegistered={onRegistered} />);
    await registerWithNumber();

    const panel = within(await screen.findByTestId('held-elsewhere'));
    expect(panel.getByText('Personen er registrert i en annen kommune')).toBeInTheDocument();
    await userEvent.click(panel.getByRole('button', { name: 'Be om overføring' }));
    expect(panel.getByLabelText(/^Begrunnelse/)).toHaveAccessibleDescription(expect.stringContaining('minst 3 tegn') as string);
    expect(callsTo('POST /api/housing/transfers')).toHaveLength(0);

    await userEvent.type(panel.getByLabelText(/^Begrunnelse/), 'Flyttet hit i mai, sak 2025/77');
    await userEvent.click(panel.getByRole('button', { name: 'Be om overføring' }));

    expect(await screen.findByTestId('transfer-requested')).toHaveTextContent('Forespørselen er sendt');
    const [call] = callsTo('POST /api/housing/transfers');
    expect(call.body).toEqual({ nationalId: dNumber, reason: 'Flyttet hit i mai, sak 2025/77' });
    expect(call.url).not.toContain(dNumber);
    expect(onRegistered).not.toHaveBeenCalled();
  });

  it('still shows a plain conflict as an error, without the transfer offer', async () => {
    installFakeFetch({ 'POST /api/housing/households': { status: 409, body: { code: 'conflict', message: 'already registered' } } });
    renderWithProviders(<RegisterHouseholdForm onRegistered={jest.fn()} />);
    await registerWithNumber();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Noe er endret eller registrert i mellomtiden'));
    expect(screen.queryByTestId('held-elsewhere')).not.toBeInTheDocument();
  });
});
