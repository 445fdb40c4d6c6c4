// The explorer page of kg serve (/explore). It talks only to the GraphQL API
// at /query; cytoscape draws the network, map.js the map view.
import cytoscape from 'cytoscape';
import { createMap } from './map.js';

const ENTITY_TYPES = ['Province', 'City', 'County', 'RegionGroup', 'Park', 'Railway', 'Road', 'Hub', 'Project',
  'Institution', 'Plan', 'Agency'];
const RELATION_TYPES = ['CO_BUILDS', 'DOCKS_WITH', 'INCLUDED_IN', 'INTEGRATES_INTO', 'LINKS_WITH', 'COOPERATES_WITH',
  'RELIES_ON', 'ADJACENT_TO', 'CONNECTS', 'LOCATED_IN', 'PART_OF', 'LEADS', 'RESPONSIBLE_FOR'];
const COLORS = {
  Province: '#dc2626', City: '#ea580c', County: '#d97706', RegionGroup: '#9333ea', Park: '#16a34a',
  Railway: '#0891b2', Road: '#64748b', Hub: '#2563eb', Project: '#db2777', Institution: '#4f46e5',
  Plan: '#65a30d', Agency: '#78716c',
};

const $ = (id) => document.getElementById(id);

async function gql(query, variables) {
  const res = await fetch('/query', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

function status(text) { $('status').textContent = text; }

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick') e.addEventListener('click', v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

// --- filters ---------------------------------------------------------------
function checkboxes(box, name, values, checked) {
  for (const v of values) {
    const input = el('input', { type: 'checkbox', name, value: v });
    input.checked = checked(v);
    input.addEventListener('change', refresh);
    box.append(el('label', {}, input, ' ', v));
  }
}
checkboxes($('rel-types'), 'rel', RELATION_TYPES, () => true);
checkboxes($('ent-types'), 'ent', ENTITY_TYPES, () => true);
for (const t of ENTITY_TYPES) {
  $('legend').append(el('li', { 'data-type': t }, el('span', { class: 'swatch', style: `background:${COLORS[t]}` }), t));
}
for (const id of ['doc', 'from', 'to']) $(id).addEventListener('change', refresh);

function checked(name) {
  return [...document.querySelectorAll(`input[name=${name}]`)].filter((i) => i.checked).map((i) => i.value);
}

function filters() {
  const rel = checked('rel');
  const ent = checked('ent');
  const time = {};
  if ($('from').value) time.fromYear = Number($('from').value);
  if ($('to').value) time.toYear = Number($('to').value);
  return {
    relationTypes: rel.length === RELATION_TYPES.length ? null : rel,
    entityTypes: ent.length === ENTITY_TYPES.length ? null : ent,
    document: $('doc').value || null,
    time: Object.keys(time).length ? time : null,
  };
}

gql('{ documents(first: 100) { nodes { id title date } } }').then((d) => {
  for (const doc of d.documents.nodes) {
    $('doc').append(el('option', { value: doc.id }, `${doc.title}${doc.date ? ` (${doc.date})` : ''}`));
  }
}).catch((e) => status(`documents: ${e.message}`));

// --- network -----------------------------------------------------------------
const cy = cytoscape({
  container: $('cy'),
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: {
      'background-color': (n) => COLORS[n.data('type')] || '#999',
      label: 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 2,
      width: (n) => 14 + 5 * Math.sqrt(n.data('degree') || 0),
      height: (n) => 14 + 5 * Math.sqrt(n.data('degree') || 0),
    } },
    { selector: 'node.seed', style: { 'border-width': 3, 'border-color': '#111' } },
    { selector: 'edge', style: {
      width: (e) => 1 + 1.5 * Math.sqrt(e.data('evidenceCount') || 0),
      'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#64748b', 'text-rotation': 'autorotate',
    } },
    { selector: '.path', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'border-color': '#f59e0b', 'border-width': 4 } },
    { selector: ':selected', style: { 'overlay-opacity': 0.15 } },
  ],
});
window.kgExplorer = { cy }; // for tests and the console

const expanded = []; // ids whose neighbourhoods are drawn

const SUBGRAPH = `nodes { id type name degree documentCount }
  edges { id type source target evidenceCount documentCount firstYear lastYear }`;

