/**
 * Ops cross between renderer and main gzipped: the browser host carries each
 * call through Playwright's binding at a few MB a second, and NDJSON of ops
 * shrinks about tenfold. CompressionStream is native in Chromium (and Node).
 */
export async function gzipText(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function gunzipText(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
