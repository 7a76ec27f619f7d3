import { fireEvent, screen } from '@testing-library/react';
import type { ExtraGrantView } from '@ankomst/contracts/health';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { GrantDraftActions } from './grant-draft-actions';

const grant = {
  id: '33333333-3333-4333-8333-333333333333',
  personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
  status: 'draft',
  consentFormReceivedOn: null,
  doctorStatementReceivedOn: null,
} as unknown as ExtraGrantView;
const text = nb.health.grants;

describe('GrantDraftActions', () => {
  it('names each missing document when IMDi submission is refused', async () => {
    const fake = installFakeFetch({
      [`POST /api/refugee-health/extra-grants/${grant.id}/submit`]: {
        status: 400,
        body: {
          code: 'validation_failed',
          status: 400,
          message: 'Cannot submit',
          issues: [
            { field: 'consentFormReceivedOn', rule: "IMDi's informed-consent form must be received before submission", code: 'required' },
            { field: 'doctorStatementReceivedOn', rule: "the doctor's statement must be received before submission", code: 'required' },
          ],
        },
      },
    });
    renderWithProviders(<GrantDraftActions grant={grant} />);

    fireEvent.click(screen.getByRole('button', { name: text.submit }));

    const refused = await screen.findByTestId('grant-refused');
    expect(refused).toHaveTextContent(text.field.consentFormReceivedOn);
    expect(refused).toHaveTextContent(text.field.doctorStatementReceivedOn);
    expect(fake.calls.map((c) => c.method)).toContain('POST');
    expect(screen.getByRole('button', { name: text.consentReceived })).toBeInTheDocument();
  });
});
