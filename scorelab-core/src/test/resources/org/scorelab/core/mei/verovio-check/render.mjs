// Renders each MEI file given to NAME.svg next to it, on one system, and prints Verovio's log.
import createVerovioModule from 'verovio/wasm';
import { VerovioToolkit } from 'verovio/esm';
import fs from 'fs';

const tk = new VerovioToolkit(await createVerovioModule());
tk.setOptions({ breaks: 'none', adjustPageHeight: true, pageWidth: 60000, scale: 40, svgHtml5: true });
for (const f of process.argv.slice(2)) {
  const ok = tk.loadData(fs.readFileSync(f, 'utf8'));
  fs.writeFileSync(f.replace(/\.mei$/, '.svg'), tk.renderToSVG(1));
  const log = tk.getLog().trim();
  if (!ok || log) {
    console.log(f, ok ? 'loaded' : 'NOT LOADED', log);
  }
}
