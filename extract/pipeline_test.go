package extract

import (
	"bytes"
	"flag"
	"github.com/google/go-cmp/cmp"
	"os"
	"path/filepath"
	"strings"
	"testing"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/gazetteer"
	"github.com/cnplan/kg/jsonl"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden (towns.bin, names.bin, pinyin.bin, t2s.bin, wordsets.bin with -run TestPrebuiltTowns, TestPrebuiltNames, TestPinyinTable, TestPrebuiltT2S, TestPrebuiltWordSets; go generate ./extract runs them all)")

func TestDecode(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("萍乡对接粤港澳大湾区"))
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("萍乡市"))
	tests := []struct {
		name    string
		in      []byte
		want    string
		enc     string
		wantErr string
	}{
		{"utf-8", []byte("萍乡市"), "萍乡市", EncodingUTF8, ""},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, "萍乡市"...), "萍乡市", EncodingUTF8, ""},
		{"gbk", gbk, "萍乡对接粤港澳大湾区", EncodingGB18030, ""},
		{"utf-16 with BOM", u16, "萍乡市", EncodingUTF16, ""},
		{"empty", nil, "", "", "empty file"},
		{"only spaces", []byte(" \n\t "), "", "", "empty file"},
		{"binary", []byte{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}, "", "", "binary data"},
		{"undecodable", []byte{0xB0, 0xA1, 0xFF, 0xFE, 0x80, 0x80}, "", "", "neither valid UTF-8 nor GB18030"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("want error %q, got %v", tc.wantErr, err)
				}
				return
			}
			if err != nil || got != tc.want || enc != tc.enc {
				t.Fatalf("got %q %q %v, want %q %q", got, enc, err, tc.want, tc.enc)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"spaces inside Chinese", "第十四个五 年规划", "第十四个五年规划"},
		{"spaces between Latin words kept", "Go  1.26 版本", "Go 1.26版本"},
		{"page marker", "推进萍乡 — 28 — 经开区建设", "推进萍乡经开区建设"},
		{"footnote marker", "三大攻坚战①取得成效", "三大攻坚战取得成效"},
		{"a road's number typed in lower case", "g350城区连接线建成，培育5g项目，s310改造，gps", "G350城区连接线建成，培育5g项目，S310改造，gps"},
		{"a mirror page's comma before a mark of the text", "西峰至合水,、西峰东绕城一级公路开工,,成效显著,。1,000万元,其中", "西峰至合水、西峰东绕城一级公路开工，成效显著。1,000万元，其中"},
		{"full-width digits", "Ｇ３２０国道", "G320国道"},
		{"full-width plus and ampersand join a name's words as ASCII does", "实施人工智能＋行动，加大Ｒ＆Ｄ投入（＋５％）", "实施人工智能+行动，加大R&D投入（+5％）"},
		{"web chrome", "设为首页 | 加入收藏\n信息检索:\n江西省\n您当前的位置: 首页 > 规划\n正文。", "正文。"},
		{"line broken inside a sentence", "推进赣湘开放合作试验区建设,打造对接粤港澳大湾区的桥\n头堡。", "推进赣湘开放合作试验区建设，打造对接粤港澳大湾区的桥头堡。"},
		{"heading keeps its line", "一、总体要求\n全面贯彻党的精神。", "一、总体要求\n全面贯彻党的精神。"},
		{"a title on the first line ends before the text", "天津市与北京市签署进一步加强京津战略合作框架协议\n15日，我市与北京市签署进一步加强京津战略合作框架协议。",
			"天津市与北京市签署进一步加强京津战略合作框架协议\n15日，我市与北京市签署进一步加强京津战略合作框架协议。"},
		{"a title's second line joins it before the text", "江西省推动湘赣边区域合作示范区建设的\n行动方案\n为深入贯彻落实。", "江西省推动湘赣边区域合作示范区建设的行动方案\n为深入贯彻落实。"},
		{"title broken over lines", "江西省推动湘赣边区域合作示范区\n建设行动方案\n为深入贯彻落实。", "江西省推动湘赣边区域合作示范区建设行动方案\n为深入贯彻落实。"},
		{"a bulleted item keeps its line however long the line before", "●沪苏浙城市与皖北城市结对合作帮扶持续深化\n●沪皖共建长三角(广德)康养基地签约建设",
			"●沪苏浙城市与皖北城市结对合作帮扶持续深化\n●沪皖共建长三角(广德)康养基地签约建设"},
		{"a news item's headline ends before its body, which opens with its date", "深化区域合作 推进协同发展\n晋陕豫黄河金三角三省四市 今年着力推进6个重点事项\n6月18日，记者从四市联席会议上获悉，三门峡市与运城市主动对接。\n会议由三门峡市人民政府主办并邀请四市代表参加，于2024年\n6月18日召开。",
			"深化区域合作推进协同发展\n晋陕豫黄河金三角三省四市今年着力推进6个重点事项\n6月18日，记者从四市联席会议上获悉，三门峡市与运城市主动对接。\n会议由三门峡市人民政府主办并邀请四市代表参加，于2024年6月18日召开。"},
		{"date line ends", "2016年9月14日\n江西省深化泛珠三角区域合作实施方案", "2016年9月14日\n江西省深化泛珠三角区域合作实施方案"},
		{"table of contents leaders", "第一章 发展基础......10 第二章 发展环境......17", "第一章发展基础\n第二章发展环境"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := Normalize(tc.in)
			if got := string(n.Text); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			src := []rune(tc.in)
			for i, s := range n.Source {
				if s < 0 || s >= len(src) {
					t.Fatalf("source offset %d of char %d out of range", s, i)
				}
			}
		})
	}
}

