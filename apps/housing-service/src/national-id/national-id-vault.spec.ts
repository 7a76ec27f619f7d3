import { randomBytes } from 'node:crypto';
import { dNumber } from '../test-support/national-ids';
import { developmentKeys, NationalIdVault } from './national-id-vault';

describe('NationalIdVault', () => {
  const sut = new NationalIdVault(developmentKeys);
  const nationalId = dNumber(1990, 5, 17);

  it('encrypts so that the clear number does not appear and decrypts it back', () => {
    const sealed = sut.encrypt(nationalId);
    expect(sealed.toString('latin1')).not.toContain(nationalId);
    expect(sut.decrypt(sealed)).toBe(nationalId);
  });

  it('uses a fresh IV each time, so equal numbers do not give equal ciphertexts', () => {
    expect(sut.encrypt(nationalId).equals(sut.encrypt(nationalId))).toBe(false);
  });

  it('refuses a tampered ciphertext (GCM authentication)', () => {
    const sealed = sut.encrypt(nationalId);
    sealed[sealed.length - 1] ^= 1;
    expect(() => sut.decrypt(sealed)).toThrow();
  });

  it('gives a stable lookup hash that ignores typed spaces and depends on the key', () => {
    const spaced = `${nationalId.slice(0, 6)} ${nationalId.slice(6)}`;
    expect(sut.lookupHash(spaced).equals(sut.lookupHash(nationalId))).toBe(true);
    const other = new NationalIdVault({ encryption: developmentKeys.encryption, hashing: randomBytes(32) });
    expect(other.lookupHash(nationalId).equals(sut.lookupHash(nationalId))).toBe(false);
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => new NationalIdVault({ encryption: randomBytes(16), hashing: randomBytes(32) })).toThrow(/32 bytes/);
  });
});
