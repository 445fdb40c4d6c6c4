// The map view of the explorer: regions at their points (Entity.position,
// the gazetteer's seats of government) on a plain longitude/latitude
// projection, cooperation between provinces as arcs (the cooperation matrix
// the province view draws as a heat map) and, once entities are chosen, the
// regions of their neighbourhood with arcs for the relations between them.
// Drawn as SVG by hand: arcs, dots and labels need nothing more, so the page
// gains no dependency.
//
// There is no outline of China: the licensed outlines on npm (Natural Earth's,
// in world-atlas) draw de-facto boundaries, not China's official ones, so a
// graticule gives the orientation instead.

const NS = 'http://www.w3.org/2000/svg';
// Degrees of longitude are shortened by the cosine of a middle latitude of
// China so that the shape is not stretched east-west (an equirectangular
// projection centred on 35N).
const K = Math.cos((35 * Math.PI) / 180);
// User units per degree of latitude: strokes and labels are sized for this.
const S = 20;
// China's extent, widened when a point lies outside (南沙区 lies at 11.5N).
const EXTENT = { west: 73, east: 136, south: 17, north: 54 };
// Relation types left off the arcs of the neighbourhood, as the cooperation
// matrix leaves them off its cells: a county PART_OF its city is no link
// between places.
const NOT_ARCS = new Set(['PART_OF', 'LOCATED_IN']);

const project = (p) => ({ x: p.lng * K * S, y: -p.lat * S });

function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

