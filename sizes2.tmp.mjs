import { build } from 'esbuild';
import { brotliCompressSync } from 'node:zlib';
import fs from 'node:fs';
async function size(stub, fn) {
  const plugins = stub ? [{ name: 's', setup(b) { b.onLoad({ filter: stub }, async (a) => {
    let src = fs.readFileSync(a.path, 'utf8'); src = fn(src);
    return { contents: src, loader: 'ts' }; }); } }] : [];
  const r = await build({ stdin: { contents: "export { parseSeed } from './src/index.ts'", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', plugins });
  return brotliCompressSync(r.outputFiles[0].contents).length;
}
const base = await size(null);
console.log('base', base);
const F = /families\/[a-z-]+\.ts$/;
console.log('stopwords', base - await size(/stopwords\.ts$/, (s) => s.replace(/`[^`]*`/gs, '``')));
console.log('descriptions', base - await size(F, (s) => s.replace(/description: (['"])(?:(?!\1)[^\\]|\\.)*\1/g, "description: ''")));
console.log('patterns', base - await size(F, (s) => s.replace(/String\.raw`[^`]*`/g, '""')));
console.log('lines', base - await size(F, (s) => s.replace(/lines: \[[^\]]*\]/gs, 'lines: []')));
