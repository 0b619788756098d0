// Long-lived Verovio worker: one JSON request per stdin line, one JSON response per stdout line.
//
// Request:  {"id": 7, "mei": "<mei ...>", "options": {verovio options}}
// Response: {"id": 7, "png": "<base64 8-bit grayscale PNG>", "width": 812, "height": 171}
//       or: {"id": 7, "error": "why"}
//
// A request with "layout": true also gets, for the page it renders, "pages" (how many pages the
// music needs) and "systems": one object per system, top to bottom, holding "measures" (the MEI
// @n of each measure on it) and "staves" (per staff: "lines", the five line rows in image pixels,
// and "left"/"right", the x extent of the lines). Page layouts (breaks "auto") pass "page" to say
// which page to render (1 when absent).
//
// A request with "svg" instead of "mei" ({"id": 8, "svg": "<svg ...>", "zoom": 3}) skips Verovio:
// the SVG of another engraver (abcm2ps) is rasterised at the given zoom, with the system fonts
// loaded for its text (time-signature digits, multirest counts), into the same grayscale PNG.
// {"id": 9, "fontCheck": true} answers {"id": 9, "serifFont": true|false}: whether a serif font
// draws text at all, since resvg silently skips text it has no font for.
//
// One process renders thousands of images: loading the WebAssembly module costs far more than a
// single rendering, so the Java side keeps this process alive and only restarts it after a crash.
// Anything that goes wrong with one request is answered as an error for that id; the loop goes on.

import createVerovioModule from 'verovio/wasm';
import { VerovioToolkit } from 'verovio/esm';
import { Resvg } from '@resvg/resvg-js';
import readline from 'node:readline';
import zlib from 'node:zlib';

// Verovio logs through the module's print hooks; stdout is kept for responses only, and the
// messages of the current request are collected so that an error can say why.
let messages = [];
const collect = (text) => {
  messages.push(String(text).trim());
};
console.log = collect;
console.info = collect;
console.warn = collect;
console.error = collect;
const VerovioModule = await createVerovioModule({ print: collect, printErr: collect });

// Defaults every request starts from, so that options of one request never leak into the next.
const BASE_OPTIONS = {
  scale: 100,
  pageWidth: 30000,
  pageHeight: 3000,
  adjustPageWidth: true,
  adjustPageHeight: true,
  breaks: 'none',
  header: 'none',
  footer: 'none',
  pageMarginLeft: 20,
  pageMarginRight: 20,
  pageMarginTop: 20,
  pageMarginBottom: 20,
  font: 'Leipzig',
  spacingLinear: 0.25,
  spacingNonLinear: 0.6,
  xmlIdSeed: 1,
  // PrIMuS draws every multirest as one H-bar with its count (agnostic: multirest-L3), never
  // as church rests.
  multiRestStyle: 'block',
};

// One toolkit per music font: switching a toolkit's font reloads the glyphs, which costs more
// than the rendering itself. Each toolkit remembers the options it holds, so that a request only
// sets what differs, and nothing of one request leaks into the next.
const toolkits = new Map();

function toolkitFor(options) {
  const font = String(options.font);
  let entry = toolkits.get(font);
  if (!entry) {
    entry = { toolkit: new VerovioToolkit(VerovioModule), applied: {} };
    toolkits.set(font, entry);
  }
  const stale = Object.keys(entry.applied).some((k) => !(k in options));
  if (stale) {
    entry.toolkit.resetOptions();
    entry.applied = {};
  }
  const changed = {};
  for (const [k, v] of Object.entries(options)) {
    if (entry.applied[k] !== v) {
      changed[k] = v;
    }
  }
  if (Object.keys(changed).length > 0) {
    entry.toolkit.setOptions(changed);
    Object.assign(entry.applied, changed);
  }
  return entry.toolkit;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) {
    c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

// resvg yields RGBA (opaque: it paints on white paper); the data set wants 8-bit grayscale, so
// the PNG is written here directly (colour type 0) with integer Rec. 601 luma.
function grayPng(rgba, width, height) {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      raw[y * (width + 1) + 1 + x] = (77 * rgba[i] + 150 * rgba[i + 1] + 29 * rgba[i + 2] + 128) >> 8;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SYSTEM_FONTS = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Serif', serifFamily: 'DejaVu Serif' };

function rasterize(request) {
  const zoom = Number(request.zoom ?? 1);
  if (!(zoom > 0 && zoom <= 16)) {
    throw new Error('zoom must be in (0, 16], was ' + request.zoom);
  }
  const resvg = new Resvg(request.svg, { background: 'white', fitTo: { mode: 'zoom', value: zoom }, font: SYSTEM_FONTS });
  const image = resvg.render();
  const png = grayPng(image.pixels, image.width, image.height);
  return { png: png.toString('base64'), width: image.width, height: image.height };
}

function serifFont() {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="5" y="35" style="font:bold 30px serif">4</text></svg>';
  const pixels = new Resvg(svg, { background: 'white', font: SYSTEM_FONTS }).render().pixels;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i] < 128) {
      return true;
    }
  }
  return false;
}

