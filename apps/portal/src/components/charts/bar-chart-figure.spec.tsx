import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { BarChartFigure, chartColours } from './bar-chart-figure';

describe('BarChartFigure', () => {
  it('lists the legend in the order of the bars (and their colours), not sorted by name', () => {
    const series = [
      { key: 'request', label: 'Anmodning' },
      { key: 'decision', label: 'Vedtak' },
      { key: 'settled', label: 'Bosatt' },
    ];
    renderWithProviders(
      <BarChartFigure caption="Bosetting" rows={[{ label: '2026', request: 30, decision: 25, settled: 10 }]} series={series} />,
    );

    const items = within(screen.getByTestId('chart-legend')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Anmodning', 'Vedtak', 'Bosatt']);
    expect(items.map((item) => (item.querySelector('.chart-swatch') as HTMLElement).style.background)).toEqual(
      chartColours.slice(0, 3).map((hex) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        return `rgb(${r}, ${g}, ${b})`;
      }),
    );
  });
});
