//! Japanese: the table of words and the grammar.

use super::paper_text::{erratum, erratum_of_notes, event_of_month, event_of_year, fact, note};
use super::{Grammar, MonthlyTexts, PaperText, PartsGrammar, PartsTexts, Standing, Texts};
use crate::lang::Lang;
use crate::state::Notice;
use pko_data::contributions::CountryName;
use pko_data::{DataError, Expected, FactKey, Location, MissionColumn, Problem, YearMonth};

pub const JAPANESE: Texts = Texts {
    lang: Lang::Japanese,
    app_title: "中国と国連平和維持活動",
    lede_before_title: "中国の国連PKOへの参加（1989–2010年）。松田康博の論文",
    lede_after_title: "に基づく。人数は2008年11月30日までに派遣された延べ人数（交代ごとに数え、実人数ではない）；",
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
    later_axis: "後の分担率（別の目盛）",
    low_confidence: "二次報道のみ",
    budget_gap: "論文に数値なし",
    personnel_total_log: "全要員（対数目盛では種類別に分けられない）",
    turning_points: ["初の派遣", "カンボジアへ工兵", "初の文民警察", "コンゴへ部隊", "初の部隊司令官"],
    timeline_colour: "色：中国が派遣した要員のうち最も多い種類",
    key_facts: "論文の主な知見",
    personnel_subtitle: "中国が各ミッションに派遣した人数（種類別）：2008年11月30日までの累計、交代ごとに数えた延べ人数",
    regions_subtitle: "2008年11月30日までの延べ派遣人数、ミッションの地域別、全地域に占める割合つき",
    regions_subtitle_own: "あなたのファイルによる派遣人数、ミッションの地域別、全地域に占める割合つき",
    budget_subtitle: "予算の分担率（%）、各分担率の対象年ごと、中国の順位つき",
    timeline_subtitle: "中国が各ミッションに参加した期間（最初の月から最後の月まで）",
    missions_source: "出典：松田、表1–2（訂正あり）。",
    timeline_source: "出典：松田、表1–2と第I–III節の年表（訂正あり）。",
    budget_source: "出典：松田、第II.2節。後年の分担率は報道・調査報告（うち一つは確度が低い）。",
    own_source: "出典：あなたのファイル。",
    paper_chart_source: "出典：松田康博「China's UN Peacekeeping Operations Policy」の表1–2と本文。",
    budget_not_filtered: "絞り込みはこのグラフに影響しません：予算全体に占める中国の分担率です。",
    ways_back: "絞り込みを一つ解除すると、ミッションが再び表示されます：",
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
    personnel_caption_own: "ミッション別の要員（お手元のファイルの数値）",
    share: "共有",
    embed: "埋め込み",
    cite: "引用",
    sources_title: "出典と注記",
    sources_online: "出典、論文の正誤、数字の合計の確かめ方は、エクスプローラーのページにあります：",
    download: "ダウンロード",
    footer: "データ：松田論文の表1–2と本文。その後の予算分担率の出典は「出典と注記」に記載。Rust、Leptos、plotters で構築。",
    not_loaded: "この部分を読み込めませんでした。接続を確認してから、もう一度お試しください。このページを開いた後にエクスプローラーが更新された場合は、ページを再読み込みしてください。",
    retry: "再試行",
    categories: ["文民", "軍事監視要員", "部隊", "文民警察"],
    regions: ["アフリカ", "アジア", "中東", "ヨーロッパ", "南北アメリカ"],
    periods: ["初期の参加、1989–1999年", "積極的関与、2000年以降"],
    statuses: ["継続中", "終了"],
    grammar: &Japanese,
    paper_text: Some(&PAPER_TEXT),
    parts_words: Some(&PARTS),
};

