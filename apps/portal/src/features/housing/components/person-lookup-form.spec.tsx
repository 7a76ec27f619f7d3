import { makeNorwegianId } from '@ankomst/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { PersonLookupForm } from './person-lookup-form';

/** A synthetic D-nummer (individual numbers giving check digit 10 are skipped). */
const dNumber =
  Array.from({ length: 50 }, (_, i) => makeNorwegianId({ year: 1990, month: 4, day: 21 }, 300 + i, 'd-nummer')).find(Boolean) ?? '';
const badCheckDigit = dNumber.slice(0, 10) + String((Number(dNumber[10]) + 1) % 10);

const person = {
  id: '0b7f3a52-8a0e-4b7e-9d55-444444444444',
  householdId: '0b7f3a52-8a0e-4b7e-9d55-555555555555',
  municipality: '1103',
  givenName: 'Nadia',
  familyName: 'Sørbø',
  birthDate: '1990-04-21',
  sex: 'female',
  relationship: 'head',
  languages: ['ar'],
  unaccompaniedMinor: false,
  hasNationalId: true,
  residencePermitDate: null,
  settledOn: null,
  movedOut: null,
};

const lookUp = async (value: string) => {
  await userEvent.type(screen.getByLabelText(/^Fødselsnummer eller D-nummer/), value);
  await userEvent.click(screen.getByRole('button', { name: 'Finn personen' }));
};

describe('person lookup by national id', () => {
  it('refuses a wrong check digit in the browser and asks the server nothing', async () => {
    const { callsTo } = installFakeFetch({ 'POST /api/housing/persons/lookup': { status: 200, body: person } });
    renderWithProviders(<PersonLookupForm />);
    await lookUp(badCheckDigit);
    expect(screen.getByLabelText(/^Fødselsnummer eller D-nummer/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/kontrollsifferet/)).toBeInTheDocument();
    expect(callsTo('POST /api/housing/persons/lookup')).toHaveLength(0);
  });

  it('sends a valid number in the body only, and links to the household found', async () => {
    const { callsTo } = installFakeFetch({ 'POST /api/housing/persons/lookup': { status: 200, body: person } });
    renderWithProviders(<PersonLookupForm />);
    await lookUp(dNumber);
    expect(await screen.findByTestId('lookup-found')).toHaveTextContent('Funnet: Nadia Sørbø, født 21.04.1990');
    expect(screen.getByRole('link', { name: 'Åpne husstanden til Nadia Sørbø' })).toHaveAttribute(
      'href',
      `/housing/households/${person.householdId}`,
    );
    const [call] = callsTo('POST /api/housing/persons/lookup');
    expect(call.body).toEqual({ nationalId: dNumber });
    expect(call.url).not.toContain(dNumber);
  });

  it('says plainly when nobody in the municipality has the number', async () => {
    installFakeFetch({ 'POST /api/housing/persons/lookup': { status: 404, body: { code: 'not_found', message: 'No such person' } } });
    renderWithProviders(<PersonLookupForm />);
    await lookUp(dNumber);
    expect(await screen.findByTestId('lookup-not-found')).toHaveTextContent('Ingen med dette nummeret er registrert i kommunen.');
  });
});
