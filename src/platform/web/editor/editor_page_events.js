// JavaScript half of the editor's page hooks (--js-library, one closure per module instance):
// the leave-page prompt while changes are not exported, saving the draft when the page is hidden
// or left, the hosting page's laOnChange / laOnExport, the status as a live region for screen
// readers, the student's local date and time, the system's colour scheme, Unicode NFC, and the
// tabs that share the draft. Listeners on window and document are the
// page's own events; each editor adds its own through laWebListen, touches only its own module,
// and destroy() removes them with the browser layer's.
mergeInto(LibraryManager.library, {
  $laEditorPage: {status: null, focus: null, printFrame: null},

  // The system's colour scheme is dark: a MediaQueryList, or null where there is none.
  $laEditorDarkScheme: function() {
    return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  },

  la_editor_install_page_events__deps: ['$laEditorPage', '$laWebListen', '$laEditorDarkScheme'],
  la_editor_install_page_events: function(canvasDescription) {
    var host = Module['laHost'];
    // How to move around and leave the editor, read when the canvas takes the focus.
    if (host && host.canvas) host.canvas.setAttribute('aria-description', UTF8ToString(canvasDescription));
    // Visually hidden live regions next to the canvas, which screen readers cannot read: the
    // status ("Ready to submit", "3 errors, 2 warnings") and the item that has the keyboard focus
    // ("Student · E-mail. ana@example. Error: …", "Export JSON, button").
    var liveRegion = function(className) {
      var region = document.createElement('div');
      region.className = className;
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      region.style.cssText = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;' +
                             'clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0';
      if (host && host.container) host.container.appendChild(region);
      return region;
    };
    laEditorPage.status = liveRegion('la-studio-status');
    laEditorPage.focus = liveRegion('la-studio-focus');
    laWebListen(window, 'beforeunload', function(e) {
      if (!_la_editor_has_unexported_changes()) return;
      _la_editor_page_hidden();  // keep the draft whatever the student answers
      e.preventDefault();
      e.returnValue = '';
    });
    laWebListen(document, 'visibilitychange', function() {
      if (document.visibilityState === 'hidden') _la_editor_page_hidden();
    });
    laWebListen(window, 'pagehide', function() { _la_editor_page_hidden(); });
    var scheme = laEditorDarkScheme();
    if (scheme) laWebListen(scheme, 'change', function() { _la_editor_system_theme_changed(); });
  },

  // Unicode NFC by the browser (String.prototype.normalize, ICU in Chromium): the editor's
  // unicode_nfc.hpp, so that its first download carries no normalisation tables.
  la_browser_to_nfc: function(text, size) {
    return allocateUTF8(UTF8ToString(text, size).normalize('NFC'));
  },

  la_editor_today: function() {
    var d = new Date();
    var two = function(n) { return (n < 10 ? '0' : '') + n; };
    return allocateUTF8(d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()));
  },

  // A signature's moment: the Unix time, and the student's time zone offset now (+120 in CEST).
  la_editor_now_utc_ms: function() { return Date.now(); },
  la_editor_utc_offset_minutes: function() { return -new Date().getTimezoneOffset(); },

  la_editor_prefers_dark__deps: ['$laEditorDarkScheme'],
  la_editor_prefers_dark: function() {
    var scheme = laEditorDarkScheme();
    return scheme && scheme.matches ? 1 : 0;
  },

  // navigator.languages, most preferred first, one per line ("pt-BR\nde"), for the interface's first language.
  la_editor_preferred_languages: function() {
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    return allocateUTF8(Array.prototype.join.call(list, '\n'));
  },

  // The interface language changed: the canvas's description and the editor's lang attribute
  // (screen readers pronounce the live regions in it) follow.
  // Also tells the page (la-language, which LAStudio.mount passes on to the page's element), with
  // the words of the hosted page in that language ({} in English: the page's own HTML).
  la_editor_set_page_language: function(language, canvasDescription, pageWords) {
    var host = Module['laHost'];
    if (!host || !host.container) return;
    var lang = UTF8ToString(language);
    host.container.setAttribute('lang', lang);
    if (host.canvas) host.canvas.setAttribute('aria-description', UTF8ToString(canvasDescription));
    host.container.dispatchEvent(new CustomEvent('la-language', {bubbles: false,
                                                                 detail: {lang: lang, words: JSON.parse(UTF8ToString(pageWords))}}));
  },

  la_editor_page_wants_changes: function() {
    return typeof Module['laOnChange'] === 'function' ? 1 : 0;
  },

  la_editor_page_changed: function(json) {
    if (typeof Module['laOnChange'] === 'function') Module['laOnChange'](UTF8ToString(json));
  },

  // The page's laOnExport(json, fileName) takes the file when it returns true: no download then.
  la_editor_page_takes_export: function(json, name) {
    if (typeof Module['laOnExport'] !== 'function') return 0;
    return Module['laOnExport'](UTF8ToString(json), UTF8ToString(name)) === true ? 1 : 0;
  },

  // Scrolls the page (the window, as a page taller than it does) just enough to show the item the
  // keyboard moved to, with room for the message box under a field; nothing when it is in view.
  la_editor_reveal: function(x, y, width, height) {
    var canvas = Module['laHost'] && Module['laHost'].canvas;
    if (!canvas || !canvas.isConnected) return;
    var box = canvas.getBoundingClientRect();
    var margin = 48;
    var top = box.top + y - margin, bottom = box.top + y + height + margin;
    var view = window.innerHeight;
    if (bottom > view) window.scrollBy(0, Math.min(bottom - view, Math.max(top, 0)));
    else if (top < 0) window.scrollBy(0, top);
  },

  // The browser's print dialog on an HTML document (the print part's): a hidden iframe of this
  // editor holds it as srcdoc and prints itself once loaded, so the page around the editor is not
  // what prints. Sandboxed without allow-scripts, so that nothing in the document runs even if
  // escaping failed; allow-modals lets it open the dialog, allow-same-origin lets this editor call
  // its print().
  la_editor_print_html__deps: ['$laEditorPage'],
  la_editor_print_html: function(html) {
    var frame = laEditorPage.printFrame;
    if (!frame) {
      var host = Module['laHost'];
      frame = document.createElement('iframe');
      frame.setAttribute('data-la-print', '');
      frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      frame.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;border:0;pointer-events:none';
      (host && host.container ? host.container : document.body).appendChild(frame);
      laEditorPage.printFrame = frame;
    }
    frame.onload = function() {
      // (Some browsers fire load for the empty document a new iframe starts with.)
      if (frame.contentWindow.location.href !== 'about:srcdoc') return;
      frame.onload = null;
      frame.contentWindow.print();  // (not focused first: the editor keeps the keyboard focus)
    };
    frame.srcdoc = UTF8ToString(html);
  },

  la_editor_announce__deps: ['$laEditorPage'],
  la_editor_announce: function(text) {
    if (laEditorPage.status) laEditorPage.status.textContent = UTF8ToString(text);
  },

  la_editor_announce_focus__deps: ['$laEditorPage'],
  la_editor_announce_focus: function(text, textField) {
    if (laEditorPage.focus) laEditorPage.focus.textContent = UTF8ToString(text);
    // The textarea that takes the typing is named after the field being edited.
    var textarea = Module['laHost'] && Module['laHost'].textarea;
    var name = UTF8ToString(textField);
    if (textarea && name) textarea.setAttribute('aria-label', name);
    else if (textarea) textarea.removeAttribute('aria-label');
  },

  // One draft, one tab (EditorSession::draft_open_elsewhere): editors with the same draft key in
  // other tabs or windows of this browser talk over a BroadcastChannel. One starting says
  // "hello"; one that has the draft answers "here", and of two the later started shows the draft
  // without editing it. "take" asks the one that has it to save and let go ("released", with
  // the agreement: the saved draft may reach this tab's localStorage later than the message);
  // one that does not answer is gone, and the draft is read from localStorage.
  $laDraftTabs: {channel: null, key: '', since: 0, has: false, taking: null},

  la_editor_watch_draft__deps: ['$laDraftTabs', '$laWebListen'],
  la_editor_watch_draft: function(key) {
    if (typeof BroadcastChannel !== 'function' || laDraftTabs.channel) return;
    var tabs = laDraftTabs;
    tabs.key = UTF8ToString(key);
    tabs.since = performance.timeOrigin + performance.now() + Math.random() * 1e-3;
    tabs.has = true;
    tabs.channel = new BroadcastChannel('la-studio-drafts');
    laWebListen(tabs.channel, 'message', function(e) {
      var m = e.data || {};
      if (m.key !== tabs.key) return;
      if (m.type === 'hello' && tabs.has) {
        tabs.channel.postMessage({key: tabs.key, type: 'here', since: tabs.since});
      } else if (m.type === 'here' && tabs.has && m.since < tabs.since) {
        tabs.has = false;
        _la_editor_draft_elsewhere(0);
      } else if (m.type === 'take' && tabs.has) {
        tabs.has = false;
        _la_editor_draft_elsewhere(1);  // saves first
        tabs.channel.postMessage({key: tabs.key, type: 'released', json: UTF8ToString(_la_document_json())});
      } else if (m.type === 'released' && tabs.taking) {
        tabs.taking(typeof m.json === 'string' ? m.json : '');
      }
    });
    tabs.channel.postMessage({key: tabs.key, type: 'hello', since: tabs.since});
  },

  la_editor_take_draft__deps: ['$laDraftTabs'],
  la_editor_take_draft: function() {
    var tabs = laDraftTabs;
    if (!tabs.channel || tabs.taking) return;
    var timer = setTimeout(function() { tabs.taking(''); }, 500);
    tabs.taking = function(json) {
      clearTimeout(timer);
      tabs.taking = null;
      tabs.has = true;
      var p = allocateUTF8(json);
      _la_editor_draft_handed_over(p);
      _free(p);
    };
    tabs.channel.postMessage({key: tabs.key, type: 'take'});
  },

  la_editor_unwatch_draft__deps: ['$laDraftTabs'],
  la_editor_unwatch_draft: function() {
    if (laDraftTabs.channel) laDraftTabs.channel.close();
    laDraftTabs.channel = null;
  },
});
