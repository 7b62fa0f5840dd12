//! Every word the reader sees, in one table per language, and the number and date formats that go with it.
//!
//! Charts and components take a `&Texts` rather than string literals, so a language is added by filling in one
//! more table. Mission acronyms, mission names and the dataset's own text (events, errata, sources) stay as the
//! data has them: no official translations are in the data.

use crate::model::{AsOf, BudgetStep, Filters, RegionBar, Summary};
use crate::state::Notice;
use pko_data::{Category, EventDate, Mission, Period, PolicyEvent, Region, Status, Vocabulary, YearMonth};

/// A language of the interface. Its slug is the `lang` URL parameter's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    English,
    Chinese,
    Japanese,
}

impl Vocabulary for Lang {
    const ALL: &'static [Lang] = &[Lang::English, Lang::Chinese, Lang::Japanese];

    fn slug(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Chinese => "zh",
            Lang::Japanese => "ja",
        }
    }
}

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::English => &ENGLISH,
            Lang::Chinese => &CHINESE,
            Lang::Japanese => &JAPANESE,
        }
    }

    /// The BCP 47 tag for `<html lang>`: the script matters for Chinese fonts.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Chinese => "zh-Hans",
            Lang::Japanese => "ja",
        }
    }

    /// The first of the browser's preferred languages (`navigator.languages`) that the app speaks.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferred.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
            Lang::from_slug(&primary)
        })
    }

    /// The name of the language in itself, for the language menu.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::Chinese => "简体中文",
            Lang::Japanese => "日本語",
        }
    }
}

