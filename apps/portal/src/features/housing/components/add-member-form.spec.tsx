import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HouseholdView } from '@ankomst/contracts/housing';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { AddMemberForm } from './add-member-form';

const household: HouseholdView = {
  id: '0b7f3a52-8a0e-4b7e-9d55-666666666666',
  municipality: '1103',
  origin: 'reception-centre',
  countryOfOrigin: 'ER',
  languages: ['ti'],
  requestedOn: null,
  registeredAt: '2025-01-05T10:00:00.000Z',
  members: [],
};

describe('adding a member to a registered household', () => {
  it('moves the focus from «Legg til person» to the new person’s first field, and back there after saving', async () => {
    const { callsTo } = installFakeFetch({ [`POST /api/housing/households/${household.id}/members`]: { status: 201, body: household } });
    renderWithProviders(<AddMemberForm household={household} />);
    await userEvent.click(screen.getByRole('button', { name: 'Legg til person' }));
    await waitFor(() => expect(screen.getByLabelText(/^Fornavn/)).toHaveFocus());

    await userEvent.type(screen.getByLabelText(/^Fornavn/), 'Mehret');
    await userEvent.type(screen.getByLabelText(/^Etternavn/), 'Tesfay');
    await userEvent.type(screen.getByLabelText(/^Fødselsdato/), '2024-11-30');
    await userEvent.click(screen.getByRole('button', { name: 'Legg til personen' }));

    expect(await screen.findByTestId('member-added')).toHaveTextContent('Mehret Tesfay er lagt til i husstanden.');
    const [call] = callsTo(`POST /api/housing/households/${household.id}/members`);
    expect(call.body).toMatchObject({ givenName: 'Mehret', familyName: 'Tesfay', birthDate: '2024-11-30', relationship: 'child' });
    expect(call.body).not.toHaveProperty('householdId');
    await waitFor(() => expect(screen.getByLabelText(/^Fornavn/)).toHaveFocus());
    expect(screen.getByLabelText(/^Fornavn/)).toHaveValue('');
  });

  it('names the missing fields without asking the server', async () => {
    const { callsTo } = installFakeFetch({});
    renderWithProviders(<AddMemberForm household={household} />);
    await userEvent.click(screen.getByRole('button', { name: 'Legg til person' }));
    await userEvent.click(screen.getByRole('button', { name: 'Legg til personen' }));
    expect(await screen.findByTestId('error-summary')).toHaveTextContent('Fornavn');
    expect(callsTo(`POST /api/housing/households/${household.id}/members`)).toHaveLength(0);
  });
});
