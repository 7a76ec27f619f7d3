import type { CreateUserRequest, UpdateUserRequest, UserView } from '@ankomst/contracts';
import { apiFetch } from '../../../api/http';

/** The gateway's user administration routes (always the admin's own municipality). */
export const usersPaths = {
  users: '/api/users',
  user: (id: string) => `/api/users/${encodeURIComponent(id)}`,
};

export const fetchUsers = (signal?: AbortSignal) => apiFetch<{ users: UserView[] }>(usersPaths.users, { signal });

export const createUser = (body: CreateUserRequest) => apiFetch<UserView>(usersPaths.users, { method: 'POST', body });

export const updateUser = ({ id, ...changes }: UpdateUserRequest & { id: string }) =>
  apiFetch<UserView>(usersPaths.user(id), { method: 'PATCH', body: changes });

/** Deactivates (never deletes: the audit log keeps pointing at the account) and ends its sessions. */
export const deactivateUser = (id: string) => apiFetch<UserView>(usersPaths.user(id), { method: 'DELETE' });
