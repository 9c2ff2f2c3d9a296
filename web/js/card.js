// The bench card: what is printed instead of the canvas, drawn from the
// current tool's mirror section: tool, date, permalink (and its QR code),
// inputs, results, the plot, the steps with tick boxes, warnings, sources.
// No UI settings (the "app" section) appear on it.
import { onMessage, onQuestion } from './bridge.js';
import { canvas, dzb, el } from './page.js';

const card = document.createElement('article');
let cardTool = '';
let cardTitle = '';
let cardPlot = null;  // data: URL of the plot grabbed from the canvas

// The permalink as a QR code, for a phone at the bench to reopen these
// inputs. The encoder (Debian's node-qrcode-generator) is not part of the
// first paint: it is fetched once the app has drawn (deferred.js), and the
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
  const attributes = (node, pairs) => { for (const [name, value] of pairs) node.setAttribute(name, value); };
  attributes(svg, [['viewBox', '0 0 ' + size + ' ' + size], ['class', 'card-qr'], ['role', 'img'],
    ['aria-label', 'QR code of the permalink'], ['shape-rendering', 'crispEdges']]);
  const background = document.createElementNS(ns, 'rect');
  attributes(background, [['width', size], ['height', size], ['fill', '#fff']]);
  const modules = document.createElementNS(ns, 'path');
  attributes(modules, [['d', path], ['fill', '#000']]);
  svg.append(background, modules);
  return svg;
}

// The permalink of this tool's inputs: its own parameters and the tool, not
// the other tools' or the display settings (theme, text size, keypad).
function toolAddress(tool) {
  const query = new URLSearchParams(location.search);
  for (const name of [...query.keys()]) {
    if (name !== 'tool' && !name.startsWith(tool + '.')) query.delete(name);
  }
  return location.origin + location.pathname + '?' + query.toString();
}

function buildCard() {
  // Ctrl+P before any Print press: the tool on screen (its section is the one besides "app").
  const mirror = document.getElementById('mirror');
  const section = [...mirror.querySelectorAll('[data-tool]')].find((node) => node.dataset.tool !== 'app');
  if (!section) return;
  if (section.dataset.tool !== cardTool) {
    cardTool = section.dataset.tool;
    cardTitle = cardTool.charAt(0).toUpperCase() + cardTool.slice(1);
    cardPlot = null;
  }
  const address = toolAddress(cardTool);
  const qr = qrCode(address);
  const parts = [...(qr ? [qr] : []), el('h1', 'Diazepane Bench: ' + cardTitle),
    el('p', new Date().toLocaleString() + ' · ' + address, 'card-meta')];
  const groups = {};
  for (const kind of ['status', 'input', 'result', 'step', 'warning', 'source']) groups[kind] = [];
  for (const group of section.children) (groups[group.dataset.kind] || groups.result).push(group);
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

function printCard({ tool, title, x, y, width, height }) {
  const rect = Number(width) > 0 ? { x: Number(x), y: Number(y), width: Number(width), height: Number(height) } : null;
  queueMicrotask(() => {
    cardTool = tool;
    cardTitle = title;
    cardPlot = grabPlot(rect);
    dzb.writeAddress();  // the permalink on the card is the address of these inputs (page_state.js)
    buildCard();
    const img = card.querySelector('img');
    (img ? img.decode().catch(() => {}) : Promise.resolve()).then(() => {
      dzb.printed = (dzb.printed || 0) + 1;
      window.print();
    });
  });
}

export function installCard() {
  card.id = 'card';
  card.setAttribute('aria-hidden', 'true');  // the mirror already says all of it
  document.body.appendChild(card);
  onMessage('card', ([record]) => printCard(record), ['tool', 'title', 'x', 'y', 'width', 'height']);
  // A Print pressed before this module arrived waits in the app, not in the
  // bridge: replayed here, outside a frame, the plot would be read blank.
  onMessage('card-wanted', () => {});
  onQuestion('card-ready', () => '1');
  // Ctrl+P prints the card too, with the inputs as they are now.
  window.addEventListener('beforeprint', buildCard);
}
