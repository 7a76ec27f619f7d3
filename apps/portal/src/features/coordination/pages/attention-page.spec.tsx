import { screen, within } from '@testing-library/react';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import AttentionPage from './attention-page';

const item = {
  deadlineId: 'referral:r1',
  kind: 'referral-answer',
  department: 'health',
  responsibleUnit: 'health',
  householdId: '5b0f1d1e-2a3c-4d5e-8f90-a1b2c3d4e5f6',
  dueOn: '2026-12-10',
  state: 'due-soon',
  daysOverdue: 0,
};

describe('AttentionPage', () => {
  it("shows another department's item without the person, saying it is withheld and why", async () => {
    installFakeFetch({
      'GET /api/cases/attention': {
        status: 200,
        body: {
          items: [
            {
              ...item,
              personId: null,
              givenName: null,
              familyName: null,
              detail: null,
              restricted: true,
              reason: 'No consent health-follow-up-status→coordination-group recorded for this person',
            },
            {
              ...item,
              deadlineId: 'settlement:p2',
              kind: 'settlement',
              department: 'housing',
              responsibleUnit: 'refugee-service',
              personId: 'p2',
              givenName: 'Senait',
              familyName: 'Haile',
              detail: 'x',
              restricted: false,
            },
          ],
        },
      },
    });
    const sut = renderWithProviders(<AttentionPage />);

    const withheld = await screen.findByTestId('attention-restricted');
    expect(withheld).toHaveTextContent('Skjermet.');
    expect(withheld).toHaveTextContent(/ikke registrert samtykke/);
    expect(within(withheld.closest('tr') as HTMLElement).getByRole('link')).toHaveTextContent('Husstand');
    expect(sut.getAllByTestId('attention-restricted')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Senait Haile' })).toBeInTheDocument();
  });

  it('names a referral answer and its unit in words, never as raw keys like "referral-answer" or "NAV · nav"', async () => {
    installFakeFetch({
      'GET /api/cases/attention': {
        status: 200,
        body: {
          items: [
            {
              ...item,
              department: 'nav',
              responsibleUnit: 'nav',
              personId: 'p3',
              givenName: 'Testa',
              familyName: 'Testesen',
              detail: 'Answer the referral from housing',
              restricted: false,
            },
          ],
        },
      },
    });
    renderWithProviders(<AttentionPage />);

    const row = (await screen.findByRole('link', { name: 'Testa Testesen' })).closest('tr') as HTMLElement;
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toContain('Svar på henvisning');
    expect(cells).toContain('NAV');
    expect(row).not.toHaveTextContent('referral-answer');
    expect(row).not.toHaveTextContent(/NAV · nav/);
  });
  it("heads every column differently: the date «Frist» and the deadline's «Status»", async () => {
    installFakeFetch({
      'GET /api/cases/attention': {
        status: 200,
        body: { items: [{ ...item, personId: 'p4', givenName: 'Testa', familyName: 'Testesen', detail: null, restricted: false }] },
      },
    });
    renderWithProviders(<AttentionPage />);
    const headings = (await screen.findAllByRole('columnheader')).map((heading) => heading.textContent);
    expect(headings).toEqual(['Frist', 'Hva', 'Hvem', 'Ansvarlig', 'Status']);
  });
});
