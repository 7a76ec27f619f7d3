import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { fetchCountyStatistics, fetchSettlementPlanning } from './planning-api';

export function useSettlementPlanning(year: number) {
  return useQuery({
    queryKey: queryKeys.housing.planning(year),
    queryFn: ({ signal }) => fetchSettlementPlanning(year, signal),
  });
}

export function useCountyStatistics(year: number) {
  return useQuery({
    queryKey: queryKeys.housing.countyStatistics(year),
    queryFn: ({ signal }) => fetchCountyStatistics(year, signal),
  });
}
