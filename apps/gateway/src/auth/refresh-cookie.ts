import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const refreshCookieName = 'ankomst_refresh';
const refreshCookiePath = '/api/auth';

/** httpOnly (no script reads it), SameSite=Strict, Secure in production, sent only to /api/auth. */
export function setRefreshCookie(reply: FastifyReply, token: string, expiresAt: Date, production: boolean): void {
  void reply.setCookie(refreshCookieName, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: production,
    path: refreshCookiePath,
    expires: expiresAt,
  });
}

export function clearRefreshCookie(reply: FastifyReply, production: boolean): void {
  void reply.clearCookie(refreshCookieName, { httpOnly: true, sameSite: 'strict', secure: production, path: refreshCookiePath });
}

export function readRefreshCookie(request: FastifyRequest): string | undefined {
  return request.cookies?.[refreshCookieName] || undefined;
}