function render(request) {
  if (request.fontCheck === true) {
    return { serifFont: serifFont() };
  }
  if (typeof request.svg === 'string') {
    return rasterize(request);
  }
  if (typeof request.mei !== 'string' || request.mei.length === 0) {
    throw new Error('request has no "mei" string');
  }
  messages = [];
  const toolkit = toolkitFor({ ...BASE_OPTIONS, ...(request.options || {}) });
  if (!toolkit.loadData(request.mei)) {
    const why = messages.filter((m) => m.startsWith('[Error]')).join('; ') || messages.join('; ');
    throw new Error('Verovio could not load the MEI: ' + (why || 'no reason given'));
  }
  const pages = toolkit.getPageCount();
  if (pages < 1) {
    throw new Error('Verovio rendered no page');
  }
  const page = request.page ?? 1;
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    throw new Error('page ' + page + ' does not exist: the music fills ' + pages + ' page(s)');
  }
  const svg = toolkit.renderToSVG(page);
  // Staves have no text, and skipping the system fonts keeps them fast and the same on every
  // machine. Pages may carry a title: resvg draws text only with a font, so page requests load the
  // system fonts (a machine without any gets a page without its title).
  const font = request.layout === true
    ? { loadSystemFonts: true, defaultFontFamily: 'DejaVu Serif', serifFamily: 'DejaVu Serif' }
    : { loadSystemFonts: false };
  // Verovio wraps text in <text font-size="0px"> with the sized, centred <tspan>s inside; resvg
  // then anchors the centred title at the zero-sized parent and pushes it off the left edge, so
  // the wrapper's size is dropped (its only purpose is hiding the indentation whitespace).
  const drawn = request.layout === true ? svg.replace(/<text font-size="0px">/g, '<text>') : svg;
  const resvg = new Resvg(drawn, { background: 'white', fitTo: { mode: 'original' }, font });
  const image = resvg.render();
  const png = grayPng(image.pixels, image.width, image.height);
  const out = { png: png.toString('base64'), width: image.width, height: image.height };
  if (request.layout === true) {
    out.pages = pages;
    out.systems = systemsOf(svg, image.width);
  }
  return out;
}

// The systems of a rendered page, read back from Verovio's SVG: each system is a <g
// class="system">, each measure in it a <g class="measure" data-n="..."> (the MEI @n, written
// because of svgAdditionalAttribute "measure@n"), and each staff of a measure a <g class="staff">
// that starts with its five lines as horizontal paths "M x1 y L x2 y". Coordinates are in the
// inner viewBox, offset by the page-margin translation; they are scaled to image pixels here.
function systemsOf(svg, widthPx) {
  const vb = /class="definition-scale"[^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!vb) {
    throw new Error('Verovio SVG has no definition-scale viewBox');
  }
  const k = widthPx / Number(vb[1]);
  const margin = /class="page-margin" transform="translate\(([-\d.]+),\s*([-\d.]+)\)"/.exec(svg);
  const tx = margin ? Number(margin[1]) : 0;
  const ty = margin ? Number(margin[2]) : 0;
  const starts = [];
  const systemTag = /<g [^>]*class="system"[^>]*>/g;
  let m;
  while ((m = systemTag.exec(svg)) !== null) {
    starts.push(m.index);
  }
  const systems = [];
  for (let i = 0; i < starts.length; i++) {
    const chunk = svg.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : svg.length);
    const measures = [];
    const measureTag = /<g [^>]*class="measure"[^>]*data-n="([^"]*)"/g;
    while ((m = measureTag.exec(chunk)) !== null) {
      measures.push(m[1]);
    }
    const staves = [];
    const staffTag = /<g [^>]*class="staff"[^>]*>((?:\s*<path d="M[-\d.]+ [-\d.]+ L[-\d.]+ [-\d.]+"[^>]*\/>){5})/g;
    let index = 0;
    let lastMeasureAt = -1;
    while ((m = staffTag.exec(chunk)) !== null) {
      const measureAt = chunk.lastIndexOf('class="measure"', m.index);
      index = measureAt === lastMeasureAt ? index + 1 : 0;
      lastMeasureAt = measureAt;
      const paths = [...m[1].matchAll(/M([-\d.]+) ([-\d.]+) L([-\d.]+) ([-\d.]+)/g)];
      const lines = paths.map((p) => (Number(p[2]) + ty) * k);
      const left = Math.min(...paths.map((p) => (Math.min(Number(p[1]), Number(p[3])) + tx) * k));
      const right = Math.max(...paths.map((p) => (Math.max(Number(p[1]), Number(p[3])) + tx) * k));
      const s = staves[index];
      if (!s) {
        staves[index] = { lines, left, right };
      } else {
        s.left = Math.min(s.left, left);
        s.right = Math.max(s.right, right);
      }
    }
    systems.push({ measures, staves });
  }
  return systems;
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
process.stdout.write(JSON.stringify({ ready: true, verovio: toolkitFor(BASE_OPTIONS).getVersion() }) + '\n');
for await (const line of lines) {
  if (line.trim().length === 0) {
    continue;
  }
  let id = null;
  let response;
  try {
    const request = JSON.parse(line);
    id = request.id ?? null;
    response = { id, ...render(request) };
  } catch (e) {
    response = { id, error: String(e && e.message ? e.message : e) };
  }
  process.stdout.write(JSON.stringify(response) + '\n');
}