/// The words of the parts loaded on first use (see [`PartsTexts`]).
pub const PARTS: PartsTexts = PartsTexts {
    row_pages: "ミッションのページ",
    previous_rows: "前へ",
    next_rows: "次へ",
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
    regions_caption: "地域別の派遣人数（地域以外の現在の絞り込みを適用）",
    events_caption: "政策上の出来事（松田、第I–III節）",
    host: "所在地",
    un_start: "国連での開始",
    personnel_cumulative: "要員（2008年11月30日までの累計）",
    personnel_own: "要員（お手元のファイルの数値）",
    table_initial: "表1：初期の参加、1989–1999年",
    table_active: "表2：積極的関与、2000年以降",
    figures_end: "数値なし（論文の数値は2008年11月30日まで）",
    corrected: "訂正",
    flagged: "指摘のみ、原文どおり",
    share_intro: "この表示（絞り込み、並び順、開いたミッション）へのリンク：",
    embed_intro: "授業のページに貼り付けると、グラフ1つとその絞り込みを表示できます：",
    embed_chart: "グラフ",
    embed_height: "高さ",
    embed_fit: "全体が収まる高さ",
    embed_hint: "スクリプトが削除されるページでも使えます。スクリプトが使えるページでは、次のコードを一度加えると、すべての枠の高さが内容に合わせて変わります：",
    embed_script: "スクリプト",
    links_show_paper_data: "ご自分のファイルはこのブラウザーの中だけにあり、リンクには含まれません。ここで共有・埋め込み・引用する内容は論文のデータを表示します。",
    link: "リンク",
    copy: "コピー",
    copied: "コピーしました。",
    copy_blocked: "ここではコピーできません。テキストを選択してコピーしてください。",
    open_full: "完全版で開く",
    download_failed: "この画像を描画できませんでした：",
    tab_blocked: "埋め込み先のページが新しいタブを開かせません。次のアドレスを新しいタブで開いてください：",
    downloads_framed: "埋め込み先のページの設定により、ダウンロードできないことがあります。始まらない場合は、次のアドレスを新しいタブで開いてください：",
    own_title: "自分のデータ",
    own_intro: "このアプリの data/missions.csv と同じ列の CSV ファイルを読み込めます（「出典と注記」からダウンロードして表計算ソフトで編集）。更新した数値や、他国の貢献などに。",
    own_privacy: "ファイルは 1 MB、2,000 ミッションまで。ファイルはブラウザの中だけで読み込まれ、どこにも送信されません。",
    choose_file: "CSV ファイルを選ぶ",
    or_drop: "、またはここにドロップ。",
    back_to_paper: "論文のデータに戻る",
    own_banner: "グラフは論文ではなく、あなたのデータを表示しています。",
    paper_intro: "日本語で最初に発表された章（添谷芳秀編『現代の中国外交の六十年』慶應義塾大学出版会、283–305頁）の英語版。表1と表2がミッションを、本文が予算分担率・主要な数字・年表を示します。論文自体の出典は『2008年中国の国防』白書と国連PKOのウェブページ（2011年1月閲覧）です。",
    download_all: "全ミッションをダウンロード（CSV）",
    download_all_note: "。このアプリの data/missions.csv と同じ形式で、訂正を注記しています。",
    how_add_up: "数字の検算",
    sum_caption: "表1–2の要員数の全ミッション合計",
    col_category: "種類",
    col_sum: "合計",
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
    in_paper: "論文での位置",
    code: "コード",
    all_personnel: "全要員",
};

/// The words of the charts of the UN's monthly figures (see [`MonthlyTexts`]).
pub const MONTHLY: MonthlyTexts = MonthlyTexts {
    chart_deployed: "同時派遣人数",
    chart_contributors: "主要な要員派遣国",
    deployed_subtitle: "各月末の中国の制服要員、種類別（国連の月次報告）",
    contributors_subtitle: "月末の上位20か国の制服要員（部隊、警察、軍事専門家）",
    monthly_source: "出典：国連の月次派遣報告（国際平和研究所のデータベース経由）。",
    deployed_axis: "月末の人数",
    contributors_axis: "月末の制服要員数",
    total_before_split: "2000年より前の合計（種類別の内訳なし）",
    split_unreliable_note: "国連の初期の報告は種類別に分かれていない（中国の1990年の軍事監視要員5人は部隊として計上）ため、2000年より前は合計のみを描いています。",
    split_unreliable: "2000年より前は種類別に分けない（報告の内訳は不確か）",
    other_countries: "その他の国",
    permanent_member: "安保理常任理事国",
    not_in_report: "報告に記載なし",
    month_label: "月",
    previous_month: "前の月",
    next_month: "次の月",
    play: "再生",
    pause: "一時停止",
    show_permanent_members: "ほかの常任理事国を表示",
    contributions_source: "国別の制服要員：国連平和維持活動局の月次報告「国連活動への軍事・警察要員の貢献順位」（1990年11月～2014年3月）。国際平和研究所（IPI）の平和維持データベース（IPIDataLab/PPP_Loader、ppp_files/countries/、コミット adec10c）経由。数値は国連のもので、IPIが集成。",
    figure2_missing: "論文の図2（2010年のPKO予算に占める各国の分担率）は表示していません。一次資料（国連文書 A/64/220/Add.1 の2010–2012年の実効分担率、または論文が用いた国連のファクトシート）に到達できなかったためで、二次的なページから補うことはしません。",
    col_month: "月",
    col_country: "国",
    uniformed_types: ["部隊", "警察", "軍事専門家"],
    period_names: ["初期の参加", "積極的関与"],
    contributions_heading: "全派遣国の中の中国：月ごとの推移",
    filters_do_not_apply: "地域とミッションの絞り込みは国別の合計には適用されません。",
};

