// LAStudio.mount(element, options): puts a Learning Agreement editor into any page element.
//
//   const editor = await LAStudio.mount(document.getElementById('la'), {
//     lang: 'en', document: jsonText, readOnly: false, draftKey: 'la-draft',
//     onChange: (json) => {...}, onExport: (json, fileName) => {...}});
//   editor.getDocument(); editor.setDocument(json); editor.findings(); editor.sign(party, signer);
//   editor.destroy();
//
// Each mount makes its own elements inside `element` (a wrapper holding a canvas and a hidden
// textarea) and its own wasm module instance: two editors on one page share no memory, focus,
// keys or draft. LAStudio is the only global: the site's la_studio.js carries the editor module
// (Emscripten's factory) inside a closure (scripts/package-site.mjs), and its CSS is scoped to
// .la-studio elements it creates; the page's own elements, styles and inputs are left alone.
// Until the first frame the element shows "Loading the editor…" with the download's progress; a
// browser that cannot run the editor gets a plain message in the element instead.
//
// A page may also load a module script of its own (Emscripten output defining
// createLAStudioModule, as the e2e test pages do) or pass options.factory. docs/embedding.md
// documents the options, the returned editor and the iframe embedding (web/embed-frame.html).
(function() {
  'use strict';
  if (window.LAStudio && window.LAStudio.mount) return;  // loaded twice: the first one stays

  // Where this script came from: the wasm is found next to it.
  var script = document.currentScript;
  var baseUrl = script && script.src ? script.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '') : '';

  // Every rule applies to elements this file creates (all under .la-studio). Layout properties
  // are !important so that host rules such as "canvas { border: 5px solid red }" or
  // "#content textarea { width: 100% }" cannot reach into the editor.
  var kCss =
    '.la-studio{position:relative!important;display:flex!important;flex-direction:column!important;' +
    'width:100%!important;height:100%!important;margin:0!important;padding:0!important;' +
    'border:0!important;box-sizing:border-box!important;overflow:hidden!important;' +
    'font:16px/1.4 system-ui,sans-serif;color:#1d232b;background:#f4f1ec;text-align:left;' +
    'letter-spacing:normal;text-transform:none;direction:ltr}' +
    '.la-studio *{box-sizing:border-box!important}' +
    '.la-studio-stage{position:relative!important;flex:1 1 auto!important;min-height:0!important;' +
    'margin:0!important;padding:0!important;border:0!important}' +
    '.la-studio-canvas{position:absolute!important;left:0!important;top:0!important;' +
    'width:100%!important;height:100%!important;max-width:none!important;max-height:none!important;' +
    'margin:0!important;padding:0!important;border:0!important;display:block!important;' +
    'transform:none!important;touch-action:none;outline:none;background:none;' +
    '-webkit-user-select:none;user-select:none;-webkit-touch-callout:none}' +
    '.la-studio-canvas:focus-visible{outline:2px solid #2b5fb4;outline-offset:-2px}' +
    // Present for the browser (focus, IME, on-screen keyboard), invisible to the student...
    '.la-studio-text{position:absolute!important;left:0;top:0;width:1px!important;height:1em;' +
    'min-width:0!important;min-height:0!important;max-width:none!important;' +
    'margin:0!important;padding:0!important;border:0!important;outline:0!important;' +
    'resize:none!important;overflow:hidden!important;white-space:pre!important;opacity:0!important;' +
    'pointer-events:none!important;background:transparent!important;color:transparent!important;' +
    'caret-color:transparent!important;font-family:sans-serif!important;line-height:1!important;' +
    'letter-spacing:normal!important;text-transform:none!important;text-indent:0!important;' +
    'box-shadow:none!important;transform:none!important;display:block!important}' +
    // ...except while an IME composes: the preedit text shows at the caret.
    '.la-studio-text.la-composing{opacity:1!important;width:auto!important;min-width:12em!important;' +
    'color:#111!important;background:#fff!important;box-shadow:0 0 0 1px #2b5fb4!important;z-index:1}' +
    // Under the pointer for a right-click's text menu (web_bridge.js), still invisible.
    '.la-studio-text.la-menu{pointer-events:auto!important;width:24px!important;height:24px!important;z-index:1}' +
    // The touch text menu (web_bridge.js): a floating bar of buttons above the pressed field.
    '.la-studio-touchmenu{position:absolute!important;z-index:2;display:flex!important;gap:0;' +
    'margin:0!important;padding:2px!important;max-width:calc(100% - 8px)!important;' +
    'background:#1d232b;color:#fff;border:0!important;border-radius:8px;' +
    'box-shadow:0 2px 10px rgba(0,0,0,.35);font:15px/1.3 system-ui,sans-serif}' +
    '.la-studio-touchmenu[role=alert]{padding:.6em .8em!important;max-width:20em!important}' +
    '.la-studio-touchmenu button{margin:0!important;padding:0 .9em!important;min-height:44px;' +
    'width:auto!important;font:inherit;color:inherit;background:none;border:0!important;' +
    'border-radius:6px;cursor:pointer;white-space:nowrap}' +
    '.la-studio-touchmenu button:active,.la-studio-touchmenu button:focus-visible{background:#3a4452}' +
    '.la-studio-error{margin:1em!important;padding:0!important;font:16px/1.4 system-ui,sans-serif;' +
    'color:#8a1c1c;position:relative;z-index:2}' +
    '.la-studio.la-failed .la-studio-canvas{display:none!important}' +
    '.la-studio-loading{position:absolute!important;left:0;top:0;right:0;bottom:0;z-index:3;' +
    'display:flex!important;flex-direction:column;align-items:center;justify-content:center;' +
    'gap:.6em;margin:0!important;background:#f4f1ec;color:#1d232b}' +
    '.la-studio-loading progress{display:block!important;width:12em!important;height:.5em!important;' +
    'margin:0!important;padding:0!important;accent-color:#2b5fb4}' +
    '.la-studio-notice{display:flex!important;align-items:center;gap:1em;margin:0!important;' +
    'padding:.5em 1em!important;background:#fff4c2;color:#3b3000;border-bottom:1px solid #d9c56b!important;' +
    'font:15px/1.35 system-ui,sans-serif}' +
    '.la-studio-notice p{margin:0!important;padding:0!important;flex:1 1 auto}' +
    '.la-studio-notice button{flex:none;margin:0!important;padding:.25em .9em!important;' +
    'font:inherit;color:inherit;background:#fff;border:1px solid #8d7b2a!important;border-radius:4px;' +
    'cursor:pointer;width:auto!important;height:auto!important}';

  var kEditorLabel = 'Learning Agreement editor';  // in English; the editor's language names it too
  var kNoWasm = 'This browser cannot run the editor: WebAssembly is not available or is turned ' +
                'off. Try an up-to-date Chrome, Edge, Firefox or Safari.';
  var kNoWebGL2 = 'This browser cannot show the editor: WebGL 2 is not available. Try an ' +
                  'up-to-date Chrome, Edge, Firefox or Safari, or turn on hardware acceleration.';
  // In English until the editor speaks (la-language brings it in the student's language).
  var kNoStorage = 'This browser keeps no drafts for this page, so nothing is saved ' +
                   'automatically. Use Export JSON to save your agreement as a file: that file is your save.';
  // A saved copy of the hosted page has no wasm next to it, and pages opened from disk may not
  // fetch files anyway: la-studio.html is the copy that works from disk.
  var kFromDisk = 'Opened from disk, this page cannot load the editor. Open la-studio.html, the ' +
                  'offline copy (the hosted page\'s "Download for offline use"), instead.';
  function noDownload(reason) {
    return location.protocol === 'file:' ? kFromDisk
        : 'The editor could not be loaded (' + reason + '). Check the connection and reload the page.';
  }

  var modules = [];  // editor modules carried by this script: {factory, info}
  var parts = {};  // part name -> promise of its bytes: loaded once per page, for every editor
  var codeParts = {};  // code part name -> promise of its instance, shared the same way
  var loadingScript = null;  // la_editor.js being loaded, when this script carries no module
  var style = null;  // the constructed style sheet, shared by every root it is adopted in

  // The styles go where the element is: the document, or the shadow root it is inside (a page's
  // styles do not reach into one). A constructed style sheet where the browser has them: a page's
  // Content-Security-Policy (style-src without 'unsafe-inline') does not apply to it, as it would
  // to a <style> element.
  function addStyle(element) {
    var root = element.getRootNode();
    if (!(typeof ShadowRoot === 'function' && root instanceof ShadowRoot)) root = document;
    if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root &&
        'replaceSync' in CSSStyleSheet.prototype) {
      if (!style) {
        style = new CSSStyleSheet();
        style.replaceSync(kCss);
      }
      if (root.adoptedStyleSheets.indexOf(style) < 0) {
        root.adoptedStyleSheets = root.adoptedStyleSheets.concat([style]);
      }
    } else if (!root.querySelector('style[data-la-studio]')) {
      var tag = document.createElement('style');
      tag.setAttribute('data-la-studio', '');
      tag.textContent = kCss;
      (root === document ? document.head || document.documentElement : root).appendChild(tag);
    }
  }

  function unsupported() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return kNoWasm;
    if (typeof WebGL2RenderingContext !== 'function') return kNoWebGL2;
    return '';
  }

  function storageWorks() {
    try {
      var key = 'la-studio-storage-probe';
      window.localStorage.setItem(key, '1');
      window.localStorage.removeItem(key);
      return true;
    } catch (e) {
      return false;  // SecurityError (file:// in some browsers, sandboxed frames, cookies off)
    }
  }

  function make(tag, className, parent) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (parent) parent.appendChild(e);
    return e;
  }

  // The elements of one editor: wrapper > [notice] stage > canvas, textarea; loading overlay.
  function createView(element, options) {
    var root = make('div', 'la-studio');
    var heightWatch = null;
    var noticeText = null;  // the notice's text, if one is shown
    var stopWatchingHeight = function() {
      if (heightWatch) heightWatch.disconnect();
      heightWatch = null;
    };
    var stage = make('div', 'la-studio-stage', root);
    var canvas = make('canvas', 'la-studio-canvas', stage);
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', options.label || kEditorLabel);
    var textarea = make('textarea', 'la-studio-text', stage);
    textarea.tabIndex = -1;  // Tab moves between the editor's own fields, not onto this
    textarea.setAttribute('autocomplete', 'off');
    textarea.setAttribute('spellcheck', 'false');
    var loading = make('div', 'la-studio-loading', root);
    loading.setAttribute('role', 'status');
    var loadingText = make('p', '', loading);
    loadingText.textContent = 'Loading the editor…';
    loadingText.style.margin = '0';
    var progress = make('progress', '', loading);
    progress.max = 1;
    element.appendChild(root);
    return {
      root: root, stage: stage, canvas: canvas, textarea: textarea,
      progress: function(fraction) {
        if (fraction >= 1) {
          loadingText.textContent = 'Starting the editor…';
          progress.removeAttribute('value');
        } else {
          progress.value = fraction;
        }
      },
      ready: function() { loading.remove(); },
      // Asked once the editor runs (a layout now would hold up the wasm download). An element
      // without a height would show nothing at all; a hidden one (display: none, a closed tab) is
      // asked when it is shown.
      checkHeight: function() {
        var check = function() {
          if (!root.getClientRects().length) return false;  // not shown
          if (!root.getBoundingClientRect().height) {
            root.style.setProperty('min-height', '30em');
            console.warn('LAStudio.mount: the element has no height; give it one (e.g. height: 80vh).');
          }
          return true;
        };
        if (check()) return;
        heightWatch = new ResizeObserver(function() {
          if (check()) stopWatchingHeight();
        });
        heightWatch.observe(root);
      },
      stopWatchingHeight: stopWatchingHeight,
      // Shows why the editor cannot start, and tells the page once (la-error on its element,
      // after the code that called mount has run, so that a listener added after it hears it).
      fail: function(message) {
        loading.remove();
        stopWatchingHeight();
        if (root.classList.contains('la-failed')) return;  // told already
        root.classList.add('la-failed');
        if (!root.querySelector('.la-studio-error')) {  // (the module may have shown it)
          var p = make('p', 'la-studio-error', stage);
          p.setAttribute('role', 'alert');
          p.textContent = message;
        }
        later(function() {
          element.dispatchEvent(new CustomEvent('la-error', {bubbles: false, detail: message}));
        }, []);
      },
      notice: function(message) {
        var bar = make('div', 'la-studio-notice');
        bar.setAttribute('role', 'status');
        noticeText = make('p', '', bar);
        noticeText.textContent = message;
        var ok = make('button', '', bar);
        ok.type = 'button';
        ok.textContent = 'OK';
        ok.addEventListener('click', function() { bar.remove(); canvas.focus({preventScroll: true}); });
        root.insertBefore(bar, stage);
      },
      // The words shown before the editor knew its language, in the language it speaks.
      language: function(words) {
        if (noticeText) noticeText.textContent = words.noStorage || kNoStorage;
      },
    };
  }

  // The module factory and what the build knows about it: {factory, info} (info may be null).
  function findModule(options) {
    if (typeof options.factory === 'function') return {factory: options.factory, info: null};
    if (modules.length) return modules[modules.length - 1];
    if (typeof window.createLAStudioModule === 'function') {
      return {factory: window.createLAStudioModule, info: null};
    }
    return null;
  }

  // The module, or else la_editor.js from this script's folder (or options.moduleUrl), loaded now:
  // the unpackaged files (build/e2e-site) work with one script tag too.
  function findOrLoadModule(options) {
    var found = findModule(options);
    if (found) return Promise.resolve(found);
    var url = options.moduleUrl || baseUrl + 'la_editor.js';
    loadingScript = loadingScript || new Promise(function(resolve, reject) {
      var script = document.createElement('script');
      script.src = url;
      script.onload = resolve;
      script.onerror = function() {
        reject(new Error(noDownload(url)));
      };
      document.head.appendChild(script);
    });
    return loadingScript.then(function() {
      found = findModule(options);
      if (!found) throw new Error('LAStudio: ' + url + ' defines no editor module');
      return found;
    });
  }

  function base64Bytes(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // A part (docs/web-layer.md, "Parts"): a file the first frame does not need, asked for by the
  // editor on first use and kept for every editor on the page. A failed load is tried again at
  // the next request.
  function loadPart(info, options, name) {
    if (!parts[name]) {
      parts[name] = readPart(info, options, name);
      parts[name].catch(function() { delete parts[name]; });
    }
    return parts[name];
  }

  // The offline single file carries each part as base64 in an inert script element, decoded
  // now; elsewhere the part is the file next to this script, under the hashed name the
  // packaging listed in info.parts (its own name in the unpackaged build).
  function readPart(info, options, name) {
    // The error's message is the reason, for the editor's words around it ("… could not be
    // loaded (reason)").
    var failed = function(reason) {
      return new Error(location.protocol === 'file:' ? 'a page opened from disk cannot load ' + name +
                       ': open la-studio.html, the offline copy, instead' : reason + ' for ' + name);
    };
    return new Promise(function(resolve) {
      var inline = document.querySelector('script[type="application/octet-stream"][data-la-part="' + name + '"]');
      if (inline) return resolve(inlinePart(inline, name));
      var entry = info && info.parts ? info.parts[name] : {file: name};
      if (!entry) throw new Error('the editor has no part named ' + name);
      var url = baseUrl + entry.file;
      if (options.locateFile) url = String(options.locateFile(entry.file, baseUrl));
      resolve(fetch(url, {credentials: 'same-origin'}).then(function(response) {
        if (!response.ok) throw failed('the server answered HTTP ' + response.status);
        return response.arrayBuffer();
      }, function(error) {
        throw failed('no connection: ' + (error && error.message || error));
      }).then(function(buffer) { return new Uint8Array(buffer); }));
    });
  }

  // A part the offline file carries: base64 of its gzipped bytes (scripts/package-site.mjs).
  function inlinePart(element, name) {
    var bytes = base64Bytes(element.textContent);
    return element.getAttribute('data-la-encoding') === 'gzip' ? gunzipped(bytes, name) : bytes;
  }

  // Bytes the packaging gzipped for the offline single file (scripts/package-site.mjs), unpacked
  // by the browser; a promise of them.
  function gunzipped(bytes, name) {
    if (typeof DecompressionStream !== 'function') {
      throw new Error('this browser cannot unpack ' + name + ' (no DecompressionStream): use an up-to-date browser');
    }
    var unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(unpacked).arrayBuffer().then(function(buffer) { return new Uint8Array(buffer); });
  }

  // A code part (src/platform/web/code_part/code_part.hpp): a standalone wasm, instantiated once
  // per page from the part's bytes, whichever way they came. It may import only what a
  // standalone wasm of Emscripten does: the memory growth notice (nothing to do: the views on
  // its memory are made anew at each call), the exit that abort() ends in, and the environment
  // that C's getenv reads (libc++'s locale setup asks; a part has none: zero variables); and
  // Unicode NFC, which the browser gives it as it gives the editor (browser_unicode_nfc.cpp).
  function codePartImports(exports) {
    var none = function(count, size) {
      var view = new DataView(exports().memory.buffer);
      view.setUint32(count, 0, true);
      view.setUint32(size, 0, true);
      return 0;
    };
    return {
      env: {
        emscripten_notify_memory_growth: function() {},
        la_browser_to_nfc: function(text, size) {
          var e = exports();
          var normal = new TextDecoder().decode(new Uint8Array(e.memory.buffer, text, size)).normalize('NFC');
          return partBytes(e, new TextEncoder().encode(normal));
        },
      },
      wasi_snapshot_preview1: {
        proc_exit: function(code) { throw new Error('it stopped (exit code ' + code + ')'); },
        environ_sizes_get: none,
        environ_get: function() { return 0; },
      },
    };
  }
  // UTF-8 with a NUL after it in the part's memory (la_part_alloc, freed by whoever takes it).
  function partBytes(e, bytes) {
    var p = e.la_part_alloc(bytes.length + 1);
    if (!p) return 0;
    var heap = new Uint8Array(e.memory.buffer);
    heap.set(bytes, p);
    heap[p + bytes.length] = 0;
    return p;
  }
  function codePart(info, options, name) {
    if (!codeParts[name]) {
      codeParts[name] = loadPart(info, options, name).then(function(bytes) {
        return WebAssembly.compile(bytes);
      }).then(function(module) {
        var instance;
        var imports = codePartImports(function() { return instance.exports; });
        var unknown = WebAssembly.Module.imports(module).filter(function(i) {
          return !(imports[i.module] && imports[i.module][i.name]);
        }).map(function(i) { return i.module + '.' + i.name; });
        if (unknown.length) throw new Error(name + ' is not a code part: it imports ' + unknown.join(', '));
        return WebAssembly.instantiate(module, imports).then(function(made) { return (instance = made); });
      }).then(function(instance) {
        if (instance.exports._initialize) instance.exports._initialize();  // static constructors
        return instance;
      });
      codeParts[name].catch(function() { delete codeParts[name]; });
    }
    return codeParts[name];
  }

  // Calls the code part's function with text; resolves to its answer, as text. A function that
  // traps leaves the instance in an unknown state: the next call starts a new one.
  function callPart(info, options, name, fn, input) {
    return codePart(info, options, name).then(function(instance) {
      var e = instance.exports;
      if (typeof e[fn] !== 'function') throw new Error(name + ' has no function ' + fn);
      var bytes = new TextEncoder().encode(input);
      var p = partBytes(e, bytes);
      if (!p) throw new Error(name + ': no memory for the input');
      var result;
      try {
        result = e[fn](p, bytes.length);
      } catch (error) {
        delete codeParts[name];
        throw new Error(name + ': ' + fn + ' failed (' + (error && error.message || error) + ')');
      }
      e.la_part_free(p);
      if (!result) throw new Error(name + ': ' + fn + ' gave no answer');
      var heap = new Uint8Array(e.memory.buffer);  // (after the call: it may have grown the memory)
      var end = result;
      while (heap[end]) ++end;
      var text = new TextDecoder().decode(heap.subarray(result, end));
      e.la_part_free(result);
      return text;
    });
  }

  // Emscripten's instantiateWasm hook: compiles the wasm while it downloads (when served as
  // application/wasm) and reports the download's progress; or instantiates the bytes carried by
  // the single-file page. Calls failed(error) if the wasm cannot be had.
  function wasmLoader(info, options, view, failed) {
    return function(imports, receive) {
      var done = function(result) {
        view.progress(1);
        receive(result.instance, result.module);
      };
      if (info.wasmGzip) {
        new Promise(function(resolve) { resolve(gunzipped(base64Bytes(info.wasmGzip), info.wasm)); })
            .then(function(bytes) { return WebAssembly.instantiate(bytes, imports); }).then(done, failed);
        return {};
      }
      var url = baseUrl + info.wasm;
      // (A page's locateFile that throws fails the mount instead of leaving it loading.)
      new Promise(function(resolve) {
        if (options.locateFile) url = String(options.locateFile(info.wasm, baseUrl));
        resolve(fetch(url, {credentials: 'same-origin'}));
      }).then(function(response) {
        if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
        if (response.body && info.wasmBytes) {
          // A copy of the stream counts the bytes; the original keeps its URL, so the browser
          // can cache the compiled code for the next visit.
          var reader = response.clone().body.getReader();
          var received = 0;
          var count = function(chunk) {
            if (chunk.done) return;
            received += chunk.value.byteLength;
            view.progress(Math.min(received / info.wasmBytes, 0.99));
            return reader.read().then(count);
          };
          reader.read().then(count).catch(function() {});
        }
        var type = response.headers.get('content-type') || '';
        if (typeof WebAssembly.instantiateStreaming === 'function' && /^application\/wasm/.test(type)) {
          return WebAssembly.instantiateStreaming(response, imports);
        }
        // Served with another type: still works, compiled after the download.
        return response.arrayBuffer().then(function(bytes) { return WebAssembly.instantiate(bytes, imports); });
      }).then(done, failed);
      return {};
    };
  }

  // Calls the editor's exported C function name (arguments: strings or numbers); returns its
  // string result, valid only until the next call, as a JS string.
  function callEditor(module, name, args) {
    var f = module['_' + name];
    if (typeof f !== 'function') {
      throw new Error('LAStudio: this module has no ' + name + '() (it is not the editor)');
    }
    var pointers = [];
    try {
      var values = (args || []).map(function(arg) {
        if (typeof arg !== 'string') return arg;
        var bytes = new TextEncoder().encode(arg);
        var p = module._malloc(bytes.length + 1);
        module.HEAPU8.set(bytes, p);
        module.HEAPU8[p + bytes.length] = 0;
        pointers.push(p);
        return p;
      });
      var result = f.apply(null, values);
      return typeof result === 'number' && result ? module.UTF8ToString(result) : '';
    } finally {
      pointers.forEach(function(p) { module._free(p); });
    }
  }

  // Host callbacks run after the editor's frame has finished (never inside it), and an error
  // thrown by the page's code is reported without disturbing the editor.
  function later(callback, args) {
    Promise.resolve().then(function() { callback.apply(null, args); });
  }

  // The agreement as JSON text: the text given, or the object written as JSON.
  function documentText(value) {
    if (typeof value === 'string') return value;
    if (value === undefined || value === null || typeof value !== 'object') {
      throw new TypeError('the agreement must be JSON text or an object, not ' +
                          (value === null ? 'null' : typeof value));
    }
    return JSON.stringify(value);  // (throws on a cycle or a BigInt)
  }

  // Per page (its path: a query string such as ?utm_source=… must not lose the draft) and
  // element: its id, or else where it is in the page, which stays the same across reloads and a
  // destroy() and mount() again.
  function defaultDraftKey(element) {
    var page = location.pathname.replace(/index\.html$/, '');
    return 'la-studio-draft:' + page + ':' + (element.id || elementPath(element));
  }

  // "main:1>div:3": tag and position among its siblings of that tag, up to an element with an id.
  function elementPath(element) {
    var steps = [];
    for (var e = element; e && e.nodeType === 1; e = e.parentElement) {
      if (e !== element && e.id) {
        steps.unshift('#' + e.id);
        break;
      }
      var n = 1;
      for (var s = e.previousElementSibling; s; s = s.previousElementSibling) n += s.tagName === e.tagName ? 1 : 0;
      steps.unshift(e.tagName.toLowerCase() + ':' + n);
    }
    return steps.join('>');
  }

  function mount(element, options) {
    options = options || {};
    if (!element || element.nodeType !== 1) {
      return Promise.reject(new TypeError('LAStudio.mount: the first argument must be a page element'));
    }
    if (options.locateFile !== undefined && typeof options.locateFile !== 'function') {
      return Promise.reject(new TypeError('LAStudio.mount: options.locateFile must be a function'));
    }
    var initialDocument = '';
    try {
      if (options.document !== undefined && options.document !== null) initialDocument = documentText(options.document);
    } catch (e) {
      return Promise.reject(new TypeError('LAStudio.mount: options.document: ' + e.message));
    }
    for (var child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (!child.classList.contains('la-studio')) continue;
      if (!child.classList.contains('la-failed')) {
        return Promise.reject(new Error('LAStudio.mount: this element holds an editor already'));
      }
      child.remove();  // one that could not start: this mount tries again
      break;
    }
    addStyle(element);
    var view = createView(element, options);
    var problem = unsupported();
    if (problem) {
      view.fail(problem);
      return Promise.reject(new Error(problem));
    }
    if (options.storageNotice !== false && !storageWorks()) view.notice(kNoStorage);
    return findOrLoadModule(options).then(function(found) {
      return start(element, options, initialDocument, view, found);
    }).catch(function(error) {
      view.fail(error.message);
      throw error;
    });
  }

  // Starts the module found for a mount; resolves to the editor (see mount).
  function start(element, options, initialDocument, view, found) {

    // The options the C++ side reads with la::web::mount_option(): strings only.
    var mountOptions = {
      draftKey: options.draftKey || defaultDraftKey(element),
      readOnly: options.readOnly ? 'true' : 'false',
    };
    if (options.lang) mountOptions.lang = String(options.lang);
    if (initialDocument) {
      mountOptions.document = initialDocument;
    }
    var failure = '';
    var firstFrame = false;
    // The page listens on its own element (these events do not bubble).
    var forward = function(e) {
      if (e.type === 'la-first-frame') {
        firstFrame = true;
        view.ready();
        element.dispatchEvent(new CustomEvent(e.type, {bubbles: false}));
      } else {
        failure = e.detail || 'The editor cannot start.';
        view.fail(failure);
      }
    };
    view.stage.addEventListener('la-first-frame', forward);
    view.stage.addEventListener('la-error', forward);
    // The interface language, as it is first drawn and each time the student or the page changes
    // it: detail {lang, words} (words: the hosted page's own texts in that language, {} in English).
    var language = function(e) {
      if (!options.label) view.canvas.setAttribute('aria-label', e.detail.words.editorLabel || kEditorLabel);
      view.language(e.detail.words);
      element.dispatchEvent(new CustomEvent('la-language', {bubbles: false, detail: e.detail}));
    };
    view.stage.addEventListener('la-language', language);

    var loadFailed;
    var loadFailure = new Promise(function(resolve, reject) { loadFailed = reject; });
    var moduleOptions = {
      laHost: {container: view.stage, canvas: view.canvas, textarea: view.textarea, options: mountOptions,
               loadPart: function(name) { return loadPart(found.info, options, name); },
               callPart: function(name, fn, input) { return callPart(found.info, options, name, fn, input); }},
    };
    if (found.info) {
      moduleOptions.instantiateWasm = wasmLoader(found.info, options, view, function(error) {
        loadFailed(new Error(noDownload(error && error.message || error)));
      });
    } else if (options.locateFile) {
      moduleOptions.locateFile = options.locateFile;
    }
    if (typeof options.onChange === 'function') {
      moduleOptions.laOnChange = function(json) { later(options.onChange, [json]); };
    }
    if (typeof options.onExport === 'function') {
      // The page takes the file (uploads it to its own form, say): no download.
      moduleOptions.laOnExport = function(json, fileName) {
        later(options.onExport, [json, fileName]);
        return true;
      };
    }

    return Promise.race([found.factory(moduleOptions), loadFailure]).then(function(module) {
      if (failure) throw new Error(failure);
      if (!firstFrame) view.ready();  // no frame yet (element hidden): nothing to wait for
      view.checkHeight();
      var destroyed = false;
      var call = function(name, args) {
        if (destroyed) throw new Error('LAStudio: this editor has been destroyed');
        return callEditor(module, name, args);
      };
      return {
        module: module, element: element, canvas: view.canvas, textarea: view.textarea,
        // The agreement as canonical JSON text.
        getDocument: function() { return call('la_document_json'); },
        // Replaces the agreement: {ok: true, findings} or, keeping the current one,
        // {ok: false, error: {message, line, column, path}}.
        setDocument: function(json) {
          var text;
          try {
            text = documentText(json);
          } catch (e) {
            return {ok: false, error: {message: 'LAStudio: ' + e.message}};
          }
          var result = JSON.parse(call('la_set_document_json', [text]));
          return result.ok ? {ok: true, findings: result.findings}
                           : {ok: false, error: result.error};
        },
        // Signs a party's block ("student", "sendingHei", "receivingHei") as signer
        // {signerName, signerPosition, signerEmail}: {ok: true, findings, fingerprint} or, signing
        // nothing, {ok: false, error: {message}} (errors in the agreement, a missing position…).
        sign: function(party, signer) {
          var result = JSON.parse(call('la_sign', [String(party), JSON.stringify(signer || null)]));
          return result.ok ? {ok: true, findings: result.findings, fingerprint: result.fingerprint}
                           : {ok: false, error: result.error};
        },
        // The checker's findings, as `la-check --json` lists them.
        findings: function() { return JSON.parse(call('la_findings_json')); },
        setReadOnly: function(readOnly) { call('la_set_read_only', [readOnly ? 1 : 0]); },
        setLanguage: function(lang) { call('la_set_language', [String(lang)]); },
        // Removes the editor: frames, timers and listeners stop, the WebGL context is released.
        destroy: function() {
          if (destroyed) return;
          destroyed = true;
          if (typeof module._la_web_destroy === 'function') module._la_web_destroy();
          module.laOnChange = module.laOnExport = null;
          view.stopWatchingHeight();
          view.stage.removeEventListener('la-first-frame', forward);
          view.stage.removeEventListener('la-error', forward);
          view.stage.removeEventListener('la-language', language);
          var gl = view.canvas.getContext('webgl2');
          var lose = gl && gl.getExtension('WEBGL_lose_context');
          if (lose) lose.loseContext();
          view.root.remove();
        },
      };
    });
  }

  // Called by the site's la_studio.js (scripts/package-site.mjs) for the module it carries.
  // info: {name, wasm (file next to this script), wasmBytes, wasmGzip (single-file page: the wasm gzipped, as base64),
  // parts: {part name: {file, bytes}}}.
  function registerModule(factory, info) {
    modules.push({factory: factory, info: info || null});
  }

  window.LAStudio = {mount: mount, registerModule: registerModule};
})();
