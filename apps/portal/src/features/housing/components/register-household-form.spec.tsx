import { makeNorwegianId } from '@ankomst/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { RegisterHouseholdForm } from './register-household-form';

const goodDNumber = makeNorwegianId({ year: 1988, month: 2, day: 14 }, 211, 'd-nummer') ?? '';
const badDNumber = goodDNumber.slice(0, 10) + String((Number(goodDNumber[10]) + 1) % 10);

async function fillRequiredFields() {
  await userEvent.selectOptions(screen.getByLabelText(/^Opprinnelsesland/), 'SY');
  const member = within(screen.getByTestId('member-0'));
  await userEvent.type(member.getByLabelText(/^Fornavn/), 'Testa');
  await userEvent.type(member.getByLabelText(/^Etternavn/), 'Demoson');
  await userEvent.type(member.getByLabelText(/^Fødselsdato/), '1988-02-14');
}

describe('RegisterHouseholdForm', () => {
  it('explains inline why a D-nummer is refused, and accepts a good one', async () => {
    installFakeFetch({});
    renderWithProviders(<RegisterHouseholdForm onRegistered={jest.fn()} />);
    const idField = within(screen.getByTestId('member-0')).getByLabelText(/^Fødselsnummer eller D-nummer/);

    await userEvent.type(idField, badDNumber);

    expect(idField).toHaveAttribute('aria-invalid', 'true');
    expect(idField).toHaveAccessibleDescription(expect.stringContaining('kontrollsifferet') as string);

    await userEvent.clear(idField);
    await userEvent.type(idField, goodDNumber);

    expect(idField).not.toHaveAttribute('aria-invalid');
    expect(idField).toHaveAccessibleDescription(expect.stringContaining('Gyldig D-nummer (født 14.02.1988)') as string);
  });

  it('refuses to submit with a bad number and lists what to fix', async () => {
    const { fetchMock } = installFakeFetch({});
    renderWithProviders(<RegisterHouseholdForm onRegistered={jest.fn()} />);
    await fillRequiredFields();
    await userEvent.type(within(screen.getByTestId('member-0')).getByLabelText(/^Fødselsnummer eller D-nummer/), '1234');

    await userEvent.click(screen.getByRole('button', { name: 'Registrer husstanden' }));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('Person 1 – Fødselsnummer eller D-nummer: Fødselsnummer/D-nummer må ha 11 sifre (du har skrevet 4)');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts the contract body and hands back the registered household', async () => {
    const household = { id: '7f1d6a52-8a0e-4b7e-9d55-111111111111', members: [] };
    const { callsTo } = installFakeFetch({ 'POST /api/housing/households': { status: 201, body: household } });
    const onRegistered = jest.fn();
    renderWithProviders(<RegisterHouseholdForm onRegistered={onRegistered} />);
    await fillRequiredFields();
    await userEvent.type(within(screen.getByTestId('member-0')).getByLabelText(/^Fødselsnummer eller D-nummer/), goodDNumber);

    await userEvent.click(screen.getByRole('button', { name: 'Registrer husstanden' }));

    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith(household));
    const [call] = callsTo('POST /api/housing/households');
    expect(call.body).toMatchObject({
      origin: 'reception-centre',
      countryOfOrigin: 'SY',
      members: [{ givenName: 'Testa', familyName: 'Demoson', birthDate: '1988-02-14', nationalId: goodDNumber, relationship: 'head' }],
    });
  });

  it('puts the server’s field issues next to the field', async () => {
    installFakeFetch({
      'POST /api/housing/households': {
        status: 400,
        body: {
          code: 'validation_failed',
          message: 'invalid',
          issues: [{ field: 'members.0.familyName', rule: 'must be at most 100 characters' }],
          correlationId: 'c-123456789',
        },
      },
    });
    renderWithProviders(<RegisterHouseholdForm onRegistered={jest.fn()} />);
    await fillRequiredFields();

    await userEvent.click(screen.getByRole('button', { name: 'Registrer husstanden' }));

    const familyName = within(screen.getByTestId('member-0')).getByLabelText(/^Etternavn/);
    await waitFor(() => expect(familyName).toHaveAccessibleDescription('Kan ha høyst 100 tegn'));
  });

  it('moves the focus to the new person’s first field after “Legg til person”', async () => {
    installFakeFetch({});
    renderWithProviders(<RegisterHouseholdForm onRegistered={jest.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: 'Legg til person' }));

    expect(within(await screen.findByTestId('member-1')).getByLabelText(/^Fornavn/)).toHaveFocus();
  });

  it('shows no blur message while the submit button is pressed, so the layout does not move under the click', async () => {
    installFakeFetch({});
    renderWithProviders(<RegisterHouseholdForm onRegistered={jest.fn()} />);
    const idField = within(screen.getByTestId('member-0')).getByLabelText(/^Fødselsnummer eller D-nummer/);
    await userEvent.type(idField, '1234');
    const submit = screen.getByRole('button', { name: 'Registrer husstanden' });

    // Pressed, not yet released: the blur that comes with the press must not add a message.
    await userEvent.pointer({ keys: '[MouseLeft>]', target: submit });
    expect(idField).not.toHaveAttribute('aria-invalid');

    // Released and clicked: the submit names what to fix (the browser test checks the real click).
    await userEvent.pointer({ keys: '[/MouseLeft]', target: submit });
    await userEvent.click(submit);
    expect(await screen.findByTestId('error-summary')).toHaveTextContent('Fødselsnummer/D-nummer må ha 11 sifre');
  });

  it('still explains a short number when the user just tabs away from it', async () => {
    installFakeFetch({});
    renderWithProviders(<RegisterHouseholdForm onRegistered={jest.fn()} />);
    const idField = within(screen.getByTestId('member-0')).getByLabelText(/^Fødselsnummer eller D-nummer/);
    await userEvent.type(idField, '1234');
    await userEvent.tab();
    expect(idField).toHaveAttribute('aria-invalid', 'true');
  });
});
