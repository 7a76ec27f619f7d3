import { z } from 'zod';
import { commonEnv } from './common-env';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('returns typed values with defaults applied', () => {
    const sut = loadConfig(commonEnv, {});
    expect(sut.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(sut.REQUEST_TIMEOUT_MS).toBe(5000);
  });

  it('coerces numeric variables', () => {
    expect(loadConfig(commonEnv, { REQUEST_TIMEOUT_MS: '250' }).REQUEST_TIMEOUT_MS).toBe(250);
  });

  it('names every bad variable and its rule', () => {
    const sut = () => loadConfig(commonEnv, { NATS_URL: 'http://x', REQUEST_TIMEOUT_MS: 'soon' });
    expect(sut).toThrow(ConfigError);
    try {
      sut();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems.map((p) => p.variable).sort()).toEqual(['NATS_URL', 'REQUEST_TIMEOUT_MS']);
      expect((error as Error).message).toContain('NATS_URL: must be a URL starting with nats://');
    }
  });

  it('reports a missing required variable by name', () => {
    const schema = commonEnv.extend({ FIELD_KEY: z.string({ message: 'is required' }).min(32) });
    expect(() => loadConfig(schema, {})).toThrow(/FIELD_KEY: is required/);
  });
});
