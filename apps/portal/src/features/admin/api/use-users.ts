import type { CreateUserRequest, UpdateUserRequest } from '@ankomst/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import * as api from './users-api';

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users.list,
    queryFn: ({ signal }) => api.fetchUsers(signal),
  });
}

/** Every change answers with the account; the list is read again so it shows the server's view. */
function useUserMutation<T>(mutationFn: (input: T) => ReturnType<typeof api.createUser>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}

export const useCreateUser = () => useUserMutation((body: CreateUserRequest) => api.createUser(body));
export const useUpdateUser = () => useUserMutation((input: UpdateUserRequest & { id: string }) => api.updateUser(input));
export const useDeactivateUser = () => useUserMutation((id: string) => api.deactivateUser(id));
