import type {
  CorrectSettlementRequest,
  RecordSettlementDecision,
  RecordSettlementRequest,
  SettleHousehold,
  SettlePerson,
} from '@ankomst/contracts/housing';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import * as api from './settlement-api';

export function useSettlementFigures(year: number) {
  return useQuery({
    queryKey: queryKeys.housing.settlementFigures(year),
    queryFn: ({ signal }) => api.fetchSettlementFigures(year, signal),
  });
}

/** A request or decision changes the year's figures and its progress: both are fetched again. */
function useSettlementFigureMutation<T extends { year: number } | { id: string }>(mutationFn: (input: T) => Promise<{ year: number }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: ({ year }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.housing.settlementFigures(year) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.housing.statistics(year) }),
      ]),
  });
}

export const useRecordSettlementRequest = () =>
  useSettlementFigureMutation((input: RecordSettlementRequest) => api.recordSettlementRequest(input));
export const useCorrectSettlementRequest = () =>
  useSettlementFigureMutation((input: CorrectSettlementRequest) => api.correctSettlementRequest(input));
export const useRecordSettlementDecision = () =>
  useSettlementFigureMutation((input: RecordSettlementDecision) => api.recordSettlementDecision(input));

/** Settling changes the household, the lists, the statistics and the combined case view. */
function useSettleMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.housing.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
      ]),
  });
}

export const useSettleHousehold = () => useSettleMutation((input: SettleHousehold) => api.settleHousehold(input));
export const useSettlePerson = () => useSettleMutation((input: SettlePerson) => api.settlePerson(input));
