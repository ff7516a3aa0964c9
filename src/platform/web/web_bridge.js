// JavaScript half of src/platform/web: binds one module instance to the elements it was mounted on.
//
// Linked with --js-library, so everything here lives inside the module factory's closure: each
// LAStudio.mount() gets its own laWeb state and its own listeners, bound to its own elements
// (Module.laHost = {container, canvas, textarea, options}, set by web/la_studio.js). Nothing is
// registered on window or document, and la_web_detach removes every listener again (unmount).
// The C++ side is in web_*.cpp; the la_web_on_* functions called below are its
// EMSCRIPTEN_KEEPALIVE entry points.
mergeInto(LibraryManager.library, {
  $laWeb: {
    host: null,
    detached: false,      // la_web_detach has run (the editor was destroyed)
    mirror: '',           // text the hidden textarea holds that ImGui has already received
    composing: false,
    textMenu: null,       // {start, end}: the textarea holds a text field for the right-click menu
    longPress: null,      // a touch that may become a long press: {timer, x, y} (CSS px in the canvas)
    touchMenu: null,      // the touch text menu's element while it is open
    pointerFocus: false,  // the canvas is being focused by a press on it
    clipboardEvent: null, // the copy/cut event being answered, while C++ runs its frame
    clipboardWritten: false,
    cursor: '',
    files: [],            // pending picker requests, by id
    listeners: [],        // [target, type, listener, options] added by la_web_attach
    ratioQuery: null,     // the devicePixelRatio media query watched, and its listener
    ratioListener: null,
  },

  $laWebListen__deps: ['$laWeb'],
  // addEventListener that la_web_detach undoes. An app's own --js-library that listens on window
  // or document (page events) uses it too (__deps: ['$laWebListen']), so that LAStudio's
  // destroy() leaves no listener of a removed editor behind.
  $laWebListen: function(target, type, listener, options) {
    target.addEventListener(type, listener, options);
    laWeb.listeners.push([target, type, listener, options]);
  },

  $laWebFocused__deps: ['$laWeb'],
  // The focused element where the editor is: its shadow root's if it was mounted inside one
  // (document.activeElement is then the shadow host).
  $laWebFocused: function() {
    var root = laWeb.host.container.getRootNode();
    return root.activeElement !== undefined ? root.activeElement : document.activeElement;
  },

  $laWebPoint__deps: ['$laWeb'],
  // Where a pointer event is in the canvas, in CSS px of its layout: inside an element scaled
  // with a CSS transform the canvas shows at another size than it is laid out at.
  $laWebPoint: function(e) {
    var canvas = laWeb.host.canvas, r = canvas.getBoundingClientRect();
    var sx = canvas.offsetWidth ? r.width / canvas.offsetWidth : 1;
    var sy = canvas.offsetHeight ? r.height / canvas.offsetHeight : 1;
    return {x: (e.clientX - r.left) / sx, y: (e.clientY - r.top) / sy};
  },

  // Calls f with a malloc'd UTF-8 copy of s, then frees it.
  $laWebString: function(s, f) {
    var p = allocateUTF8(s);
    var r = f(p);
    _free(p);
    return r;
  },

  $laWebDeliverFile__deps: ['$laWebString'],
  // Reads a File and hands its bytes (or a plain error) to C++ under the given request id.
  $laWebDeliverFile: function(id, file) {
    var kMaxBytes = 32 * 1024 * 1024;
    var fail = function(message) {
      laWebString(file ? file.name : '', function(name) {
        laWebString(message, function(error) { _la_web_on_file(id, name, 0, 0, error); });
      });
    };
    if (!file) return fail('No file was chosen.');
    if (file.size > kMaxBytes) return fail('"' + file.name + '" is too large to open (more than 32 MB).');
    file.arrayBuffer().then(function(buffer) {
      var bytes = new Uint8Array(buffer);
      var p = _malloc(bytes.length + 1);
      HEAPU8.set(bytes, p);
      laWebString(file.name, function(name) {
        laWebString('', function(error) { _la_web_on_file(id, name, p, bytes.length, error); });
      });
      _free(p);
    }, function(e) {
      fail('"' + file.name + '" could not be read: ' + (e && e.message ? e.message : e));
    });
  },

  la_web_attach__deps: ['$laWeb', '$laWebListen', '$laWebString', '$laWebDeliverFile', '$laWebFocused',
                        '$laWebPoint', '$specialHTMLTargets'],
  // Installs the listeners that html5.h has no API for and names the elements for html5.h.
  la_web_attach: function() {
    var host = Module['laHost'];
    if (!host || !host.canvas || !host.textarea || !host.container) return 0;
    laWeb.host = host;
    var canvas = host.canvas, ta = host.textarea, box = host.container;
    // html5.h resolves these names per module instance (never a global '#canvas' selector).
    specialHTMLTargets['!la-canvas'] = canvas;
    specialHTMLTargets['!la-editor'] = box;

    // Size: the canvas follows its element; device pixels come from devicePixelContentBoxSize
    // where the browser has it (exact under zoom), else CSS size x devicePixelRatio.
    var report = function(w, h) {
      var dpr = window.devicePixelRatio || 1;
      if (!w || !h) {  // the laid-out size (a CSS transform may show it at another)
        var css = getComputedStyle(canvas);
        w = Math.round((parseFloat(css.width) || 0) * dpr); h = Math.round((parseFloat(css.height) || 0) * dpr);
      }
      w = Math.max(1, w); h = Math.max(1, h);
      if (canvas.width != w) canvas.width = w;
      if (canvas.height != h) canvas.height = h;
      _la_web_on_resize(w, h, dpr);
    };
    laWeb.resizeObserver = new ResizeObserver(function(entries) {
      var e = entries[entries.length - 1];
      var d = e.devicePixelContentBoxSize && e.devicePixelContentBoxSize[0];
      var c = e.contentBoxSize && e.contentBoxSize[0];
      var dpr = window.devicePixelRatio || 1;
      // Chromium's device emulation (tests, DevTools) leaves devicePixelContentBoxSize at the
      // real screen's scale; trust it only where it agrees with CSS size x devicePixelRatio.
      if (d && c && Math.abs(d.inlineSize - c.inlineSize * dpr) < 1.5 &&
          Math.abs(d.blockSize - c.blockSize * dpr) < 1.5) {
        report(d.inlineSize, d.blockSize);
      } else {
        report(0, 0);
      }
    });
    try {
      laWeb.resizeObserver.observe(canvas, {box: 'device-pixel-content-box'});
    } catch (e) {
      laWeb.resizeObserver.observe(canvas);
    }
    // A zoom that leaves the device-pixel size unchanged still changes devicePixelRatio.
    var watchRatio = function() {
      laWeb.ratioQuery = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      laWeb.ratioListener = function() { report(0, 0); watchRatio(); };
      laWeb.ratioQuery.addEventListener('change', laWeb.ratioListener, {once: true});
    };
    watchRatio();
    report(0, 0);

    // Pointer: mouse, pen and touch in one stream, positions relative to the canvas in CSS px.
    // Capture keeps a drag that leaves the canvas ours until the button is released.
    var kinds = {mouse: 0, touch: 1, pen: 2};
    var send = function(type, e) {
      if (!e.isPrimary) return 0;
      var p = laWebPoint(e);
      return _la_web_on_pointer(type, p.x, p.y, e.button, kinds[e.pointerType] || 0, e.timeStamp);
    };
    laWebListen(canvas, 'pointerdown', function(e) {
      if (!e.isPrimary) return;
      endTextMenu();
      endTouchMenu();
      if (e.pointerType === 'touch') startLongPress(e);
      // Not for the right button: the text menu's contextmenu event must reach the textarea.
      if (e.button != 2) canvas.setPointerCapture(e.pointerId);
      if (!box.contains(laWebFocused())) {
        laWeb.pointerFocus = true;  // (a click: no control takes the focus with it, see focusin)
        canvas.focus({preventScroll: true});
        laWeb.pointerFocus = false;
      }
      e.preventDefault();
      // (Not during an IME composition: the textarea holds its preedit.)
      if (send(0, e) && laWebFocused() === ta && !laWeb.composing) startTextMenu(e);
    });
    laWebListen(canvas, 'pointermove', function(e) { send(1, e); });
    laWebListen(canvas, 'pointerup', function(e) { endLongPress(); send(2, e); });
    laWebListen(canvas, 'pointercancel', function(e) { endLongPress(); send(3, e); });
    laWebListen(canvas, 'wheel', function() { endTouchMenu(); }, {passive: true});
    laWebListen(canvas, 'pointerleave', function(e) { send(4, e); });
    // Focus is moved by us (canvas or textarea); the browser's own mousedown focus would undo it.
    laWebListen(canvas, 'mousedown', function(e) { e.preventDefault(); });
    laWebListen(canvas, 'contextmenu', function(e) { e.preventDefault(); });

    // A right-click on a text field shows the browser's own menu for text (Cut, Copy, Paste,
    // Select all): the textarea, holding the field's text and selection, is put under the pointer
    // for the menu's hit test; the menu's commands come back as the clipboard events below, and
    // its Select all as a select event. The textarea keeps the text until the next key or press
    // (the menu's Copy needs it), then starts afresh.
    var startTextMenu = function(e) {
      var at = laWebPoint(e);
      var range = _malloc(8);
      var text = UTF8ToString(_la_web_field_text(range, range + 4));
      var start = HEAP32[range >> 2], end = HEAP32[(range >> 2) + 1];
      _free(range);
      ta.classList.add('la-menu');
      ta.style.left = Math.round(at.x - 12) + 'px';
      ta.style.top = Math.round(at.y - 12) + 'px';
      ta.value = laWeb.mirror = text;
      ta.setSelectionRange(start, end);
      laWeb.textMenu = {start: start, end: end};
    };
    var endTextMenu = function() {
      ta.classList.remove('la-menu');
      if (!laWeb.textMenu) return;
      laWeb.textMenu = null;
      ta.value = laWeb.mirror = '';
    };
    // The menu's Select all selects the whole textarea: the field selects all of its text too.
    laWebListen(ta, 'select', function() {
      var menu = laWeb.textMenu, all = ta.value.length;
      if (!menu || ta.selectionStart !== 0 || ta.selectionEnd !== all || (menu.start === 0 && menu.end === all)) return;
      menu.start = 0;
      menu.end = all;
      _la_web_on_text_command(3, 0);
    });
    laWebListen(ta, 'contextmenu', function() {
      // Out of the way again once the menu is open; its text stays for Copy and Cut.
      setTimeout(function() { ta.classList.remove('la-menu'); }, 50);
    });
    laWebListen(ta, 'keydown', endTextMenu, true);

    // A long press held still on a text field opens the touch text menu, as a phone's own fields
    // do (the browser has none for a canvas, and iOS keyboards have no paste key): Cut, Copy,
    // Paste, Select all. Its buttons are real buttons, so that their taps may use the clipboard.
    // Whether the finger was held still is web_input.cpp's to say (la_web_on_long_press): a touch
    // that moved is a scroll or a drag there, and opens no menu.
    var kLongPressMs = 500;  // a phone's long press
    var startLongPress = function(e) {
      var p = laWebPoint(e);
      p.timer = setTimeout(function() {
        laWeb.longPress = null;
        if (laWeb.composing) return;
        var field = _la_web_on_long_press(p.x, p.y);
        if (field) openTouchMenu(p.x, p.y, field);
      }, kLongPressMs);
      laWeb.longPress = p;
    };
    var endLongPress = function() {
      if (laWeb.longPress) clearTimeout(laWeb.longPress.timer);
      laWeb.longPress = null;
    };
    var endTouchMenu = function() {
      if (laWeb.touchMenu) laWeb.touchMenu.remove();
      laWeb.touchMenu = null;
    };
    // field: la_web_text_field_state() bits, 2 a selection, 4 editable. (x, y): the press.
    var openTouchMenu = function(x, y, field) {
      endTouchMenu();
      var words = UTF8ToString(_la_web_text_menu_words()).split('\n');
      var menu = laWeb.touchMenu = document.createElement('div');
      menu.className = 'la-studio-touchmenu';
      menu.setAttribute('role', 'menu');
      // The field keeps the focus (and the on-screen keyboard stays) while a button is tapped.
      menu.addEventListener('mousedown', function(e) { e.preventDefault(); });
      var item = function(label, run) {
        var b = document.createElement('button');
        b.type = 'button';
        b.setAttribute('role', 'menuitem');
        b.textContent = label;
        b.addEventListener('click', function() {
          ta.focus({preventScroll: true});  // within the tap: the on-screen keyboard may open
          run();
        });
        menu.appendChild(b);
      };
      var command = function(n) {
        return function() {
          endTouchMenu();
          _la_web_on_text_command(n, 0);
        };
      };
      var selection = (field & 2) != 0, editable = (field & 4) != 0;
      if (selection && editable) item(words[0], command(1));
      if (selection) item(words[1], command(0));
      if (editable && navigator.clipboard && navigator.clipboard.readText) {
        item(words[2], function() {
          navigator.clipboard.readText().then(function(text) {
            endTouchMenu();
            laWebString(text.normalize('NFC'), function(p) { _la_web_on_text_command(2, p); });
          }, function() {
            menu.textContent = words[4];  // refused (no permission, or not in this frame)
            menu.setAttribute('role', 'alert');
            setTimeout(function() { if (laWeb.touchMenu === menu) endTouchMenu(); }, 5000);
          });
        });
      }
      item(words[3], function() {
        _la_web_on_text_command(3, 0);
        openTouchMenu(x, y, _la_web_text_field_state());  // now with Cut and Copy
      });
      box.appendChild(menu);
      // Above the finger, inside the editor; below it where there is no room above.
      var w = menu.offsetWidth, h = menu.offsetHeight;
      menu.style.left = Math.round(Math.max(4, Math.min(x - w / 2, box.clientWidth - w - 4))) + 'px';
      menu.style.top = Math.round(y - h - 24 >= 4 ? y - h - 24 : y + 32) + 'px';
    };
    laWebListen(box, 'keydown', endTouchMenu, true);

    // Focus of the editor as a whole (canvas and textarea are both inside box). Tab (or
    // Shift+Tab) from the page focuses the canvas visibly: the editor's first (or last) control
    // takes the focus with it, so that a keyboard user sees where they are at once.
    laWebListen(box, 'focusin', function(e) {
      if (box.contains(e.relatedTarget)) return;
      var from = e.relatedTarget;
      var entry = 0;
      if (e.target === canvas && !laWeb.pointerFocus && canvas.matches(':focus-visible')) {
        entry = from && (canvas.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) ? 2 : 1;
      }
      _la_web_on_focus(1, entry);
    });
    laWebListen(box, 'focusout', function(e) {
      if (box.contains(e.relatedTarget)) return;
      endTouchMenu();
      _la_web_on_focus(0, 0);
    });

    // Text: the textarea mirrors what was typed since the last reset; each change is sent to
    // ImGui as "delete n characters, insert this", so that typing, dead keys, autocorrect and
    // on-screen keyboards (which replace words, or delete through input events) all arrive.
    var sync = function() {
      var now = ta.value.normalize('NFC');
      var old = laWeb.mirror;
      var i = 0;
      while (i < old.length && i < now.length && old.charCodeAt(i) == now.charCodeAt(i)) i++;
      if (i > 0 && (old.charCodeAt(i - 1) & 0xFC00) == 0xD800) i--;  // never split a surrogate pair
      var deleted = Array.from(old.slice(i)).length;
      var inserted = now.slice(i);
      laWeb.mirror = now;
      if (deleted || inserted) {
        laWebString(inserted, function(p) { _la_web_on_text_edit(deleted, p); });
      }
    };
    laWebListen(ta, 'compositionstart', function() {
      laWeb.composing = true;
      ta.classList.add('la-composing');
      _la_web_on_composition(1);
    });
    laWebListen(ta, 'compositionend', function() {
      laWeb.composing = false;
      ta.classList.remove('la-composing');
      _la_web_on_composition(0);
      sync();
    });
    laWebListen(ta, 'input', function(e) {
      if (e.isComposing || laWeb.composing) return;  // only committed text reaches ImGui
      sync();
    });

    // Clipboard: answered inside the browser's own events, so no permission prompt is needed.
    var clip = function(kind, e) {
      if (!e.clipboardData) return;
      var text = kind == 2 ? e.clipboardData.getData('text/plain') : '';
      laWeb.clipboardEvent = e;
      laWeb.clipboardWritten = false;
      laWebString(text, function(p) { _la_web_on_text_command(kind, p); });
      laWeb.clipboardEvent = null;
      // Cancelling a copy that wrote nothing would empty the user's clipboard.
      if (kind == 2 || laWeb.clipboardWritten) e.preventDefault();
    };
    [ta, canvas].forEach(function(el) {
      laWebListen(el, 'copy', function(e) { clip(0, e); });
      laWebListen(el, 'cut', function(e) { clip(1, e); });
      laWebListen(el, 'paste', function(e) { clip(2, e); });
    });

    // Files dropped onto the editor.
    laWebListen(box, 'dragover', function(e) {
      if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }
    });
    laWebListen(box, 'drop', function(e) {
      if (!e.dataTransfer || !e.dataTransfer.files.length) return;
      e.preventDefault();
      laWebDeliverFile(0, e.dataTransfer.files[0]);
    });
    return 1;
  },

  la_web_detach__deps: ['$laWeb', '$JSEvents', '$specialHTMLTargets'],
  // Undoes la_web_attach (unmount): the listeners added there and by html5.h, the size and ratio
  // watchers, the html5.h names. Called by la::web::destroy() after the WebGL context is gone.
  la_web_detach: function() {
    laWeb.detached = true;  // (a part arriving later is not handed to a stopped editor)
    if (laWeb.longPress) clearTimeout(laWeb.longPress.timer);
    if (laWeb.touchMenu) laWeb.touchMenu.remove();
    laWeb.longPress = laWeb.touchMenu = null;
    laWeb.listeners.forEach(function(l) { l[0].removeEventListener(l[1], l[2], l[3]); });
    laWeb.listeners = [];
    if (laWeb.resizeObserver) laWeb.resizeObserver.disconnect();
    if (laWeb.ratioQuery) laWeb.ratioQuery.removeEventListener('change', laWeb.ratioListener);
    laWeb.resizeObserver = laWeb.ratioQuery = laWeb.ratioListener = null;
    JSEvents.removeAllEventListeners();  // keys on the container, wheel on the canvas
    delete specialHTMLTargets['!la-canvas'];
    delete specialHTMLTargets['!la-editor'];
  },

  la_web_is_apple: function() {
    var p = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
    return /Mac|iPhone|iPad|iPod/.test(p) ? 1 : 0;
  },

  la_web_option__deps: ['$laWeb'],
  // Returns a malloc'd copy of LAStudio.mount's option `name` as a string, or 0 if absent.
  la_web_option: function(name) {
    var options = (laWeb.host && laWeb.host.options) || {};
    var value = options[UTF8ToString(name)];
    return value === undefined || value === null ? 0 : allocateUTF8(String(value));
  },

  la_web_set_cursor__deps: ['$laWeb'],
  la_web_set_cursor: function(name) {
    var cursor = UTF8ToString(name);
    if (laWeb.cursor != cursor) laWeb.host.canvas.style.cursor = laWeb.cursor = cursor;
  },

  la_web_notify__deps: ['$laWeb'],
  // Tells the page about the editor's life (first frame, context loss) through DOM events on the
  // container, which tests and the host page can listen to.
  la_web_notify: function(name) {
    laWeb.host.container.dispatchEvent(new CustomEvent(UTF8ToString(name), {bubbles: false}));
  },

  la_web_show_error__deps: ['$laWeb'],
  // Shows why the editor cannot start, in place of the editor, and tells the page (la-error
  // event, detail: the message), which stops showing "Loading".
  la_web_show_error: function(message) {
    var host = Module['laHost'];
    if (!host || !host.container) return;
    var p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'la-studio-error';
    p.textContent = UTF8ToString(message);
    host.container.appendChild(p);
    host.container.dispatchEvent(new CustomEvent('la-error', {bubbles: false, detail: p.textContent}));
  },

  la_web_text_entry_update__deps: ['$laWeb', '$laWebFocused'],
  // Places the hidden textarea at ImGui's caret (CSS px, relative to the canvas) so that IME
  // candidate windows and the on-screen keyboard appear there, and moves focus between the
  // canvas and the textarea. Focus is only moved inside the editor, never taken from the page.
  la_web_text_entry_update: function(wants_text, x, y, line_height) {
    var host = laWeb.host, ta = host.textarea;
    var s = ta.style;
    if (!ta.classList.contains('la-menu')) {  // not while it waits under the pointer for the menu
      s.left = Math.round(x) + 'px';
      s.top = Math.round(y) + 'px';
    }
    s.height = Math.max(1, Math.round(line_height)) + 'px';
    // 16px at least: iOS zooms the page into any smaller field that takes focus.
    s.fontSize = Math.max(16, Math.round(line_height * 0.8)) + 'px';
    var focused = laWebFocused();
    if (wants_text && host.container.contains(focused) && focused !== ta) {
      ta.focus({preventScroll: true});
    } else if (!wants_text && focused === ta) {
      host.canvas.focus({preventScroll: true});
    }
  },

  la_web_text_entry_reset__deps: ['$laWeb'],
  // Empties the textarea mirror (the caret moved, a field changed): typing starts afresh.
  la_web_text_entry_reset: function() {
    if (laWeb.composing) return;
    laWeb.host.textarea.value = '';
    laWeb.mirror = '';
  },

  la_web_text_entry_focused__deps: ['$laWeb', '$laWebFocused'],
  la_web_text_entry_focused: function() {
    return laWebFocused() === laWeb.host.textarea ? 1 : 0;
  },

  la_web_clipboard_write__deps: ['$laWeb'],
  // Puts text on the clipboard: into the copy/cut event being answered, else (a "Copy" button)
  // through the async API, which works while the click's user activation lasts.
  la_web_clipboard_write: function(text) {
    var s = UTF8ToString(text);
    if (laWeb.clipboardEvent) {
      laWeb.clipboardEvent.clipboardData.setData('text/plain', s);
      laWeb.clipboardWritten = true;
      return 1;
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(s).catch(function() {});
      return 1;
    }
    return 0;
  },

  la_web_download: function(name, mime, data, size) {
    var blob = new Blob([HEAPU8.slice(data, data + size)], {type: UTF8ToString(mime)});
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = UTF8ToString(name);
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  },

  la_web_open_picker__deps: ['$laWebDeliverFile'],
  la_web_open_picker: function(id, accept) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.addEventListener('change', function() {
      if (input.files && input.files.length) laWebDeliverFile(id, input.files[0]);
    });
    input.click();
  },

  $laWebAnswerPart__deps: ['$laWeb', '$laWebString'],
  // Runs the page's la_studio.js function host[what](args...) (Module.laHost.loadPart or
  // callPart: parts are fetched once per page, or decoded from the offline file) and hands its
  // bytes or text, or why there are none, to C++ under the request's id, later. Nothing is
  // answered once the editor is gone (destroy()).
  $laWebAnswerPart: function(id, what, args) {
    var answer = function(bytes, error) {
      if (laWeb.detached) return;
      var p = bytes ? _malloc(bytes.length + 1) : 0;
      if (p) HEAPU8.set(bytes, p);
      laWebString(error, function(e) { _la_web_on_part(id, p, bytes ? bytes.length : 0, e); });
      if (p) _free(p);
    };
    var f = laWeb.host && laWeb.host[what];
    var working = typeof f === 'function' ? Promise.resolve().then(function() { return f.apply(null, args); })
        : Promise.reject(new Error('this page cannot load ' + args[0]));
    working.then(function(result) {
      answer(typeof result === 'string' ? new TextEncoder().encode(result) : result, '');
    }, function(e) {
      answer(null, String(e && e.message ? e.message : e));
    });
  },

  la_web_request_part__deps: ['$laWebAnswerPart'],
  la_web_request_part: function(id, name) {
    laWebAnswerPart(id, 'loadPart', [UTF8ToString(name)]);
  },

  la_web_call_part__deps: ['$laWebAnswerPart'],
  la_web_call_part: function(id, name, fn, input, size) {
    var text = new TextDecoder().decode(HEAPU8.subarray(input, input + size));
    laWebAnswerPart(id, 'callPart', [UTF8ToString(name), UTF8ToString(fn), text]);
  },

  // Storage results: 0 saved / found, 1 storage unavailable, 2 full, 3 other error, 4 not found.
  $laWebStorage: function() {
    try {
      var s = window.localStorage;
      return s ? s : null;
    } catch (e) {
      return null;  // SecurityError: blocked (file://, sandboxed iframe, cookies off)
    }
  },

  la_web_storage_save__deps: ['$laWebStorage'],
  la_web_storage_save: function(key, text) {
    var storage = laWebStorage();
    if (!storage) return 1;
    try {
      storage.setItem(UTF8ToString(key), UTF8ToString(text));
      return 0;
    } catch (e) {
      var full = e && (e.name == 'QuotaExceededError' || e.name == 'NS_ERROR_DOM_QUOTA_REACHED' ||
                       e.code == 22 || e.code == 1014);
      return full ? 2 : e && e.name == 'SecurityError' ? 1 : 3;
    }
  },

  la_web_storage_load__deps: ['$laWebStorage'],
  // Returns a malloc'd copy of the stored text (status 0), or 0 with the status in *status.
  la_web_storage_load: function(key, status) {
    var storage = laWebStorage();
    var text = null;
    if (!storage) {
      HEAP32[status >> 2] = 1;
      return 0;
    }
    try {
      text = storage.getItem(UTF8ToString(key));
    } catch (e) {
      HEAP32[status >> 2] = 1;
      return 0;
    }
    HEAP32[status >> 2] = text === null ? 4 : 0;
    return text === null ? 0 : allocateUTF8(text);
  },

  la_web_storage_remove__deps: ['$laWebStorage'],
  la_web_storage_remove: function(key) {
    var storage = laWebStorage();
    if (!storage) return 1;
    try {
      storage.removeItem(UTF8ToString(key));
      return 0;
    } catch (e) {
      return 1;
    }
  },
});
