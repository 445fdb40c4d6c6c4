// A real browser test of the explorer page: Debian's chromium driven by
// playwright-core (no browser download).
//
//   node test/browser.mjs http://127.0.0.1:PORT ARTEFACT_DIR
//
// Loads /explore from a kg serve over the seeds, searches 萍乡, expands a
// node, filters an entity type, opens an edge's evidence, switches to the
// province view and opens a cell, then to the map view (provinces at their
// points with cooperation arcs, the chosen regions' arcs), opens an arc's
// relations and evidence and chooses a province on the map, checking what is
// on screen at each step; saves
// screenshots into ARTEFACT_DIR; fails on any console error or uncaught
// exception of the page.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const base = process.argv[2];
const out = process.argv[3] || 'artefacts';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
mkdirSync(out, { recursive: true });

const problems = [];
let passed = 0;
async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    throw e;
  }
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
let failed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(15000);
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`request to another host: ${r.url()}`); });

  const cy = (fn, arg) => page.evaluate(fn, arg);
  // clickNode clicks the node's position on the canvas with the mouse.
  async function clickAt(pos) {
    const box = await page.locator('#cy').boundingBox();
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
  }

  await step('page loads', async () => {
    await page.goto(`${base}/explore`);
    await page.waitForSelector('#legend li[data-type="Park"]');
    if (!(await page.title()).includes('kg explorer')) throw new Error('title');
  });

  await step('search 萍乡 finds 萍乡市 and draws its neighbourhood', async () => {
    await page.fill('#search', '萍乡');
    await page.click('#search-btn');
    const hit = page.locator('#results button[data-id="region:360300"]');
    await hit.waitFor();
    if (!(await hit.textContent()).includes('萍乡市')) throw new Error('hit text');
    await hit.click();
    await page.waitForFunction(() => window.kgExplorer.cy.nodes().length > 5 && window.kgExplorer.cy.getElementById('region:360300').hasClass('seed'));
    await page.waitForSelector('#details h2:text("萍乡市")');
  });

  await step('clicking a node expands it', async () => {
    const before = await cy(() => window.kgExplorer.cy.nodes().length);
    // The neighbour with the highest degree that is not the seed.
    const target = await cy(() => {
      const c = window.kgExplorer.cy;
      const n = c.nodes().filter((x) => x.id() !== 'region:360300').sort((a, b) => b.data('degree') - a.data('degree'))[0];
      return { id: n.id(), name: n.data('name'), pos: n.renderedPosition() };
    });
    await clickAt(target.pos);
    await page.waitForFunction((id) => window.kgExplorer.cy.getElementById(id).hasClass('seed'), target.id);
    await page.waitForSelector(`#details h2:text("${target.name}")`);
    await page.waitForFunction((n) => window.kgExplorer.cy.nodes().length > n, before);
  });

  await step('filtering out an entity type hides its nodes', async () => {
    const type = await cy(() => {
      const c = window.kgExplorer.cy;
      const seeds = new Set(c.nodes('.seed').map((n) => n.data('type')));
      const counts = {};
      c.nodes().forEach((n) => { if (!seeds.has(n.data('type'))) counts[n.data('type')] = (counts[n.data('type')] || 0) + 1; });
      return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    });
    await page.uncheck(`#ent-types input[value="${type}"]`);
    await page.waitForFunction((t) => window.kgExplorer.cy.nodes(`[type = "${t}"]`).length === 0
      && window.kgExplorer.cy.nodes().length > 1, type);
    await page.waitForSelector('#status:text-matches("\\\\d+ nodes")');
  });

  await step("clicking an edge shows its evidence with the trigger marked", async () => {
    const edges = await cy(() => {
      const c = window.kgExplorer.cy;
      return c.edges('[evidenceCount > 0]').map((e) => ({ id: e.id(), pos: e.renderedMidpoint() }));
    });
    if (!edges.length) throw new Error('no edge with evidence drawn');
    let shown = false;
    for (const e of edges.slice(0, 15)) {
      await clickAt(e.pos);
      try {
        await page.waitForSelector('#evidence .evidence mark', { timeout: 2000 });
        shown = true;
        break;
      } catch { /* the midpoint was under a node or another edge: try the next */ }
    }
    if (!shown) throw new Error('no evidence panel after clicking 15 edges');
    // The document line names the document, and its date when it has one
    // (the document menu lists each as "title (date)"; a seed has no date).
    const doc = await page.textContent('#evidence .evidence .doc');
    const options = await page.$$eval('#doc option', (os) => os.map((o) => o.textContent));
    const listed = options.find((o) => o && doc.startsWith(o.replace(/ \(\d{4}-\d{2}-\d{2}\)$/, '')));
    if (!listed) throw new Error(`document line names no loaded document: ${doc}`);
    const date = listed.match(/\((\d{4}-\d{2}-\d{2})\)$/);
    if (date && !doc.includes(date[1])) throw new Error(`document line without its date ${date[1]}: ${doc}`);
    await page.screenshot({ path: join(out, 'explore-network.png') });
  });

  await step('province view: heat map, a cell opens its edges and their evidence', async () => {
    await page.click('#tab-provinces');
    await page.waitForSelector('#matrix-table td.cell');
    const header = await page.textContent('#matrix-table');
    if (!header.includes('江西省')) throw new Error('江西省 is not in the matrix');
    await page.locator('#matrix-table td.cell').first().click();
    await page.waitForSelector('#cell-list li a');
    await page.locator('#cell-list li a').first().click();
    await page.waitForSelector('#evidence .evidence');
    if (!(await page.isHidden('#cy'))) throw new Error('network still shown');
    await page.screenshot({ path: join(out, 'explore-provinces.png') });
  });

  // arcMidpoint returns the screen point halfway along an arc of the map (the
  // middle of its bounding box is off a curve), with its ends and width.
  // Each arc with a point to click on it: the middle, or the nearest point
  // along it that no other arc or place covers (arcs cross, and which ones
  // do depends on the graph the page shows).
  const arcs = (selector) => page.$$eval(selector, (gs) => gs.map((g) => {
    const path = g.querySelector('path.line');
    const len = path.getTotalLength();
    const at = (f) => {
      const m = path.getPointAtLength(len * f);
      return new DOMPoint(m.x, m.y).matrixTransform(path.getScreenCTM());
    };
    let p = at(0.5);
    let visible = false; // a point of the arc no other drawing covers, where a click reaches it
    for (const f of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
      const q = at(f);
      if (g.contains(document.elementFromPoint(q.x, q.y))) {
        p = q;
        visible = true;
        break;
      }
    }
    return { a: g.dataset.a, b: g.dataset.b, width: Number(path.getAttribute('stroke-width')), x: p.x, y: p.y,
      length: len, visible };
  }));
  const placeAt = (id) => page.$eval(`#map-svg .place[data-id="${id}"] circle`, (c) => {
    const r = c.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });

  await step('map view: provinces at their points, cooperation arcs, the chosen regions with theirs', async () => {
    await page.click('#tab-map');
    await page.waitForSelector('#map-svg .province-arc');
    if (!(await page.isHidden('#matrix-table'))) throw new Error('province view still shown');
    // The points are where the provinces are: 新疆 west of 江西 west of 上海,
    // 广东 south of 北京 (screen y grows downwards), 海南 south of 广东.
    const [xj, jx, sh, gd, bj, hn] = await Promise.all(['650000', '360000', '310000', '440000', '110000', '460000']
      .map((c) => placeAt(`region:${c}`)));
    if (!(xj.x < jx.x && jx.x < sh.x)) throw new Error(`west to east: 新疆 ${xj.x}, 江西 ${jx.x}, 上海 ${sh.x}`);
    if (!(bj.y < gd.y && gd.y < hn.y)) throw new Error(`north to south: 北京 ${bj.y}, 广东 ${gd.y}, 海南 ${hn.y}`);
    const prov = await arcs('#map-svg .province-arc');
    if (prov.length < 3) throw new Error(`${prov.length} province arcs`);
    if (!prov.some((a) => [a.a, a.b].includes('region:360000'))) throw new Error('no arc touches 江西省');
    // The chosen entities' neighbourhood: 萍乡市 is drawn as a chosen region
    // and arcs join it to other regions.
    await page.waitForSelector('#map-svg .region-place.seed[data-id="region:360300"]');
    const near = await arcs('#map-svg .region-arc');
    if (!near.some((a) => [a.a, a.b].includes('region:360300'))) throw new Error(`no region arc touches 萍乡市 (${near.length} arcs)`);
    await page.waitForSelector('#status:text-matches("map: \\\\d+ provinces")');
  });

  await step('map view: an arc lists its relations, a relation opens its evidence', async () => {
    const prov = await arcs('#map-svg .province-arc');
    const heaviest = prov.sort((x, y) => y.width - x.width)[0];
    if (heaviest.visible) {
      await page.mouse.click(heaviest.x, heaviest.y);
    } else {
      // the regions around the chosen ones, drawn over it, cover every point
      // of this arc on screen: the click goes to the arc itself
      await page.$eval(`#map-svg .province-arc[data-a="${heaviest.a}"][data-b="${heaviest.b}"]`,
        (g) => g.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    }
    await page.waitForSelector('#map-list li a');
    const names = await page.$$eval(`#map-svg .place[data-id="${heaviest.a}"] text, #map-svg .place[data-id="${heaviest.b}"] text`,
      (ts) => ts.map((t) => t.textContent));
    const title = await page.textContent('#map-edges h3');
    if (!names.every((n) => title.includes(n))) throw new Error(`list "${title}" is not of ${names.join(' – ')}`);
    await page.locator('#map-list li a').first().click();
    await page.waitForSelector('#details #evidence');
    // A region arc of the neighbourhood lists its relations too: the longest
    // of 萍乡市's, whose middle lies clear of the places around 萍乡.
    const near = (await arcs('#map-svg .region-arc')).filter((a) => [a.a, a.b].includes('region:360300'))
      .sort((x, y) => y.length - x.length);
    await page.mouse.click(near[0].x, near[0].y);
    await page.waitForFunction(() => document.querySelector('#map-edges h3')?.textContent.includes('萍乡市'));
    await page.waitForSelector('#map-list li a');
    await page.screenshot({ path: join(out, 'explore-map.png') });
  });

  await step('map view: clicking a place chooses it; the network view then shows its neighbourhood laid out', async () => {
    const svgBox = await page.locator('#map-svg').boundingBox();
    await page.mouse.dblclick(svgBox.x + 5, svgBox.y + 5); // all of China
    // A province whose point no region of the neighbourhood covers (a
    // capital city lies on its province's point).
    const prov = await page.$$eval('#map-svg .province-place', (gs) => gs.map((g) => {
      const r = g.querySelector('circle').getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const top = document.elementFromPoint(x, y);
      return { id: g.dataset.id, name: g.querySelector('text').textContent, x, y, r: r.width, free: !!top && g.contains(top) };
    }).filter((p) => p.free));
    if (!prov.length) throw new Error('no province point to click');
    const chosen = prov.sort((a, b) => b.r - a.r)[0]; // the one with the most evidence: its dot is the largest
    await page.mouse.click(chosen.x, chosen.y);
    await page.waitForSelector(`#map-svg .place.seed[data-id="${chosen.id}"]`);
    await page.waitForSelector(`#details h2:text("${chosen.name}")`);
    await page.click('#tab-network');
    await page.waitForFunction((id) => window.kgExplorer.cy.getElementById(id).hasClass('seed'), chosen.id);
    // Laid out for the visible container: centred in it, not squeezed into a
    // corner as a layout of the hidden view would be.
    const { bb, w, h } = await cy(() => {
      const c = window.kgExplorer.cy;
      return { bb: c.nodes().renderedBoundingBox(), w: c.width(), h: c.height() };
    });
    const cx = (bb.x1 + bb.x2) / 2;
    const cy2 = (bb.y1 + bb.y2) / 2;
    if (Math.abs(cx - w / 2) > w / 4 || Math.abs(cy2 - h / 2) > h / 4) {
      throw new Error(`network centred at ${Math.round(cx)},${Math.round(cy2)} in ${w}x${h} px`);
    }
    await page.screenshot({ path: join(out, 'explore-map-chosen.png') });
  });

  await step('no console errors', async () => {
    if (problems.length) throw new Error(problems.join('; '));
  });
} catch (e) {
  failed = 1;
  if (problems.length) console.log(problems.join('\n'));
  // What the page showed when the step failed, with its status line.
  const [page] = browser.contexts().flatMap((c) => c.pages());
  if (page) {
    console.log(`status: ${await page.textContent('#status').catch(() => '?')}`);
    await page.screenshot({ path: join(out, 'explore-failure.png') }).catch(() => {});
  }
} finally {
  await browser.close();
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
