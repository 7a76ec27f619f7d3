import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../format/format';

export interface Series {
  key: string;
  label: string;
}

/** A horizontal target line across the bars (a goal such as 55 % or 70 %); its label, with the value, names it in the legend. */
export interface TargetLine {
  value: number;
  label: string;
}

/** Target lines are dark and told apart by their dash pattern, not by hue alone. */
const targetDashes = ['6 3', '2 3', '10 4 2 4'];

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by more than hue alone. */
export const chartColours = ['#1e5aa8', '#b35900', '#1f7a4d', '#6b3fa0', '#a1263c'];

/**
 * A bar chart with its numbers also in a table: the chart for a glance, the table for screen
 * readers and for staff who need the exact figure.
 */
export function BarChartFigure({
  caption,
  rows,
  series,
  categoryKey = 'label',
  height = 280,
  targets = [],
}: {
  caption: string;
  rows: Array<Record<string, string | number | null>>;
  series: Series[];
  targets?: TargetLine[];
  categoryKey?: string;
  height?: number;
}) {
  const { t, i18n } = useTranslation();
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, i18n.language, 1) : '–');
  return (
    <figure className="chart-figure">
      <figcaption className="chart-caption">{caption}</figcaption>
      <div className="chart" style={{ height }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={categoryKey} />
            <YAxis allowDecimals={false} />
            <Tooltip formatter={(value) => format(value)} />
            {series.map((s, index) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={chartColours[index % chartColours.length]} />
            ))}
            {targets.map((line, index) => (
              <ReferenceLine
                key={line.label}
                y={line.value}
                stroke="#1a1a1a"
                strokeWidth={2}
                strokeDasharray={targetDashes[index % targetDashes.length]}
                ifOverflow="extendDomain"
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {/* Our own legend, in the bars' order: recharts' legend sorts its items by name. */}
      <ul className="chart-legend" data-testid="chart-legend">
        {series.map((s, index) => (
          <li key={s.key}>
            <span className="chart-swatch" style={{ background: chartColours[index % chartColours.length] }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
        {targets.map((line, index) => (
          <li key={line.label}>
            <svg width="24" height="8" aria-hidden="true">
              <line
                x1="0"
                y1="4"
                x2="24"
                y2="4"
                stroke="#1a1a1a"
                strokeWidth="2"
                strokeDasharray={targetDashes[index % targetDashes.length]}
              />
            </svg>
            {line.label}
          </li>
        ))}
      </ul>
      <details className="chart-table">
        <summary>{t('charts.showTable')}</summary>
        <Table data-size="sm">
          <caption className="sr-only">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('charts.category')}</Table.HeaderCell>
              {series.map((s) => (
                <Table.HeaderCell key={s.key} scope="col">
                  {s.label}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={String(row[categoryKey])}>
                <Table.HeaderCell scope="row">{String(row[categoryKey])}</Table.HeaderCell>
                {series.map((s) => (
                  <Table.Cell key={s.key}>{format(row[s.key])}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </details>
    </figure>
  );
}
