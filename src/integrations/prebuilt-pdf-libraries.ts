import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/*
 * The browser's PDF worker loads pdf-lib and fontkit as the browser builds their authors publish,
 * copied into the site as they are, instead of bundling them from source on every build: that
 * took about 0.8 s of a build, most of the time of the browser bundle. The worker imports each by
 * its address; the server build, the tests and the dev server keep the ordinary packages.
 */

interface Prebuilt {
  /** The published browser build, relative to node_modules. */
  file: string;
  /**
   * How the worker's code gets the library: an ES module is imported as it is; a UMD build run as
   * a module sets a global (`self.fontkit`), which a small module hands on as its default export.
   */
  global?: string;
}

export const prebuiltLibraries: Record<string, Prebuilt> = {
  'pdf-lib': { file: 'pdf-lib/dist/pdf-lib.esm.min.js' },
  // Its ES build imports pako by a bare name, which a browser cannot load; the UMD build has it inside.
  '@pdf-lib/fontkit': { file: '@pdf-lib/fontkit/dist/fontkit.umd.min.js', global: 'fontkit' },
};

const require = createRequire(import.meta.url);
const SHIM = '\0prebuilt-global:';

/** Vite plugin for the worker bundle (vite.worker.plugins), in builds only. */
export function prebuiltPdfLibraries(): Plugin {
  let base = '/';
  const addresses = new Map<string, string>();
  return {
    name: 'umgangeshandboken:prebuilt-pdf-libraries',
    apply: 'build',
    // Before Vite's own resolver, which would find the packages' sources first.
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      for (const [name, { file }] of Object.entries(prebuiltLibraries)) {
        const source = readFileSync(require.resolve(file));
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        const fileName = `_astro/${file.split('/').pop()!.replace(/\.js$/, '')}.${hash}.js`;
        this.emitFile({ type: 'asset', fileName, source });
        addresses.set(name, `${base}${fileName}`);
      }
    },
    resolveId(id) {
      // The copied file itself, as the fontkit module below imports it.
      if ([...addresses.values()].includes(id)) return { id, external: true };
      const library = prebuiltLibraries[id];
      if (!library) return null;
      return library.global ? `${SHIM}${id}` : { id: addresses.get(id)!, external: true };
    },
    load(id) {
      if (!id.startsWith(SHIM)) return null;
      const name = id.slice(SHIM.length);
      return `import ${JSON.stringify(addresses.get(name))};\nexport default self[${JSON.stringify(prebuiltLibraries[name]!.global)}];\n`;
    },
  };
}
