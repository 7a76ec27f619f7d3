import type { HouseholdDetail, PersonView } from '@ankomst/contracts/housing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { SettleHouseholdPanel } from './settle-household-panel';

const householdId = '7f1d6a52-8a0e-4b7e-9d55-333333333333';
const dwellingId = '0b7f3a52-8a0e-4b7e-9d55-444444444444';
const member = (id: string, givenName: string): PersonView => ({
  id,
  householdId,
  municipality: '1103',
  givenName,
  familyName: 'Testesen',
  birthDate: '1990-01-01',
  sex: 'unspecified',
  relationship: 'head',
  languages: [],
  unaccompaniedMinor: false,
  hasNationalId: false,
  residencePermitDate: '2025-01-01',
  settledOn: null,
  movedOut: null,
});
const household: HouseholdDetail = {
  id: householdId,
  municipality: '1103',
  origin: 'reception-centre',
  countryOfOrigin: 'SY',
  languages: [],
  requestedOn: null,
  registeredAt: '2025-01-01T10:00:00.000Z',
  members: [member('0b7f3a52-8a0e-4b7e-9d55-555555555555', 'Testa'), member('0b7f3a52-8a0e-4b7e-9d55-666666666666', 'Testo')],
  situation: 'waiting',
  home: null,
  tenancies: [],
  selfSettlements: [],
};
const vacant = {
  total: 1,
  items: [
    {
      id: dwellingId,
      municipality: '1103',
      ownership: 'municipal',
      address: 'Prøvegata 3',
      postalCode: '4006',
      sizeSquareMetres: 60,
      rooms: 3,
      monthlyRentNok: 9000,
      accessible: false,
      status: 'available',
      availableFrom: '2025-01-01',
      occupiedBy: null,
    },
  ],
};

describe('SettleHouseholdPanel', () => {
  it('settles the whole household into the chosen dwelling on the given day', async () => {
    const { callsTo } = installFakeFetch({
      'GET /api/housing/dwellings': { status: 200, body: vacant },
      [`POST /api/housing/households/${householdId}/settle`]: { status: 200, body: { ...household, situation: 'settled' } },
    });
    renderWithProviders(<SettleHouseholdPanel household={household} canAllocate />);

    await userEvent.selectOptions(await screen.findByLabelText(/^Bolig/), await screen.findByRole('option', { name: /Prøvegata 3/ }));
    await userEvent.clear(screen.getByLabelText(/^Bosettingsdato/));
    await userEvent.type(screen.getByLabelText(/^Bosettingsdato/), '2025-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Registrer bosetting' }));

    expect(await screen.findByText('Bosettingen er registrert.')).toBeInTheDocument();
    expect(callsTo(`POST /api/housing/households/${householdId}/settle`)[0].body).toEqual({ settledOn: '2025-03-01', dwellingId });
  });

  it('settles one member without a dwelling, and offers no dwelling to a user who may not allocate', async () => {
    const [first] = household.members;
    const { callsTo } = installFakeFetch({
      [`POST /api/housing/persons/${first.id}/settle`]: { status: 200, body: { ...first, settledOn: '2025-03-01' } },
    });
    renderWithProviders(<SettleHouseholdPanel household={household} canAllocate={false} />);

    expect(screen.queryByLabelText(/^Bolig$/)).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText(/^Hvem bosettes/), 'Testa Testesen');
    await userEvent.click(screen.getByRole('button', { name: 'Registrer bosetting' }));

    await waitFor(() => expect(callsTo(`POST /api/housing/persons/${first.id}/settle`)).toHaveLength(1));
    expect(callsTo(`POST /api/housing/persons/${first.id}/settle`)[0].body).toEqual({ settledOn: expect.any(String) });
  });

  it('says in Norwegian that a colleague settled them first (409), and offers to reload', async () => {
    installFakeFetch({
      'GET /api/housing/dwellings': { status: 200, body: vacant },
      [`POST /api/housing/households/${householdId}/settle`]: {
        status: 409,
        body: { code: 'conflict', message: 'Every member is already settled', reason: 'household_settled' },
      },
    });
    renderWithProviders(<SettleHouseholdPanel household={household} canAllocate />);

    await userEvent.click(screen.getByRole('button', { name: 'Registrer bosetting' }));

    expect(await screen.findByText('Alle i husstanden er allerede registrert som bosatt')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last inn på nytt' })).toBeInTheDocument();
  });

  it('says so when everyone is settled, and offers no form', () => {
    const settled = {
      ...household,
      members: household.members.map((m) => ({ ...m, settledOn: '2025-03-01' })),
      situation: 'settled' as const,
    };
    renderWithProviders(<SettleHouseholdPanel household={settled} canAllocate />);
    expect(screen.getByText('Alle i husstanden er bosatt.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrer bosetting' })).not.toBeInTheDocument();
  });
});
