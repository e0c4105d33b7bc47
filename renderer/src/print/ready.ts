/**
 * Resolve once the laid-out page has its fonts and images: force a layout so
 * every face in use starts loading, wait for the font set, then for each image.
 */
export async function whenAssetsReady(doc: Document): Promise<void> {
  void doc.body.getBoundingClientRect();
  await new Promise<void>((r) => requestAnimationFrame(() => r()));
  await doc.fonts.ready;
  const loading = [...doc.fonts].filter((f) => f.status === 'loading').map((f) => f.loaded.catch(() => undefined));
  await Promise.all(loading);
  await Promise.all(
    [...doc.images].map((img) => (img.complete ? Promise.resolve() : img.decode().catch(() => undefined))),
  );
}
