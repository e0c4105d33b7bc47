import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react()],
  build: {
    // CD_DIST lets parallel work trees of one checkout build without emptying each other's output.
    outDir: path.resolve(process.env.CD_DIST ?? path.join(import.meta.dirname, 'dist'), 'renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        index: path.resolve(import.meta.dirname, 'renderer/index.html'),
        print: path.resolve(import.meta.dirname, 'renderer/print.html'),
        bench: path.resolve(import.meta.dirname, 'renderer/bench.html'),
      },
    },
  },
});
