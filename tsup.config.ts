import { defineConfig } from 'tsup';

// ES2022 rather than `node20`: for a `node20` target esbuild rewrites each regular expression with Unicode
// properties (`/\p{L}/u`) into a `new RegExp(…)` call, built anew on every call of the function around it.
export default defineConfig([
  {
    // The schemas get their own chunk, so that their top-level zod calls stay out of the parse path.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts', worker: 'src/node/worker.ts', schemas: 'src/model/schemas.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
