//! Chinese: the table of words and the grammar.

use super::paper_text::{erratum, erratum_of_notes, event_of_month, event_of_year, fact, note};
use super::{Grammar, MonthlyTexts, PaperText, PartsGrammar, PartsTexts, Standing, Texts};
use crate::lang::Lang;
use crate::state::Notice;
use pko_data::contributions::CountryName;
use pko_data::{DataError, Expected, FactKey, Location, MissionColumn, Problem, YearMonth};

pub const CHINESE: Texts = Texts {
    lang: Lang::Chinese,
    app_title: "中国与联合国维和行动",
    lede_before_title: "中国参与联合国维和行动（1989–2010年），数据来自松田康博（Yasuhiro Matsuda）的论文",
    lede_after_title: "。人数为截至2008年11月30日累计派遣的人次（每次轮换都计入，并非实际人数）；",
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
    later_axis: "后续分摊比额（独立坐标轴）",
    low_confidence: "仅有二手报道",
    budget_gap: "论文中无数据",
    personnel_total_log: "全部人员（对数刻度无法按类别分段）",
    turning_points: ["首次派遣", "工兵赴柬埔寨", "首批民事警察", "部队赴刚果（金）", "首位部队指挥官"],
    timeline_colour: "颜色：中国派遣人员中人数最多的类别",
    key_facts: "论文的主要发现",
    personnel_subtitle: "中国向各任务派遣的人员，按类别：截至2008年11月30日累计，每次轮换均计入",
    regions_subtitle: "截至2008年11月30日累计的派遣人员，按任务所在地区，及其占各地区合计的比例",
    regions_subtitle_own: "按您的文件计数的派遣人员，按任务所在地区，及其占各地区合计的比例",
    budget_subtitle: "预算分摊比例（%），按各比额的适用年份，并列出中国的排名",
    timeline_subtitle: "中国参与各任务的年份，从第一个月到最后一个月",
    missions_source: "来源：松田论文表1–2，含更正。",
    timeline_source: "来源：松田论文表1–2及第I–III节的年表，含更正。",
    budget_source: "来源：松田论文第II.2节；后来的比额：新闻和研究报告，其中一项可信度低。",
    own_source: "来源：您自己的文件。",
    paper_chart_source: "来源：松田康博，“China's UN Peacekeeping Operations Policy”，表1–2及正文。",
    budget_not_filtered: "筛选不影响此图：它显示中国在整个预算中的分摊比例。",
    ways_back: "清除其中一项筛选即可再次看到任务：",
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
    personnel_caption_own: "各任务人员（按您的文件计数）",
    share: "分享",
    embed: "嵌入",
    cite: "引用",
    sources_title: "来源与说明",
    sources_online: "来源、论文勘误以及数字如何加总，见探索器页面：",
    download: "下载",
    footer: "数据：松田论文表1–2及正文；后续预算分摊比额的来源见“来源与说明”。以 Rust、Leptos 和 plotters 构建。",
    not_loaded: "探索器的这一部分未能加载。请检查网络连接后重试；如果打开本页后探索器已更新，请重新加载页面。",
    retry: "重试",
    categories: ["文职人员", "军事观察员", "部队", "民事警察"],
    regions: ["非洲", "亚洲", "中东", "欧洲", "美洲"],
    periods: ["初期参与，1989–1999年", "积极参与，2000年起"],
    statuses: ["进行中", "已结束"],
    grammar: &Chinese,
    paper_text: Some(&PAPER_TEXT),
    parts_words: Some(&PARTS),
};