async function refresh() {
  if (!$('map-view').hidden) map.load(); // the map follows the filters and the chosen entities too
  if (!expanded.length) return;
  const f = filters();
  status('loading…');
  try {
    const d = await gql(`query($ids: [ID!]!, $rel: [RelationType!], $ent: [EntityType!], $doc: ID, $time: TimeFilter) {
      neighbourhood(ids: $ids, hops: 1, relationTypes: $rel, entityTypes: $ent, document: $doc, time: $time, maxNodes: 300) {
        truncated ${SUBGRAPH} } }`, { ids: expanded, rel: f.relationTypes, ent: f.entityTypes, doc: f.document, time: f.time });
    draw(d.neighbourhood);
    const n = d.neighbourhood;
    status(`${n.nodes.length} nodes, ${n.edges.length} edges${n.truncated ? ' (truncated)' : ''}`);
  } catch (e) {
    status(`error: ${e.message}`);
  }
}

function draw(sub, keep = false) {
  const els = [];
  for (const n of sub.nodes) els.push({ group: 'nodes', data: { ...n } });
  const ids = new Set(sub.nodes.map((n) => n.id));
  for (const e of sub.edges) {
    if (ids.has(e.source) && ids.has(e.target)) els.push({ group: 'edges', data: { ...e } });
  }
  cy.batch(() => {
    if (!keep) cy.elements().remove();
    for (const x of els) if (!cy.getElementById(x.data.id).length) cy.add(x);
    cy.nodes().removeClass('seed');
    for (const id of expanded) cy.getElementById(id).addClass('seed');
  });
  layout();
}

// A layout run while the network view is hidden (an entity chosen on the map)
// would fit a container of no size: it waits until the view is shown.
let layoutPending = false;
function layout() {
  layoutPending = $('network-view').hidden;
  if (!layoutPending) cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 80 }).run();
}

async function expand(id) {
  if (!expanded.includes(id)) expanded.push(id);
  await refresh();
}

cy.on('tap', 'node', (ev) => {
  const n = ev.target.data();
  showNode(n);
  expand(n.id);
});
cy.on('tap', 'edge', (ev) => showEvidence(ev.target.data().id));

function showNode(n) {
  const d = $('details');
  d.replaceChildren(
    el('h2', {}, n.name),
    el('p', {}, `${n.type} · ${n.id}`),
    el('p', {}, `degree ${n.degree} · documents ${n.documentCount}`),
    el('button', { type: 'button', onclick: () => { $('path-from').value = n.id; } }, 'Path from here'), ' ',
    el('button', { type: 'button', onclick: () => { $('path-to').value = n.id; } }, 'Path to here'),
  );
}

function marked(ev) {
  // The stretch [start, end) of the sentence holds the trigger: mark it there.
  const chars = Array.from(ev.text);
  const s = ev.start - ev.sentenceStart;
  const e = ev.end - ev.sentenceStart;
  const span = chars.slice(s, e).join('');
  const k = span.indexOf(ev.trigger);
  const p = el('p', { class: 'sentence' });
  if (s < 0 || e > chars.length || k < 0 || !ev.trigger) {
    p.append(ev.text);
    return p;
  }
  const before = chars.slice(0, s).join('') + span.slice(0, k);
  const after = span.slice(k + ev.trigger.length) + chars.slice(e).join('');
  p.append(before, el('mark', {}, ev.trigger), after);
  return p;
}

async function showEvidence(id) {
  const d = $('details');
  d.replaceChildren(el('p', { class: 'hint' }, 'loading evidence…'));
  try {
    const r = (await gql(`query($id: ID!) { relation(id: $id) { id type from { name } to { name } evidenceCount documentCount
      evidence(first: 20) { totalCount nodes { trigger text start end sentenceStart document { title docNumber issuer date } } } } }`, { id })).relation;
    const list = el('div', { id: 'evidence' });
    for (const ev of r.evidence.nodes) {
      const doc = ev.document;
      list.append(el('div', { class: 'evidence' }, marked(ev),
        el('p', { class: 'doc' }, [doc.title, doc.docNumber, doc.issuer, doc.date].filter(Boolean).join(' · '))));
    }
    if (!r.evidence.nodes.length) list.append(el('p', { class: 'hint' }, 'From the gazetteer: no evidence.'));
    d.replaceChildren(el('h2', {}, `${r.from.name} → ${r.to.name}`),
      el('p', {}, `${r.type} · ${r.evidence.totalCount} pieces of evidence in ${r.documentCount} documents`), list);
  } catch (e) {
    d.replaceChildren(el('p', {}, `error: ${e.message}`));
  }
}

// --- search ------------------------------------------------------------------
$('search-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const text = $('search').value.trim();
  if (!text) return;
  try {
    const d = await gql('query($t: String!) { search(text: $t, limit: 10) { entity { id type name degree documentCount } } }', { t: text });
    const ul = $('results');
    ul.replaceChildren();
    for (const h of d.search) {
      const e = h.entity;
      ul.append(el('li', {}, el('button', { type: 'button', 'data-id': e.id, onclick: () => {
        expanded.length = 0;
        showNode(e);
        showView('network');
        expand(e.id);
      } }, el('span', { class: 'swatch', style: `background:${COLORS[e.type]}` }), `${e.name} (${e.type})`)));
    }
    status(`${d.search.length} hits for ${text}`);
  } catch (e) {
    status(`error: ${e.message}`);
  }
});

