import { ServiceException } from '@ankomst/platform-messaging';
import type { EntityManager } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

/** A national id registered twice is a conflict the caller can act on, so it is named as such. */
export async function refuseDuplicateNationalId<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driver?.code === UNIQUE_VIOLATION && driver.constraint === 'person_national_id_hash_uq') {
      throw new ServiceException('conflict', 'A person with this national id is already registered');
    }
    throw error;
  }
}

/**
 * Looks before inserting, so the usual duplicate is refused without a failed statement
 * (a failed statement's parameters, ciphertext and hash included, would reach the error
 * log). The unique index still decides when two registrations race.
 */
export async function assertNationalIdsFree(manager: EntityManager, hashes: Buffer[], exceptPersonId?: string): Promise<void> {
  if (!hashes.length) return;
  const taken = await manager.query<unknown[]>(
    'SELECT 1 FROM person WHERE national_id_hash = ANY($1) AND id IS DISTINCT FROM $2 LIMIT 1',
    [hashes, exceptPersonId ?? null],
  );
  const distinct = new Set(hashes.map((h) => h.toString('hex')));
  if (taken.length || distinct.size < hashes.length) {
    throw new ServiceException('conflict', 'A person with this national id is already registered');
  }
}
