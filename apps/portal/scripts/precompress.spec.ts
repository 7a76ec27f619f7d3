import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { precompressDirectory } from './precompress';

describe('precompressDirectory', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ankomst-precompress-'));
    fs.mkdirSync(path.join(dir, 'assets'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a brotli and a gzip copy beside each text file that decompress to the original', () => {
    const script = 'export const greeting = "hei";\n'.repeat(200);
    fs.writeFileSync(path.join(dir, 'assets', 'index-AbCdEf12.js'), script);

    const sut = precompressDirectory(dir);

    const file = path.join(dir, 'assets', 'index-AbCdEf12.js');
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).toString()).toBe(script);
    expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).toString()).toBe(script);
    expect(sut).toEqual([expect.objectContaining({ file: path.join('assets', 'index-AbCdEf12.js'), bytes: script.length })]);
    expect(sut[0].brotliBytes).toBeLessThan(sut[0].gzipBytes);
  });

  it('leaves tiny files and already compressed formats alone', () => {
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(dir, 'assets', 'font-AbCdEf12.woff2'), Buffer.alloc(4096, 7));

    const sut = precompressDirectory(dir);

    expect(sut).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'assets'))).toEqual(['font-AbCdEf12.woff2']);
    expect(fs.existsSync(path.join(dir, 'index.html.br'))).toBe(false);
  });
});