// --- shortest path -----------------------------------------------------------
$('path-btn').addEventListener('click', async () => {
  const from = $('path-from').value.trim();
  const to = $('path-to').value.trim();
  if (!from || !to) return;
  try {
    const d = await gql(`query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxHops: 4) { length ${SUBGRAPH} } }`, { a: from, b: to });
    cy.elements().removeClass('path');
    if (!d.shortestPath) {
      status('no path within 4 hops');
      return;
    }
    draw(d.shortestPath, true);
    for (const x of [...d.shortestPath.nodes, ...d.shortestPath.edges]) cy.getElementById(x.id).addClass('path');
    status(`path of length ${d.shortestPath.length}`);
  } catch (e) {
    status(`error: ${e.message}`);
  }
});

// --- province view and map view ------------------------------------------------
const VIEWS = ['network', 'provinces', 'map'];
function showView(name) {
  for (const v of VIEWS) {
    $(`${v}-view`).hidden = name !== v;
    $(`tab-${v}`).classList.toggle('active', name === v);
  }
  if (name === 'network') {
    cy.resize();
    if (layoutPending) layout();
  }
  if (name === 'provinces') loadMatrix();
  if (name === 'map') map.load();
}
for (const v of VIEWS) $(`tab-${v}`).addEventListener('click', () => showView(v));

const map = createMap({
  gql, el, colors: COLORS, filters, status,
  selected: () => [...expanded],
  showEvidence,
  // A place clicked on the map becomes the chosen entity, as a search hit does.
  choose: (n) => {
    expanded.length = 0;
    expanded.push(n.id);
    gql('query($id: ID!) { entity(id: $id) { id type name degree documentCount } }', { id: n.id })
      .then((d) => showNode(d.entity)).catch((e) => status(`error: ${e.message}`));
    refresh();
  },
});
window.kgExplorer.map = map;

async function loadMatrix() {
  const f = filters();
  status('loading the province matrix…');
  try {
    const d = await gql(`query($rel: [RelationType!], $time: TimeFilter) { cooperationMatrix(level: Province, relationTypes: $rel, time: $time, top: 3, maxCells: 200) {
      truncated cells { a { id name } b { id name } relations evidenceCount byType { type count }
        top { id type from { name } to { name } evidenceCount } } } }`, { rel: f.relationTypes, time: f.time });
    const cells = d.cooperationMatrix.cells;
    const names = new Map();
    for (const c of cells) { names.set(c.a.id, c.a.name); names.set(c.b.id, c.b.name); }
    const ids = [...names.keys()].sort();
    const at = new Map();
    for (const c of cells) { at.set(`${c.a.id}|${c.b.id}`, c); at.set(`${c.b.id}|${c.a.id}`, c); }
    const maxEv = Math.max(1, ...cells.map((c) => c.evidenceCount));
    const table = el('table', { class: 'matrix', id: 'matrix-table' });
    table.append(el('tr', {}, el('th'), ...ids.map((id) => el('th', {}, names.get(id)))));
    for (const a of ids) {
      const tr = el('tr', {}, el('th', {}, names.get(a)));
      for (const b of ids) {
        const c = at.get(`${a}|${b}`);
        if (!c) { tr.append(el('td', { class: 'empty' })); continue; }
        const heat = Math.round(255 - 200 * (c.evidenceCount / maxEv));
        tr.append(el('td', { class: 'cell', style: `background: rgb(255, ${heat}, ${heat})`,
          title: `${c.a.name} – ${c.b.name}: ${c.relations} relations, ${c.evidenceCount} pieces of evidence`,
          onclick: () => showCell(c) }, c.relations));
      }
      table.append(tr);
    }
    $('matrix').replaceChildren(el('h2', {}, 'Cooperation between provinces'), table);
    status(`${cells.length} province pairs`);
  } catch (e) {
    status(`error: ${e.message}`);
  }
}

function showCell(c) {
  const ul = el('ul', { id: 'cell-list' });
  for (const r of c.top) {
    ul.append(el('li', {}, el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); showEvidence(r.id); } },
      `${r.from.name} ${r.type} ${r.to.name} (${r.evidenceCount})`)));
  }
  $('cell-edges').replaceChildren(el('h3', {}, `${c.a.name} – ${c.b.name}: ${c.byType.map((t) => `${t.type} ${t.count}`).join(', ')}`), ul);
}