/// The words of the parts loaded on first use (see [`PartsTexts`]).
pub const PARTS: PartsTexts = PartsTexts {
    row_pages: "任务分页",
    previous_rows: "上一页",
    next_rows: "下一页",
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
    regions_caption: "各地区人数（应用除地区外的当前筛选）",
    events_caption: "政策事件（松田论文第I–III节）",
    host: "所在地",
    un_start: "联合国开始时间",
    personnel_cumulative: "人员（截至2008年11月30日累计）",
    personnel_own: "人员（按您的文件计数）",
    table_initial: "表1：初期参与，1989–1999年",
    table_active: "表2：积极参与，2000年起",
    figures_end: "无数据（论文数据截至2008年11月30日）",
    corrected: "已更正",
    flagged: "已标注，保留原文",
    share_intro: "指向当前视图（筛选、排序、打开的任务）的链接：",
    embed_intro: "将此代码粘贴到课程页面，即可显示一张图表及其筛选：",
    embed_chart: "图表",
    embed_height: "高度",
    embed_fit: "完整高度",
    embed_hint: "在去除脚本的页面中也可使用。若页面允许脚本，在页面中加入一次以下代码，每个框架即可自动适应内容高度：",
    embed_script: "脚本",
    links_show_paper_data: "您自己的文件只保留在本浏览器中，不会包含在任何链接里：在此分享、嵌入或引用的内容显示的是论文的数据。",
    link: "链接",
    copy: "复制",
    copied: "已复制。",
    copy_blocked: "此处无法复制：请选中文字后手动复制。",
    open_full: "在完整版中打开",
    download_failed: "无法绘制此图像：",
    tab_blocked: "嵌入此内容的网页不允许打开新标签页。请在新标签页中打开以下地址：",
    downloads_framed: "嵌入此内容的网页可能会阻止下载。如果下载没有开始，请在新标签页中打开以下地址：",
    own_title: "您自己的数据",
    own_intro: "加载与本应用 data/missions.csv 列相同的 CSV 文件（可在“来源与说明”下载并用电子表格编辑）：例如更新后的数字，或其他国家的贡献。",
    own_privacy: "文件最大 1 MB、2,000 个任务。文件只在您的浏览器中读取，不会发送到任何地方。",
    choose_file: "选择 CSV 文件",
    or_drop: "，或将文件拖放到此处。",
    back_to_paper: "返回论文数据",
    own_banner: "图表显示的是您自己的数据，而非论文数据。",
    paper_intro: "本文英文版译自最初以日文发表的章节：添谷芳秀編『現代の中国外交の六十年』（庆应义塾大学出版会），第283–305页。表1和表2列出各项任务；正文给出预算分摊比例、关键数字和大事年表。论文本身的来源：《2008年中国的国防》白皮书及联合国维和网页（2011年1月查阅）。",
    download_all: "下载全部任务（CSV）",
    download_all_note: "，格式与本应用的 data/missions.csv 相同，并注明更正。",
    how_add_up: "数字如何相加",
    sum_caption: "表1–2中各任务人数之和",
    col_category: "类别",
    col_sum: "合计",
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
    in_paper: "论文出处",
    code: "代码",
    all_personnel: "全部人员",
};

/// The words of the charts of the UN's monthly figures (see [`MonthlyTexts`]).
pub const MONTHLY: MonthlyTexts = MonthlyTexts {
    chart_deployed: "同一时间部署人数",
    chart_contributors: "主要出兵国",
    deployed_subtitle: "中国每月月底的制服人员，按类型（联合国月度报告）",
    contributors_subtitle: "月底时前20大派遣国的制服人员（部队、警察和军事专家）",
    monthly_source: "来源：联合国月度派遣报告，经国际和平研究所数据库整理。",
    deployed_axis: "月底人数",
    contributors_axis: "月底制服人员人数",
    total_before_split: "2000年以前的合计（未按类型区分）",
    split_unreliable_note: "联合国早期的报告未按类型区分（中国1990年的5名军事观察员被计为部队），因此2000年以前图表只显示合计。",
    split_unreliable: "2000年以前不按类型区分（报告的划分不可靠）",
    other_countries: "其他国家",
    permanent_member: "安理会常任理事国",
    not_in_report: "未列入报告",
    month_label: "月份",
    previous_month: "上个月",
    next_month: "下个月",
    play: "播放",
    pause: "暂停",
    show_permanent_members: "显示其他常任理事国",
    contributions_source: "各国制服人员：联合国维持和平行动部每月发布的《联合国行动军事和警察人员贡献排名》（1990年11月至2014年3月），经国际和平研究所（IPI）维和数据库整理（IPIDataLab/PPP_Loader，ppp_files/countries/，提交 adec10c）。数字为联合国的数字，由IPI汇编。",
    figure2_missing: "论文的图2（其他国家在2010年维和预算中的分摊比例）未予显示：无法取得原始来源（联合国文件 A/64/220/Add.1，即2010–2012年实际分摊比额，或论文所用的联合国概况介绍），且绝不以二手网页的数据填补。",
    col_month: "月份",
    col_country: "国家",
    uniformed_types: ["部队", "警察", "军事专家"],
    period_names: ["初期参与", "积极参与"],
    contributions_heading: "中国与所有派遣国：逐月数据",
    filters_do_not_apply: "地区和任务筛选不适用于各国合计。",
};

