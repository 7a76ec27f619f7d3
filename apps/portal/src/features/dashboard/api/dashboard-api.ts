import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../api/http';
import { queryKeys } from '../../../api/query-keys';

/** Figures without a portal page of their own yet; read loosely as name → number. */
export type Figures = Record<string, number | null>;

export const dashboardPaths = {
  volunteering: '/api/volunteering/statistics',
  county: '/api/statistics/county',
};

const numbersOnly = (body: unknown): Figures =>
  Object.fromEntries(
    Object.entries((typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>).filter(
      ([, v]) => typeof v === 'number' || v === null,
    ),
  ) as Figures;

export const fetchFigures = async (path: string, year: number, signal?: AbortSignal) =>
  numbersOnly(await apiFetch<unknown>(path, { query: { year }, signal }));

export function useFigures(kind: keyof typeof dashboardPaths, year: number) {
  return useQuery({
    queryKey: queryKeys.dashboard.figures(kind, year),
    queryFn: ({ signal }) => fetchFigures(dashboardPaths[kind], year, signal),
  });
}