func TestNormalizeSourceOffsets(t *testing.T) {
	in := "萍乡 — 3 — 对接\n粤港澳"
	n := Normalize(in)
	src := []rune(in)
	for i, r := range n.Text {
		if r == '\n' || r == ' ' {
			continue
		}
		if src[n.Source[i]] != r {
			t.Errorf("char %d %q maps to %q", i, r, src[n.Source[i]])
		}
	}
}

func TestSentences(t *testing.T) {
	text := []rune("一、总体要求\n推进合作。加快发展;深化改革！ ")
	var got []string
	for _, s := range Sentences(text) {
		got = append(got, string(text[s.Start:s.End]))
	}
	want := []string{"一、总体要求", "推进合作。", "加快发展;", "深化改革！"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		in         string
		start, end int
	}{
		{"赣西经济转型十三五发展规划(2016-2020年)", 2016, 2020},
		{"国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", 2021, 2025},
		{"“十二五”规划", 2011, 2015},
		{"行动方案", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			a, b := period(tc.in)
			if a != tc.start || b != tc.end {
				t.Fatalf("got %d-%d, want %d-%d", a, b, tc.start, tc.end)
			}
		})
	}
}

// TestGolden compares the whole output for each seed with the golden files
// in testdata/golden; refresh them with `go test ./extract -run Golden -update`.
func TestGolden(t *testing.T) {
	x := newTestExtractor(t)
	seeds, _ := filepath.Glob("../seeds/*.txt")
	if len(seeds) == 0 {
		t.Fatal("no seeds")
	}
	for _, s := range seeds {
		name := filepath.Base(s)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			res := x.Extract([]Input{{Name: name, Data: data}}, nil)
			var buf bytes.Buffer
			if err := jsonl.Write(&buf, &res.Graph); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".jsonl")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				// one JSON line per record: the diff names the records that changed
				diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(buf.String(), "\n"))
				t.Fatalf("output differs from %s (-want +got):\n%s\nreview and run with -update if the change is intended", golden, diff)
			}
		})
	}
}

// BenchmarkExtract reports throughput over the seeds (MB/s of input).
func BenchmarkExtract(b *testing.B) { benchmarkExtract(b, "../seeds/*.txt") }

// BenchmarkExtractCorpus reports throughput over the 26 work reports of the
// development corpus (1.4 MB), which no rule was written for.
func BenchmarkExtractCorpus(b *testing.B) { benchmarkExtract(b, "../testdata/corpus/docs/*.txt") }

