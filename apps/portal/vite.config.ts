import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress';

const workspaceRoot = path.resolve(__dirname, '../..');

// Built into dist/apps/portal, which the gateway serves at `/` (precompressed: .br and .gz beside
// each text file); in dev, /api goes to the gateway.
export default defineConfig({
  root: __dirname,
  plugins: [react(), precompress()],
  resolve: {
    // Exact matches: `@ankomst/contracts` and each department's entry point `@ankomst/contracts/<name>`.
    alias: [
      { find: /^@ankomst\/contracts$/, replacement: path.join(workspaceRoot, 'libs/contracts/src/index.ts') },
      { find: /^@ankomst\/contracts\/([a-z-]+)$/, replacement: path.join(workspaceRoot, 'libs/contracts/src/$1/index.ts') },
    ],
  },
  build: {
    outDir: '../../dist/apps/portal',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    port: 4200,
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
});
