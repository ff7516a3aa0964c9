// Packages build/site for shipping (called by build-wasm.sh): the hosted files, their .gz and .br
// copies, and la-studio.html, the single page that works offline from disk.
//   node scripts/package-site.mjs SITE_DIR
//
// In SITE_DIR on entry: the pages (index.html, embed-*.html), la_studio.js (the mount API), the
// app's module as Emscripten wrote it (la_editor.js + .wasm, or la_fixture.js + .wasm before
// the editor exists) and the parts in SITE_DIR/parts (files loaded on first use). On exit:
//   la_studio.js          the mount API with the module inside a closure: no global but LAStudio,
//                         and the page's CommonJS/AMD loaders never see Emscripten's UMD tail
//   la_editor.<hash>.wasm the wasm under a name that changes with its content (cache for ever)
//   <part>.<hash>.<ext>   each part the same way (ui_font_more.<hash>.ttf), listed in la_studio.js
//   la-studio.html        index.html with every script inlined, the wasm and each part gzipped, as base64
//                         as base64 in an inert script element (decoded on first use): opened
//                         from disk it fetches nothing, not even a favicon
//   *.html                pages that load la_studio.js preload the wasm
//   *.gz, *.br            gzip (zopfli) and brotli -q 11 copies of every text or wasm file over 1 KB
// la_studio.js is minified with terser (npm, in build/npm), and the .gz copies come from Debian's
// zopfli, which writes ordinary gzip about 5% smaller than gzip -9: the hosted transfer's budget
// is counted in gzip.
import {spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const {minify} = createRequire(path.join(root, 'build/npm/package.json'))('terser');

const kAppModules = ['la_editor', 'la_fixture'];  // the first one present is the app
const kCompressed = /\.(html|js|wasm|css|json|svg|ttf)$/;
const kSingleFileTarget = 1.2 * 1024 * 1024;

function fail(message) {
  console.error(`package-site: ${message}`);
  process.exit(1);
}

// Stands for what the build knows about the wasm ({name, wasm, wasmBytes, parts[, wasmGzip]}) in the
// minified script: a free name that terser leaves as it is, replaced once per page.
const kInfo = '__LA_MODULE_INFO__';

// The module block appended to la_studio.js: Emscripten's output inside a function whose
// parameters shadow the loaders' globals, registered with LAStudio instead of defining a global.
function moduleBlock(name, glue) {
  return `
// The editor module (${name}.js, Emscripten output) with what the build knows about its wasm.
(function(exports, module, define) {
${glue.trim()}
LAStudio.registerModule(createLAStudioModule, ${kInfo});
})();
`;
}

// The minified script with the module's info in place of kInfo.
function withInfo(script, info) {
  if (script.split(kInfo).length !== 2) fail(`terser output holds ${kInfo} other than once`);
  return script.replace(kInfo, () => JSON.stringify(info));
}

// A script's text made safe inside <script>…</script> in HTML.
function inlineScript(text, what) {
  if (/<\/script|<!--/i.test(text)) fail(`${what} contains "</script" or "<!--" and cannot be inlined`);
  return text;
}

function localReferences(html) {
  const refs = [];
  for (const match of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) {
    const ref = match[1];
    if (!/^(data:|#|https?:|mailto:)/.test(ref) && ref !== '') refs.push(ref.replace(/[?#].*$/, ''));
  }
  return refs;
}

// la_studio.js as shipped: the mount API and the module, minified (names inside the closure are
// shortened; property names, which the page and the module share, are kept).
async function shippedScript(api, block) {
  const result = await minify(api + block, {ecma: 2017, compress: {passes: 2}, mangle: true});
  if (!result.code) fail('terser returned no code for la_studio.js');
  return result.code + '\n';
}

function contentHash(bytes) {
  return crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

// Moves each file of SITE_DIR/parts next to the wasm under a content-hashed name; returns the
// manifest la_studio.js gets ({name: {file, bytes}}) and each part's bytes by name.
function hashParts(site) {
  const dir = path.join(site, 'parts');
  const manifest = {};
  const bytes = {};
  if (!fs.existsSync(dir)) return {manifest, bytes};
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/^[\w-]+\.[a-z]+$/.test(name)) fail(`part ${name}: a part is named like ui_font_more.ttf`);
    const content = fs.readFileSync(path.join(dir, name));
    const hashed = name.replace(/\.([a-z]+)$/, `.${contentHash(content)}.$1`);
    fs.writeFileSync(path.join(site, hashed), content);
    manifest[name] = {file: hashed, bytes: content.length};
    bytes[name] = content;
  }
  fs.rmSync(dir, {recursive: true});
  return {manifest, bytes};
}

function gzip(file) {
  const run = spawnSync('zopfli', ['--i15', '-c', file], {maxBuffer: 64 * 1024 * 1024});
  if (run.status !== 0) fail(`zopfli failed on ${file}: ${run.error || run.stderr}`);
  return run.stdout;
}

async function main() {
  const site = process.argv[2];
  if (!site || !fs.existsSync(path.join(site, 'index.html'))) fail('usage: package-site.mjs SITE_DIR');
  const file = (name) => path.join(site, name);
  const app = kAppModules.find((name) => fs.existsSync(file(`${name}.js`)));
  if (!app) fail(`no app module (${kAppModules.join('.js, ')}.js) in ${site}`);

  // The wasm under a content-hashed name; the module script goes into la_studio.js.
  const wasm = fs.readFileSync(file(`${app}.wasm`));
  const wasmName = `${app}.${contentHash(wasm)}.wasm`;
  fs.renameSync(file(`${app}.wasm`), file(wasmName));
  const glue = fs.readFileSync(file(`${app}.js`), 'utf8');
  for (const name of kAppModules) {
    fs.rmSync(file(`${name}.js`), {force: true});
    fs.rmSync(file(`${name}.wasm`), {force: true});
  }
  const api = fs.readFileSync(file('la_studio.js'), 'utf8');
  const parts = hashParts(site);
  const info = {name: app, wasm: wasmName, wasmBytes: wasm.length, parts: parts.manifest};
  const script = await shippedScript(api, moduleBlock(app, glue));
  fs.writeFileSync(file('la_studio.js'), withInfo(script, info));

  // The single file: index.html with la_studio.js (and the wasm) inside; no link to the site.
  // The wasm is gzipped as the parts are (below): as it is, it alone would take the file past its
  // target once the language parts are in.
  const offlineScript = inlineScript(withInfo(script, {...info, wasmGzip: zlib.gzipSync(wasm, {level: 9}).toString('base64')}),
                                     'la_studio.js');
  // (The parts come before the script, so that they are in the page when an editor asks.) Each
  // is gzipped before base64, which la_studio.js undoes with the browser's DecompressionStream:
  // the print layout's wasm alone would otherwise take the file past its target.
  const partTags = Object.entries(parts.bytes).map(([name, bytes]) =>
      `<script type="application/octet-stream" data-la-part="${name}" data-la-encoding="gzip">` +
      `${zlib.gzipSync(bytes, {level: 9}).toString('base64')}</script>\n`);
  let single = fs.readFileSync(file('index.html'), 'utf8')
      .replace(/<([a-z]+)\b[^>]*\sdata-la-online-only\b[^>]*>[\s\S]*?<\/\1>\s*/g, '')
      .replace(/<script src="la_studio\.js"><\/script>/, () => `${partTags.join('')}<script>\n${offlineScript}</script>`);
  const left = localReferences(single);
  if (left.length) fail(`la-studio.html would still fetch ${left.join(', ')}`);
  if (!/<link rel="icon" href="data:/.test(single)) fail('index.html needs an inline favicon (data:)');
  fs.writeFileSync(file('la-studio.html'), single);
  const singleBytes = Buffer.byteLength(single);
  if (singleBytes > kSingleFileTarget) {
    console.warn(`package-site: la-studio.html is ${(singleBytes / 1024).toFixed(0)} KB, over the ` +
                 `${kSingleFileTarget / 1024} KB target (issue 6)`);
  }

  // Pages that load la_studio.js fetch the wasm from the start, in parallel with the script.
  // (crossorigin: the same mode and credentials as la_studio.js's fetch, so the download is reused.)
  for (const page of fs.readdirSync(site).filter((name) => name.endsWith('.html') && name !== 'la-studio.html')) {
    const html = fs.readFileSync(file(page), 'utf8');
    if (!html.includes('<script src="la_studio.js"></script>')) continue;
    fs.writeFileSync(file(page), html.replace(
        '</head>', `<link rel="preload" href="${wasmName}" as="fetch" crossorigin>\n</head>`));
  }

  // Every page's local references must exist (a page still loading la_editor.js would break).
  for (const page of fs.readdirSync(site).filter((name) => name.endsWith('.html'))) {
    const html = fs.readFileSync(file(page), 'utf8');
    for (const ref of localReferences(html)) {
      if (!fs.existsSync(file(ref))) fail(`${page} refers to ${ref}, which the site does not have`);
    }
  }

  for (const name of fs.readdirSync(site)) {
    if (!kCompressed.test(name)) continue;
    const bytes = fs.readFileSync(file(name));
    if (bytes.length <= 1024) continue;
    fs.writeFileSync(file(`${name}.gz`), gzip(file(name)));
    fs.writeFileSync(file(`${name}.br`), zlib.brotliCompressSync(bytes, {params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    }}));
  }
  console.log(`Packaged ${site}: la_studio.js carries ${app}.js, ${wasmName}, ` +
              `parts ${Object.values(parts.manifest).map((p) => p.file).join(', ') || 'none'}, la-studio.html ` +
              `(${(fs.statSync(file('la-studio.html')).size / 1024).toFixed(0)} KB)`);
}

await main();