// BenchmarkNew reports the cost of building an extractor (automata,
// OpenCC tables, the segmenter's dictionary): paid once per process.
func BenchmarkNew(b *testing.B) {
	g, err := gazetteer.Load()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := New(Config{Gazetteer: g}); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkExtract(b *testing.B, glob string) {
	x := newTestExtractor(b)
	seeds, _ := filepath.Glob(glob)
	var ins []Input
	size := 0
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, Input{Name: filepath.Base(s), Data: data})
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(ins, nil)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("萍乡市"))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 'a'})
	f.Add([]byte{0xB0, 0xA1, 0xB0})
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, enc, err := Decode(b)
		if err == nil && (enc == "" || s == "") {
			t.Fatalf("no error but empty result for %q", b)
		}
	})
}

func FuzzNormalize(f *testing.F) {
	f.Add("推进萍乡 — 28 — 经开区建设\n一、总体要求")
	f.Add("设为首页 | 加入收藏\n......12")
	f.Add("①—\r\n－1－")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if len(n.Text) != len(n.Source) {
			t.Fatalf("text and source lengths differ")
		}
		in := []rune(s)
		for _, o := range n.Source {
			if o < 0 || o >= len(in) {
				t.Fatalf("source offset %d out of range %d", o, len(in))
			}
		}
		for _, sent := range Sentences(n.Text) {
			if sent.Start < 0 || sent.End > len(n.Text) || sent.Start >= sent.End {
				t.Fatalf("bad sentence %+v", sent)
			}
		}
	})
}

// FuzzExtract checks that no input makes the extractor panic.
func FuzzExtract(f *testing.F) {
	// the edges of the 2026-11-27 afternoon rules: mixed runs, local
	// nicknames, prefectures with 州, parallel pairs, 分别, headings, branches
	f.Add([]byte("深港澳合作榆鄂宁产业协作宁镇扬一体化延边州与舟山市、长春市与天津市开展结对合作A、B分别对口支援C、D\n吉林省与浙江省对口合作实施方案（2026—2030年）\n北京师范大学珠海校区哈尔滨工业大学（深圳）"))
	f.Add([]byte("深\n港\n州\n分别\n与、\n（）\n型\n中吉乌铁路\n其他\n沿线省市\n共建的\n、积极服务"))
	f.Add([]byte(pingxiangTitle + "支持上栗、万载联动浏阳、醴陵共建全国烟花爆竹转型升级集中区。"))
	f.Add([]byte("沪昆高铁、赣粤高速G320《规划》纳入"))
	// the edges of today's rules: counts, ordinals, lanes, quotes, ends
	f.Add([]byte("个左右首座4F级双向8车道“双高计划””等5家站在首个——环巢湖、洪湖等湖库在册亨、"))
	f.Add([]byte("首\n左右\n车道\n依托海口等3家"))
	// the edges of 2026-11-27's rules: counted lists, diversions, dashes, complexes
	f.Add([]byte("甲、乙4个抽水蓄能电站引黄济宁、引等成品油管道樟树—萍乡等—、站、北站综合枢纽与全省“十项行动”公路物流"))
	f.Add([]byte("、引\n引黄济\n等公路\n2个园区\n“四大行动”\n与研究院"))
	// the edges of this session's rules: rings, voltages, quoted pairs,
	// postings, capacities per year, a state firm, a group's region
	f.Add([]byte("四环东六环路“九纵五横四环”750千伏甲、乙等14个750千伏电网工程“甲”和“乙”专项行动“甲”、“乙”等行动驻京驻100万吨/年/年国能海南自贸港（B型）三北”六期工程"))
	f.Add([]byte("环\n二环\n千伏\n“”和“”示范区\n驻\n/年\n国能\n（B型）\n“三北”六期工程\n省研究院\n蓉城"))
	// the edges of the 2026-11-27 afternoon rules: dashes and ± in lines, runs
	// across borders, labels between a run and its trigger, firms' lists,
	// zones vouching for each other, adverbs before nouns
	f.Add([]byte("哈密—重庆±800千伏特高压直流工程通武廊交界沪滇“16+16”合作国网牛首山、华电牛首山东抽水蓄能电站北部创新港、未来信息港、东方科技城等首都国际会展中心自治区儿童医院"))
	f.Add([]byte("±\n—±\n交界\n“+”合作\n国网、华电电站\n港、城、园等\n首都\n自治区中心\n获批的试点"))
	// the edges of the 2026-11-28 evening rules: bare routes and notes in
	// brackets, reaching pairs, dash runs, 两大, …园|区, firms' quotes,
	// frames after 在, classes after 等, short forms
	f.Add([]byte("开工建设离石至隰县、隰县至吉县、三门峡大桥连接线2条高速公路大同（王庄堡）至阜平等项目通冀达陕嘉善—庆元—九寨沟飞地产业园沈阳、大连两大都市圈创业园区蒙牛乳业“灯塔工厂”等产业项目在黑龙江省与广东省开展对口合作的框架下湘东—醴陵等合作园区对接台安至黑山高速公路台黑高速公路"))
	f.Add([]byte("至\n（）至\n通冀\n—飞地\n两大\n园区\n“”等项目\n在框架下\n等园区对接\n至高速公路\n连\n2024年夏县政府工作报告"))
	// the edges of the 2026-11-28 night rules: firms' works, grades, mirror
	// commas, runways, ranks, link lines, towns named like regions, middle
	// dots, bracketed sections, layouts, lanes, link roads, modals, outlets
	f.Add([]byte("己内酰胺、华电平江电厂、国能岳阳电厂等西峰至合水,、西峰东绕城一级公路天河机场第三跑道全国首个国家实验区总书记对四川工作京新至京藏高速联络线舟山·达州东西部协作永杭高速(上杭段)国家“八纵八横”高铁网规划G9501次双向4车道高速公路g350城区连接线上海、江苏要加强合作河北日报记者"))
	f.Add([]byte("上杭县人民政府工作报告\n古田“一台戏”项目\n,、\n·协作\n（段）\n“”高铁网规划\n4车道\ng35\n要，合作\n日报\n双方将共同构建，建设园"))
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		res := x.Extract([]Input{{Name: "f.txt", Data: b}}, nil)
		checkGraphInvariants(t, &res.Graph)
	})
}

