import { screen } from '@testing-library/react';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import OutcomesPage from './outcomes-page';

const bucket = (key: string, exits: number, workOrEducation: number, followedUp: number, workOrEducationOneYear: number) => ({
  key,
  exits,
  workOrEducation,
  share: exits ? workOrEducation / exits : null,
  followedUp,
  workOrEducationOneYear,
  shareOneYear: followedUp ? workOrEducationOneYear / followedUp : null,
});

const report = (followUpsDue: number, total: ReturnType<typeof bucket>) => ({
  year: 2025,
  target: 0.55,
  targetOneYear: 0.7,
  followUpsDue,
  total,
  byGender: [total],
  bySluttmaalGroup: [total],
  byOutcome: [],
});

describe('OutcomesPage', () => {
  it('gives the share one year after of the registered follow-ups beside the 70 % target line', async () => {
    // 5 exits, 4 follow-ups due, 4 registered, 3 of them in work or education: 75 %
    installFakeFetch({ 'GET /api/introduction/outcomes': { status: 200, body: report(4, bucket('all', 5, 2, 4, 3)) } });
    renderWithProviders(<OutcomesPage />, { path: '/introduction/outcomes' });

    expect(await screen.findByTestId('outcome-one-year')).toHaveTextContent(
      'Ett år etter: 4 av 4 oppfølginger som er forfalt er registrert, 75 % av de registrerte i arbeid eller utdanning (mål 70 %).',
    );
    expect(screen.getByTestId('outcome-total')).toHaveTextContent('5 avsluttet, 40 % i arbeid eller utdanning (mål 55 %).');
    expect(screen.getAllByText('Mål ett år etter: 70 %')).toHaveLength(2);
    expect(screen.getAllByText('Mål ved avslutning: 55 %')).toHaveLength(2);
  });

  it('says plainly when no follow-up is due yet', async () => {
    installFakeFetch({ 'GET /api/introduction/outcomes': { status: 200, body: report(0, bucket('all', 2, 1, 0, 0)) } });
    renderWithProviders(<OutcomesPage />, { path: '/introduction/outcomes' });

    expect(await screen.findByTestId('outcome-one-year')).toHaveTextContent(/ingen oppfølging er forfalt ennå/);
  });
});