/// The grammar of Japanese.
#[derive(Debug)]
pub(super) struct Japanese;

impl Grammar for Japanese {
    fn month(&self, month: YearMonth) -> String {
        format!("{}年{}月", month.year(), month.month())
    }

    fn year(&self, year: u16) -> String {
        format!("{year}年")
    }

    fn ongoing_until(&self, ongoing: &str, month: &str, inferred: bool) -> String {
        if inferred {
            format!("{ongoing}（データ中の最新月、{month}まで）")
        } else {
            format!("{ongoing}（{month}まで）")
        }
    }

    fn participation(&self, start: &str, end: Option<&str>, present: &str) -> String {
        format!("{start}–{}", end.unwrap_or(present))
    }

    fn people(&self, count: &str) -> String {
        format!("{count}人")
    }

    fn missions(&self, _count: usize, number: &str) -> String {
        format!("{number}ミッション")
    }

    fn rank(&self, rank: u32) -> String {
        format!("{rank}位")
    }

    fn breakdown(&self, parts: &[(&str, String)], total: &str) -> String {
        let parts: Vec<String> = parts.iter().map(|(category, count)| format!("{category}{count}人")).collect();
        format!("{}、計{total}人", parts.join("、"))
    }

    fn mission_tooltip(&self, acronym: &str, host: &str, participation: &str, breakdown: &str) -> String {
        format!("{acronym}（{host}）、{participation}：{breakdown}")
    }

    fn event_tooltip(&self, date: &str, title: &str, description: &str) -> String {
        format!("{date}：{title}。{description}")
    }

    fn region_tooltip(&self, region: &str, missions: &str, people: &str, share: &str) -> String {
        format!("{region}：{missions}、{people}（{share}）")
    }

    fn summary(
        &self,
        missions: &str,
        regions: &[&str],
        categories: &[&str],
        count: &str,
        share: Option<&str>,
    ) -> String {
        let place = if regions.is_empty() { String::new() } else { format!("{}の", regions.join("、")) };
        let share = share.map(|share| format!("（全体の{share}）")).unwrap_or_default();
        // 延べ: persons sent, counted each time (rotations), not a head count.
        format!("{place}{missions}、{}延べ{count}人{share}", categories.join("、"))
    }

    fn personnel_takeaway(&self, mission: &str, count: &str, share: &str) -> String {
        format!("最も多くの要員が派遣されたのは{mission}：延べ{count}人、表示分の{share}")
    }

    fn regions_takeaway(&self, region: &str, share: &str) -> String {
        format!("派遣要員の{share}が{region}へ")
    }

    fn budget_takeaway(
        &self,
        first: (&str, &str),
        last: (&str, &str),
        rank: Option<&str>,
        later: Option<(&str, &str)>,
    ) -> String {
        let rank = rank.map(|rank| format!("、{rank}")).unwrap_or_default();
        let later = later.map(|(share, years)| format!("；後の国連分担率は{share}（{years}年）に")).unwrap_or_default();
        format!("中国の予算分担率は{}（{}年）から{}（{}年）へ{rank}{later}", first.0, first.1, last.0, last.1)
    }

    fn timeline_takeaway(&self, before: Option<(&str, &str)>, after: Option<(&str, &str)>) -> String {
        let before = before.map(|(mainly, of)| format!("2000年より前は{of}ミッション中{mainly}が主に軍事監視要員"));
        let after = after.map(|(mainly, of)| format!("2000年以降は{of}ミッション中{mainly}が主に文民警察か部隊"));
        before.into_iter().chain(after).collect::<Vec<_>>().join("、")
    }

    fn fact_budget(&self, first: &str, last: &str, rank: Option<&str>) -> String {
        let rank = rank.map(|rank| format!("、{rank}")).unwrap_or_default();
        format!("国連PKO予算に占める中国の分担率、{first}年から{last}年へ{rank}")
    }

    fn fact_at_one_time(&self, month: &str) -> String {
        format!("同時に派遣中の要員（{month}、論文の数値）")
    }

    fn fact_region(&self, region: &str) -> String {
        format!("の派遣要員が{region}のミッションへ")
    }