// arcPath is a quadratic curve from a to b bowed to the left of a->b by a
// fifth of its length, so that two arcs between the same ends (one each way)
// would not cover each other and arcs stand out from straight lines of dots.
function arcPath(a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const cx = (a.x + b.x) / 2 - dy * 0.2;
  const cy = (a.y + b.y) / 2 + dx * 0.2;
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`;
}

/**
 * createMap draws into the element with id `map` and lists the relations of a
 * clicked arc in the element with id `map-edges`.
 * deps: { gql, el, colors, filters(), selected(), showEvidence(id), choose(entity), status(text) }
 */
export function createMap(deps) {
  const { gql, el, colors, filters, selected, showEvidence, choose, status } = deps;
  const box = document.getElementById('map');
  const list = document.getElementById('map-edges');
  let view = null; // the viewBox {x, y, w, h}
  let home = null; // the viewBox that shows everything
  let root = null;

  function setView(v) {
    view = v;
    root.setAttribute('viewBox', `${v.x} ${v.y} ${v.w} ${v.h}`);
    // Labels and dots keep their size on screen when zoomed.
    const k = v.w / home.w;
    root.style.setProperty('--k', k);
    for (const t of root.querySelectorAll('text')) {
      // A label lies at a fixed screen distance from its point.
      const d = t.dataset;
      t.setAttribute('font-size', (Number(d.size) * k).toFixed(2));
      t.setAttribute('x', (Number(d.x) + Number(d.dx) * k).toFixed(2));
      t.setAttribute('y', (Number(d.y) + Number(d.dy) * k).toFixed(2));
    }
    for (const c of root.querySelectorAll('circle')) c.setAttribute('r', (Number(c.dataset.r) * k).toFixed(2));
  }

  function graticule(b) {
    const g = svg('g', { class: 'graticule' });
    for (let lng = Math.ceil(b.west / 10) * 10; lng <= b.east; lng += 10) {
      const top = project({ lng, lat: b.north });
      const bottom = project({ lng, lat: b.south });
      g.append(svg('line', { x1: top.x, y1: top.y, x2: bottom.x, y2: bottom.y }),
        label(bottom, 3, -4, 11, `${lng}°E`));
    }
    for (let lat = Math.ceil(b.south / 10) * 10; lat <= b.north; lat += 10) {
      const left = project({ lng: b.west, lat });
      const right = project({ lng: b.east, lat });
      g.append(svg('line', { x1: left.x, y1: left.y, x2: right.x, y2: right.y }),
        label(left, 3, -4, 11, `${lat}°N`));
    }
    return g;
  }

  // label is a text at (dx, dy) screen pixels from the point p, of the given
  // size in pixels; setView places and sizes it for the zoom.
  function label(p, dx, dy, size, text, anchor) {
    return svg('text', { 'data-x': p.x, 'data-y': p.y, 'data-dx': dx, 'data-dy': dy, 'data-size': size, 'text-anchor': anchor }, text);
  }

  // arc draws one arc with a wide transparent twin that takes the clicks.
  function arc(cls, a, b, width, title, onclick) {
    const d = arcPath(project(a.position), project(b.position));
    const g = svg('g', { class: `arc ${cls}`, 'data-a': a.id, 'data-b': b.id },
      svg('title', {}, title),
      svg('path', { class: 'line', d, 'stroke-width': width.toFixed(2) }),
      svg('path', { class: 'hit', d }));
    g.addEventListener('click', (ev) => {
      ev.stopPropagation();
      for (const x of root.querySelectorAll('.arc.chosen')) x.classList.remove('chosen');
      g.classList.add('chosen');
      onclick();
    });
    return g;
  }

  function place(cls, n, r, fill, size) {
    const p = project(n.position);
    const g = svg('g', { class: `place ${cls}`, 'data-id': n.id, 'data-type': n.type },
      svg('title', {}, `${n.name} (${n.type}) ${n.position.lng.toFixed(2)}°E ${n.position.lat.toFixed(2)}°N`),
      svg('circle', { cx: p.x, cy: p.y, 'data-r': r, r, fill }),
      // A province's label stands above its point, other labels to the right:
      // a province's point is its capital's, whose label would cover it.
      cls === 'province-place' ? label(p, 0, -r - 3, size, n.name, 'middle') : label(p, r + 2, 4, size, n.name));
    g.addEventListener('click', (ev) => {
      ev.stopPropagation();
      choose(n);
    });
    return g;
  }

  function showPair(title, relations) {
    const ul = el('ul', { id: 'map-list' });
    for (const r of relations) {
      ul.append(el('li', {}, el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); showEvidence(r.id); } },
        `${r.from.name} ${r.type} ${r.to.name} (${r.evidenceCount})`)));
    }
    list.replaceChildren(el('h3', {}, title), ul);
  }

  async function load() {
    const f = filters();
    const ids = selected();
    status('loading the map…');
    try {
      // Two requests: together they would pass the API's complexity limit.
      const [m, n] = await Promise.all([
        gql(`query($rel: [RelationType!], $time: TimeFilter) {
          cooperationMatrix(level: Province, relationTypes: $rel, time: $time, top: 3, maxCells: 200) {
            truncated units { id type name position { lng lat } }
            cells { a { id } b { id } relations evidenceCount byType { type count }
              top { id type from { name } to { name } evidenceCount } } } }`, { rel: f.relationTypes, time: f.time }),
        ids.length ? gql(`query($ids: [ID!]!, $rel: [RelationType!], $ent: [EntityType!], $doc: ID, $time: TimeFilter) {
          neighbourhood(ids: $ids, hops: 1, relationTypes: $rel, entityTypes: $ent, document: $doc, time: $time, maxNodes: 300) {
            truncated nodes { id type name position { lng lat } } edges { id type source target evidenceCount } } }`,
        { ids, rel: f.relationTypes, ent: f.entityTypes, doc: f.document, time: f.time }) : null,
      ]);
      const d = { cooperationMatrix: m.cooperationMatrix, neighbourhood: n && n.neighbourhood };
      draw(d.cooperationMatrix, d.neighbourhood, ids);
    } catch (e) {
      status(`error: ${e.message}`);
    }
  }

  function draw(matrix, near, seeds) {
    const units = new Map(matrix.units.filter((u) => u.position).map((u) => [u.id, u]));
    const regions = new Map((near ? near.nodes : []).filter((n) => n.position).map((n) => [n.id, n]));
    const b = { ...EXTENT };
    for (const n of [...units.values(), ...regions.values()]) {
      b.west = Math.min(b.west, n.position.lng - 1);
      b.east = Math.max(b.east, n.position.lng + 1);
      b.south = Math.min(b.south, n.position.lat - 1);
      b.north = Math.max(b.north, n.position.lat + 1);
    }
    const nw = project({ lng: b.west, lat: b.north });
    const se = project({ lng: b.east, lat: b.south });
    home = { x: nw.x, y: nw.y, w: se.x - nw.x, h: se.y - nw.y };
    root = svg('svg', { id: 'map-svg', preserveAspectRatio: 'xMidYMid meet', role: 'img', 'aria-label': 'map' });

    // Provinces and the arcs of the cooperation matrix.
    const provArcs = svg('g', { class: 'province-arcs' });
    const maxEv = Math.max(1, ...matrix.cells.map((c) => c.evidenceCount));
    const weight = new Map();
    let drawn = 0;
    for (const c of matrix.cells) {
      const a = units.get(c.a.id);
      const z = units.get(c.b.id);
      if (!a || !z) continue;
      weight.set(a.id, (weight.get(a.id) || 0) + c.evidenceCount);
      weight.set(z.id, (weight.get(z.id) || 0) + c.evidenceCount);
      const types = c.byType.map((t) => `${t.type} ${t.count}`).join(', ');
      provArcs.append(arc('province-arc', a, z, 1 + 7 * Math.sqrt(c.evidenceCount / maxEv),
        `${a.name} – ${z.name}: ${c.relations} relations, ${c.evidenceCount} pieces of evidence`,
        () => showPair(`${a.name} – ${z.name}: ${types}`, c.top)));
      drawn++;
    }
    const provPlaces = svg('g', { class: 'province-places' });
    for (const u of units.values()) {
      provPlaces.append(place('province-place', u, 3 + Math.sqrt(weight.get(u.id) || 0), weight.has(u.id) ? '#dc2626' : '#fca5a5', 12));
    }

    // The neighbourhood: its regions and arcs for the relations between them,
    // one arc per pair of regions whatever the number and types of relations.
    const nearArcs = svg('g', { class: 'region-arcs' });
    const nearPlaces = svg('g', { class: 'region-places' });
    let nearDrawn = 0;
    if (near) {
      const pairs = new Map();
      for (const e of near.edges) {
        if (NOT_ARCS.has(e.type) || !regions.has(e.source) || !regions.has(e.target) || e.source === e.target) continue;
        const [a, z] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
        const k = `${a}|${z}`;
        if (!pairs.has(k)) pairs.set(k, { a: regions.get(a), z: regions.get(z), edges: [] });
        // The relation list shows names; the nodes carry them.
        pairs.get(k).edges.push({ ...e, from: regions.get(e.source), to: regions.get(e.target) });
      }
      for (const p of pairs.values()) {
        const ev = p.edges.reduce((s, e) => s + e.evidenceCount, 0);
        p.edges.sort((x, y) => y.evidenceCount - x.evidenceCount || (x.id < y.id ? -1 : 1));
        const types = [...new Set(p.edges.map((e) => e.type))].join(', ');
        nearArcs.append(arc('region-arc', p.a, p.z, 1 + 1.5 * Math.sqrt(ev),
          `${p.a.name} – ${p.z.name}: ${p.edges.length} relations, ${ev} pieces of evidence`,
          () => showPair(`${p.a.name} – ${p.z.name}: ${types}`, p.edges)));
        nearDrawn++;
      }
      // The chosen ones last, so that their labels lie on top.
      const order = [...regions.values()].sort((x, y) => seeds.includes(x.id) - seeds.includes(y.id));
      for (const n of order) {
        // A province of the neighbourhood is on the map already.
        const g = units.has(n.id) ? provPlaces.querySelector(`[data-id="${n.id}"]`)
          : nearPlaces.appendChild(place('region-place', n, n.type === 'County' ? 3 : 4, colors[n.type] || '#999',
            n.type === 'County' ? 10 : 11));
        if (seeds.includes(n.id)) g.classList.add('seed');
      }
    }
    root.append(graticule(b), provArcs, nearArcs, provPlaces, nearPlaces);
    root.addEventListener('click', () => list.replaceChildren());
    box.replaceChildren(root);
    setView(home);
    // Start on the neighbourhood when there is one: its regions are often a
    // few cities apart, too close to tell apart on all of China.
    if (regions.size > 1) setView(around([...regions.values()]));
    zoomable();

    const off = near ? near.nodes.length - regions.size : 0;
    status(`map: ${units.size} provinces, ${drawn} province arcs${matrix.truncated ? ' (truncated)' : ''}` +
      (near ? `; around the chosen: ${regions.size} regions, ${nearDrawn} arcs, ${off} entities without a point left off` : ''));
  }

  // around returns a viewBox holding the nodes with a margin, at least 8
  // degrees of latitude high, in the aspect of the whole map.
  function around(nodes) {
    const ps = nodes.map((n) => project(n.position));
    const xs = ps.map((p) => p.x);
    const ys = ps.map((p) => p.y);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    const h = Math.max(8 * S, 1.4 * (Math.max(...ys) - Math.min(...ys)), 1.4 * (Math.max(...xs) - Math.min(...xs)) * home.h / home.w);
    const w = (h * home.w) / home.h;
    return { x: cx - w / 2, y: cy - h / 2, w, h };
  }

  // Wheel zooms about the pointer, dragging pans; a double click goes home.
  function zoomable() {
    const toUser = (ev) => {
      const r = root.getBoundingClientRect();
      const s = Math.max(view.w / r.width, view.h / r.height); // meet: the larger scale
      const ox = (r.width * s - view.w) / 2;
      const oy = (r.height * s - view.h) / 2;
      return { x: view.x - ox + (ev.clientX - r.left) * s, y: view.y - oy + (ev.clientY - r.top) * s, s };
    };
    root.addEventListener('wheel', (ev) => {
      ev.preventDefault();
      const p = toUser(ev);
      const f = Math.exp(ev.deltaY * 0.0015);
      const w = Math.min(home.w * 2, Math.max(home.w / 40, view.w * f));
      const k = w / view.w;
      setView({ x: p.x - (p.x - view.x) * k, y: p.y - (p.y - view.y) * k, w, h: view.h * k });
    }, { passive: false });
    let drag = null;
    root.addEventListener('pointerdown', (ev) => {
      if (ev.target.closest('.arc, .place')) return;
      drag = { x: ev.clientX, y: ev.clientY, view, s: toUser(ev).s };
    });
    root.addEventListener('pointermove', (ev) => {
      if (!drag) return;
      const v = drag.view;
      setView({ ...v, x: v.x - (ev.clientX - drag.x) * drag.s, y: v.y - (ev.clientY - drag.y) * drag.s });
    });
    const stop = () => { drag = null; };
    root.addEventListener('pointerup', stop);
    root.addEventListener('pointerleave', stop);
    root.addEventListener('dblclick', () => setView(home));
  }

  return { load };
}
