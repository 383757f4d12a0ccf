/**
 * The sources behind the facts, S1 ... S63, as listed in the reference fact sheet.
 *
 * @module
 */

import { known, OFFICIAL, PRESS, type Reliability, type SourceTag, unknown } from "../../core/fact.js";
import { ifDefined } from "../../core/ifDefined.js";
import type { PartialDateString, Source } from "../types.js";
import { deepFreeze } from "./build.js";

let count = 0;

/**
 * A source; its tag is its place in {@link SOURCES} (S1, S2...), which lists the sources in tag order.
 * Its URL is written readable (Hangul, Turkish letters) and stored percent-encoded.
 */
function src(
  url: string,
  publisher: string,
  date: PartialDateString | undefined,
  title: string,
  reliability: Reliability,
  note?: string,
): Source {
  const tag: SourceTag = `S${++count}`;
  const s: Source = {
    tag,
    url: encodeURI(url),
    publisher,
    date:
      date === undefined
        ? unknown("The publication date is not given in the reference notes.", [tag])
        : known(date, [tag], reliability),
    title,
    reliability,
    ...ifDefined("note", note),
  };
  return s;
}

/**
 * Every source the edition data cite, keyed by nothing: a frozen list in tag order (S1 ... S63).
 *
 * Reliability: `official` for MOLIT, KIND or KAIA releases, notices and portals (and the seed, the full
 * text of MOLIT's English 2021 results release S16); `press` for press and wire reports, copies of
 * releases and partners' pages; `machine-translated` for the machine-translated smartcity.go.kr/en
 * pages, which garble numbers.
 *
 * @example
 * ```ts
 * SOURCES.length; //=> 63
 * SOURCES[15]?.publisher; //=> "MOLIT"
 * ```
 * @category Programs
 */