/// The grammar of Chinese.
#[derive(Debug)]
pub(super) struct Chinese;

impl Grammar for Chinese {
    fn month(&self, month: YearMonth) -> String {
        format!("{}年{}月", month.year(), month.month())
    }

    fn year(&self, year: u16) -> String {
        format!("{year}年")
    }

    fn ongoing_until(&self, ongoing: &str, month: &str, inferred: bool) -> String {
        if inferred {
            format!("{ongoing}（至{month}，即数据中最晚的月份）")
        } else {
            format!("{ongoing}（至{month}）")
        }
    }

    /// "2003年10月至今": no dash before the word for the present.
    fn participation(&self, start: &str, end: Option<&str>, present: &str) -> String {
        match end {
            Some(end) => format!("{start}–{end}"),
            None => format!("{start}{present}"),
        }
    }

    fn people(&self, count: &str) -> String {
        format!("{count}人")
    }

    fn missions(&self, _count: usize, number: &str) -> String {
        format!("{number}项任务")
    }

    fn rank(&self, rank: u32) -> String {
        format!("第{rank}位")
    }

    fn breakdown(&self, parts: &[(&str, String)], total: &str) -> String {
        let parts: Vec<String> = parts.iter().map(|(category, count)| format!("{category}{count}人")).collect();
        format!("{}，共{total}人", parts.join("、"))
    }

    fn mission_tooltip(&self, acronym: &str, host: &str, participation: &str, breakdown: &str) -> String {
        format!("{acronym}（{host}），{participation}：{breakdown}")
    }

    fn event_tooltip(&self, date: &str, title: &str, description: &str) -> String {
        format!("{date}：{title}。{description}")
    }

    fn region_tooltip(&self, region: &str, missions: &str, people: &str, share: &str) -> String {
        format!("{region}：{missions}，{people}（{share}）")
    }

    fn summary(
        &self,
        missions: &str,
        regions: &[&str],
        categories: &[&str],
        count: &str,
        share: Option<&str>,
    ) -> String {
        let place = if regions.is_empty() { String::new() } else { format!("{}的", regions.join("、")) };
        let share = share.map(|share| format!("（占总数{share}）")).unwrap_or_default();
        // 人次: persons sent, counted each time (rotations), not a head count.
        format!("{place}{missions}，派遣{}{count}人次{share}", categories.join("、"))
    }

    fn personnel_takeaway(&self, mission: &str, count: &str, share: &str) -> String {
        format!("{mission}接收的人员最多：{count}人次，占所示人员的{share}")
    }

    fn regions_takeaway(&self, region: &str, share: &str) -> String {
        format!("{region}接收了{share}的派遣人员")
    }

    fn budget_takeaway(
        &self,
        first: (&str, &str),
        last: (&str, &str),
        rank: Option<&str>,
        later: Option<(&str, &str)>,
    ) -> String {
        let rank = rank.map(|rank| format!("，居{rank}")).unwrap_or_default();
        let later =
            later.map(|(share, years)| format!("；后来的联合国分摊比额达{share}（{years}年）")).unwrap_or_default();
        format!("中国的预算分摊比例从{}（{}年）变为{}（{}年）{rank}{later}", first.0, first.1, last.0, last.1)
    }

    fn timeline_takeaway(&self, before: Option<(&str, &str)>, after: Option<(&str, &str)>) -> String {
        let before = before.map(|(mainly, of)| format!("2000年以前，{of}项任务中有{mainly}项以军事观察员为主"));
        let after = after.map(|(mainly, of)| format!("2000年起，{of}项中有{mainly}项以民事警察或部队为主"));
        before.into_iter().chain(after).collect::<Vec<_>>().join("；")
    }

    fn fact_budget(&self, first: &str, last: &str, rank: Option<&str>) -> String {
        let rank = rank.map(|rank| format!("，居{rank}")).unwrap_or_default();
        format!("中国在联合国维和预算中的分摊比例，{first}年至{last}年{rank}")
    }

    fn fact_at_one_time(&self, month: &str) -> String {
        format!("同时在任的派遣人员（{month}，论文数据）")
    }

    fn fact_region(&self, region: &str) -> String {
        format!("的派遣人员派往{region}的任务")
    }

    fn fact_shift(&self, troops: &str) -> String {
        format!("中国首次派遣民事警察，此前十年以军事观察员为主；{troops}年起向非洲派遣解放军部队")
    }

