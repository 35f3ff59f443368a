import { rollup } from 'rollup';
import { brotliCompressSync, constants } from 'node:zlib';
const { default: config } = await import('../rollup.config.mjs');
const [file, find, repl] = process.argv.slice(2);
const swap = { name: 'swap', transform(code, id) { if (file && id.endsWith(file)) { const re = new RegExp(find, 's'); if (!re.test(code)) throw new Error('no match'); return code.replace(re, repl); } return null; } };
const bundle = await rollup({ ...config, plugins: [swap, ...config.plugins], onwarn: () => {} });
const { output } = await bundle.generate(config.output);
const b = brotliCompressSync(Buffer.from(output[0].code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(output[0].code.length, b);
