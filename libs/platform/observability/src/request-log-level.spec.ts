import { requestLogLevel } from './logging.module';

describe('request log level', () => {
  it('logs answered requests at debug, client errors at info and server errors at error', () => {
    const sut = requestLogLevel;

    expect([200, 201, 204, 304].map((status) => sut(status))).toEqual(['debug', 'debug', 'debug', 'debug']);
    expect([400, 401, 404, 429].map((status) => sut(status))).toEqual(['info', 'info', 'info', 'info']);
    expect([500, 502, 503, 504].map((status) => sut(status))).toEqual(['error', 'error', 'error', 'error']);
    expect(sut(200, new Error('stream broke'))).toBe('error');
  });
});