/// The interface text of one language.
#[derive(Debug)]
pub struct Texts {
    pub lang: Lang,
    pub app_title: &'static str,
    pub lede_before_title: &'static str,
    pub lede_after_title: &'static str,
    pub sources_link: &'static str,
    pub lede_end: &'static str,
    pub dark_theme: &'static str,
    pub light_theme: &'static str,
    pub use_dark_theme: &'static str,
    pub use_light_theme: &'static str,
    pub language: &'static str,
    pub filters: &'static str,
    pub period_legend: &'static str,
    pub region_legend: &'static str,
    pub personnel_legend: &'static str,
    pub status_legend: &'static str,
    pub troops_legend: &'static str,
    pub pla_only: &'static str,
    pub clear_filters: &'static str,
    pub personnel_title: &'static str,
    pub regions_title: &'static str,
    pub budget_title: &'static str,
    pub timeline_title: &'static str,
    pub personnel_axis: &'static str,
    pub personnel_axis_log: &'static str,
    pub personnel_axis_own: &'static str,
    pub personnel_axis_own_log: &'static str,
    pub no_figures: &'static str,
    pub paper_series: &'static str,
    pub later_series: &'static str,
    pub ongoing: &'static str,
    pub no_missions: &'static str,
    pub present: &'static str,
    pub outside_paper: &'static str,
    pub by_total: &'static str,
    pub by_start: &'static str,
    pub by_name: &'static str,
    pub linear: &'static str,
    pub log_scale: &'static str,
    pub order_and_scale: &'static str,
    pub table: &'static str,
    pub close: &'static str,
    pub regions_hint: &'static str,
    pub timeline_hint: &'static str,
    pub later_toggle: &'static str,
    pub col_mission: &'static str,
    pub col_region: &'static str,
    pub col_participation: &'static str,
    pub col_total: &'static str,
    pub col_missions: &'static str,
    pub col_personnel: &'static str,
    pub col_share: &'static str,
    pub col_years: &'static str,
    pub col_rank: &'static str,
    pub col_series: &'static str,
    pub col_source: &'static str,
    pub col_date: &'static str,
    pub col_event: &'static str,
    pub col_what: &'static str,
    pub col_section: &'static str,
    pub series_paper: &'static str,
    pub series_later: &'static str,
    pub personnel_caption: &'static str,
    pub personnel_caption_own: &'static str,
    pub regions_caption: &'static str,
    pub events_caption: &'static str,
    pub host: &'static str,
    pub un_start: &'static str,
    pub in_paper: &'static str,
    pub personnel_cumulative: &'static str,
    pub personnel_own: &'static str,
    pub table_initial: &'static str,
    pub table_active: &'static str,
    pub figures_end: &'static str,
    pub printed: &'static str,
    pub used: &'static str,
    pub corrected: &'static str,
    pub flagged: &'static str,
    pub source: &'static str,
    pub share: &'static str,
    pub embed: &'static str,
    pub cite: &'static str,
    pub share_intro: &'static str,
    pub embed_intro: &'static str,
    pub embed_chart: &'static str,
    pub embed_height: &'static str,
    pub embed_hint: &'static str,
    pub embed_script: &'static str,
    pub links_show_paper_data: &'static str,
    pub link: &'static str,
    pub code: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_blocked: &'static str,
    pub open_full: &'static str,
    pub own_title: &'static str,
    pub own_intro: &'static str,
    pub own_privacy: &'static str,
    pub choose_file: &'static str,
    pub or_drop: &'static str,
    pub back_to_paper: &'static str,
    pub own_banner: &'static str,
    pub sources_title: &'static str,
    /// Printed in place of Your own data and Sources & notes when the page is printed before they were loaded.
    pub sources_online: &'static str,
    pub paper_intro: &'static str,
    pub download_all: &'static str,
    pub download_all_note: &'static str,
    pub how_add_up: &'static str,
    pub sum_caption: &'static str,
    pub col_category: &'static str,
    pub col_sum: &'static str,
    pub all_personnel: &'static str,
    pub uniformed: &'static str,
    pub key_figures: &'static str,
    pub errata_title: &'static str,
    pub errata_intro: &'static str,
    pub errata_caption: &'static str,
    pub col_row: &'static str,
    pub col_column: &'static str,
    pub col_printed: &'static str,
    pub col_used: &'static str,
    pub col_action: &'static str,
    pub col_why: &'static str,
    pub notes_row: &'static str,
    pub later_title: &'static str,
    pub later_intro: &'static str,
    pub footer: &'static str,
    /// A part loaded on first use (see `ui::lazy`) did not arrive.
    pub not_loaded: &'static str,
    pub retry: &'static str,
    categories: [&'static str; 4],
    regions: [&'static str; 5],
    periods: [&'static str; 2],
    statuses: [&'static str; 2],
}

pub const ENGLISH: Texts = Texts {
    lang: Lang::English,
    app_title: "China in UN Peacekeeping",
    lede_before_title: "China's participation in UN peacekeeping, 1989–2010, from Yasuhiro Matsuda, ",
    lede_after_title: ". Figures are cumulative to 30 November 2008; ",
    sources_link: "sources and errata",
    lede_end: " are below.",
    dark_theme: "Dark theme",
    light_theme: "Light theme",
    use_dark_theme: "Use the dark theme",
    use_light_theme: "Use the light theme",
    language: "Language",
    filters: "Filters",
    period_legend: "Period",
    region_legend: "Region",
    personnel_legend: "Personnel",
    status_legend: "Status",
    troops_legend: "Troops",
    pla_only: "PLA troop missions only",
    clear_filters: "Clear filters",
    personnel_title: "Personnel per mission",
    regions_title: "Personnel by region",
    budget_title: "China's share of the UN peacekeeping budget",
    timeline_title: "Participation timeline",
    personnel_axis: "Personnel sent, cumulative to 30 Nov 2008",
    personnel_axis_log: "Personnel sent, cumulative to 30 Nov 2008 (log scale)",
    personnel_axis_own: "Personnel, as your file counts them",
    personnel_axis_own_log: "Personnel, as your file counts them (log scale)",
    no_figures: "no figures",
    paper_series: "China's share (the paper)",
    later_series: "UN scales 2007–2027 (not in the paper)",
    ongoing: "ongoing",
    no_missions: "No mission matches these filters.",
    present: "present",
    outside_paper: "not in the paper",
    by_total: "By total",
    by_start: "By start",
    by_name: "By name",
    linear: "Linear",
    log_scale: "Log scale",
    order_and_scale: "Order and scale",
    table: "Table",
    close: "Close",
    regions_hint: "Click a region to filter by it.",
    timeline_hint: "Diamonds are policy events; an arrowhead marks a participation still going on when the data ends (the month in the legend).",
    later_toggle: "Add the later UN scales, 2007–2027 (not in the paper)",
    col_mission: "Mission",
    col_region: "Region",
    col_participation: "China's participation",
    col_total: "Total",
    col_missions: "Missions",
    col_personnel: "Personnel",
    col_share: "Share",
    col_years: "Years",
    col_rank: "Rank",
    col_series: "Series",
    col_source: "Source",
    col_date: "Date",
    col_event: "Event",
    col_what: "What happened",
    col_section: "Section",
    series_paper: "the paper",
    series_later: "later UN scale (not in the paper)",
    personnel_caption: "Personnel per mission, cumulative to 30 November 2008 (Matsuda, Tables 1–2)",
    personnel_caption_own: "Personnel per mission, as your file counts them",
    regions_caption: "Personnel by region, under the current filters other than region",
    events_caption: "Policy events (Matsuda, sections I–III)",
    host: "Host",
    un_start: "UN start",
    in_paper: "In the paper",
    personnel_cumulative: "Personnel (cumulative to 30 Nov 2008)",
    personnel_own: "Personnel (as your file counts them)",
    table_initial: "Table 1: initial participation, 1989–1999",
    table_active: "Table 2: active engagement, from 2000",
    figures_end: "no figures (the paper's figures end on 30 November 2008)",
    printed: "printed",
    used: "used",
    corrected: "corrected",
    flagged: "flagged, kept as printed",
    source: "Source",
    share: "Share",
    embed: "Embed",
    cite: "Cite",
    share_intro: "A link to this exact view (filters, order, open mission):",
    embed_intro: "Paste this into a course page to show one chart with its filters:",
    embed_chart: "Chart",
    embed_height: "Height",
    embed_hint: "The frame works on pages whose scripts are stripped. Where the page may run scripts, add this once, and every frame of the explorer fits its content:",
    embed_script: "Script",
    links_show_paper_data: "Your own file stays in this browser and is not part of any link: what you share, embed or cite here shows the paper's data.",
    link: "Link",
    code: "Code",
    copy: "Copy",
    copied: "Copied.",
    copy_blocked: "Copying is blocked here: select the text and copy it.",
    open_full: "Open in full explorer",
    own_title: "Your own data",
    own_intro: "Load a CSV file with the columns of the app's data/missions.csv (download it under Sources & notes, edit it in a spreadsheet): updated figures, or another country's contributions.",
    own_privacy: "Files of up to 1 MB and 2,000 missions. The file is read in your browser and sent nowhere.",
    choose_file: "Choose a CSV file",
    or_drop: " or drop one here.",
    back_to_paper: "Back to the paper's data",
    own_banner: "The charts show your own data, not the paper's.",
    sources_title: "Sources & notes",
    sources_online: "The sources, the paper's errata and how its figures add up are on the explorer's page:",
    paper_intro: "English version of a chapter first published in Japanese in 添谷芳秀編『現代の中国外交の六十年』(Keio University Press), pp. 283–305. Tables 1 and 2 give the missions; the text gives the budget shares, the key figures and the chronology. The paper's own sources: China's National Defense in 2008 (white paper) and the UN peacekeeping pages, read in January 2011.",
    download_all: "Download all missions (CSV)",
    download_all_note: " in the schema of the app's data/missions.csv, with the corrections noted.",
    how_add_up: "How the figures add up",
    sum_caption: "Personnel in Tables 1–2, summed over all missions",
    col_category: "Category",
    col_sum: "Sum",
    all_personnel: "All personnel",
    uniformed: "Uniformed (all but civilians)",
    key_figures: "Key figures in the text",
    errata_title: "Errata",
    errata_intro: "Where the paper's print is impossible or wrong, the data uses the corrected value and says so here; doubtful values that could not be checked are flagged and kept.",
    errata_caption: "Errata in Tables 1–2 and their notes",
    col_row: "Row",
    col_column: "Column",
    col_printed: "Printed",
    col_used: "Used",
    col_action: "Action",
    col_why: "Why, and source",
    notes_row: "Notes",
    later_title: "Later budget shares (not in the paper)",
    later_intro: "The budget chart can add the UN scales of assessment after the paper. They come from these sources, not from the paper:",
    footer: "Data: Matsuda, Tables 1–2 and text; later budget scales from the sources listed under Sources & notes. Built with Rust, Leptos and plotters.",
    not_loaded: "This part of the explorer could not be loaded. Check the connection, then try again.",
    retry: "Try again",
    categories: ["Civilians", "Military observers", "Troops", "Civilian police"],
    regions: ["Africa", "Asia", "Middle East", "Europe", "Americas"],
    periods: ["Table 1: 1989–1999", "Table 2: 2000–"],
    statuses: ["Ongoing", "Ended"],
};

pub const CHINESE: Texts = Texts {
    lang: Lang::Chinese,
    app_title: "中国与联合国维和行动",
    lede_before_title: "中国参与联合国维和行动（1989–2010年），数据来自松田康博（Yasuhiro Matsuda）的论文",
    lede_after_title: "。人数为截至2008年11月30日的累计数；",
    sources_link: "来源与勘误",
    lede_end: "见下文。",
    dark_theme: "深色主题",
    light_theme: "浅色主题",
    use_dark_theme: "使用深色主题",
    use_light_theme: "使用浅色主题",
    language: "语言",
    filters: "筛选",
    period_legend: "时期",
    region_legend: "地区",
    personnel_legend: "人员类别",
    status_legend: "状态",
    troops_legend: "部队",
    pla_only: "仅解放军部队参与的任务",
    clear_filters: "清除筛选",
    personnel_title: "各任务派遣人数",
    regions_title: "各地区人数",
    budget_title: "中国在联合国维和预算中的分摊比例",
    timeline_title: "参与时间线",
    personnel_axis: "派遣人数（截至2008年11月30日累计）",
    personnel_axis_log: "派遣人数（截至2008年11月30日累计，对数刻度）",
    personnel_axis_own: "人员（按您的文件计数）",
    personnel_axis_own_log: "人员（按您的文件计数，对数刻度）",
    no_figures: "无数据",
    paper_series: "中国的分摊比例（论文）",
    later_series: "联合国2007–2027年分摊比额（非论文数据）",
    ongoing: "进行中",
    no_missions: "没有符合筛选条件的任务。",
    present: "至今",
    outside_paper: "非论文数据",
    by_total: "按总数",
    by_start: "按开始时间",
    by_name: "按名称",
    linear: "线性",
    log_scale: "对数刻度",
    order_and_scale: "排序与刻度",
    table: "表格",
    close: "关闭",
    regions_hint: "点击地区即可按该地区筛选。",
    timeline_hint: "菱形为政策事件；箭头表示截至数据的最后月份（见图例）仍在进行的参与。",
    later_toggle: "加入联合国2007–2027年分摊比额（非论文数据）",
    col_mission: "任务",
    col_region: "地区",
    col_participation: "中国参与时间",
    col_total: "合计",
    col_missions: "任务数",
    col_personnel: "人数",
    col_share: "占比",
    col_years: "年份",
    col_rank: "排名",
    col_series: "数据系列",
    col_source: "来源",
    col_date: "日期",
    col_event: "事件",
    col_what: "内容",
    col_section: "章节",
    series_paper: "论文",
    series_later: "联合国后续分摊比额（非论文数据）",
    personnel_caption: "各任务派遣人数，截至2008年11月30日累计（松田论文表1–2）",
    personnel_caption_own: "各任务人员（按您的文件计数）",
    regions_caption: "各地区人数（应用除地区外的当前筛选）",
    events_caption: "政策事件（松田论文第一至第三部分）",
    host: "所在地",
    un_start: "联合国开始时间",
    in_paper: "论文出处",
    personnel_cumulative: "人员（截至2008年11月30日累计）",
    personnel_own: "人员（按您的文件计数）",
    table_initial: "表1：初期参与，1989–1999年",
    table_active: "表2：积极参与，2000年起",
    figures_end: "无数据（论文数据截至2008年11月30日）",
    printed: "原文",
    used: "采用",
    corrected: "已更正",
    flagged: "已标注，保留原文",
    source: "来源",
    share: "分享",
    embed: "嵌入",
    cite: "引用",
    share_intro: "指向当前视图（筛选、排序、打开的任务）的链接：",
    embed_intro: "将此代码粘贴到课程页面，即可显示一张图表及其筛选：",
    embed_chart: "图表",
    embed_height: "高度",
    embed_hint: "在去除脚本的页面中也可使用。若页面允许脚本，在页面中加入一次以下代码，每个框架即可自动适应内容高度：",
    embed_script: "脚本",
    links_show_paper_data: "您自己的文件只保留在本浏览器中，不会包含在任何链接里：在此分享、嵌入或引用的内容显示的是论文的数据。",
    link: "链接",
    code: "代码",
    copy: "复制",
    copied: "已复制。",
    copy_blocked: "此处无法复制：请选中文字后手动复制。",
    open_full: "在完整版中打开",
    own_title: "您自己的数据",
    own_intro: "加载与本应用 data/missions.csv 列相同的 CSV 文件（可在“来源与说明”下载并用电子表格编辑）：例如更新后的数字，或其他国家的贡献。",
    own_privacy: "文件最大 1 MB、2,000 个任务。文件只在您的浏览器中读取，不会发送到任何地方。",
    choose_file: "选择 CSV 文件",
    or_drop: "，或将文件拖放到此处。",
    back_to_paper: "返回论文数据",
    own_banner: "图表显示的是您自己的数据，而非论文数据。",
    sources_title: "来源与说明",
    sources_online: "来源、论文勘误以及数字如何加总，见探索器页面：",
    paper_intro: "本文英文版译自最初以日文发表的章节：添谷芳秀編『現代の中国外交の六十年』（庆应义塾大学出版会），第283–305页。表1和表2列出各项任务；正文给出预算分摊比例、关键数字和大事年表。论文本身的来源：《2008年中国的国防》白皮书及联合国维和网页（2011年1月查阅）。",
    download_all: "下载全部任务（CSV）",
    download_all_note: "，格式与本应用的 data/missions.csv 相同，并注明更正。",
    how_add_up: "数字如何相加",
    sum_caption: "表1–2中各任务人数之和",
    col_category: "类别",
    col_sum: "合计",
    all_personnel: "全部人员",
    uniformed: "制服人员（不含文职人员）",
    key_figures: "正文中的关键数字",
    errata_title: "勘误",
    errata_intro: "论文印刷有误或不可能成立之处，数据采用更正后的数值并在此说明；无法核实的可疑数值予以标注并保留。",
    errata_caption: "表1–2及其注释的勘误",
    col_row: "行",
    col_column: "列",
    col_printed: "原文",
    col_used: "采用",
    col_action: "处理",
    col_why: "原因与来源",
    notes_row: "注释",
    later_title: "后续预算分摊比例（非论文数据）",
    later_intro: "预算图表可加入论文之后的联合国分摊比额。这些数据来自以下来源，而非论文：",
    footer: "数据：松田论文表1–2及正文；后续预算分摊比额的来源见“来源与说明”。以 Rust、Leptos 和 plotters 构建。",
    not_loaded: "探索器的这一部分未能加载。请检查网络连接后重试。",
    retry: "重试",
    categories: ["文职人员", "军事观察员", "部队", "民事警察"],
    regions: ["非洲", "亚洲", "中东", "欧洲", "美洲"],
    periods: ["表1：1989–1999年", "表2：2000年起"],
    statuses: ["进行中", "已结束"],
};

pub const JAPANESE: Texts = Texts {
    lang: Lang::Japanese,
    app_title: "中国と国連平和維持活動",
    lede_before_title: "中国の国連PKOへの参加（1989–2010年）。松田康博の論文",
    lede_after_title: "に基づく。人数は2008年11月30日までの累計；",
    sources_link: "出典と正誤",
    lede_end: "は下にあります。",
    dark_theme: "ダークテーマ",
    light_theme: "ライトテーマ",
    use_dark_theme: "ダークテーマにする",
    use_light_theme: "ライトテーマにする",
    language: "言語",
    filters: "絞り込み",
    period_legend: "時期",
    region_legend: "地域",
    personnel_legend: "要員の種類",
    status_legend: "状況",
    troops_legend: "部隊",
    pla_only: "人民解放軍部隊の派遣先のみ",
    clear_filters: "絞り込みを解除",
    personnel_title: "ミッション別の派遣人数",
    regions_title: "地域別の派遣人数",
    budget_title: "国連PKO予算に占める中国の分担率",
    timeline_title: "参加の年表",
    personnel_axis: "派遣人数（2008年11月30日までの累計）",
    personnel_axis_log: "派遣人数（2008年11月30日までの累計、対数目盛）",
    personnel_axis_own: "要員（お手元のファイルの数値）",
    personnel_axis_own_log: "要員（お手元のファイルの数値、対数目盛）",
    no_figures: "数値なし",
    paper_series: "中国の分担率（論文）",
    later_series: "国連分担率 2007–2027年（論文外）",
    ongoing: "継続中",
    no_missions: "この条件に合うミッションはありません。",
    present: "現在",
    outside_paper: "論文外",
    by_total: "合計順",
    by_start: "開始順",
    by_name: "名前順",
    linear: "線形",
    log_scale: "対数目盛",
    order_and_scale: "並び順と目盛",
    table: "表",
    close: "閉じる",
    regions_hint: "地域をクリックすると、その地域で絞り込みます。",
    timeline_hint: "ひし形は政策上の出来事、矢印はデータの最終月（凡例を参照）の時点で継続中の参加を示します。",
    later_toggle: "2007–2027年の国連分担率を加える（論文外）",
    col_mission: "ミッション",
    col_region: "地域",
    col_participation: "中国の参加期間",
    col_total: "合計",
    col_missions: "ミッション数",
    col_personnel: "人数",
    col_share: "割合",
    col_years: "年",
    col_rank: "順位",
    col_series: "系列",
    col_source: "出典",
    col_date: "日付",
    col_event: "出来事",
    col_what: "内容",
    col_section: "節",
    series_paper: "論文",
    series_later: "その後の国連分担率（論文外）",
    personnel_caption: "ミッション別の派遣人数、2008年11月30日までの累計（松田、表1–2）",
    personnel_caption_own: "ミッション別の要員（お手元のファイルの数値）",
    regions_caption: "地域別の派遣人数（地域以外の現在の絞り込みを適用）",
    events_caption: "政策上の出来事（松田、第I–III節）",
    host: "所在地",
    un_start: "国連での開始",
    in_paper: "論文での位置",
    personnel_cumulative: "要員（2008年11月30日までの累計）",
    personnel_own: "要員（お手元のファイルの数値）",
    table_initial: "表1：初期の参加、1989–1999年",
    table_active: "表2：積極的関与、2000年以降",
    figures_end: "数値なし（論文の数値は2008年11月30日まで）",
    printed: "原文",
    used: "採用",
    corrected: "訂正",
    flagged: "指摘のみ、原文どおり",
    source: "出典",
    share: "共有",
    embed: "埋め込み",
    cite: "引用",
    share_intro: "この表示（絞り込み、並び順、開いたミッション）へのリンク：",
    embed_intro: "授業のページに貼り付けると、グラフ1つとその絞り込みを表示できます：",
    embed_chart: "グラフ",
    embed_height: "高さ",
    embed_hint: "スクリプトが削除されるページでも使えます。スクリプトが使えるページでは、次のコードを一度加えると、すべての枠の高さが内容に合わせて変わります：",
    embed_script: "スクリプト",
    links_show_paper_data: "ご自分のファイルはこのブラウザーの中だけにあり、リンクには含まれません。ここで共有・埋め込み・引用する内容は論文のデータを表示します。",
    link: "リンク",
    code: "コード",
    copy: "コピー",
    copied: "コピーしました。",
    copy_blocked: "ここではコピーできません。テキストを選択してコピーしてください。",
    open_full: "完全版で開く",
    own_title: "自分のデータ",
    own_intro: "このアプリの data/missions.csv と同じ列の CSV ファイルを読み込めます（「出典と注記」からダウンロードして表計算ソフトで編集）。更新した数値や、他国の貢献などに。",
    own_privacy: "ファイルは 1 MB、2,000 ミッションまで。ファイルはブラウザの中だけで読み込まれ、どこにも送信されません。",
    choose_file: "CSV ファイルを選ぶ",
    or_drop: "、またはここにドロップ。",
    back_to_paper: "論文のデータに戻る",
    own_banner: "グラフは論文ではなく、あなたのデータを表示しています。",
    sources_title: "出典と注記",
    sources_online: "出典、論文の正誤、数字の合計の確かめ方は、エクスプローラーのページにあります：",
    paper_intro: "日本語で最初に発表された章（添谷芳秀編『現代の中国外交の六十年』慶應義塾大学出版会、283–305頁）の英語版。表1と表2がミッションを、本文が予算分担率・主要な数字・年表を示します。論文自体の出典は『2008年中国の国防』白書と国連PKOのウェブページ（2011年1月閲覧）です。",
    download_all: "全ミッションをダウンロード（CSV）",
    download_all_note: "。このアプリの data/missions.csv と同じ形式で、訂正を注記しています。",
    how_add_up: "数字の検算",
    sum_caption: "表1–2の要員数の全ミッション合計",
    col_category: "種類",
    col_sum: "合計",
    all_personnel: "全要員",
    uniformed: "制服要員（文民以外）",
    key_figures: "本文中の主要な数字",
    errata_title: "正誤",
    errata_intro: "論文の印刷があり得ない、または誤っている箇所では、データは訂正した値を用い、ここに記します。確認できない疑わしい値は指摘のみで原文どおりとしています。",
    errata_caption: "表1–2とその注の正誤",
    col_row: "行",
    col_column: "列",
    col_printed: "原文",
    col_used: "採用",
    col_action: "処理",
    col_why: "理由と出典",
    notes_row: "注",
    later_title: "その後の予算分担率（論文外）",
    later_intro: "予算のグラフには論文以後の国連分担率を加えられます。数値は論文ではなく、次の出典によります：",
    footer: "データ：松田論文の表1–2と本文。その後の予算分担率の出典は「出典と注記」に記載。Rust、Leptos、plotters で構築。",
    not_loaded: "この部分を読み込めませんでした。接続を確認してから、もう一度お試しください。",
    retry: "再試行",
    categories: ["文民", "軍事監視要員", "部隊", "文民警察"],
    regions: ["アフリカ", "アジア", "中東", "ヨーロッパ", "南北アメリカ"],
    periods: ["表1：1989–1999年", "表2：2000年以降"],
    statuses: ["継続中", "終了"],
};

impl Texts {
    pub fn category(&self, category: Category) -> &'static str {
        self.categories[category.index()]
    }

    pub fn region(&self, region: Region) -> &'static str {
        self.regions[region.index()]
    }

    pub fn period(&self, period: Period) -> &'static str {
        self.periods[period.index()]
    }

    pub fn status(&self, status: Status) -> &'static str {
        self.statuses[status.index()]
    }