export const SOURCES: readonly Source[] = deepFreeze([
  // S1
  src(
    "https://www.world-energy.org/article/18533.html",
    "World Energy",
    "2021-06-25",
    "2021 selection summary",
    PRESS,
  ),
  // S2
  src(
    "https://biz.chosun.com/en/en-realestate/2025/01/20/4CIGOOAFQVBIVIBBAI7NT54AGM/?outputType=amp",
    "Chosun Biz (English)",
    "2025-01-20",
    "2025 call",
    PRESS,
  ),
  // S3
  src(
    "http://www.ifg.cc/en/aktuelles/nachrichten/regionen/163-kr-suedkorea-south-korea/63507-south-korean-gov-t-launches-k-smart-city-network-project-competition.html",
    "ifg.cc",
    "2024",
    "2024 call (English)",
    PRESS,
    "Exact publication day not given; it reports the call of 29-30 Jan 2024.",
  ),
  // S4
  src(
    "https://smartcity.go.kr/en/2021/02/17/국토부-해외-도시와-손잡고-한국형-스마트시티-만든/",
    "Smart City Korea portal (smartcity.go.kr/en)",
    "2021-02-17",
    "2021 call",
    "machine-translated",
    'Machine translation that scrambles numbers ("G6G", "Russia (Survey)").',
  ),
  // S5
  src(
    "https://molit.go.kr/english/USR/BORD0201/m_28286/DTL.jsp?id=eng_mltm_new&mode=view&idx=2967",
    "MOLIT",
    "2021-02-19",
    "K-City Network Program 2021 starts from February",
    OFFICIAL,
  ),
  // S6
  src(
    "http://www.molit.go.kr/english/USR/BORD0201/m_28286/DTL.jsp?id=eng0301&cate=&mode=view&idx=2925",
    "MOLIT",
    "2020-02-04",
    "Launch of the K-City Network",
    OFFICIAL,
    "Long query string trimmed.",
  ),
  // S7
  src(
    "http://www.smartcitytoday.co.kr/news/articleView.html?idxno=23644",
    "Smart City Today",
    "2022-06",
    "2022 results (English)",
    PRESS,
  ),
  // S8
  src(
    "https://www.asiae.co.kr/article/2020041909564834066",
    "Asia Economy (asiae)",
    "2020-04-19",
    "2020 selection",
    PRESS,
  ),
  // S9
  src(
    "https://smartcity.go.kr/en/글로벌-스마트도시/k-city-network/faq-k-city/",
    "Smart City Korea portal (smartcity.go.kr/en)",
    undefined,
    "K-City Network FAQ (English)",
    OFFICIAL,
  ),
  // S10
  src(
    "https://scribd.com/document/745527085/K-City-Network-2023-Akıllı-Şehirler-ve-Akıllı-Cozumler-Programı",
    "MOLIT (public notice, copy on Scribd)",
    "2023-04-10",
    "2023 English call (MOLIT Public Notice)",
    PRESS,
  ),
  // S11
  src(
    "http://ifg.cc/aktuelles/nachrichten/regionen/163-kr-suedkorea-south-korea/62751-korean-style-smart-city-to-be-introduced-in-ukraine-s-uman.html",
    "ifg.cc",
    "2023",
    "2023 results (English)",
    PRESS,
  ),
  // S12
  src(
    "https://koatimes.net/2022/06/23/",
    "Koa Times",
    "2022-06-23",
    "2022 results",
    PRESS,
    "Full path: 국토부-키르기즈·몽골-등-9개국과-스마트시티-협력.",
  ),
  // S13
  src(
    "https://www.hankyung.com/society/article/202206230966Y",
    "Hankyung",
    "2022-06-23",
    "2022 results",
    PRESS,
    'Writes "Clark" for the 2022 Malaysian city; Klang is taken (see S18, S19).',
  ),
  // S14
  src(
    "https://realty.chosun.com/site/data/html_dir/2023/06/22/2023062202107.html",
    "Chosun Realty; etoday; Seoul Economic Daily; ZDNet Korea",
    "2023-06-22",
    "2023 results",
    PRESS,
    "Also https://etoday.co.kr/news/view/2259401 and https://m.sedaily.com/NewsView/29QYD12XFB.",
  ),
  // S15
  src(
    "https://v.daum.net/v/20230824170744714",
    "Daum News",
    "2023-08-24",
    "K-water named executor for Uman",
    PRESS,
  ),
  // S16
  src(
    "http://www.molit.go.kr/english/USR/BORD0201/m_28286/DTL.jsp?id=eng_mltm_new&mode=view&idx=2979",
    "MOLIT",
    "2021-06-25",
    "Results of the K-City Network: Global Cooperation Program 2021",
    OFFICIAL,
    "Its full text is the seed shared/seeds/k-city-network-2021-results.txt, authoritative for 2021.",
  ),
  // S17
  src(
    "https://prod.biz.chosun.com/en/en-realestate/2025/04/07/XCN5WTGPX5A6REPMN56OJQSKCE",
    "Chosun Biz (English)",
    "2025-04-07",
    "2025 demonstration results (English)",
    PRESS,
  ),
  // S18
  src("https://bizn.donga.com/3/all/20220623/114074083/2", "Donga", "2022-06-23", "2022 results", PRESS),
  // S19
  src(
    "http://www.lenews.co.kr/newsdb/newsread.asp?uid=81135&page=1&branch=1011100",
    "Land & Economy News (lenews)",
    "2022-06-23",
    "2022 results",
    PRESS,
  ),
  // S20
  src(
    "https://v.daum.net/v/20220623170618964",
    "Daum News",
    "2022-06-23",
    "2022 results",
    PRESS,
    'Writes "Clark" for the 2022 Malaysian city.',
  ),
  // S21
  src(
    "https://www.asiatoday.co.kr/view.php?key=20220623010013447",
    "Asia Today",
    "2022-06-23",
    "2022 results",
    PRESS,
  ),
  // S22
  src(
    "https://www.asiae.co.kr/article/2020040114253874124",
    "Asia Economy (asiae)",
    "2020-04-01",
    "2020 application statistics",
    PRESS,
  ),
  // S23
  src("http://economidaily.com/view/20250120140502941", "Economi Daily", "2025-01-20", "2025 call", PRESS),
  // S24
  src(
    "https://m.wowtv.co.kr/NewsCenter/News/Read?articleId=AKR20260127037500003",
    "Yonhap (via WOW TV)",
    "2026-01-27",
    "2026 call",
    PRESS,
  ),
  // S25
  src(
    "http://www.newsworks.co.kr/news/articleView.html?idxno=711093",
    "Newsworks",
    "2023-04-09",
    "2023 call",
    PRESS,
  ),
  // S26
  src("https://hankyung.com/article/202401297879Y", "Hankyung", "2024-01-29", "2024 call", PRESS),
  // S27
  src(
    "https://m1.etoday.co.kr/view.php?idxno=2351392",
    "etoday; Financial News; copy of the MOLIT release",
    "2024-04-17",
    "2024 demonstration results",
    PRESS,
    "Also https://fnnews.com/news/202404171301060257 and a copy of the MOLIT release on cafe.daum.net.",
  ),
  // S28
  src(
    "https://www2.ppomppu.co.kr/zboard/view.php?id=news_economy&no=374496",
    "Ppomppu (news copy); Between Buildings",
    "2025-04-07",
    "2025 demonstration results",
    PRESS,
    "Also https://betweenbuildings.net/?p=59286.",
  ),
  // S29
  src(
    "https://www.fnnews.com/news/202602060808500680",
    "Financial News",
    "2026-02-06",
    "KIND bidding briefing for the 2026 planning projects",
    PRESS,
  ),
  // S30
  src(
    "http://lenews.co.kr/newsdb/newsread.asp?uid=68398",
    "Land & Economy News (lenews); Newspim",
    "2020-03-18",
    "KIND entrustment agreement",
    PRESS,
    "Also http://m.newspim.com/news/view/20200318001478.",
  ),
  // S31
  src(
    "https://k-buildnews.com/news/view/1065580193727855",
    "K-Build News",
    "2023",
    "2023 call (10 Apr) and results with project titles (22 Jun)",
    PRESS,
    "Two articles: https://m.k-buildnews.com/news/view/1065590892085918 is the results.",
  ),
  // S32
  src(
    "https://cm.asiae.co.kr/en/article/2021062311380628753",
    "Asia Economy (English)",
    "2021-06-23",
    "2021 results (English)",
    PRESS,
  ),
  // S33
  src(
    "https://smartcity.go.kr/en/2021/04/27/한국형-스마트시티-세계가-주목한다/",
    "Smart City Korea portal (smartcity.go.kr/en)",
    "2021-04-27",
    "2021 application count",
    "machine-translated",
    'Says "39 cases received from 111 countries" for 111 applications from 39 countries.',
  ),
  // S34
  src(
    "http://www.shinailbo.co.kr/news/articleView.html?idxno=1260544",
    "Shin Ailbo",
    "2020-03-18",
    "KIND role",
    PRESS,
  ),
  // S35
  src(
    "http://kcms.cnews.co.kr/uhtml/view.jsp?idxno=202601280938122470517",
    "Construction Economy News (cnews)",
    "2026-01-28",
    "Official website launch",
    PRESS,
  ),
  // S36
  src(
    "https://taptalk.net/news/view/2025012013000993886/RDurdZHCFi",
    "Yonhap (via taptalk)",
    "2025-01-20",
    "2025 call",
    PRESS,
  ),
  // S37
  src(
    "http://www.consumerwide.com/news/articleView.html?idxno=43863",
    "Consumerwide",
    "2021-06",
    "2021 project descriptions",
    PRESS,
  ),
  // S38
  src(
    "https://ecubelabs.com/ko/전세계-11개국-진출-한국형-스마트시티-어떤-사업",
    "Ecube Labs",
    "2021",
    "Ecube Labs Baltimore demonstration",
    PRESS,
    "A company page.",
  ),
  // S39
  src(
    "https://smartcity.go.kr/?page_id=16350",
    "Smart City Korea portal (smartcity.go.kr)",
    undefined,
    "K-City Network FAQ (Korean)",
    OFFICIAL,
  ),
  // S40
  src(
    "http://www.dtoday.co.kr/news/articleView.html?idxno=357258",
    "Dtoday",
    "2020-04-02",
    "2020 applications and process",
    PRESS,
  ),
  // S41
  src(
    "https://newsdao.kr/26538",
    "newsdao",
    "2026",
    "2026 call",
    PRESS,
    "Low reliability: looks like an automated rewrite; dates the call 27 Feb 2026 and the program 2019, both wrong.",
  ),
  // S42
  src(
    "http://english.hani.co.kr/arti/english_edition/e_international/935412.html",
    "Hankyoreh (English)",
    "2020-04-02",
    "2020 applications (English)",
    PRESS,
  ),
  // S43
  src(
    "https://for.kg/news-786569-ru.html",
    "for.kg",
    "2022-10-24",
    "Issyk-Kul master plan (Han-A consortium)",
    PRESS,
  ),
  // S44
  src(
    "https://orbita.kg/18024-smart-siti-shagi-k-realizatsii",
    "orbita.kg",
    undefined,
    "Issyk-Kul progress meeting",
    PRESS,
    "Dated 25 Apr without a year (likely 2023).",
  ),
  // S45
  src(
    "http://www.constimes.co.kr/news/articleView.html?idxno=232257",
    "Construction Times (constimes)",
    "2022-06-23",
    "2022 results and executor timing",
    PRESS,
  ),
  // S46
  src(
    "https://betweenbuildings.net/?p=36652",
    "Between Buildings (copy of the MOLIT release)",
    "2022-03-29",
    "2022 call, with 2020 and 2021 totals",
    PRESS,
  ),
  // S47
  src(
    "http://www.ancnews.kr/news/articleViewAmp.html?idxno=18425",
    "ANC News",
    "2025-01",
    "2025 call",
    PRESS,
  ),
  // S48
  src(
    "http://www.ecotiger.co.kr/news/articleView.html?idxno=43825",
    "Ecotiger",
    "2023-04",
    "2023 call",
    PRESS,
  ),
  // S49
  src(
    "https://m.edaily.co.kr/amp/read?mediaCodeNo=257&newsId=02502646632268240",
    "Edaily",
    "2022-03-29",
    "2022 call and evaluation steps",
    PRESS,
  ),
  // S50
  src("http://m.newspim.com/news/view/20230407000957", "Newspim", "2023-04-09", "2023 call", PRESS),
  // S51
  src(
    "https://edaily.co.kr/News/Read?mediaCodeNo=257&newsId=02689606628951504",
    "Edaily",
    "2021-02-17",
    "2021 call",
    PRESS,
  ),
  // S52
  src(
    "http://www.dosinews.com/news/articleView.html?idxno=4249",
    "Dosinews",
    "2021-06",
    "2021 results and funding",
    PRESS,
  ),
  // S53
  src(
    "https://biz.newdaily.co.kr/site/data/html/2024/01/29/2024012900024.html",
    "New Daily",
    "2024-01-29",
    "2024 call",
    PRESS,
  ),
  // S54
  src(
    "https://edaily.co.kr/News/Read?mediaCodeNo=257&newsId=02174646638762640",
    "Edaily",
    "2024-01-29",
    "2024 call",
    PRESS,
  ),
  // S55
  src(
    "https://neighbornews.kr/2026/01/27/",
    "Neighbor News",
    "2026-01",
    "2026 call",
    PRESS,
    "Jan/Feb 2026. Full path: 국내-스마트시티-기술-해외-진출하면-최대-7억-원-받는.",
  ),
  // S56
  src(
    "https://global.urbanscience.uos.ac.kr/news/smart-news/449",
    "University of Seoul, urban science (copy)",
    "2023-04",
    "2023 call (copy)",
    "machine-translated",
  ),
  // S57
  src(
    "http://yonhapilbo.com/detail.php?number=77166&thread=06",
    "Yonhap Ilbo; The Most Times",
    "2023-10-06",
    "K-City Network improvement plan",
    PRESS,
    "Also https://themosttimes.co.kr/2167.",
  ),
  // S58
  src(
    "https://www.ikld.kr/news/articleView.html?idxno=292552",
    "ikld",
    "2024-04-17",
    "2024 demonstration total 2.5bn",
    PRESS,
  ),
  // S59
  src(
    "https://cloudflare.egyptindependent.com/korea-ambassador-to-cairo-calls-on-ministries-to-participate-in-k-city-network-2021",
    "Egypt Independent",
    "2021",
    "Egypt invitation to K-City Network 2021",
    PRESS,
  ),
  // S60
  src(
    "http://news.tf.co.kr/read/national/2106980.htm",
    "The Fact",
    undefined,
    "Badr mayor's Sejong visit",
    PRESS,
  ),
  // S61
  src(
    "http://www.businesskorea.co.kr/news/articleView.html?idxno=116995",
    "BusinessKorea",
    "2023",
    "2023 results (English)",
    PRESS,
  ),
  // S62
  src(
    "https://smartcity.go.kr/en/2023/06/08/",
    "Smart City Korea portal (smartcity.go.kr/en)",
    "2023-06-08",
    "Mukdahan demonstration",
    "machine-translated",
    "Also a copy on fastwaytracking.xyz.",
  ),
  // S63
  src(
    "https://akillikent.gaziantep.bel.tr/en/project/detail/data-coordination-center",
    "Gaziantep Metropolitan Municipality",
    undefined,
    "Gaziantep Data Coordination Center",
    PRESS,
    "The partner city's own project page.",
  ),
]);

const BY_TAG: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.tag, s]));

/**
 * Looks up a source by its tag.
 *
 * @param tag - a tag such as `"S16"`
 * @returns the source, or `undefined` when no source has that tag
 * @example
 * ```ts
 * getSource("S33")?.reliability; //=> "machine-translated"
 * getSource("S99"); //=> undefined
 * ```
 * @category Programs
 */
export function getSource(tag: string): Source | undefined {
  return BY_TAG.get(tag);
}