    fn fact_shift(&self, troops: &str) -> String {
        format!(
            "中国が初めて文民警察を派遣（それまでの10年は主に軍事監視要員）。{troops}年からアフリカへ人民解放軍の部隊"
        )
    }

    fn filters_on(&self, filters: &str, count: usize) -> String {
        format!("{filters}（{count}件）")
    }

    fn download_label(&self, title: &str, format: &str) -> String {
        match format {
            "" => format!("「{title}」のダウンロード"),
            "CSV" => format!("「{title}」のデータを CSV でダウンロード"),
            _ => format!("「{title}」を {format} でダウンロード"),
        }
    }

    fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::TooLong(max) => format!("リンクが{max}文字を超えているため、残りは無視しました。"),
            Notice::NotPercentEncoded(pair) => {
                format!("「{pair}」は正しいパーセントエンコードではないため無視しました。")
            }
            Notice::Repeated(key) => format!("重複した「{key}」を無視しました。"),
            Notice::Unknown(key) => format!("不明な設定「{key}」を無視しました。"),
            Notice::BadValue(key, value) => format!("「{key}={value}」は使えない値のため無視しました。"),
            Notice::NewerVersion(version) => {
                format!("このリンクは新しい版のエクスプローラーで作られました（「v={version}」）。この版で分かる範囲で読み込みました。")
            }
            Notice::More(count) => format!("ほかに{count}件のリンク設定を無視しました。"),
        }
    }

    fn language_not_loaded(&self, endonym: &str) -> String {
        format!("{endonym}の画面を読み込めなかったため、英語で表示しています。接続を確認してから、ページを再読み込みしてください。")
    }
}

impl PartsGrammar for Japanese {
    fn with_predecessor(&self, predecessor: &str) -> String {
        format!("（前身の {predecessor} を含む）")
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
        let value = |value: Option<&str>| value.map_or("空欄".to_string(), |value| format!("「{value}」"));
        format!("：原文{}、採用{}（{action}）。{reason}出典：{source}。", value(printed), value(used))
    }

    fn any_of(&self, values: &[&str]) -> String {
        super::join_list(values, "、", "または")
    }

    fn without_filter(&self, filter: &str, missions: &str) -> String {
        format!("「{filter}」を解除：{missions}")
    }

    fn copy_label(&self, copy: &str, what: &str) -> String {
        format!("{what}を{copy}")
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
        format!("本文は部隊と文民警察を累計{stated}人とするが、表の合計は制服要員{summed}人で、差は{gap}人。本文の{stated_missions}ミッションは、表のうち制服要員のいる{with_uniformed}行にあたる（全{rows}行。UNTAGは文民のみ、MONUSCOは数値なし）。")
    }

    fn rows_shown(&self, first: &str, last: &str, total: &str, hidden: &str) -> String {
        format!("{total}件のミッションのうち{first}～{last}件目を表示（{hidden}件は表示されていません）。")
    }

    fn own_loaded(&self, file: &str, missions: &str) -> String {
        format!("{file} のデータを表示中：{missions}。下の「出典と注記」は論文についてのままです。")
    }

    fn own_rejected(&self, file: &str) -> String {
        format!("{file} は読み込まれませんでした。グラフは元のデータのままです。問題点：")
    }

    fn own_too_big(&self, file: &str, megabytes: &str) -> String {
        format!("{file} は {megabytes} MB です。読み込めるのは 1 MB までです。")
    }

    fn own_not_text(&self, file: &str) -> String {
        format!("{file} は UTF-8 のテキストファイルではありません。表計算ソフトで「CSV UTF-8」として保存してください。")
    }

    fn own_unreadable(&self, file: &str) -> String {
        format!("{file} を読み込めませんでした。")
    }

    fn more_problems(&self, count: usize) -> String {
        format!("……ほかに {count} 件の問題があります。")
    }

    /// "cyprus.csv 2行目、列 region：…".
    fn data_error(&self, error: &DataError) -> String {
        let Location { file, line, column } = &error.location;
        let problem = problem_words(&error.problem);
        match (line, column) {
            (Some(line), Some(column)) => format!("{file} {line}行目、列 {column}：{problem}"),
            (Some(line), None) => format!("{file} {line}行目：{problem}"),
            (None, _) => format!("{file}：{problem}"),
        }
    }