    fn is_english(&self) -> bool {
        self.lang == Lang::English
    }

    /// "Aug 1998" or "1998年8月".
    pub fn month(&self, month: YearMonth) -> String {
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        if self.is_english() {
            format!("{} {}", MONTHS[usize::from(month.month() - 1)], month.year())
        } else {
            format!("{}年{}月", month.year(), month.month())
        }
    }

    pub fn event_date(&self, date: EventDate) -> String {
        match date {
            EventDate::Year(year) if self.is_english() => year.to_string(),
            EventDate::Year(year) => format!("{year}年"),
            EventDate::Month(month) => self.month(month),
        }
    }

    /// The timeline's legend entry for its arrowheads: "ongoing (to Jan 2011)", or, where the data states no month
    /// (a reader's own file), "ongoing (to Jun 2024, the latest month in the data)".
    pub fn ongoing_until(&self, as_of: AsOf) -> String {
        let (ongoing, month) = (self.ongoing, self.month(as_of.month));
        match (self.lang, as_of.inferred) {
            (Lang::English, false) => format!("{ongoing} (to {month})"),
            (Lang::English, true) => format!("{ongoing} (to {month}, the latest month in the data)"),
            (Lang::Chinese, false) => format!("{ongoing}（至{month}）"),
            (Lang::Chinese, true) => format!("{ongoing}（至{month}，即数据中最晚的月份）"),
            (Lang::Japanese, false) => format!("{ongoing}（{month}まで）"),
            (Lang::Japanese, true) => format!("{ongoing}（データ中の最新月、{month}まで）"),
        }
    }

