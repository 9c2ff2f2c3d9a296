// Page shell: checks WebGL 2, loads the WebAssembly with an honest progress
// bar, and gives the C++ side a few services (clipboard, text mirror, test hook).
'use strict';
(function () {
  const version = '@DZB_VERSION@';  // stamped at build time; one set of files per version
  const params = new URLSearchParams(location.search);
  const canvas = document.getElementById('canvas');
  const loading = document.getElementById('loading');
  const progress = document.getElementById('loading-progress');
  const loadingText = document.getElementById('loading-text');
  const mirror = document.getElementById('mirror');

  // An embed (?embed=1, in a course page's iframe) neither reads nor writes
  // localStorage: the full app's saved work on the same site stays exactly as
  // it was, and an embed starts from its own address every time.
  const embedded = params.has('embed') && (params.get('embed') === '1' || params.get('embed') === '');
  const storageKey = 'diazepane-bench.state';
  const addressKey = 'diazepane-bench.address';  // the state last written to the address bar
  function readStored(key) {
    try {
      return localStorage.getItem(key) || '';
    } catch (e) {
      return '';  // storage blocked (private mode, sandboxed iframe): start from defaults
    }
  }
  // A reload must bring back exactly what this tab showed. The address bar
  // follows changes with a delay (see persistState), and a reload can even
  // take the address from before a replaceState that the old page made while
  // unloading: so this tab also keeps its latest state in sessionStorage, and a
  // reload takes that. Otherwise an address that is exactly what this page
  // last wrote is its own echo, not a link someone shared: the newer stored
  // state wins. Anything else is a link, and the link wins.
  // (An embed keeps no storage at all: its inputs live in its address.)
  const tabStateKey = 'diazepane-bench.tab-state';
  function readTabState() {
    try {
      return sessionStorage.getItem(tabStateKey) || '';
    } catch (e) {
      return '';
    }
  }
  function isReload() {
    const entry = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
    return !!entry && entry.type === 'reload';
  }
  function initialQuery() {
    if (embedded) return location.search;
    const tabState = readTabState();
    if (isReload() && tabState) return '?' + tabState;
    const ownParts = location.search.slice(1).split('&').filter((p) => p !== 'test-hooks' && p !== 'embed=1');
    const own = ownParts.join('&');
    if (own && own === readStored(addressKey) && readStored(storageKey)) {
      return '';
    }
    return location.search;
  }

  const dzb = (window.dzb = {
    testHooks: params.has('test-hooks'),
    initialQuery: initialQuery(),
    embedded: embedded,
    storedState: embedded ? '' : readStored(storageKey),
    // The page without query or fragment; for the offline file that is its file:// path.
    pageAddress: location.href.split(/[?#]/)[0],
    offlineFile: !!window.dzbOfflineFile,
    prefersDark: window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches,
    widgets: {},
    framesRendered: 0,
    ready: false,
    errors: [],
  });

  dzb.fail = function (message) {
    dzb.errors.push(message);
    loading.hidden = true;
    document.getElementById('failure-text').textContent = message;
    document.getElementById('failure').hidden = false;
  };

  // Frame CPU times (ms, the last 2,000) and the wasm memory high-water mark,
  // for scripts/bench; cheap enough to keep always.
  dzb.frameCpuMs = [];
  dzb.memoryBytes = 0;
  dzb.settling = true;  // false once the app has drawn its last frame for now
  dzb.frameRendered = function (cpuMs, memoryBytes, settling) {
    dzb.framesRendered += 1;
    dzb.settling = settling;
    dzb.frameCpuMs.push(cpuMs);
    if (dzb.frameCpuMs.length > 2000) dzb.frameCpuMs.splice(0, 1000);
    dzb.memoryBytes = Math.max(dzb.memoryBytes, memoryBytes || 0);
    if (!dzb.ready) {
      dzb.ready = true;
      dzb.firstFrameMs = performance.now();  // since navigation start
      loading.hidden = true;
      canvas.focus();
      // Idle time after the first frame: the card's QR encoder, ready long before anyone prints.
      (window.requestIdleCallback || ((callback) => setTimeout(callback, 500)))(loadQrEncoder);
    }
  };

  // Keeps the address bar a permalink and localStorage a copy of the inputs.
  // localStorage takes every change at once. The address bar follows at most
  // every 150 ms while a slider is dragged (browsers throttle history updates
  // and each costs time in the frame), so it can lag a reload by a moment:
  // see initialQuery() for how that lag is never taken for a link.
  let pendingAddress = null;
  let addressTimer = 0;
  function writeAddress() {
    addressTimer = 0;
    if (!pendingAddress) return;
    const { query, embed } = pendingAddress;
    pendingAddress = null;
    const extra = (embed ? '&embed=1' : '') + (dzb.testHooks ? '&test-hooks' : '');
    try {
      history.replaceState(null, '', location.pathname + '?' + query + extra);
      if (!embedded) localStorage.setItem(addressKey, query);
    } catch (e) { /* sandboxed or storage blocked */ }
  }
  dzb.persistState = function (query, embed) {
    if (!embedded) {
      try { localStorage.setItem(storageKey, query); } catch (e) { /* storage blocked: nothing to keep */ }
      try { sessionStorage.setItem(tabStateKey, query); } catch (e) { /* as above */ }
    }
    pendingAddress = { query, embed };
    if (!addressTimer) addressTimer = setTimeout(writeAddress, 150);
  };


  // Soft keyboards: a canvas never raises one, so a tap on a text field
  // focuses this hidden input inside the touch handler (the only place a
  // mobile browser allows it), and what is typed there is handed to the app.
  const softInput = document.createElement('input');
  Object.assign(softInput, { type: 'text', autocomplete: 'off', spellcheck: false, id: 'soft-keyboard' });
  softInput.setAttribute('inputmode', 'decimal');
  softInput.setAttribute('autocapitalize', 'off');
  softInput.setAttribute('aria-hidden', 'true');
  softInput.tabIndex = -1;
  softInput.className = 'soft-keyboard';
  document.body.appendChild(softInput);
  let softPending = '';
  dzb.textFields = [];
  dzb.editing = false;
  dzb.keypadOn = false;
  dzb.takeSoftInput = function () {
    const text = softPending;
    softPending = '';
    return text;
  };
  // On touch screens the tap handler below focuses the hidden input, whose
  // text (soft keyboard, IME, dictation) goes to the app and whose non-text
  // keys go on to the canvas. With a mouse and a hardware keyboard the canvas
  // keeps the focus and SDL reads the keys.
  dzb.publishTextFields = function (fields, editing, keypadOn) {
    dzb.textFields = fields;
    dzb.editing = editing;
    dzb.keypadOn = keypadOn;
    if (!editing && document.activeElement === softInput) {
      softInput.blur();
      canvas.focus({ preventScroll: true });
    }
  };
  function fieldAt(x, y) {
    return dzb.textFields.find((f) => x >= f.x && x <= f.x + f.width && y >= f.y && y <= f.y + f.height);
  }
  // The first finger's press, moves and lift with the events' own times (ms)
  // for the fling's speed: the times SDL gives are those of its handlers,
  // which a slow frame delays and then runs in a burst.
  dzb.touchSamples = [];
  const touchKinds = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 2 };
  let fingerId = null;
  for (const type of Object.keys(touchKinds)) {
    canvas.addEventListener(type, (event) => {
      const touch = [...event.changedTouches].find((t) => type === 'touchstart' ? fingerId === null : t.identifier === fingerId);
      if (!touch) return;
      if (type === 'touchstart') fingerId = touch.identifier;
      if (touchKinds[type] === 2) fingerId = null;
      const box = canvas.getBoundingClientRect();
      dzb.touchSamples.push([touchKinds[type], event.timeStamp, touch.clientY - box.top]);
      if (dzb.touchSamples.length > 64) dzb.touchSamples.splice(0, dzb.touchSamples.length - 64);
    }, { capture: true, passive: true });
  }
  // A finger that moved was scrolling the page (the app scrolls on drags):
  // lifting it over a field must not raise the keyboard.
  let touchStart = null;
  canvas.addEventListener('touchstart', (event) => {
    const touch = event.changedTouches[0];
    touchStart = touch ? { x: touch.clientX, y: touch.clientY } : null;
  }, { passive: true });
  canvas.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0];
    const box = canvas.getBoundingClientRect();
    const moved = touch && touchStart && Math.hypot(touch.clientX - touchStart.x, touch.clientY - touchStart.y) > 10;
    const field = touch && !moved && fieldAt(touch.clientX - box.left, touch.clientY - box.top);
    if (!field || dzb.keypadOn) return;
    // Over the field, so the browser keeps the field in view above the keyboard.
    Object.assign(softInput.style, { left: box.left + field.x + 'px', top: box.top + field.y + 'px',
      width: field.width + 'px', height: field.height + 'px' });
    softInput.focus({ preventScroll: true });
  });
  // Pasted text goes into the field being edited as one line.
  function pastedText(dataTransfer) {
    const text = (dataTransfer && dataTransfer.getData('text/plain')) || '';
    return text.replace(/\s+/g, ' ').trim();
  }
  softInput.addEventListener('beforeinput', (event) => {
    // An IME composes in the input itself (it cannot be cancelled); the
    // finished text arrives with compositionend.
    if (event.inputType === 'insertCompositionText') return;
    if (event.inputType === 'deleteContentBackward') softPending += '\b';
    else if (event.inputType === 'insertLineBreak') softPending += '\n';
    else if (event.data) softPending += event.data;
    else if (event.dataTransfer) softPending += pastedText(event.dataTransfer);
    event.preventDefault();  // the hidden input stays empty; the app holds the text
  });
  softInput.addEventListener('compositionend', (event) => {
    if (event.data) softPending += event.data;
    softInput.value = '';
  });
  // A key that is not text goes on to the canvas as SDL expects it (SDL
  // still reads the deprecated keyCode, which a constructed event lacks).
  function forwardKey(event) {
    const copy = new KeyboardEvent(event.type, {
      key: event.key, code: event.code, location: event.location, repeat: event.repeat, ctrlKey: event.ctrlKey,
      shiftKey: event.shiftKey, altKey: event.altKey, metaKey: event.metaKey, bubbles: true, cancelable: true,
    });
    for (const name of ['keyCode', 'which', 'charCode']) Object.defineProperty(copy, name, { value: event[name] });
    canvas.dispatchEvent(copy);
  }
  function isText(event) {
    return event.key.length === 1 && !event.ctrlKey && !event.metaKey;
  }
  softInput.addEventListener('keydown', (event) => {
    if (event.isComposing || event.keyCode === 229) return;  // the IME has it
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'v') return;  // the paste event brings it
    // Hardware keys while the hidden input has focus (tablet with a keyboard).
    if (event.key === 'Backspace') { softPending += '\b'; event.preventDefault(); }
    else if (event.key === 'Enter') { softPending += '\n'; event.preventDefault(); }
    else if (!isText(event)) { forwardKey(event); event.preventDefault(); }
  });
  softInput.addEventListener('keyup', (event) => {
    if (event.isComposing || event.keyCode === 229 || isText(event)) return;
    if (event.key !== 'Backspace' && event.key !== 'Enter') forwardKey(event);
  });

  // Ctrl+V or the context menu's Paste over the canvas: SDL reads no system
  // clipboard on the web, so the text takes the soft keyboard's way in.
  document.addEventListener('paste', (event) => {
    if (!dzb.editing || event.target === softInput) return;
    softPending += pastedText(event.clipboardData);
    event.preventDefault();
  });

  dzb.publishWidgets = function (widgets) { dzb.widgets = widgets; };

  // Lines of "key<TAB>label<TAB>value<TAB>kind<TAB>flags<TAB>detail" (one
  // entry of the tool's report each) become a definition list per tool; kind
  // and flags ("stale", "done") ride along as data attributes for the card.
  dzb.publishMirror = function (tool, lines) {
    let section = mirror.querySelector('[data-tool="' + tool + '"]');
    if (!lines) {
      if (section) section.remove();  // the tool is no longer shown
      return;
    }
    if (!section) {
      section = document.createElement('dl');
      section.dataset.tool = tool;
      mirror.appendChild(section);
    }
    // Updated in place, entry by entry: typing or a drag changes a few
    // values, and rebuilding every node would cost each frame its DOM work.
    const existing = new Map();
    for (const group of section.children) existing.set(group.dataset.slot, group);
    const seen = new Map();
    let index = 0;
    for (const line of lines.split('\n')) {
      if (!line) continue;
      const [key, label, value, kind, flags, detail, cardLabel, cardValue, cardDetail] = line.split('\t');
      const occurrence = (seen.get(key) || 0) + 1;  // a key may repeat (conversion lines)
      seen.set(key, occurrence);
      const slot = key + '#' + occurrence;
      let group = existing.get(slot);
      existing.delete(slot);
      if (!group) {
        group = document.createElement('div');
        group.dataset.slot = slot;
        group.dataset.key = key;
        group.append(document.createElement('dt'), document.createElement('dd'));
      }
      const set = (name, on) => {
        if (on && !(name in group.dataset)) group.dataset[name] = '';
        if (!on && name in group.dataset) delete group.dataset[name];
      };
      if (group.dataset.kind !== (kind || 'result')) group.dataset.kind = kind || 'result';
      set('stale', flags && flags.includes('stale'));
      // Formulas as chemists write them (LiAlH₄), for the printed card only.
      for (const [name, text] of [['cardLabel', cardLabel], ['cardValue', cardValue], ['cardDetail', cardDetail]]) {
        if (text && group.dataset[name] !== text) group.dataset[name] = text;
        if (!text && name in group.dataset) delete group.dataset[name];
      }
      set('done', flags && flags.includes('done'));
      const [term, description] = group.children;
      if (term.textContent !== label) term.textContent = label;
      if (description.textContent !== value) description.textContent = value;
      // A step's how and why, heard after its title (tests read the first dd).
      let more = group.children[2];
      if (detail) {
        if (group.dataset.detail !== detail) group.dataset.detail = detail;
        if (!more) more = group.appendChild(document.createElement('dd'));
        if (more.textContent !== detail) more.textContent = detail;
      } else {
        if (more) more.remove();
        if ('detail' in group.dataset) delete group.dataset.detail;
      }
      if (section.children[index] !== group) section.insertBefore(group, section.children[index] || null);
      index += 1;
    }
    for (const group of existing.values()) group.remove();
    scheduleAnnouncement(tool);
  };

  // The bench card: what is printed instead of the canvas, drawn from the
  // current tool's report (its mirror section): tool, date, permalink,
  // inputs, results, the plot, the steps with tick boxes, warnings, sources.
  // No UI settings (the "app" section) appear on it.
  const card = document.createElement('article');
  card.id = 'card';
  card.setAttribute('aria-hidden', 'true');  // the mirror already says all of it
  document.body.appendChild(card);
  let cardTool = '';
  let cardTitle = '';
  let cardPlot = null;  // data: URL of the plot grabbed from the canvas
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  // The permalink as a QR code, for a phone at the bench to reopen these
  // inputs. The encoder (Debian's node-qrcode-generator) is not part of the
  // first paint: it is fetched once the app has drawn (loadQrEncoder), and the
  // offline single file carries it inline. Without it the card keeps the text link.
  function qrCode(text) {
    if (typeof window.qrcode !== 'function') return null;
    const qr = window.qrcode(0, 'M');  // the smallest version that holds it, 15 % error correction
    qr.addData(text);
    qr.make();
    const count = qr.getModuleCount();
    const quiet = 4;  // the blank margin scanners need, in modules
    let path = '';
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) {
        if (qr.isDark(row, col)) path += 'M' + (col + quiet) + ' ' + (row + quiet) + 'h1v1h-1z';
      }
    }
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const size = count + 2 * quiet;
    svg.setAttribute('viewBox', '0 0 ' + size + ' ' + size);
    svg.setAttribute('class', 'card-qr');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'QR code of the permalink');
    svg.setAttribute('shape-rendering', 'crispEdges');
    const background = document.createElementNS(ns, 'rect');
    background.setAttribute('width', size);
    background.setAttribute('height', size);
    background.setAttribute('fill', '#fff');
    const modules = document.createElementNS(ns, 'path');
    modules.setAttribute('d', path);
    modules.setAttribute('fill', '#000');
    svg.append(background, modules);
    return svg;
  }
  function loadQrEncoder() {
    if (typeof window.qrcode === 'function' || document.getElementById('dzb-qrcode')) return;
    const script = document.createElement('script');
    script.id = 'dzb-qrcode';
    script.src = 'qrcode.js?v=' + version;
    document.head.appendChild(script);
  }
  function buildCard() {
    // Ctrl+P before any Print press: the tool on screen (its section is the one besides "app").
    const shown = [...mirror.querySelectorAll('[data-tool]')].find((node) => node.dataset.tool !== 'app');
    if (!shown) return;
    if (shown.dataset.tool !== cardTool) {
      cardTool = shown.dataset.tool;
      cardTitle = cardTool.charAt(0).toUpperCase() + cardTool.slice(1);
      cardPlot = null;
    }
    const section = shown;
    // The permalink of this tool's inputs: its own parameters and the tool,
    // not the other tools' or the display settings (theme, text size, keypad).
    const query = new URLSearchParams(location.search);
    for (const name of [...query.keys()]) {
      if (name !== 'tool' && !name.startsWith(cardTool + '.')) query.delete(name);
    }
    const address = location.origin + location.pathname + '?' + query.toString();
    const qr = qrCode(address);
    const parts = [...(qr ? [qr] : []), el('h1', 'Diazepane Bench: ' + cardTitle),
      el('p', new Date().toLocaleString() + ' · ' + address, 'card-meta')];
    const entries = [...section.children];
    const groups = {};
    for (const kind of ['status', 'input', 'result', 'step', 'warning', 'source']) groups[kind] = [];
    for (const group of entries) (groups[group.dataset.kind] || groups.result).push(group);
    const staleMark = (group) => (group.hasAttribute('data-stale') ? el('span', ' stale', 'card-stale') : '');
    const list = (heading, groupList, render) => {
      if (!groupList.length) return;
      const ul = el('ul');
      for (const group of groupList) ul.appendChild(render(group));
      parts.push(el('h2', heading), ul);
    };
    const text = (group, part) =>
      (part === 'dt' ? group.dataset.cardLabel : group.dataset.cardValue) || group.querySelector(part).textContent;
    const pair = (group) => {
      const li = el('li');
      li.append(el('b', text(group, 'dt') + ': '), text(group, 'dd'), staleMark(group));
      return li;
    };
    list('Notes', groups.status, pair);
    // An input left empty (a measurement not entered) says nothing on paper.
    list('Inputs', groups.input.filter((group) => text(group, 'dd')), pair);
    list('Results', groups.result, pair);
    if (cardPlot) {
      const img = el('img');
      img.alt = 'The plot on screen when Print was pressed';
      img.src = cardPlot;
      // A plot drawn from stale results is stale too.
      const stale = section.querySelector('[data-stale]') ? ' (stale: showing the last valid input)' : '';
      parts.push(el('h2', 'Plot' + stale), img);
    }
    const line = (group) => {
      const li = el('li', text(group, 'dd'));
      li.append(staleMark(group));
      return li;
    };
    // Safety first: the card is read at the bench before the steps are done.
    list('Safety', groups.warning, line);
    list('Steps', groups.step, (group) => {
      const li = el('li', '', 'card-step');
      li.append((group.hasAttribute('data-done') ? '☑' : '☐') + ' ', el('b', text(group, 'dd')), staleMark(group));
      const detail = group.dataset.cardDetail || group.dataset.detail;
      if (detail) li.append(el('div', detail, 'card-detail'));
      return li;
    });
    list('Sources', groups.source, line);
    card.replaceChildren(...parts);
  }
  // The plot is read right after the frame that asked for it was drawn (a
  // microtask runs once the frame's callback returns, before the browser
  // presents and clears the WebGL buffer), so no preserveDrawingBuffer.
  function grabPlot(rect) {
    if (!rect) return null;
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const grab = document.createElement('canvas');
    grab.width = Math.round(rect.width * scale);
    grab.height = Math.round(rect.height * scale);
    grab.getContext('2d').drawImage(canvas, rect.x * scale, rect.y * scale, grab.width, grab.height,
      0, 0, grab.width, grab.height);
    return grab.toDataURL('image/png');
  }
  dzb.printCard = function (tool, title, rect) {
    queueMicrotask(() => {
      cardTool = tool;
      cardTitle = title;
      cardPlot = grabPlot(rect);
      writeAddress();  // the permalink on the card is the address of these inputs
      buildCard();
      const img = card.querySelector('img');
      (img ? img.decode().catch(() => {}) : Promise.resolve()).then(() => {
        dzb.printed = (dzb.printed || 0) + 1;
        window.print();
      });
    });
  };
  // Ctrl+P prints the card too, with the inputs as they are now.
  window.addEventListener('beforeprint', buildCard);

  // The live region: once input has settled (0.8 s without a change), it
  // says the results that changed, once; not the inputs (the user just set
  // them), not a whole tool that was switched to, and never a key.
  const announce = document.getElementById('announce');
  const announced = new Map();  // tool -> Map(key -> value) last said (or seen)
  const changedTools = new Set();
  let announceTimer = 0;
  function resultsOf(tool) {
    const section = mirror.querySelector('[data-tool="' + tool + '"]');
    const results = new Map();
    if (!section) return results;
    for (const group of section.children) {
      const key = group.dataset.key;
      if (!key || group.dataset.kind === 'input' || key === 'ui_scale' || key === 'keypad') continue;
      results.set(key, [group.querySelector('dt').textContent, group.querySelector('dd').textContent]);
    }
    return results;
  }
  function sayWhatChanged() {
    announceTimer = 0;
    const phrases = [];
    for (const tool of changedTools) {
      const results = resultsOf(tool);
      const before = announced.get(tool);
      if (before) {
        for (const [key, [label, value]] of results) {
          if (before.get(key) !== value) phrases.push(label + ': ' + value);
        }
      }
      announced.set(tool, new Map([...results].map(([key, [, value]]) => [key, value])));
    }
    changedTools.clear();
    // A long list is not heard to its end: the first few, then a count.
    if (!phrases.length) return;
    const shown = phrases.slice(0, 6);
    if (phrases.length > 6) shown.push('and ' + (phrases.length - 6) + ' more');
    announce.textContent = shown.join('. ') + '.';
  }
  function scheduleAnnouncement(tool) {
    changedTools.add(tool);
    clearTimeout(announceTimer);
    announceTimer = setTimeout(sayWhatChanged, 800);
  }

  // The accessible form: the controls on the canvas as real, visually hidden
  // form elements, in the canvas' order (header, tools, the tool's content).
  // A screen reader operates them; what is done there goes back to the app
  // as commands, and the app's results come back through the mirror.
  // Elements are kept and updated in place, so focus and typing survive.
  dzb.controlCommands = [];
  const controls = document.createElement('form');
  controls.id = 'controls';
  controls.className = 'visually-hidden';
  controls.setAttribute('aria-label', 'Controls');
  controls.addEventListener('submit', (event) => event.preventDefault());
  const controlSections = {};
  for (const [section, label] of [['header', 'Page'], ['tabs', 'Tools'], ['content', 'Inputs']]) {
    const group = document.createElement('div');
    group.setAttribute(section === 'tabs' ? 'role' : 'data-group', section === 'tabs' ? 'tablist' : section);
    group.setAttribute('aria-label', label);
    controls.appendChild(group);
    controlSections[section] = group;
  }
  mirror.parentNode.insertBefore(controls, mirror);
  const controlElements = new Map();
  const command = (name, value) => dzb.controlCommands.push(name + '\t' + value);
  const sliderKeys = new Set(['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']);
  function makeControl(kind, name) {
    const id = 'control-' + name.replace(/[^A-Za-z0-9_-]/g, '-');
    const wrap = document.createElement('div');
    let input;
    if (kind === 'textbox' || kind === 'slider' || kind === 'checkbox') {
      const label = document.createElement('label');
      label.htmlFor = id;
      input = document.createElement('input');
      input.type = kind === 'textbox' ? 'text' : kind === 'slider' ? 'range' : 'checkbox';
      if (kind === 'slider') Object.assign(input, { min: 0, max: 1000, step: 10 });
      if (kind === 'textbox') input.setAttribute('inputmode', 'decimal');
      const message = document.createElement('span');
      message.id = id + '-message';
      input.setAttribute('aria-describedby', message.id);
      wrap.append(label, input, message);
      input.addEventListener(kind === 'checkbox' ? 'change' : 'input', () =>
        command(name, kind === 'checkbox' ? (input.checked ? '1' : '0') : input.value));
      // A slider's keys step as on the canvas (in log space on a log scale),
      // not by the range element's even steps.
      if (kind === 'slider') {
        input.addEventListener('keydown', (event) => {
          if (!sliderKeys.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
          event.preventDefault();
          command(name, 'key:' + event.key);
        });
      }
    } else {
      input = document.createElement('button');
      input.type = 'button';
      if (kind === 'tab') input.setAttribute('role', 'tab');
      input.addEventListener('click', () => command(name, 'press'));
      wrap.appendChild(input);
    }
    input.id = id;
    // Focus follows: the widget on the canvas takes the focus with it.
    input.addEventListener('focus', () => {
      if (!focusFromApp) command('focus', name);
    });
    return { kind, wrap, input };
  }
  // A click or a tap on the canvas takes the keys back from the form (SDL's
  // own handlers keep the browser from moving the focus on a press).
  canvas.addEventListener('pointerdown', () => {
    if (controls.contains(document.activeElement)) canvas.focus({ preventScroll: true });
  }, { capture: true, passive: true });
  // Keyboard navigation on the canvas moved to control `name`: the page's
  // focus goes to its element, so a screen reader says what it is, and the
  // form's keys (typing, arrows on a slider, Tab) take over from there.
  let focusFromApp = false;
  dzb.followKeyboardFocus = function (name) {
    const control = controlElements.get(name);
    if (!control || document.activeElement !== canvas) return;
    focusFromApp = true;
    control.input.focus({ preventScroll: true });
    focusFromApp = false;
  };
  dzb.publishControls = function (lines) {
    const seen = new Set();
    const order = { header: [], tabs: [], content: [] };
    for (const line of lines.split('\n')) {
      if (!line) continue;
      const [section, kind, name, label, value, state] = line.split('\t');
      let control = controlElements.get(name);
      if (!control || control.kind !== kind) {
        if (control) control.wrap.remove();
        control = makeControl(kind, name);
        controlElements.set(name, control);
      }
      seen.add(name);
      (order[section] || order.content).push(control.wrap);
      const { input, wrap } = control;
      const focused = document.activeElement === input;
      if (kind === 'textbox' || kind === 'slider' || kind === 'checkbox') {
        wrap.querySelector('label').textContent = label;
        const message = wrap.querySelector('span');
        if (kind === 'textbox') {
          if (!focused && input.value !== value) input.value = value;
          input.setAttribute('aria-invalid', state ? 'true' : 'false');
          if (message.textContent !== state) message.textContent = state;
        } else if (kind === 'slider') {
          if (!focused || input.value !== state) input.value = state;
          input.setAttribute('aria-valuetext', value);
        } else {
          input.checked = state === '1';
        }
      } else {
        if (input.textContent !== label) input.textContent = label;
        input.disabled = state === 'disabled';
        if (kind === 'tab') input.setAttribute('aria-selected', state === '1' ? 'true' : 'false');
        if (kind === 'toggle') input.setAttribute('aria-pressed', state === '1' ? 'true' : 'false');
      }
    }
    for (const [name, control] of controlElements) {
      if (!seen.has(name)) {
        control.wrap.remove();
        controlElements.delete(name);
      }
    }
    // Order as on the canvas; an element already in place is not moved (a
    // moved element would lose the focus).
    for (const [section, wraps] of Object.entries(order)) {
      const group = controlSections[section];
      wraps.forEach((wrap, index) => {
        if (group.children[index] !== wrap) group.insertBefore(wrap, group.children[index] || null);
      });
    }
  };

  // Copies through the Clipboard API, else through a selected text area and
  // the older copy command. Resolves to whether the text reached the clipboard.
  function writeClipboard(text, selectedArea) {
    const fallback = () => {
      const area = selectedArea || document.createElement('textarea');
      if (!selectedArea) {
        area.value = text;
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
      }
      area.select();
      let copied = false;
      try { copied = document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
      if (!selectedArea) {
        area.remove();
        canvas.focus();
      }
      return copied;
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(() => true, fallback);
    }
    return Promise.resolve(fallback());
  }
  dzb.copyText = function (text) { writeClipboard(text, null); };

  // "Copy link" and "Embed this": the text is copied and also shown, selected,
  // in a small panel, so it can be copied by hand where the clipboard is
  // blocked (an iframe without clipboard-write, a locked-down browser).
  const share = document.getElementById('share');
  const shareTitle = document.getElementById('share-title');
  const shareText = document.getElementById('share-text');
  const shareStatus = document.getElementById('share-status');
  dzb.copyStatus = 'pending';
  function closeShare() {
    share.hidden = true;
    canvas.focus({ preventScroll: true });
  }
  document.getElementById('share-close').addEventListener('click', closeShare);
  share.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeShare();
  });
  dzb.share = function (title, text, dark) {
    share.classList.toggle('dark', !!dark);
    shareTitle.textContent = title;
    shareText.value = text;
    shareStatus.textContent = 'Copying…';
    share.hidden = false;
    shareText.focus({ preventScroll: true });
    shareText.select();
    const attempt = (dzb.shareAttempt = (dzb.shareAttempt || 0) + 1);
    dzb.copyStatus = 'pending';
    writeClipboard(text, shareText).then((copied) => {
      if (attempt !== dzb.shareAttempt) return;  // a newer share took over
      dzb.copyStatus = copied ? 'copied' : 'blocked';
      shareStatus.textContent = copied ? '✓ Copied'
        : 'The browser did not allow copying here. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
      shareText.focus({ preventScroll: true });
      shareText.select();
    });
  };

  dzb.openUrl = function (url) { window.open(url, '_blank', 'noopener'); };

  // "Download for offline use": the single-file page built beside this one.
  dzb.downloadOfflineCopy = function () {
    const link = document.createElement('a');
    link.href = 'diazepane-bench-offline.html';
    link.download = 'diazepane-bench-offline.html';
    document.body.appendChild(link);
    link.click();
    link.remove();
  };

  // Embeds tell the page around them how tall their content is, so it can fit
  // the iframe (see embed-example.html). Two forms of the same message: ours,
  // and the LTI one that Canvas and other LMSs already act on.
  dzb.contentHeight = 0;
  dzb.publishContentHeight = function (height) {
    dzb.contentHeight = height;
    if (!embedded || window.parent === window) return;
    window.parent.postMessage({ type: 'diazepane-bench:resize', height: height }, '*');
    window.parent.postMessage({ subject: 'lti.frameResize', height: height }, '*');
  };

  // Offers bytes from the app (CSV, PNG) as a download.
  dzb.saveFile = function (name, mime, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  // Plot images: the app hands over RGBA pixels (rows top to bottom) and the
  // browser encodes them as a compressed PNG, so the wasm needs no encoder.
  dzb.savePng = function (name, pixels, width, height) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const image = new ImageData(new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length), width, height);
    canvas.getContext('2d').putImageData(image, 0, 0);
    canvas.toBlob((blob) => {
      if (blob) dzb.saveFile(name, 'image/png', blob);
    }, 'image/png');
  };

  function webgl2Available() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  function formatKilobytes(bytes) { return Math.round(bytes / 1024) + ' KB'; }

  // Fetches the .wasm as a stream that moves the bar as bytes arrive, and
  // hands it on as a Response, so the browser compiles while it downloads.
  async function fetchWasm(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error('The app file ' + url + ' could not be loaded (HTTP ' + response.status + ').');
    // The reader sees decoded bytes, so the size to expect is the .wasm's own,
    // stamped at build time; a compressed response's Content-Length is not it.
    const total = Number('@DZB_WASM_BYTES@') || 0;
    if (total) progress.max = total;
    if (!response.body || typeof ReadableStream === 'undefined') {
      return new Response(await response.arrayBuffer(), { headers: { 'Content-Type': 'application/wasm' } });
    }
    const reader = response.body.getReader();
    let received = 0;
    let shownAt = 0;
    const counted = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          loadingText.textContent = 'Starting…';
          controller.close();
          return;
        }
        received += value.length;
        controller.enqueue(value);
        const now = performance.now();
        if (now - shownAt < 100) return;  // the bar moves ten times a second, not per chunk
        shownAt = now;
        if (total) progress.value = Math.min(received, total);
        loadingText.textContent = 'Loading… ' + formatKilobytes(received) + (total ? ' of ' + formatKilobytes(total) : '');
      },
    });
    return new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
  }

  async function instantiate(responsePromise, imports) {
    const response = await responsePromise;
    if (WebAssembly.instantiateStreaming) return WebAssembly.instantiateStreaming(response, imports);
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
  }

  // The single-file offline page carries the .wasm as base64 in a data block
  // (scripts/tools/single_file.py): no fetch, which file:// would refuse.
  function inlineWasm() {
    const text = document.getElementById('dzb-wasm').textContent.trim();
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }));
  }

  function start() {
    // Both downloads start at once; the runtime script waits for the
    // WebAssembly through instantiateWasm.
    const wasmResponse = dzb.offlineFile ? inlineWasm() : fetchWasm('diazepane-bench.wasm?v=' + version);
    wasmResponse.catch(() => { /* reported by instantiate below */ });
    if (!webgl2Available()) {
      dzb.fail('This browser or device does not offer WebGL 2, which the calculators need to draw.');
      return;
    }
    window.Module = {
      canvas: canvas,
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
      onAbort: (what) => dzb.fail('The app stopped unexpectedly: ' + what),
      instantiateWasm(imports, receiveInstance) {
        instantiate(wasmResponse, imports).then(
          (result) => receiveInstance(result.instance, result.module),
          (error) => dzb.fail(error.message || String(error)));
        return {};  // asynchronous: the runtime waits for receiveInstance
      },
    };
    if (dzb.offlineFile) return;  // the runtime is the next inline script
    const script = document.createElement('script');
    script.src = 'diazepane-bench.js?v=' + version;
    script.onerror = () => dzb.fail('The app script could not be loaded.');
    document.body.appendChild(script);
  }

  // Offline after the first visit. A new version waits until it is complete,
  // then offers a reload; nothing is swapped under a running page.
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    navigator.serviceWorker.register('sw.js').then((registration) => {
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker.addEventListener('statechange', () => {
          if (worker.state !== 'installed' || !navigator.serviceWorker.controller) return;
          const banner = document.getElementById('update');
          banner.hidden = false;
          document.getElementById('update-reload').onclick = () => worker.postMessage('take-over');
        });
      });
    }).catch(() => { /* no offline support here (e.g. private mode): the page still works */ });
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (dzb.hadController && !reloading) { reloading = true; location.reload(); }
    });
    dzb.hadController = !!navigator.serviceWorker.controller;
  }
  registerServiceWorker();

  // Tablets (iPadOS Safari under memory pressure) can take the WebGL context
  // away. preventDefault asks for it back; once restored, the app rebuilds
  // its GL objects and font texture and draws again with its state intact.
  dzb.contextLost = false;
  dzb.contextRestored = false;
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    dzb.contextLost = true;
  });
  canvas.addEventListener('webglcontextrestored', () => {
    dzb.contextLost = false;
    dzb.contextRestored = true;
  });
  start();
})();