    fn country_name<'a>(&self, name: &'a CountryName) -> &'a str {
        &name.japanese
    }

    fn uniformed(&self, total: &str, parts: &[(&str, String)]) -> String {
        let parts: Vec<String> = parts.iter().map(|(kind, count)| format!("{kind}{count}人")).collect();
        format!("{total}人（{}）", parts.join("、"))
    }

    fn rank_of(&self, rank: &str, listed: &str) -> String {
        format!("{listed}か国中{rank}")
    }

    fn month_tooltip(&self, month: &str, figures: &str, rank_of: Option<&str>, notes: &[String]) -> String {
        let rank = rank_of.map(|rank| format!("、{rank}")).unwrap_or_default();
        let notes: String = notes.iter().map(|note| format!("。{note}")).collect();
        format!("{month}：{figures}{rank}{notes}")
    }

    fn others(&self, parts: &[(&str, String)]) -> String {
        let parts: Vec<String> = parts.iter().map(|(name, count)| format!("{name}{count}")).collect();
        format!("ほかの常任理事国：{}", parts.join("、"))
    }

    fn paper_and_report(&self, paper: &str, report: &str) -> String {
        format!("{paper}（論文）/ {report}（国連の報告）")
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
                format!("中国の制服要員は{first_month}の{first_count}人から{month}の{count}人へ")
            }
            None => format!("{month}、中国の制服要員は{count}人"),
        };
        match standing {
            None => title,
            Some(standing) => format!("{title}{}", japanese_standing(standing)),
        }
    }

    fn contributors_title(&self, month: &str, rank: Option<&str>, listed: &str, standing: Option<Standing>) -> String {
        match (rank, standing) {
            // A rank followed by a second predicate takes the connective で.
            (Some(rank), Some(Standing::Largest)) => format!("{month}、中国は{listed}か国中{rank}で、常任理事国で最多"),
            (Some(rank), standing) => {
                format!("{month}、中国は{listed}か国中{rank}{}", standing.map(japanese_standing).unwrap_or_default())
            }
            (None, standing) => {
                format!(
                    "{month}、中国は{listed}か国に入っていない{}",
                    standing.map(japanese_standing).unwrap_or_default()
                )
            }
        }
    }

    fn contributor_tooltip(&self, rank: &str, name: &str, month: &str, figures: &str) -> String {
        format!("{rank} {name}、{month}：{figures}")
    }

    fn month_outside(&self, asked: &str, first: &str, last: &str, shown: &str) -> String {
        format!("リンクで指定された{asked}は、本サイトが収録する国連の月次報告（{first}〜{last}）の範囲外のため、{shown}を表示しています。")
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
                format!("{month}：中国の制服要員は{figures}で、{rank_of}、全体{world}人の{share}。")
            }
            _ => format!("{month}：中国は国連の報告に記載がない。全体の制服要員は{world}人。"),
        }
    }
}

/// How China stood among the permanent members, as the end of a title.
fn japanese_standing(standing: Standing) -> String {
    match standing {
        Standing::Largest => "、常任理事国で最多".to_string(),
        Standing::Behind(largest) => format!("。常任理事国で最多は{largest}"),
    }
}

/// What a cell should hold, in Japanese (the data's own values, such as region names, stay as the file writes
/// them).
fn expected_words(expected: Expected) -> String {
    let choices = expected.choices().join("、");
    match expected {
        Expected::Acronym => "大文字の略称（例：UNMIL）".into(),
        Expected::Region | Expected::FactKey | Expected::TurningPoint => format!("次のいずれか（{choices}）"),
        Expected::TableNumber => "1 または 2（論文の表の番号）".into(),
        Expected::Month => "YYYY-MM 形式の年月".into(),
        Expected::MonthOrPresent => "YYYY-MM 形式の年月、または「現在まで」を表す空欄".into(),
        Expected::WholeNumber => "整数".into(),
        Expected::Year => "年".into(),
        Expected::Percent => "0 から 100 までの百分率".into(),
        Expected::Rank => "1 以上の順位".into(),
        Expected::YesNo => "yes または no".into(),
        Expected::EventDate => "年（YYYY）または年月（YYYY-MM）".into(),
        Expected::Section => format!("論文の節のいずれか（{choices}）"),
        Expected::ErratumColumn => format!("次のいずれか（{choices}）または空欄"),
        Expected::ErratumAction => "corrected または flagged".into(),
    }
}

