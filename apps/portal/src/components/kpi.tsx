import type { ReactNode } from 'react';

/** One key figure: the value large, what it means below, optional context (target, trend). */
export function Kpi({ label, value, note, testId }: { label: string; value: ReactNode; note?: ReactNode; testId?: string }) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi-value">{value}</div>
      <div className="kpi-label">{label}</div>
      {note && <div className="kpi-note">{note}</div>}
    </div>
  );
}

export function KpiGrid({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="kpis" role="group" aria-label={label}>
      {children}
    </div>
  );
}
