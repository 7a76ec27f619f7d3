import type { SelfSettlementCase } from '@ankomst/contracts/housing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { SelfSettlementPanel } from './self-settlement-panel';

const householdId = '7f1d6a52-8a0e-4b7e-9d55-111111111111';
const caseId = '0b7f3a52-8a0e-4b7e-9d55-222222222222';
const checks = {
  permitConfirmedWithImdi: true,
  notAssignedElsewhere: true,
  depositAndFirstRentAvailable: true,
  leaseLegallyApproved: true,
  standardInspected: false,
};
const openCase: SelfSettlementCase = {
  id: caseId,
  municipality: '1103',
  householdId,
  householdSize: 1,
  address: 'Testveien 1',
  monthlyRentNok: 5500,
  rentLimitNok: 6500,
  checks,
  checklist: [],
  readyForApproval: false,
  status: 'open',
  rejectionReason: null,
};

const listed = { id: caseId, address: 'Testveien 1', status: 'open' as const, decidedAt: null };

describe('SelfSettlementPanel', () => {
  it('opens a case with address and rent validated by the contract', async () => {
    const { callsTo } = installFakeFetch({ 'POST /api/housing/self-settlements': { status: 201, body: openCase } });
    renderWithProviders(<SelfSettlementPanel householdId={householdId} cases={[]} canWrite />);

    await userEvent.click(screen.getByRole('button', { name: 'Start kontroll av selvbosetting' }));
    expect(screen.getByLabelText(/^Adresse/)).toHaveAccessibleDescription('Må ha minst 3 tegn');

    await userEvent.type(screen.getByLabelText(/^Adresse/), 'Testveien 1');
    await userEvent.type(screen.getByLabelText(/^Husleie/), '5500');
    await userEvent.click(screen.getByRole('button', { name: 'Start kontroll av selvbosetting' }));

    await waitFor(() => expect(callsTo('POST /api/housing/self-settlements')).toHaveLength(1));
    expect(callsTo('POST /api/housing/self-settlements')[0].body).toEqual({ householdId, address: 'Testveien 1', monthlyRentNok: 5500 });
  });

  it('refuses a rent of 99 999 999 999 in the browser, in Norwegian, without sending it', async () => {
    const { callsTo } = installFakeFetch({ 'POST /api/housing/self-settlements': { status: 201, body: openCase } });
    renderWithProviders(<SelfSettlementPanel householdId={householdId} cases={[]} canWrite />);

    await userEvent.type(screen.getByLabelText(/^Adresse/), 'Testveien 1');
    await userEvent.type(screen.getByLabelText(/^Husleie/), '99 999 999 999');
    await userEvent.click(screen.getByRole('button', { name: 'Start kontroll av selvbosetting' }));

    expect(screen.getByLabelText(/^Husleie/)).toHaveAccessibleDescription('Kan være høyst 1000000');
    expect(callsTo('POST /api/housing/self-settlements')).toEqual([]);
  });

  it("shows the server's refusal by its code in Norwegian, not its English rule", async () => {
    installFakeFetch({
      'POST /api/housing/self-settlements': {
        status: 400,
        body: {
          code: 'validation_failed',
          message: 'Invalid input: address: must not contain control characters',
          issues: [{ field: 'address', rule: 'must not contain control characters', code: 'control_characters', params: {} }],
        },
      },
    });
    renderWithProviders(<SelfSettlementPanel householdId={householdId} cases={[]} canWrite />);

    await userEvent.type(screen.getByLabelText(/^Adresse/), 'Testveien 1');
    await userEvent.type(screen.getByLabelText(/^Husleie/), '5500');
    await userEvent.click(screen.getByRole('button', { name: 'Start kontroll av selvbosetting' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^Adresse/)).toHaveAccessibleDescription(
        expect.stringMatching(/^Kan ikke inneholde kontrolltegn/) as string,
      ),
    );
  });

  it('approves only when the last check passes', async () => {
    const ready = { ...openCase, checks: { ...checks, standardInspected: true }, readyForApproval: true };
    const { callsTo } = installFakeFetch({
      [`GET /api/housing/self-settlements/${caseId}`]: { status: 200, body: openCase },
      [`PATCH /api/housing/self-settlements/${caseId}/checklist`]: { status: 200, body: ready },
      [`POST /api/housing/self-settlements/${caseId}/decision`]: { status: 200, body: { ...ready, status: 'approved' } },
    });
    renderWithProviders(<SelfSettlementPanel householdId={householdId} cases={[listed]} canWrite />);

    const approve = await screen.findByRole('button', { name: 'Godkjenn selvbosetting' });
    expect(approve).toBeDisabled();

    await userEvent.click(screen.getByLabelText('Boligens standard er kontrollert'));
    await waitFor(() => expect(approve).toBeEnabled());
    expect(callsTo(`PATCH /api/housing/self-settlements/${caseId}/checklist`)[0].body).toEqual({ standardInspected: true });

    await userEvent.click(approve);
    expect(await screen.findByText('Godkjent')).toBeInTheDocument();
    expect(callsTo(`POST /api/housing/self-settlements/${caseId}/decision`)[0].body).toEqual({ outcome: 'approved' });
  });

  it('says a colleague opened a case first (409) in Norwegian and offers to load it', async () => {
    installFakeFetch({
      'POST /api/housing/self-settlements': {
        status: 409,
        body: { code: 'conflict', message: 'Household already has an open self-settlement case', reason: 'self_settlement_open' },
      },
    });
    renderWithProviders(<SelfSettlementPanel householdId={householdId} cases={[]} canWrite />);

    await userEvent.type(screen.getByLabelText(/^Adresse/), 'Testveien 1');
    await userEvent.type(screen.getByLabelText(/^Husleie/), '5500');
    await userEvent.click(screen.getByRole('button', { name: 'Start kontroll av selvbosetting' }));

    expect(await screen.findByText('Husstanden har allerede en åpen sak om avtalt selvbosetting')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Last inn på nytt' }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).not.toBeInTheDocument());
  });
});
