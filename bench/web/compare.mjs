// The same synthetic events in vis-timeline (headless Chromium) and in Entente, side by side.
// Usage: node compare.mjs ENTENTE_BENCH [N ...]   (default N: 1000 10000 100000)
// Prints one JSON object per figure, like entente_bench, then the ratios web / Entente.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [bench, ...counts] = process.argv.slice(2);
if (!bench) {
  console.error('usage: node compare.mjs ENTENTE_BENCH [N ...]');
  process.exit(2);
}
const sizes = counts.length ? counts.map(Number) : [1000, 10000, 100000];
const timeoutMs = 10 * 60 * 1000; // vis-timeline needs minutes at 100k events
const print = (figure, value, unit, events, extra = {}) =>
  console.log(JSON.stringify({ figure, value: Math.round(value * 100) / 100, unit, events, ...extra }));

function serve(dataFile) {
  const lib = join(here, 'node_modules', 'vis-timeline', 'standalone', 'umd');
  const files = {
    '/': ['text/html', join(here, 'page.html')],
    '/data.json': ['application/json', dataFile],
    '/vis-timeline-graph2d.min.js': ['text/javascript', join(lib, 'vis-timeline-graph2d.min.js')],
    '/vis-timeline-graph2d.min.css': ['text/css',
      join(here, 'node_modules', 'vis-timeline', 'styles', 'vis-timeline-graph2d.min.css')],
  };
  const server = createServer((request, response) => {
    const file = files[request.url];
    if (!file) { response.writeHead(404).end(); return; }
    response.writeHead(200, { 'Content-Type': file[0] }).end(readFileSync(file[1]));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function entente(events, work) {
  const lines = execFileSync(bench, ['--events', String(events), '--positions', '50',
                                     '--database', join(work, `entente-${events}.entente`)],
                             { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const figures = {};
  for (const line of lines.trim().split('\n')) {
    const f = JSON.parse(line);
    figures[f.figure + (f.span ? `:${f.span}` : '')] = f.value;
  }
  return figures;
}

async function web(events, work) {
  const dataFile = join(work, `vis-${events}.json`);
  execFileSync(bench, ['--events', String(events), '--database',
                       join(work, `entente-${events}.entente`), '--export-vis', dataFile],
               { stdio: 'ignore' });
  const server = await serve(dataFile);
  const profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1920, height: 1080 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await page.evaluate(() => window.runBenchmark());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 2 ** 20;
    return { ...result, heap };
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const work = mkdtempSync(join(tmpdir(), 'entente-compare-'));
try {
  for (const events of sizes) {
    const native = entente(events, work);
    let browser;
    try {
      browser = await web(events, work);
    } catch (error) {
      print('web_error', 0, '', events, { message: String(error.message).split('\n')[0] });
      continue;
    }
    print('web_first_render_ms', browser.first, 'ms', events);
    print('web_settle_ms', browser.settle, 'ms', events);
    print('web_zoom_step_ms_max', browser.zoom, 'ms', events);
    print('web_pan_step_ms_max', browser.pan, 'ms', events);
    print('web_js_heap_mb', browser.heap, 'MB', events);
    const ratio = (name, a, b) => print(`ratio_${name}`, a / b, 'x', events,
                                        { web: a, entente: b });
    ratio('first_render', browser.settle, native.open_to_first_frame_ms);
    ratio('zoom_step', browser.zoom, native.zoom_step_ms_p99);
    ratio('pan_step', browser.pan, native['frame_ms_p99:10y']);
    ratio('memory', browser.heap, native.rss_mb);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