/// A problem in a data file, in Japanese.
fn problem_words(problem: &Problem) -> String {
    match problem {
        Problem::EmptyFile => "ファイルが空です。見出し行が必要です".into(),
        Problem::WrongHeader { expected, found } => format!("見出し行は「{expected}」のはずですが、「{found}」でした"),
        Problem::FieldCount { found, expected } => format!("フィールドが {found} 個ありますが、見出し行は {expected} 個です"),
        // The CSV reader's own description, in English: it names a fault of the file's bytes, which no translated
        // sentence would describe better.
        Problem::Unreadable { reason } => format!("読み取れません：{reason}"),
        Problem::UnclosedQuote => "引用符で始まるフィールドが閉じられていません".into(),
        Problem::NoCountryName { code } => format!("{code}（派遣人数ファイルの国）の名前がありません"),
        Problem::MonthWithoutRows { month } => format!("{month} の行がありません（ファイルの期間内の月です）"),
        Problem::NoRows => "ミッションがありません。見出し行だけで、データ行がありません".into(),
        Problem::TooManyRows { rows, max } => format!("{rows} ミッションあります。読み込めるのは {max} ミッションまでです"),
        Problem::EmptyCell { expected: None } => "このセルは空にできません".into(),
        Problem::EmptyCell { expected: Some(expected) } => format!("このセルは空にできません。{}が必要です", expected_words(*expected)),
        Problem::NotA { text, expected } => format!("「{text}」は使えません。{}が必要です", expected_words(*expected)),
        Problem::Negative { text } => format!("「{text}」は負の数です。人数は 0 以上です"),
        Problem::ThousandsSeparator { text } => format!("「{text}」：整数は桁区切りなしで書いてください"),
        Problem::TooLarge { text, max } => format!("「{text}」は 1 セルの上限 {max} を超えています"),
        Problem::AmbiguousDate { text, day_first, month_first } => format!("「{text}」は {day_first}（日が先）とも {month_first}（月が先）とも読めます。年月は YYYY-MM で書いてください"),
        Problem::TwoDigitYear { text } => format!("「{text}」は年が 2 桁で、数字だけの日付ではどこが年か決まりません。年月は YYYY-MM で書いてください"),
        Problem::Duplicate { value } => format!("{value} が 2 回出てきます"),
        Problem::HalfFilledPersonnel => "このセルは空ですが、同じ行のほかの要員のセルには値があります。いない場合は 0 と書き、論文に数値がない場合は 4 つとも空欄にしてください".into(),
        Problem::EndsBeforeStart { end, start } => format!("中国の参加の終了（{end}）が開始（{start}）より前です"),
        Problem::WrongTable { start, table } => format!("{start} は表 {table} に合いません。表 1 は 2000 年より前、表 2 は 2000 年以降に始まったミッションです"),
        Problem::YearsReversed { from, to } => format!("期間の終わり（{to}）が始まり（{from}）より前です"),
        Problem::MissingFact { key } => format!("数値「{key}」がありません"),
        Problem::UnknownMission { acronym } => format!("data/missions.csv にミッション {acronym} がありません"),
        Problem::ErratumMismatch(mismatch) => {
            let pko_data::ErratumMismatch { acronym, column, used, value } = &**mismatch;
            format!("{acronym} の {column} を「{used}」としていますが、data/missions.csv では「{value}」です")
        }
        Problem::CorrectionWithoutNote { acronym } => format!("{acronym} には訂正された値があるため、data/missions.csv のその行には注記が必要です"),
    }
}

