import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** First byte of every ciphertext: lets a later key rotation tell old from new. */
const FORMAT_VERSION = 1;

/** Keys for local development and tests only; config refuses to start production without real ones. */
export const developmentKeys = {
  encryption: createHash('sha256').update('ankomst development national id encryption key').digest(),
  hashing: createHash('sha256').update('ankomst development national id hashing key').digest(),
};

export interface NationalIdKeys {
  encryption: Buffer;
  hashing: Buffer;
}

/**
 * The only place national ids are handled in clear text. They are stored encrypted
 * (AES-256-GCM, random IV) and found again through a keyed HMAC-SHA256 hash, so the
 * database alone reveals neither the number nor whether two rows share one.
 */
export class NationalIdVault {
  constructor(private readonly keys: NationalIdKeys) {
    for (const [name, key] of Object.entries(keys)) {
      if (key.length !== 32) throw new Error(`National id ${name} key must be 32 bytes`);
    }
  }

  encrypt(nationalId: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keys.encryption, iv);
    const body = Buffer.concat([cipher.update(normalise(nationalId), 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag(), body]);
  }

  decrypt(sealed: Buffer): string {
    if (sealed[0] !== FORMAT_VERSION) throw new Error('Unknown national id cipher format');
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv(ALGORITHM, this.keys.encryption, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Deterministic lookup key: equal ids give equal hashes, without the key nobody can test a guess. */
  lookupHash(nationalId: string): Buffer {
    return createHmac('sha256', this.keys.hashing).update(normalise(nationalId)).digest();
  }
}

const normalise = (nationalId: string) => nationalId.replace(/\s/g, '');
