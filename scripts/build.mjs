// Builds the renderer (Vite) and the Electron main and preload (esbuild) into dist/.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildAll({ quiet = false } = {}) {
  await vite({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  await esbuild({
    entryPoints: { main: path.join(root, 'electron/main.ts'), preload: path.join(root, 'electron/preload.ts') },
    outdir: path.join(process.env.CD_DIST ?? path.join(root, 'dist'), 'electron'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    logLevel: quiet ? 'warning' : 'info',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