    fn filters_on(&self, filters: &str, count: usize) -> String {
        format!("{filters}（已选{count}项）")
    }

    fn download_label(&self, title: &str, format: &str) -> String {
        match format {
            "" => format!("下载“{title}”"),
            "CSV" => format!("将“{title}”的数据下载为 CSV"),
            _ => format!("将“{title}”下载为 {format}"),
        }
    }

    fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::TooLong(max) => format!("链接超过{max}个字符，其余部分已忽略。"),
            Notice::NotPercentEncoded(pair) => format!("已忽略“{pair}”：不是有效的百分号编码文本。"),
            Notice::Repeated(key) => format!("已忽略重复的“{key}”。"),
            Notice::Unknown(key) => format!("已忽略未知设置“{key}”。"),
            Notice::BadValue(key, value) => format!("已忽略“{key}={value}”：该设置不接受此值。"),
            Notice::NewerVersion(version) => {
                format!("此链接由更新版本的探索器生成（“v={version}”）：已按本版本能理解的部分读取。")
            }
            Notice::More(count) => format!("另有{count}项链接设置已忽略。"),
        }
    }

    fn language_not_loaded(&self, endonym: &str) -> String {
        format!("未能加载{endonym}界面，因此以英文显示。请检查网络连接，然后重新加载页面。")
    }
}

impl PartsGrammar for Chinese {
    fn with_predecessor(&self, predecessor: &str) -> String {
        format!("（含前身 {predecessor}）")
    }

    fn named_figure(&self, name: &str, figure: &str) -> String {
        format!("{name}：{figure}")
    }

    fn erratum_in_details(
        &self,
        printed: Option<&str>,
        used: Option<&str>,
        action: &str,
        reason: &str,
        source: &str,
    ) -> String {
        let value = |value: Option<&str>| value.map_or("空白".to_string(), |value| format!("“{value}”"));
        format!("：原文{}，采用{}（{action}）。{reason}来源：{source}。", value(printed), value(used))
    }

    fn any_of(&self, values: &[&str]) -> String {
        super::join_list(values, "、", "或")
    }

    fn without_filter(&self, filter: &str, missions: &str) -> String {
        format!("去掉“{filter}”：{missions}")
    }

    fn copy_label(&self, copy: &str, what: &str) -> String {
        format!("{copy}{what}")
    }

    fn arithmetic(
        &self,
        stated: &str,
        summed: &str,
        gap: i64,
        stated_missions: u32,
        with_uniformed: usize,
        rows: usize,
    ) -> String {
        format!("正文称部队和民事警察累计{stated}人；表格相加为制服人员{summed}人，相差{gap}人。正文的{stated_missions}项任务即表中有制服人员的{with_uniformed}行（共{rows}行：UNTAG只派出文职人员，MONUSCO没有数据）。")
    }

    fn rows_shown(&self, first: &str, last: &str, total: &str, hidden: &str) -> String {
        format!("共{total}项任务，显示第{first}–{last}项；另有{hidden}项未显示。")
    }

    fn own_loaded(&self, file: &str, missions: &str) -> String {
        format!("正在显示 {file} 中的数据：{missions}。下方的“来源与说明”仍针对论文。")
    }

    fn own_rejected(&self, file: &str) -> String {
        format!("{file} 未能加载；图表仍显示原来的数据。问题如下：")
    }

    fn own_too_big(&self, file: &str, megabytes: &str) -> String {
        format!("{file} 为 {megabytes} MB：只能加载最大 1 MB 的文件。")
    }

    fn own_not_text(&self, file: &str) -> String {
        format!("{file} 不是 UTF-8 文本文件：请在电子表格中另存为“CSV UTF-8”。")
    }

    fn own_unreadable(&self, file: &str) -> String {
        format!("无法读取 {file}。")
    }

    fn more_problems(&self, count: usize) -> String {
        format!("……另有 {count} 个问题。")
    }

    /// "cyprus.csv 第2行，region 列：…".
    fn data_error(&self, error: &DataError) -> String {
        let Location { file, line, column } = &error.location;
        let problem = problem_words(&error.problem);
        match (line, column) {
            (Some(line), Some(column)) => format!("{file} 第{line}行，{column} 列：{problem}"),
            (Some(line), None) => format!("{file} 第{line}行：{problem}"),
            (None, _) => format!("{file}：{problem}"),
        }
    }

