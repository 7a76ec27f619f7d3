/**
 * The access token lives in memory only (never localStorage), so a script injected into the
 * page cannot read it from storage; the refresh token is an httpOnly cookie the browser holds.
 */
let accessToken: string | undefined;
const expiryListeners = new Set<() => void>();

export const getAccessToken = () => accessToken;

export function setAccessToken(token: string | undefined): void {
  accessToken = token;
}

/** Called when a refresh failed: the session is over and the user must log in again. */
export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

export function notifySessionExpired(): void {
  accessToken = undefined;
  for (const listener of expiryListeners) listener();
}

/**
 * Why the user was signed out, for the login page to say once (the password was changed, so
 * every session ended). Kept here, not in the router's state: the shell's own redirect to the
 * login page would replace that.
 */
let signOutNotice: string | undefined;

export function setSignOutNotice(notice: string | undefined): void {
  signOutNotice = notice;
}

/** The notice, once: reading it clears it. */
export function takeSignOutNotice(): string | undefined {
  const notice = signOutNotice;
  signOutNotice = undefined;
  return notice;
}