    /// China's participation: "Aug 1998 – Dec 2005", "Oct 2003 – present", "2003年10月至今".
    pub fn participation(&self, mission: &Mission) -> String {
        let start = self.month(mission.china_start);
        match (self.lang, mission.china_end) {
            (Lang::English, Some(end)) => format!("{start} – {}", self.month(end)),
            (Lang::English, None) => format!("{start} – {}", self.present),
            (Lang::Chinese, None) => format!("{start}{}", self.present),
            (_, Some(end)) => format!("{start}–{}", self.month(end)),
            (_, None) => format!("{start}–{}", self.present),
        }
    }

    /// A count of people: "8,832 personnel", "8,832人".
    pub fn people(&self, count: u32) -> String {
        if self.is_english() {
            format!("{} personnel", format_count(count))
        } else {
            format!("{}人", format_count(count))
        }
    }

    /// "1 mission", "14 missions", "14项任务", "14ミッション".
    pub fn missions(&self, count: usize) -> String {
        let number = format_count(count as u32);
        match self.lang {
            Lang::English if count == 1 => format!("{number} mission"),
            Lang::English => format!("{number} missions"),
            Lang::Chinese => format!("{number}项任务"),
            Lang::Japanese => format!("{number}ミッション"),
        }
    }

    /// "7th", "第7位", "7位".
    pub fn rank(&self, rank: u32) -> String {
        match self.lang {
            Lang::English => format_rank(rank),
            Lang::Chinese => format!("第{rank}位"),
            Lang::Japanese => format!("{rank}位"),
        }
    }