    fn country_name<'a>(&self, name: &'a CountryName) -> &'a str {
        &name.chinese
    }

    fn uniformed(&self, total: &str, parts: &[(&str, String)]) -> String {
        let parts: Vec<String> = parts.iter().map(|(kind, count)| format!("{kind}{count}人")).collect();
        format!("{total}人（{}）", parts.join("、"))
    }

    fn rank_of(&self, rank: &str, listed: &str) -> String {
        format!("{listed}国中{rank}")
    }

    fn month_tooltip(&self, month: &str, figures: &str, rank_of: Option<&str>, notes: &[String]) -> String {
        let rank = rank_of.map(|rank| format!("，{rank}")).unwrap_or_default();
        let notes: String = notes.iter().map(|note| format!("；{note}")).collect();
        format!("{month}：{figures}{rank}{notes}")
    }

    fn others(&self, parts: &[(&str, String)]) -> String {
        let parts: Vec<String> = parts.iter().map(|(name, count)| format!("{name}{count}")).collect();
        format!("其他常任理事国：{}", parts.join("、"))
    }

    fn paper_and_report(&self, paper: &str, report: &str) -> String {
        format!("{paper}（论文）/ {report}（联合国报告）")
    }

    fn deployed_title(
        &self,
        first: Option<(&str, &str)>,
        month: &str,
        count: &str,
        standing: Option<Standing>,
    ) -> String {
        let title = match first {
            Some((first_month, first_count)) => {
                format!("中国的制服人员从{first_month}的{first_count}人到{month}的{count}人")
            }
            None => format!("{month}中国部署了{count}名制服人员"),
        };
        match standing {
            None => title,
            Some(standing) => format!("{title}{}", chinese_standing(standing)),
        }
    }

    fn contributors_title(&self, month: &str, rank: Option<&str>, listed: &str, standing: Option<Standing>) -> String {
        let standing = standing.map(chinese_standing).unwrap_or_default();
        match rank {
            Some(rank) => format!("{month}，中国在{listed}个出兵国中居{rank}{standing}"),
            None => format!("{month}，中国不在{listed}个出兵国之列{standing}"),
        }
    }

    fn contributor_tooltip(&self, rank: &str, name: &str, month: &str, figures: &str) -> String {
        format!("{rank} {name}，{month}：{figures}")
    }

    fn month_outside(&self, asked: &str, first: &str, last: &str, shown: &str) -> String {
        format!("链接中的{asked}超出了本站收录的联合国月度报告范围（{first}至{last}），图表改为显示{shown}。")
    }

    fn month_sentence(
        &self,
        month: &str,
        figures: Option<&str>,
        rank_of: Option<&str>,
        share: &str,
        world: &str,
    ) -> String {
        match (figures, rank_of) {
            (Some(figures), Some(rank_of)) => {
                format!("{month}：中国部署制服人员{figures}，{rank_of}，占各国制服人员总数{world}人的{share}。")
            }
            _ => format!("{month}：中国未列入联合国报告；各国制服人员共{world}人。"),
        }
    }
}

/// How China stood among the permanent members, as the end of a title.
fn chinese_standing(standing: Standing) -> String {
    match standing {
        Standing::Largest => "，为常任理事国中最多".to_string(),
        Standing::Behind(largest) => format!("；常任理事国中最多的是{largest}"),
    }
}

/// What a cell should hold, in Chinese (the data's own values, such as region names, stay as the file writes
/// them).
fn expected_words(expected: Expected) -> String {
    let choices = expected.choices().join("、");
    match expected {
        Expected::Acronym => "由大写字母组成的缩写（如 UNMIL）".into(),
        Expected::Region | Expected::FactKey | Expected::TurningPoint => format!("以下之一：{choices}"),
        Expected::TableNumber => "1 或 2（论文的表号）".into(),
        Expected::Month => "YYYY-MM 格式的年月".into(),
        Expected::MonthOrPresent => "YYYY-MM 格式的年月，或留空表示“至今”".into(),
        Expected::WholeNumber => "整数".into(),
        Expected::Year => "年份".into(),
        Expected::Percent => "0 到 100 之间的百分比".into(),
        Expected::Rank => "1 或以上的名次".into(),
        Expected::YesNo => "yes 或 no".into(),
        Expected::EventDate => "年份（YYYY）或年月（YYYY-MM）".into(),
        Expected::Section => format!("论文的章节之一（{choices}）"),
        Expected::ErratumColumn => format!("以下之一：{choices}，或留空"),
        Expected::ErratumAction => "corrected 或 flagged".into(),
    }
}