// TestGraphInvariants checks the invariants FuzzExtract checks on the
// seeds and the corpus together.
func TestGraphInvariants(t *testing.T) {
	x := newTestExtractor(t)
	res := x.Extract(testInputs(t, -1), nil)
	checkGraphInvariants(t, &res.Graph)
}

// checkGraphInvariants: every relation joins two entities of the graph,
// its evidence delimits a stretch of the sentence it quotes, and every
// named thing of an open class was mentioned, is in a relation or has a
// milestone (no name read and then given up stays behind).
func checkGraphInvariants(t *testing.T, g *kg.Graph) {
	t.Helper()
	ids := map[string]bool{}
	used := map[string]bool{}
	for _, r := range g.Relations {
		used[r.From], used[r.To] = true, true
	}
	for _, e := range g.Entities {
		if e.ID == "" || e.Name == "" {
			t.Fatalf("entity without id or name: %+v", e)
		}
		ids[e.ID] = true
		open := !e.Type.IsRegion() && e.Type != kg.RegionGroup && e.Type != kg.Agency
		if open && e.Mentions == 0 && !used[e.ID] && len(e.Milestones) == 0 {
			t.Errorf("%s %s: never mentioned, in no relation", e.Type, e.Name)
		}
	}
	for _, r := range g.Relations {
		if !ids[r.From] || !ids[r.To] {
			t.Fatalf("relation %s %s -> %s joins an entity the graph lacks", r.Type, r.From, r.To)
		}
		for _, ev := range r.Evidence {
			n := len([]rune(ev.Text))
			if ev.Start > ev.End || ev.Start < ev.SentenceStart || ev.End-ev.SentenceStart > n {
				t.Fatalf("relation %s: evidence span %d..%d outside its sentence (%d, %d characters)", r.ID, ev.Start, ev.End, ev.SentenceStart, n)
			}
		}
	}
}
