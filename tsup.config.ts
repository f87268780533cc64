import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The schemas get their own chunk, so that their top-level zod calls stay out of the parse path.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts', worker: 'src/node/worker.ts', schemas: 'src/model/schemas.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