/// A problem in a data file, in Chinese.
fn problem_words(problem: &Problem) -> String {
    match problem {
        Problem::EmptyFile => "文件为空：应有标题行".into(),
        Problem::WrongHeader { expected, found } => format!("标题行应为“{expected}”，实为“{found}”"),
        Problem::FieldCount { found, expected } => format!("有 {found} 个字段，而标题行有 {expected} 个"),
        // The CSV reader's own description, in English: it names a fault of the file's bytes, which no translated
        // sentence would describe better.
        Problem::Unreadable { reason } => format!("无法读取：{reason}"),
        Problem::UnclosedQuote => "加引号的字段没有结束".into(),
        Problem::NoCountryName { code } => format!("没有 {code} 的名称（贡献数据文件中的国家）"),
        Problem::MonthWithoutRows { month } => format!("{month} 没有任何数据行，但它在文件的月份范围之内"),
        Problem::NoRows => "没有任务：文件只有标题行，没有数据行".into(),
        Problem::TooManyRows { rows, max } => format!("共 {rows} 个任务：只能加载最多 {max} 个任务的文件"),
        Problem::EmptyCell { expected: None } => "此单元格不能为空".into(),
        Problem::EmptyCell { expected: Some(expected) } => {
            format!("此单元格不能为空：应为{}", expected_words(*expected))
        }
        Problem::NotA { text, expected } => format!("“{text}”无效：应为{}", expected_words(*expected)),
        Problem::Negative { text } => format!("“{text}”是负数：人数应为 0 或以上"),
        Problem::ThousandsSeparator { text } => format!("“{text}”：整数请不要使用千位分隔符"),
        Problem::TooLarge { text, max } => format!("“{text}”超过了每个单元格的上限 {max}"),
        Problem::AmbiguousDate { text, day_first, month_first } => {
            format!("“{text}”可能是 {day_first}（日在前）也可能是 {month_first}（月在前）：请把年月写成 YYYY-MM")
        }
        Problem::TwoDigitYear { text } => {
            format!("“{text}”的年份只有两位，纯数字的日期无法确定哪一部分是年份：请把年月写成 YYYY-MM")
        }
        Problem::Duplicate { value } => format!("{value} 出现了两次"),
        Problem::HalfFilledPersonnel => {
            "此单元格为空，而该行其他人员单元格已填写：没有人员请写 0；论文未给出数字时，四个单元格都留空".into()
        }
        Problem::EndsBeforeStart { end, start } => format!("中国的参与结束（{end}）早于开始（{start}）"),
        Problem::WrongTable { start, table } => {
            format!("{start} 与表 {table} 不符：表 1 为 2000 年以前开始的任务，表 2 为 2000 年起开始的任务")
        }
        Problem::YearsReversed { from, to } => format!("期间的结束（{to}）早于开始（{from}）"),
        Problem::MissingFact { key } => format!("缺少数字“{key}”"),
        Problem::UnknownMission { acronym } => format!("data/missions.csv 中没有任务 {acronym}"),
        Problem::ErratumMismatch(mismatch) => {
            let pko_data::ErratumMismatch { acronym, column, used, value } = &**mismatch;
            format!("称 {acronym} 的 {column} 为“{used}”，但 data/missions.csv 中为“{value}”")
        }
        Problem::CorrectionWithoutNote { acronym } => {
            format!("{acronym} 有更正值，因此它在 data/missions.csv 中的行需要注释")
        }
    }
}

