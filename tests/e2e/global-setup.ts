// The browser host serves dist/renderer: build it once before the specs run.
export default async function globalSetup(): Promise<void> {
  // @ts-expect-error plain .mjs build script without types
  const { buildAll } = await import('../../scripts/build.mjs');
  await buildAll({ quiet: true });
}
