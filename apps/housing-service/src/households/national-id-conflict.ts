import { ServiceException } from '@ankomst/platform-messaging';
import type { EntityManager } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

const alreadyRegistered = () => new ServiceException('conflict', 'A person with this national id is already registered');

/**
 * Another municipality's holder is not named, nor anything about the person: the caller
 * learns only that a transfer can be requested (POST /api/housing/transfers).
 */
export const heldElsewhere = () =>
  new ServiceException('national_id_held_elsewhere', 'This national id is held by another municipality: request a transfer of the person');

/** A national id registered twice is a conflict the caller can act on, so it is named as such. */
export async function refuseDuplicateNationalId<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driver?.code === UNIQUE_VIOLATION && driver.constraint === 'person_national_id_hash_uq') throw alreadyRegistered();
    throw error;
  }
}

/**
 * Looks before inserting, so the usual duplicate is refused without a failed statement
 * (a failed statement's parameters, ciphertext and hash included, would reach the error
 * log). The unique index still decides when two registrations race. Only active holders
 * count: a record released to another municipality keeps its number but holds it no more.
 */
export async function assertNationalIdsFree(
  manager: EntityManager,
  hashes: Buffer[],
  municipality: string,
  exceptPersonId?: string,
): Promise<void> {
  if (!hashes.length) return;
  const holders = await manager.query<{ municipality: string }[]>(
    `SELECT municipality FROM person
      WHERE national_id_hash = ANY($1) AND moved_out_at IS NULL AND id IS DISTINCT FROM $2`,
    [hashes, exceptPersonId ?? null],
  );
  const distinct = new Set(hashes.map((h) => h.toString('hex')));
  if (distinct.size < hashes.length || holders.some((h) => h.municipality === municipality)) throw alreadyRegistered();
  if (holders.length) throw heldElsewhere();
}
