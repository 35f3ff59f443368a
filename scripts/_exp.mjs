import { rollup } from 'rollup';
import { brotliCompressSync, constants } from 'node:zlib';
const { default: config } = await import('../rollup.config.mjs');
const drop = process.argv.slice(2);
const swap = { name: 'swap', load(id) { for (const d of drop) if (id.endsWith(d)) return 'export {}'; return null; } };
const bundle = await rollup({ ...config, plugins: [swap, ...config.plugins], onwarn: () => {} });
const { output } = await bundle.generate(config.output);
const b = brotliCompressSync(Buffer.from(output[0].code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(drop.join(' ') || '(none)', output[0].code.length, b);