    /// "70 military observers, 3,906 troops, 83 civilian police; 4,059 in all", or "no figures".
    pub fn breakdown(&self, mission: &Mission) -> String {
        let Some(personnel) = mission.personnel else {
            return self.no_figures.to_string();
        };
        let sent = Category::ALL.iter().filter(|category| personnel.get(**category) > 0);
        let total = format_count(personnel.total());
        if self.is_english() {
            let parts: Vec<String> = sent
                .map(|c| format!("{} {}", format_count(personnel.get(*c)), self.category(*c).to_ascii_lowercase()))
                .collect();
            return format!("{}; {total} in all", parts.join(", "));
        }
        let parts: Vec<String> =
            sent.map(|c| format!("{}{}人", self.category(*c), format_count(personnel.get(*c)))).collect();
        match self.lang {
            Lang::Chinese => format!("{}，共{total}人", parts.join("、")),
            _ => format!("{}、計{total}人", parts.join("、")),
        }
    }

    pub fn mission_tooltip(&self, mission: &Mission) -> String {
        let (participation, breakdown) = (self.participation(mission), self.breakdown(mission));
        if self.is_english() {
            format!("{} ({}), {participation}: {breakdown}", mission.acronym, mission.host)
        } else {
            format!("{}（{}），{participation}：{breakdown}", mission.acronym, mission.host)
        }
    }

    pub fn region_tooltip(&self, bar: &RegionBar) -> String {
        let (region, missions, people, share) = (
            self.region(bar.region),
            self.missions(bar.missions),
            self.people(bar.personnel),
            format_percent(bar.share),
        );
        if self.is_english() {
            format!("{region}: {missions}, {people} ({share})")
        } else {
            format!("{region}：{missions}，{people}（{share}）")
        }
    }

    pub fn budget_tooltip(&self, step: &BudgetStep, later: bool) -> String {
        let (first_year, last_year) = (step.from as u32, step.to as u32 - 1);
        let years = if first_year == last_year { last_year.to_string() } else { format!("{first_year}–{last_year}") };
        let rank = step.rank.map(|rank| format!(", {}", self.rank(rank))).unwrap_or_default();
        let outside = if later { format!(" ({})", self.outside_paper) } else { String::new() };
        format!("{years}: {}{rank}{outside}. {}", format_share(step.share_percent), step.source)
    }

    pub fn event_tooltip(&self, event: &PolicyEvent) -> String {
        format!("{}: {}. {}", self.event_date(event.date), event.title, event.description)
    }

    /// The summary line: "14 missions in Africa, 8,832 personnel (71% of all)".
    pub fn summary(&self, summary: &Summary, filters: &Filters) -> String {
        let regions: Vec<&str> = filters.regions.iter().map(|region| self.region(region)).collect();
        let share = format_percent(summary.share());
        let count = format_count(summary.personnel);
        if self.is_english() {
            let place = if regions.is_empty() { String::new() } else { format!(" in {}", join_with_and(&regions)) };
            let categories: Vec<String> =
                filters.categories.iter().map(|c| self.category(c).to_ascii_lowercase()).collect();
            let who = if categories.is_empty() { "personnel".to_string() } else { join_with_and(&categories) };
            return format!("{}{place}, {count} {who} ({share} of all)", self.missions(summary.missions));
        }
        let categories: Vec<&str> = filters.categories.iter().map(|c| self.category(c)).collect();
        let (place, who) = (regions.join("、"), categories.join("、"));
        match self.lang {
            Lang::Chinese => {
                let place = if place.is_empty() { place } else { format!("{place}的") };
                format!("{place}{}，{who}{count}人（占总数{share}）", self.missions(summary.missions))
            }
            _ => {
                let place = if place.is_empty() { place } else { format!("{place}の") };
                format!("{place}{}、{who}{count}人（全体の{share}）", self.missions(summary.missions))
            }
        }
    }

