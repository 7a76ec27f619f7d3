import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import CaseSearchPage from './case-search-page';

describe('CaseSearchPage', () => {
  it('says plainly that a 6,000-character name is too long and searches for nothing', async () => {
    const { calls } = installFakeFetch({ 'GET /api/cases': { status: 200, body: { items: [], total: 0 } } });
    renderWithProviders(<CaseSearchPage />, { path: `/coordination/cases?name=${'a'.repeat(6000)}` });

    expect(await screen.findByText('Søket er for langt: 6000 tegn, høyst 100 er tillatt. Ingenting er søkt etter.')).toBeInTheDocument();
    expect(calls.filter((c) => c.url.startsWith('/api/cases'))).toEqual([]);
  });

  it('refuses a too-long name typed into the field without sending it', async () => {
    const { calls } = installFakeFetch({ 'GET /api/cases': { status: 200, body: { items: [], total: 0 } } });
    renderWithProviders(<CaseSearchPage />, { path: '/coordination/cases' });
    const field = screen.getByLabelText(/^Navn|Name/);
    await userEvent.click(field);
    await userEvent.paste('b'.repeat(150));
    await userEvent.click(screen.getByRole('button', { name: 'Søk' }));

    expect(await screen.findByText(/Søket er for langt: 150 tegn/)).toBeInTheDocument();
    expect(calls.some((c) => c.url.includes('bbbb'))).toBe(false);
  });
});
