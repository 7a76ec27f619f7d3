import { useMutation, useQuery, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { ServerError } from '../components/states';
import { i18n } from '../i18n/i18n';
import { createQueryClient } from './app';

function ParallelEdit({ read, write }: { read: () => Promise<string>; write: () => Promise<void> }) {
  const shown = useQuery({ queryKey: ['household', 'h1'], queryFn: read });
  const save = useMutation({ mutationFn: write });
  return (
    <>
      <p>stored: {shown.data}</p>
      <button onClick={() => save.mutate()}>save</button>
      {save.error && <ServerError error={save.error} />}
    </>
  );
}

describe('createQueryClient', () => {
  it('after a 409 reads everything shown again and says that the page now shows what is stored', async () => {
    void i18n.changeLanguage('nb');
    const read = jest.fn().mockResolvedValueOnce('mine').mockResolvedValue('colleague’s');
    const write = jest.fn().mockRejectedValue(new ApiError(409, 'conflict', 'changed meanwhile'));
    render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={createQueryClient()}>
          <ParallelEdit read={read} write={write} />
        </QueryClientProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByText('stored: mine')).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'save' }).click());

    expect(await screen.findByText('stored: colleague’s')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Noe er endret eller registrert i mellomtiden'));
    expect(screen.getByRole('alert')).toHaveTextContent('Siden viser nå det som er lagret');
  });
});