    /// The embed's filter toggle: "Filters (2 on)".
    pub fn filters_on(&self, count: usize) -> String {
        match (self.lang, count) {
            (_, 0) => self.filters.to_string(),
            (Lang::English, _) => format!("{} ({count} on)", self.filters),
            (Lang::Chinese, _) => format!("{}（已选{count}项）", self.filters),
            (Lang::Japanese, _) => format!("{}（{count}件）", self.filters),
        }
    }

    /// The accessible name of a Copy button: "Copy Link", "复制链接", "リンクをコピー".
    pub fn copy_label(&self, what: &str) -> String {
        match self.lang {
            Lang::English => format!("{} {what}", self.copy),
            Lang::Chinese => format!("{}{what}", self.copy),
            Lang::Japanese => format!("{what}を{}", self.copy),
        }
    }

    /// The accessible name of a download button ("Download Personnel per mission as SVG"), or of the group of
    /// them when `format` is empty.
    pub fn download_label(&self, title: &str, format: &str) -> String {
        match self.lang {
            Lang::English if format.is_empty() => format!("Download {title}"),
            Lang::Chinese if format.is_empty() => format!("下载“{title}”"),
            Lang::Japanese if format.is_empty() => format!("「{title}」のダウンロード"),
            Lang::English if format == "CSV" => format!("Download the data of {title} as CSV"),
            Lang::English => format!("Download {title} as {format}"),
            Lang::Chinese if format == "CSV" => format!("将“{title}”的数据下载为 CSV"),
            Lang::Chinese => format!("将“{title}”下载为 {format}"),
            Lang::Japanese if format == "CSV" => format!("「{title}」のデータを CSV でダウンロード"),
            Lang::Japanese => format!("「{title}」を {format} でダウンロード"),
        }
    }

    /// "Table 1", "表1".
    pub fn table_number(&self, period: Period) -> &'static str {
        match period {
            Period::Initial => self.table_initial,
            Period::Active => self.table_active,
        }
    }

    /// " (with its predecessor UNAMIC)".
    pub fn with_predecessor(&self, predecessor: &str) -> String {
        match self.lang {
            Lang::English => format!(" (with its predecessor {predecessor})"),
            Lang::Chinese => format!("（含前身 {predecessor}）"),
            Lang::Japanese => format!("（前身の {predecessor} を含む）"),
        }
    }

    /// What happened to a file a reader loaded.
    pub fn own_loaded(&self, file: &str, missions: usize) -> String {
        match self.lang {
            Lang::English => format!(
                "Showing your data from {file}: {}. The Sources & notes below are still about the paper.",
                self.missions(missions)
            ),
            Lang::Chinese => {
                format!("正在显示 {file} 中的数据：{}。下方的“来源与说明”仍针对论文。", self.missions(missions))
            }
            Lang::Japanese => format!(
                "{file} のデータを表示中：{}。下の「出典と注記」は論文についてのままです。",
                self.missions(missions)
            ),
        }
    }

    pub fn own_rejected(&self, file: &str) -> String {
        match self.lang {
            Lang::English => format!("{file} was not loaded; the charts still show the data they showed. Problems:"),
            Lang::Chinese => format!("{file} 未能加载；图表仍显示原来的数据。问题如下："),
            Lang::Japanese => format!("{file} は読み込まれませんでした。グラフは元のデータのままです。問題点："),
        }
    }

    pub fn own_too_big(&self, file: &str, bytes: f64) -> String {
        let megabytes = format_megabytes(bytes);
        match self.lang {
            Lang::English => format!("{file} is {megabytes} MB: files of up to 1 MB can be loaded."),
            Lang::Chinese => format!("{file} 为 {megabytes} MB：只能加载最大 1 MB 的文件。"),
            Lang::Japanese => format!("{file} は {megabytes} MB です。読み込めるのは 1 MB までです。"),
        }
    }

    pub fn own_not_text(&self, file: &str) -> String {
        match self.lang {
            Lang::English => format!("{file} is not a UTF-8 text file: save it from your spreadsheet as “CSV UTF-8”."),
            Lang::Chinese => format!("{file} 不是 UTF-8 文本文件：请在电子表格中另存为“CSV UTF-8”。"),
            Lang::Japanese => format!(
                "{file} は UTF-8 のテキストファイルではありません。表計算ソフトで「CSV UTF-8」として保存してください。"
            ),
        }
    }

    pub fn own_unreadable(&self, file: &str) -> String {
        match self.lang {
            Lang::English => format!("{file} could not be read."),
            Lang::Chinese => format!("无法读取 {file}。"),
            Lang::Japanese => format!("{file} を読み込めませんでした。"),
        }
    }

    pub fn more_problems(&self, count: usize) -> String {
        match self.lang {
            Lang::English => format!("… and {count} more problems."),
            Lang::Chinese => format!("……另有 {count} 个问题。"),
            Lang::Japanese => format!("……ほかに {count} 件の問題があります。"),
        }
    }

    /// A problem of a reader's own file in this language, with its file, line and column: "cyprus.csv 第2行，
    /// region 列：…". English is the data module's own printer (`Display`), which the build script uses too.
    pub fn data_error(&self, error: &pko_data::DataError) -> String {
        let pko_data::Location { file, line, column } = &error.location;
        if self.lang == Lang::English {
            return error.to_string();
        }
        let problem = problem_words(self.lang, &error.problem);
        match (self.lang, line, column) {
            (Lang::Chinese, Some(line), Some(column)) => format!("{file} 第{line}行，{column} 列：{problem}"),
            (Lang::Chinese, Some(line), None) => format!("{file} 第{line}行：{problem}"),
            (_, Some(line), Some(column)) => format!("{file} {line}行目、列 {column}：{problem}"),
            (_, Some(line), None) => format!("{file} {line}行目：{problem}"),
            (_, None, _) => format!("{file}：{problem}"),
        }
    }

    /// The arithmetic check of the tables against the text.
    pub fn arithmetic(
        &self,
        stated: u32,
        summed: u32,
        stated_missions: u32,
        with_uniformed: usize,
        rows: usize,
    ) -> String {
        let (stated_text, summed_text) = (format_count(stated), format_count(summed));
        let gap = i64::from(stated) - i64::from(summed);
        match self.lang {
            Lang::English => format!("The text says {stated_text} troops and civilian police; the tables add up to {summed_text} uniformed personnel, a gap of {gap}. The text's {stated_missions} missions are the {with_uniformed} table rows with uniformed personnel (of {rows} rows: UNTAG sent only civilians, and MONUSCO has no figures)."),
            Lang::Chinese => format!("正文称部队和民事警察累计{stated_text}人；表格相加为制服人员{summed_text}人，相差{gap}人。正文的{stated_missions}项任务即表中有制服人员的{with_uniformed}行（共{rows}行：UNTAG只派出文职人员，MONUSCO没有数据）。"),
            Lang::Japanese => format!("本文は部隊と文民警察を累計{stated_text}人とするが、表の合計は制服要員{summed_text}人で、差は{gap}人。本文の{stated_missions}ミッションは、表のうち制服要員のいる{with_uniformed}行にあたる（全{rows}行。UNTAGは文民のみ、MONUSCOは数値なし）。"),
        }
    }

    /// A notice about a link setting that was ignored.
    pub fn notice(&self, notice: &Notice) -> String {
        match (self.lang, notice) {
            (Lang::English, Notice::TooLong(max)) => {
                format!("The link is longer than {max} characters; the rest was ignored.")
            }
            (Lang::English, Notice::NotPercentEncoded(pair)) => {
                format!("Ignored `{pair}`: it is not valid percent-encoded text.")
            }
            (Lang::English, Notice::Repeated(key)) => format!("Ignored a repeated `{key}`."),
            (Lang::English, Notice::Unknown(key)) => format!("Ignored the unknown setting `{key}`."),
            (Lang::English, Notice::BadValue(key, value)) => {
                format!("Ignored `{key}={value}`: not a value this setting takes.")
            }
            (Lang::Chinese, Notice::TooLong(max)) => format!("链接超过{max}个字符，其余部分已忽略。"),
            (Lang::Chinese, Notice::NotPercentEncoded(pair)) => format!("已忽略“{pair}”：不是有效的百分号编码文本。"),
            (Lang::Chinese, Notice::Repeated(key)) => format!("已忽略重复的“{key}”。"),
            (Lang::Chinese, Notice::Unknown(key)) => format!("已忽略未知设置“{key}”。"),
            (Lang::Chinese, Notice::BadValue(key, value)) => format!("已忽略“{key}={value}”：该设置不接受此值。"),
            (Lang::Japanese, Notice::TooLong(max)) => {
                format!("リンクが{max}文字を超えているため、残りは無視しました。")
            }
            (Lang::Japanese, Notice::NotPercentEncoded(pair)) => {
                format!("「{pair}」は正しいパーセントエンコードではないため無視しました。")
            }
            (Lang::Japanese, Notice::Repeated(key)) => format!("重複した「{key}」を無視しました。"),
            (Lang::Japanese, Notice::Unknown(key)) => format!("不明な設定「{key}」を無視しました。"),
            (Lang::Japanese, Notice::BadValue(key, value)) => {
                format!("「{key}={value}」は使えない値のため無視しました。")
            }
            // Shown in English, the language the interface falls back to.
            (_, Notice::LanguageNotLoaded(lang)) => format!(
                "The {} interface could not be loaded, so the explorer is in English. Check the connection, then reload the page.",
                lang.endonym()
            ),
        }
    }
}

