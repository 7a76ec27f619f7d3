import { ServiceException } from '@ankomst/platform-messaging';

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
