import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const API = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The same package name the API imports; here straight from source, so the client bundles
    // only what it uses and never depends on libs/domain having been compiled.
    alias: { '@backlog-studio/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    // ws: live refinement events (graphql-ws) upgrade on the same /graphql path.
    proxy: { '/graphql': { target: API, changeOrigin: true, ws: true }, '/health': API },
  },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 500,
  },
});
