import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { HealthFollowUpLine } from './health-follow-up-line';

describe('HealthFollowUpLine', () => {
  it('says the follow-up status and the responsible unit in words, and nothing more', () => {
    renderWithProviders(
      <HealthFollowUpLine data={{ followUp: 'active', responsibleUnit: 'migra-station', since: '2026-11-02', at: 'x' }} />,
    );

    expect(screen.getByTestId('health-follow-up-line')).toHaveTextContent(
      'Helseoppfølging: Aktiv · Ansvarlig: MIGRA helsestasjon · Siden 02.11.2026',
    );
  });

  it('says none when the health service has told nothing', () => {
    renderWithProviders(<HealthFollowUpLine data={null} />);
    expect(screen.getByTestId('health-follow-up-line')).toHaveTextContent('Helseoppfølging: Ingen');
  });
});