/// The paper's own text in Japanese: the project's translation of `data/`'s English (see [`PaperText`]).
const PAPER_TEXT: PaperText = PaperText {
    note: "年表、論文の数値、正誤表の理由、ミッションの注記は、論文とデータの英語の原文を本プロジェクトが訳したもので、公式の訳ではありません。ミッションの所在地の国名はCLDRによります。表のミッション名と正誤表の出典は英語のままです。",
    events: &[
        event_of_year(
            1971,
            "国連の議席",
            "中華人民共和国が国連の中国の議席を引き継ぐが、平和維持活動に関する採決では棄権し、その費用の負担を拒む。",
        ),
        event_of_month(1981, 11, "柔軟な立場", "中国は平和維持活動に「柔軟な立場」をとり、「条件付きの支持」を表明する。"),
        event_of_month(
            1981,
            12,
            "分担金の支払い",
            "中国は国連平和維持活動への拠出を決め、1971年以来未払いの分担金の支払いを申し出て、キプロスへの増派に賛成票を投じる。",
        ),
        event_of_year(1984, "七原則", "中国は国連平和維持活動を評価し、平和維持活動の七原則を提案する。"),
        event_of_month(1988, 9, "特別委員会", "中国は国連平和維持活動特別委員会に加わる。"),
        event_of_month(1989, 11, "初の派遣", "中国はナミビアの国連ナミビア独立支援グループ（UNTAG）に文民20人を派遣する。"),
        event_of_month(
            1990,
            4,
            "初の軍事監視要員",
            "中国は国連休戦監視機構（UNTSO）に軍事監視要員を派遣する。中国はしばしばこれを参加の始まりとする。",
        ),
        event_of_month(
            1992,
            4,
            "カンボジア",
            "中国は国連カンボジア暫定統治機構（UNTAC）に軍事監視要員47人と工兵400人を派遣する。",
        ),
        event_of_month(1992, 6, "「平和への課題」", "ガリ事務総長の報告が「平和執行」を唱え、中国の七原則と衝突する。"),
        event_of_month(1993, 10, "モガディシュ", "ソマリアで多数の死傷者が出る。中国は内政への干渉がその原因だとする。"),
        event_of_year(1995, "台湾海峡危機", "中国が台湾を威嚇し、米国は空母戦闘群を2つ派遣する（1995〜96年）。"),
        event_of_month(
            1997,
            1,
            "グアテマラへの拒否権",
            "中国は、台湾を承認していたグアテマラへの軍事監視要員の派遣に拒否権を行使する。",
        ),
        event_of_month(1997, 3, "新安全保障観", "中国はASEAN地域フォーラムの後、新安全保障観を打ち出す。"),
        event_of_month(1997, 5, "待機制度に原則合意", "中国は国連待機制度（UNSAS）への参加に原則として同意する。"),
        event_of_year(1998, "国防白書", "中国初の国防白書が伝統的な平和維持活動を支持する。"),
        event_of_month(
            1999,
            1,
            "UNPREDEPの採決",
            "マケドニアが台湾を承認した後、中国は国連予防展開軍（UNPREDEP）の延長に反対票を投じる。",
        ),
        event_of_month(
            2000,
            1,
            "初の文民警察",
            "中国初の文民警察が東ティモールへ赴く（表2による。本文は2001年1月とする）。",
        ),
        event_of_month(2000, 8, "ブラヒミ報告", "「平和への課題」とは異なり、中国はブラヒミ報告を支持する。"),
        event_of_year(2001, "平和維持事務室", "中国は平和維持要員の派遣を管理する事務室を設ける。"),
        event_of_year(2002, "UNSASレベル1", "中国は国連標準の工兵大隊1個を待機させる。"),
        event_of_month(
            2003,
            4,
            "コンゴへ初の部隊",
            "アフリカへの中国初の人民解放軍部隊、工兵175人と医療要員43人が国連コンゴ民主共和国ミッション（MONUC）に到着する（表2は2004年4月と印刷。正誤表を参照）。",
        ),
        event_of_year(
            2004,
            "ハイチ",
            "ハイチは台湾を承認しているが、中国は国連ハイチ安定化ミッション（MINUSTAH）の設立に賛成票を投じ、それに参加する。",
        ),
        event_of_month(
            2005,
            4,
            "スーダン",
            "中国はスーダンの主権の尊重を条件に、国連スーダン・ミッション（UNMIS）に参加する。",
        ),
        event_of_month(
            2007,
            5,
            "ダルフール",
            "中国はアフリカ問題特別代表を任命し、ダルフール国連・AU合同ミッション（UNAMID）に工兵275人（のち315人）を派遣する。",
        ),
        event_of_month(
            2007,
            8,
            "初の部隊司令官",
            "趙京民少将が国連西サハラ住民投票監視団（MINURSO）の部隊司令官に就任する。",
        ),
        event_of_month(2008, 8, "警察訓練センター", "中国が平和維持活動の文民警察訓練センターを開設する。"),
        event_of_year(2010, "予算の3.94%", "中国は国連PKO予算の3.94%を負担する。分担率は第7位である。"),
    ],
    facts: &[
        fact(FactKey::Missions, "2008年11月30日現在、中国は23の国連PKOミッションに参加してきた。", "（第II.2節）"),
        fact(FactKey::DeployedAtOneTime, "同時に派遣されていた要員は2,157人（2008年11月30日）。", "（第II.2節）"),
        fact(FactKey::CumulativeUniformed, "部隊と文民警察の累計は延べ12,433人（2008年11月30日）。", "（第II.2節）"),
        fact(FactKey::Fatalities, "中国の制服要員のうち16人が死亡している。", "（第II.2節）"),
        fact(FactKey::FatalitiesHaitiEarthquake, "そのうち8人はハイチ地震で死亡した。", "（第II.2節）"),
        fact(
            FactKey::PlaTroopMissions,
            "人民解放軍の部隊が派遣されたのは6つのミッションのみ：カンボジア、コンゴ民主共和国、リベリア、スーダン、レバノン、ダルフール。",
            "（第III.1節）",
        ),
        fact(
            FactKey::BudgetRank2010,
            "2010年に平和維持予算の3.94%を負担した中国は、第7位の拠出国だった。",
            "（第II.2節と図2）",
        ),
    ],
    errata: &[
        erratum(
            "UNAMSIL",
            MissionColumn::ChinaStart,
            "印刷された中国の開始は終了（2005年12月）より後の日付になっている。中国の軍事監視要員は前身のUNOMSILで1998年から活動した。月は印刷どおりとする。",
        ),
        erratum("UNAMA", MissionColumn::UnStart, "2006年8月はUNMITの開始で、この行に誤って転記されたとみられる。"),
        erratum("MONUC", MissionColumn::Name, "MONUCの行にMONUSCOの名称が印刷されている。"),
        erratum("MONUC", MissionColumn::ChinaStart, "中国初の工兵175人と医療要員43人は2003年4月に到着した。"),
        erratum(
            "UNAMID",
            MissionColumn::ChinaEnd,
            "終了が印刷されていない。ほかの継続中のミッションと同じく、この行は継続中（「現在まで」）と読む。",
        ),
        erratum("UNMISET", MissionColumn::Name, "誤植がある。"),
        erratum("UNMIBH", MissionColumn::Name, "一語が抜けている。"),
        erratum("UNOCI", MissionColumn::Name, "誤植がある。"),
        erratum("UNOCI", MissionColumn::ChinaStart, "中国の開始が国連の開始（2004年4月）より早い。印刷どおりとする。"),
        erratum("MINUSTAH", MissionColumn::ChinaStart, "中国の開始が国連の開始（2004年6月）より早い。印刷どおりとする。"),
        erratum(
            "UNMISET",
            MissionColumn::ChinaStart,
            "本文（第II.1節）は初の文民警察の東ティモール派遣を2001年1月とするが、表2と人民日報は2000年1月とする。表に従う。",
        ),
        erratum_of_notes(
            "表1の注は数値を2011年付とするが、表2の注と本文（第II.2節）は同じ系列を2008年11月30日付とする。",
        ),
    ],
    notes: &[
        note(
            "UNTAG",
            "中国の国防白書には載っていない。論文は文民20人と日付を人民日報（1990年5月13日）から採っている（表1の注）。",
        ),
        note(
            "UNTAC",
            "前身の国連カンボジア先遣隊（UNAMIC、国連の開始は1991年10月）を含むため、中国の開始がUNTACの開始より早い。",
        ),
        note(
            "UNAMSIL",
            "訂正：論文は中国の参加を「2008年8月–2005年12月」（開始が終了より後）と印刷している。前身の国連シエラレオネ監視団（UNOMSIL、国連の開始は1998年6月）が活動中だった1998年8月と読む。月を記した資料はない。",
        ),
        note(
            "UNMISET",
            "名称を訂正：論文は「Mission of Support ton East Timor」と印刷している。前身は国連東ティモール・ミッション（UNAMET、国連の開始は1999年6月）。表2は中国の開始を2000年1月とし、本文（第II.1節）は2001年1月とする。",
        ),
        note("UNMIBH", "名称を訂正：論文は「United Nations in Bosnia and Herzegovina」と印刷している。"),
        note(
            "MONUC",
            "訂正：論文はこの行にMONUSCOの名称を印刷し、中国の開始を2004年4月としている。中国初の工兵175人と医療要員43人は2003年4月に到着した（国務院新聞弁公室『中国軍の国連平和維持活動参加30年』、2020年）。",
        ),
        note(
            "UNAMA",
            "訂正：論文は国連の開始を2006年8月と印刷している（UNMITの開始で、別の行から写されたとみられる）。UNAMAは2002年3月28日、安全保障理事会決議1401により設立された。",
        ),
        note(
            "UNOCI",
            "名称を訂正：論文は「United Nations Operations in Côte d'Ivoire」と印刷している。印刷どおりでは中国の開始（2004年3月）が国連の開始（2004年4月）より早い。指摘のみで変更していない。",
        ),
        note(
            "MINUSTAH",
            "印刷どおりでは中国の開始（2004年5月）が国連の開始（2004年6月）より早い。指摘のみで変更していない。",
        ),
        note(
            "UNAMID",
            "訂正：論文は「2007年11月」とだけ印刷し、終了がない。論文が触れる315人の工兵部隊（第III.2節）がなお展開していたため、継続中（「現在まで」）と読む。",
        ),
        note(
            "MONUSCO",
            "要員の数値はない。このミッション（MONUCの後継）は数値の基準日である2008年11月30日より後に始まった（表2の注）。",
        ),
    ],
    hosts: super::hosts::JAPANESE,
};