/// Picks the Chinese or the Japanese words: the two stand side by side below, so that a translator sees both.
fn chinese_or_japanese(lang: Lang, (chinese, japanese): (String, String)) -> String {
    if lang == Lang::Chinese {
        chinese
    } else {
        japanese
    }
}

/// What a cell should hold, in Chinese or Japanese (the data's own values, such as region names, stay as the file
/// writes them).
fn expected_words(lang: Lang, expected: pko_data::Expected) -> String {
    use pko_data::Expected;
    let choices = expected.choices().join("、");
    let words = |chinese: &str, japanese: &str| (chinese.to_string(), japanese.to_string());
    let words = match expected {
        Expected::Acronym => words("由大写字母组成的缩写（如 UNMIL）", "大文字の略称（例：UNMIL）"),
        Expected::Region | Expected::FactKey => (format!("以下之一：{choices}"), format!("次のいずれか（{choices}）")),
        Expected::TableNumber => words("1 或 2（论文的表号）", "1 または 2（論文の表の番号）"),
        Expected::Month => words("YYYY-MM 格式的年月", "YYYY-MM 形式の年月"),
        Expected::MonthOrPresent => {
            words("YYYY-MM 格式的年月，或留空表示“至今”", "YYYY-MM 形式の年月、または「現在まで」を表す空欄")
        }
        Expected::WholeNumber => words("整数", "整数"),
        Expected::Year => words("年份", "年"),
        Expected::Percent => words("0 到 100 之间的百分比", "0 から 100 までの百分率"),
        Expected::Rank => words("1 或以上的名次", "1 以上の順位"),
        Expected::YesNo => words("yes 或 no", "yes または no"),
        Expected::EventDate => words("年份（YYYY）或年月（YYYY-MM）", "年（YYYY）または年月（YYYY-MM）"),
        Expected::Section => (format!("论文的章节之一（{choices}）"), format!("論文の節のいずれか（{choices}）")),
        Expected::ErratumColumn => {
            (format!("以下之一：{choices}，或留空"), format!("次のいずれか（{choices}）または空欄"))
        }
        Expected::ErratumAction => words("corrected 或 flagged", "corrected または flagged"),
    };
    chinese_or_japanese(lang, words)
}

