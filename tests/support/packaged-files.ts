import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

/**
 * Vitest setup: the extension fetches its own packaged files (public/, copied to the package root)
 * by their chrome-extension:// or moz-extension:// address, as the detector does with its lexicons.
 * Node's fetch knows no such scheme, so here those addresses are served from public/; every other
 * request goes to the fetch that was there before (tests may still stub fetch themselves).
 */
const PUBLIC_DIR = join(process.cwd(), 'public');
const EXTENSION_URL = /^(?:chrome|moz)-extension:\/\/[^/]+\/(.*)$/;
const realFetch = globalThis.fetch;

async function servePackaged(path: string): Promise<Response> {
  const file = normalize(join(PUBLIC_DIR, decodeURIComponent(path.split(/[?#]/)[0] ?? '')));
  if (!file.startsWith(PUBLIC_DIR + sep)) return new Response('outside the package', { status: 404 });
  try {
    const body = await readFile(file);
    const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return new Response(body, { status: 200, headers: { 'content-type': type } });
  } catch {
    return new Response('not in the package', { status: 404 });
  }
}

globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const packaged = EXTENSION_URL.exec(url);
  return packaged ? servePackaged(packaged[1] ?? '') : realFetch(input, init);
};
