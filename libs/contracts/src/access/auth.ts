import { z } from 'zod';
import { kommunenummer } from '../common/municipality';
import { withCode } from '../common/issue-codes';
import { opaqueText, singleLineText } from '../common/text';
import { permission, role } from './roles';

export const accountUsername = z
  .string()
  .min(3, 'must be at least 3 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, dot, dash or underscore');

/** NIST 800-63B: length over composition rules; the upper bound keeps hashing cheap. */
export const accountPassword = z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');

export const loginRequest = z.object({
  // Not trimmed (the name is looked up as typed), but no control characters: it is stored on a failed login.
  username: opaqueText(64).refine((value) => value.length > 0, { message: 'must not be empty', params: withCode('required') }),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const accessTokenResponse = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('seconds'),
});
export type AccessTokenResponse = z.infer<typeof accessTokenResponse>;
/** Login and refresh answer the same way; the refresh token travels only in its cookie. */
export const loginResponse = accessTokenResponse;
export type LoginResponse = AccessTokenResponse;

export const changePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: accountPassword,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

export const meResponse = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
  municipality: kommunenummer,
  permissions: z.array(permission),
});
export type MeResponse = z.infer<typeof meResponse>;

/**
 * The refresh answers with the user as well: a reload restores the session in one request
 * (refresh) instead of two (refresh, then /me), which every page load of the portal waits for.
 */
export const refreshResponse = accessTokenResponse.extend({ user: meResponse });
export type RefreshResponse = z.infer<typeof refreshResponse>;

/** A user account as the municipal admin sees it (never the password hash). */
export const userView = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  role,
  municipality: kommunenummer,
  active: z.boolean(),
  /** `local` (password) or the OIDC issuer the account logs in through. */
  source: z.string(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userView>;

export const createUserRequest = z.object({
  username: accountUsername,
  displayName: singleLineText({ min: 1, max: 200 }),
  role,
  password: accountPassword,
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const updateUserRequest = z
  .object({
    displayName: singleLineText({ min: 1, max: 200 }).optional(),
    role: role.optional(),
    active: z.boolean().optional(),
    password: accountPassword.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'must change at least one field', params: withCode('no_change') });
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

/** The custom header the cookie-authenticated routes (refresh, logout) require against CSRF. */
export const csrfHeader = { name: 'x-requested-with', value: 'ankomst' } as const;

/**
 * Marks a read as an export (the portal's CSV download): the gateway audits it under the
 * read's action with `.export` appended, same persons and purpose, so the log tells an export
 * from a look at the screen. It widens nothing: the route's permission and need-to-know apply.
 */
export const exportHeader = { name: 'x-ankomst-export', value: 'csv' } as const;