/// A problem in a data file, in Chinese or Japanese.
fn problem_words(lang: Lang, problem: &pko_data::Problem) -> String {
    use pko_data::Problem;
    let words = |chinese: &str, japanese: &str| (chinese.to_string(), japanese.to_string());
    let words = match problem {
        Problem::EmptyFile => words("文件为空：应有标题行", "ファイルが空です。見出し行が必要です"),
        Problem::WrongHeader { expected, found } => (
            format!("标题行应为“{expected}”，实为“{found}”"),
            format!("見出し行は「{expected}」のはずですが、「{found}」でした"),
        ),
        Problem::FieldCount { found, expected } => (
            format!("有 {found} 个字段，而标题行有 {expected} 个"),
            format!("フィールドが {found} 個ありますが、見出し行は {expected} 個です"),
        ),
        // The CSV reader's own description, in English: it names a fault of the file's bytes, which no translated
        // sentence would describe better.
        Problem::Unreadable { reason } => (format!("无法读取：{reason}"), format!("読み取れません：{reason}")),
        Problem::UnclosedQuote => words("加引号的字段没有结束", "引用符で始まるフィールドが閉じられていません"),
        Problem::NoRows => words(
            "没有任务：文件只有标题行，没有数据行",
            "ミッションがありません。見出し行だけで、データ行がありません",
        ),
        Problem::TooManyRows { rows, max } => (
            format!("共 {rows} 行：只能加载最多 {max} 个任务的文件"),
            format!("{rows} 行あります。読み込めるのは {max} ミッションまでです"),
        ),
        Problem::EmptyCell { expected: None } => words("此单元格不能为空", "このセルは空にできません"),
        Problem::EmptyCell { expected: Some(expected) } => (
            format!("此单元格不能为空：应为{}", expected_words(Lang::Chinese, *expected)),
            format!("このセルは空にできません。{}が必要です", expected_words(Lang::Japanese, *expected)),
        ),
        Problem::NotA { text, expected } => (
            format!("“{text}”无效：应为{}", expected_words(Lang::Chinese, *expected)),
            format!("「{text}」は使えません。{}が必要です", expected_words(Lang::Japanese, *expected)),
        ),
        Problem::Negative { text } => {
            (format!("“{text}”是负数：人数应为 0 或以上"), format!("「{text}」は負の数です。人数は 0 以上です"))
        }
        Problem::ThousandsSeparator { text } => (
            format!("“{text}”：整数请不要使用千位分隔符"),
            format!("「{text}」：整数は桁区切りなしで書いてください"),
        ),
        Problem::TooLarge { text, max } => (
            format!("“{text}”超过了每个单元格的上限 {max}"),
            format!("「{text}」は 1 セルの上限 {max} を超えています"),
        ),
        Problem::AmbiguousDate { text, day_first, month_first } => (
            format!("“{text}”可能是 {day_first}（日在前）也可能是 {month_first}（月在前）：请把年月写成 YYYY-MM"),
            format!("「{text}」は {day_first}（日が先）とも {month_first}（月が先）とも読めます。年月は YYYY-MM で書いてください"),
        ),
        Problem::TwoDigitYear { text } => (
            format!("“{text}”的年份只有两位，纯数字的日期无法确定哪一部分是年份：请把年月写成 YYYY-MM"),
            format!("「{text}」は年が 2 桁で、数字だけの日付ではどこが年か決まりません。年月は YYYY-MM で書いてください"),
        ),
        Problem::Duplicate { value } => (format!("{value} 出现了两次"), format!("{value} が 2 回出てきます")),
        Problem::HalfFilledPersonnel => words(
            "此单元格为空，而该行其他人员单元格已填写：没有人员请写 0；论文未给出数字时，四个单元格都留空",
            "このセルは空ですが、同じ行のほかの要員のセルには値があります。いない場合は 0 と書き、論文に数値がない場合は 4 つとも空欄にしてください",
        ),
        Problem::EndsBeforeStart { end, start } => (
            format!("中国的参与结束（{end}）早于开始（{start}）"),
            format!("中国の参加の終了（{end}）が開始（{start}）より前です"),
        ),
        Problem::WrongTable { start, table } => (
            format!("{start} 与表 {table} 不符：表 1 为 2000 年以前开始的任务，表 2 为 2000 年起开始的任务"),
            format!("{start} は表 {table} に合いません。表 1 は 2000 年より前、表 2 は 2000 年以降に始まったミッションです"),
        ),
        Problem::YearsReversed { from, to } => (
            format!("期间的结束（{to}）早于开始（{from}）"),
            format!("期間の終わり（{to}）が始まり（{from}）より前です"),
        ),
        Problem::MissingFact { key } => (format!("缺少数字“{key}”"), format!("数値「{key}」がありません")),
        Problem::UnknownMission { acronym } => (
            format!("data/missions.csv 中没有任务 {acronym}"),
            format!("data/missions.csv にミッション {acronym} がありません"),
        ),
        Problem::ErratumMismatch(mismatch) => {
            let pko_data::ErratumMismatch { acronym, column, used, value } = &**mismatch;
            (
                format!("称 {acronym} 的 {column} 为“{used}”，但 data/missions.csv 中为“{value}”"),
                format!("{acronym} の {column} を「{used}」としていますが、data/missions.csv では「{value}」です"),
            )
        }
        Problem::CorrectionWithoutNote { acronym } => (
            format!("{acronym} 有更正值，因此它在 data/missions.csv 中的行需要注释"),
            format!("{acronym} には訂正された値があるため、data/missions.csv のその行には注記が必要です"),
        ),
    };
    chinese_or_japanese(lang, words)
}

fn join_with_and<S: AsRef<str>>(words: &[S]) -> String {
    match words {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// A whole number with thousands separators: 12451 -> "12,451".
pub fn format_count(count: u32) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A file size in megabytes with one decimal ("50.0"), by integer arithmetic: formatting an `f64` to a precision
/// would bring a second float formatter into the app.
pub fn format_megabytes(bytes: f64) -> String {
    let tenths = (bytes / 100_000.0).round() as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A share from 0 to 1 as a whole percentage, with "<1%" for small non-zero shares so they do not read as none.
pub fn format_percent(share: f64) -> String {
    let percent = share * 100.0;
    if percent > 0.0 && percent < 0.5 {
        "<1%".to_string()
    } else {
        format!("{}%", percent.round() as u32)
    }
}

/// A budget share as printed in the sources: "0.9%", "1.91%", "3.147%".
pub fn format_share(percent: f64) -> String {
    format!("{}%", format_decimal(percent))
}

/// A number with as many decimals as it has, up to six: "0.9", "1.91", "12". The data's parser allows six decimals,
/// so millionths hold every share exactly; integer arithmetic keeps Rust's float formatter out of the app.
pub fn format_decimal(value: f64) -> String {
    let millionths = (value.abs() * 1e6).round() as u64;
    let sign = if value < 0.0 && millionths > 0 { "-" } else { "" };
    let (whole, fraction) = (millionths / 1_000_000, millionths % 1_000_000);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// An English ordinal for ranks: 1st, 2nd, 3rd, 7th.
pub fn format_rank(rank: u32) -> String {
    let suffix = match (rank % 10, rank % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{rank}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_counts_percentages_shares_and_ranks() {
        let counts: Vec<String> = [0, 7, 999, 1000, 12451, 1234567].into_iter().map(format_count).collect();
        assert_eq!(counts, ["0", "7", "999", "1,000", "12,451", "1,234,567"]);
        assert_eq!(format_percent(8832.0 / 12451.0), "71%");
        assert_eq!(format_percent(20.0 / 12451.0), "<1%");
        assert_eq!(format_percent(0.0), "0%");
        assert_eq!(format_share(0.9), "0.9%");
        assert_eq!(format_share(1.91), "1.91%");
        assert_eq!(format_share(3.147), "3.147%");
        assert_eq!(format_share(12.0), "12%");
        assert_eq!(format_share(0.000001), "0.000001%");
        assert_eq!(format_share(100.0), "100%");
        assert_eq!(format_decimal(-2.5), "-2.5");
        assert_eq!(format_decimal(-0.0000001), "0");
        let ranks: Vec<String> = [1, 2, 3, 7, 11, 12, 22].into_iter().map(format_rank).collect();
        assert_eq!(ranks, ["1st", "2nd", "3rd", "7th", "11th", "12th", "22nd"]);
    }

    #[test]
    fn joins_lists_in_plain_english() {
        assert_eq!(join_with_and(&["Africa"]), "Africa");
        assert_eq!(join_with_and(&["Africa", "Asia"]), "Africa and Asia");
        assert_eq!(join_with_and(&["Africa", "Asia", "Europe"]), "Africa, Asia and Europe");
    }
}
