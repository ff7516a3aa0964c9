// LAStudio.mount(element, options): puts an editor (one wasm module instance) into a page element.
//
// The page loads this file and the app's module script (la_fixture.js now, the editor later),
// which defines createLAStudioModule. Each mount creates its own canvas and hidden textarea inside
// element and its own module instance, so two editors on one page share nothing: not memory, not
// focus, not keys, not drafts (options.draftKey). LAStudio and createLAStudioModule are the only
// globals. Returns a Promise of {module, element, canvas, textarea}.
//
// options: draftKey (localStorage key of this editor's draft), label (accessible name),
//          factory (module factory, default createLAStudioModule), locateFile (where the .wasm is).
(function() {
  'use strict';
  var kCss =
    '.la-studio{position:relative;overflow:hidden}' +
    '.la-studio-canvas{display:block;width:100%;height:100%;touch-action:none;outline:none}' +
    '.la-studio-canvas:focus-visible{outline:2px solid #2b5fb4;outline-offset:-2px}' +
    // Present for the browser (focus, IME, on-screen keyboard), invisible to the student...
    '.la-studio-text{position:absolute;left:0;top:0;width:1px;height:1em;margin:0;padding:0;' +
    'border:0;outline:0;resize:none;overflow:hidden;white-space:pre;opacity:0;' +
    'pointer-events:none;background:transparent;color:transparent;caret-color:transparent}' +
    // ...except while an IME composes: the preedit text shows at the caret.
    '.la-studio-text.la-composing{opacity:1;width:auto;min-width:12em;color:#111;' +
    'background:#fff;box-shadow:0 0 0 1px #2b5fb4;z-index:1}' +
    '.la-studio-error{margin:1em;font:16px/1.4 sans-serif;color:#8a1c1c}';

  function addStyle() {
    if (document.getElementById('la-studio-style')) return;
    var style = document.createElement('style');
    style.id = 'la-studio-style';
    style.textContent = kCss;
    document.head.appendChild(style);
  }

  function mount(element, options) {
    options = options || {};
    var factory = options.factory || window.createLAStudioModule;
    if (typeof factory !== 'function') {
      return Promise.reject(new Error('LAStudio: load the editor module script before mounting'));
    }
    addStyle();
    element.classList.add('la-studio');
    var canvas = document.createElement('canvas');
    canvas.className = 'la-studio-canvas';
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', options.label || 'Learning Agreement editor');
    var textarea = document.createElement('textarea');
    textarea.className = 'la-studio-text';
    textarea.tabIndex = -1;  // Tab moves between the editor's own fields, not onto this
    textarea.setAttribute('aria-hidden', 'true');
    textarea.setAttribute('autocomplete', 'off');
    element.appendChild(canvas);
    element.appendChild(textarea);
    var moduleOptions = {
      laHost: {container: element, canvas: canvas, textarea: textarea, options: options},
    };
    if (options.locateFile) moduleOptions.locateFile = options.locateFile;
    return factory(moduleOptions).then(function(module) {
      return {module: module, element: element, canvas: canvas, textarea: textarea};
    });
  }

  window.LAStudio = {mount: mount};
})();