/// The paper's own text in Chinese: the project's translation of `data/`'s English (see [`PaperText`]).
const PAPER_TEXT: PaperText = PaperText {
    note: "大事记、论文所述数字、勘误说明和任务注释由本项目译自论文及数据的英文原文，并非官方译本；任务所在地的国名取自CLDR；表中的任务名称及勘误所列来源保留英文原文。",
    events: &[
        event_of_year(
            1971,
            "联合国席位",
            "中华人民共和国接替中国在联合国的席位，但在维和问题上弃权，并拒绝承担其费用。",
        ),
        event_of_month(1981, 11, "灵活立场", "中国对维和采取“灵活立场”，表示“有条件的支持”。"),
        event_of_month(
            1981,
            12,
            "缴纳摊款",
            "中国决定为联合国维和行动出资，表示愿补缴1971年以来未缴的摊款，并投票赞成向塞浦路斯增派部队。",
        ),
        event_of_year(1984, "七项原则", "中国肯定联合国维和行动，并提出维和行动的七项原则。"),
        event_of_month(1988, 9, "特别委员会", "中国加入联合国维持和平行动特别委员会。"),
        event_of_month(1989, 11, "首次派遣", "中国向纳米比亚的联合国过渡时期援助团（UNTAG）派出20名文职官员。"),
        event_of_month(
            1990,
            4,
            "首批观察员",
            "中国向联合国停战监督组织（UNTSO）派出军事观察员；中国常以此作为参与维和的起点。",
        ),
        event_of_month(
            1992,
            4,
            "柬埔寨",
            "中国向联合国柬埔寨过渡时期权力机构（UNTAC）派出47名军事观察员和400名工程兵。",
        ),
        event_of_month(1992, 6, "《和平纲领》", "加利的报告提出“强制和平”，与中国的七项原则相冲突。"),
        event_of_month(1993, 10, "摩加迪沙", "索马里发生重大伤亡；中国将其归咎于对内政的干涉。"),
        event_of_year(1995, "台湾海峡危机", "中国对台湾施加威胁，美国派出两个航母战斗群（1995–96年）。"),
        event_of_month(1997, 1, "危地马拉否决案", "中国否决向承认台湾的危地马拉派遣军事观察员。"),
        event_of_month(1997, 3, "新安全观", "中国在东盟地区论坛之后提出新安全观。"),
        event_of_month(1997, 5, "原则上同意加入待命安排", "中国原则上同意加入联合国待命安排制度（UNSAS）。"),
        event_of_year(1998, "国防白皮书", "中国首部国防白皮书支持传统维和。"),
        event_of_month(
            1999,
            1,
            "联预部队表决",
            "马其顿承认台湾后，中国投票反对延长联合国预防性部署部队（UNPREDEP）的任期。",
        ),
        event_of_month(2000, 1, "首批民事警察", "中国首批民事警察赴东帝汶（据表2；正文称2001年1月）。"),
        event_of_month(2000, 8, "卜拉希米报告", "与对《和平纲领》的态度不同，中国支持卜拉希米报告。"),
        event_of_year(2001, "维和事务办公室", "中国设立负责管理维和人员派遣的办公室。"),
        event_of_year(2002, "待命安排第1级", "中国保持一个联合国标准工兵营处于待命状态。"),
        event_of_month(
            2003,
            4,
            "首批部队赴刚果（金）",
            "中国首批赴非洲的解放军部队（175名工兵和43名医务人员）抵达联刚特派团（MONUC；表2印作2004年4月，见勘误）。",
        ),
        event_of_year(2004, "海地", "尽管海地承认台湾，中国仍投票赞成设立联合国海地稳定特派团（MINUSTAH）并参与其中。"),
        event_of_month(2005, 4, "苏丹", "中国以尊重苏丹主权为条件，参加联合国苏丹特派团（UNMIS）。"),
        event_of_month(
            2007,
            5,
            "达尔富尔",
            "中国任命非洲事务特别代表，并向达尔富尔混合行动（UNAMID）派出275名（后增至315名）工兵。",
        ),
        event_of_month(
            2007,
            8,
            "首位部队指挥官",
            "赵京民少将出任联合国西撒哈拉全民投票特派团（MINURSO）部队指挥官。",
        ),
        event_of_month(2008, 8, "警察培训中心", "中国开设维和民事警察培训中心。"),
        event_of_year(2010, "预算的3.94%", "中国承担联合国维和预算的3.94%，为第七大份额。"),
    ],
    facts: &[
        fact(FactKey::Missions, "截至2008年11月30日，中国参加了23项联合国维和任务。", "（第II.2节）"),
        fact(FactKey::DeployedAtOneTime, "同一时间部署的人员为2,157人（2008年11月30日）。", "（第II.2节）"),
        fact(FactKey::CumulativeUniformed, "累计派出部队和民事警察共12,433人次（2008年11月30日）。", "（第II.2节）"),
        fact(FactKey::Fatalities, "中国的制服人员中已有16人死亡。", "（第II.2节）"),
        fact(FactKey::FatalitiesHaitiEarthquake, "其中8人在海地地震中遇难。", "（第II.2节）"),
        fact(
            FactKey::PlaTroopMissions,
            "解放军部队只派往过六项任务：柬埔寨、刚果（金）、利比里亚、苏丹、黎巴嫩和达尔富尔。",
            "（第III.1节）",
        ),
        fact(FactKey::BudgetRank2010, "2010年中国承担维和预算的3.94%，为第七大出资国。", "（第II.2节及图2）"),
    ],
    errata: &[
        erratum(
            "UNAMSIL",
            MissionColumn::ChinaStart,
            "表中印出的中国开始时间晚于其结束时间（2005年12月）；中国观察员自1998年起在其前身联塞观察团（UNOMSIL）任职。月份沿用原文。",
        ),
        erratum("UNAMA", MissionColumn::UnStart, "2006年8月是联东综合团（UNMIT）的开始时间，似乎被误抄到这一行。"),
        erratum("MONUC", MissionColumn::Name, "MONUC这一行印的是MONUSCO的名称。"),
        erratum("MONUC", MissionColumn::ChinaStart, "中国首批175名工兵和43名医务人员于2003年4月抵达。"),
        erratum("UNAMID", MissionColumn::ChinaEnd, "未印结束时间；与其他进行中的任务一样，此行理解为进行中（“至今”）。"),
        erratum("UNMISET", MissionColumn::Name, "排印错误。"),
        erratum("UNMIBH", MissionColumn::Name, "漏了一个词。"),
        erratum("UNOCI", MissionColumn::Name, "排印错误。"),
        erratum("UNOCI", MissionColumn::ChinaStart, "中国的开始时间早于联合国行动的开始时间（2004年4月）；按原文保留。"),
        erratum("MINUSTAH", MissionColumn::ChinaStart, "中国的开始时间早于联合国行动的开始时间（2004年6月）；按原文保留。"),
        erratum(
            "UNMISET",
            MissionColumn::ChinaStart,
            "正文（第II.1节）称首批民事警察于2001年1月赴东帝汶；表2和《人民日报》则为2000年1月。此处采用表2的日期。",
        ),
        erratum_of_notes(
            "表1的注将其数据的日期记为2011年；表2的注和正文（第II.2节）将同一组数据的日期记为2008年11月30日。",
        ),
    ],
    notes: &[
        note("UNTAG", "中国国防白皮书未列此项；论文中20名文职人员及日期取自1990年5月13日《人民日报》（表1注）。"),
        note(
            "UNTAC",
            "包括其前身联合国柬埔寨先遣团（UNAMIC，联合国行动始于1991年10月），因此中国的开始时间早于UNTAC的开始时间。",
        ),
        note(
            "UNAMSIL",
            "已更正：论文将中国的参与时间印为“2008年8月–2005年12月”（开始晚于结束）；此处读作1998年8月，当时其前身联合国塞拉利昂观察团（UNOMSIL，联合国行动始于1998年6月）正在进行。没有来源说明具体月份。",
        ),
        note(
            "UNMISET",
            "已更正名称：论文印作“Mission of Support ton East Timor”。前身：联合国东帝汶特派团（UNAMET，联合国行动始于1999年6月）。表2将中国的开始时间记为2000年1月；正文（第II.1节）称2001年1月。",
        ),
        note("UNMIBH", "已更正名称：论文印作“United Nations in Bosnia and Herzegovina”。"),
        note(
            "MONUC",
            "已更正：论文在这一行印的是MONUSCO的名称，并将中国的开始时间印为2004年4月；中国首批175名工兵和43名医务人员于2003年4月抵达（国务院新闻办公室，《中国军队参加联合国维和行动30年》，2020年）。",
        ),
        note(
            "UNAMA",
            "已更正：论文将联合国行动的开始时间印为2006年8月（即UNMIT的开始时间，似乎抄自另一行）；UNAMA于2002年3月28日根据安全理事会第1401号决议设立。",
        ),
        note(
            "UNOCI",
            "已更正名称：论文印作“United Nations Operations in Côte d'Ivoire”。按原文，中国的开始时间（2004年3月）早于联合国行动的开始时间（2004年4月）；已标注，保留原文。",
        ),
        note(
            "MINUSTAH",
            "按原文，中国的开始时间（2004年5月）早于联合国行动的开始时间（2004年6月）；已标注，保留原文。",
        ),
        note(
            "UNAMID",
            "已更正：论文只印了“2007年11月”，没有结束时间；此处理解为进行中（“至今”），因为论文提到的315人的工兵分队（第III.2节）仍在部署。",
        ),
        note("MONUSCO", "没有人数数据：该任务（MONUC的后继任务）始于数据截止日期2008年11月30日之后（表2注）。"),
    ],
    hosts: super::hosts::CHINESE,
};
