//! Drawing the charts. One function per chart, each generic over plotters' `DrawingBackend`: the browser draws
//! on a canvas, tests and exports draw the same pixels as SVG.
//!
//! Sizes here are in CSS pixels multiplied by [`Style::scale`], so a chart stays crisp on high-density screens
//! (a plotters backend, the canvas one in `ui::canvas_backend` too, draws in device pixels). Every chart
//! returns where it drew its clickable marks ([`Hit`]) and its labels, so the interface can map a pointer to a
//! mission or region, and tests can check which labels were drawn and where clicks land.

mod axis;
pub mod bitmap;
pub mod budget;
pub mod contributors;
pub mod deployed;
mod frame;
mod metrics;
pub mod personnel;
pub mod regions;
mod svg;
pub mod theme;
pub mod timeline;

pub use frame::{LegendEntry, Swatch};
use pko_data::contributions::CountryCode;
use pko_data::{Region, YearMonth};
use plotters::coord::Shift;
use plotters::drawing::DrawingAreaErrorKind;
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters_backend::DrawingErrorKind;
pub use svg::{draw_svg, svg_colour};
pub use theme::{Theme, DARK, LIGHT};

/// How to draw: the colours and the number of device pixels per CSS pixel.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub theme: &'static Theme,
    pub scale: f64,
}

impl Style {
    /// A length in device pixels.
    pub fn px(&self, css_pixels: f64) -> i32 {
        (css_pixels * self.scale).round() as i32
    }
}

/// What a mark on a chart stands for, for clicks, hovers and keyboard focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Mission(String),
    Region(Region),
    /// A step of the budget chart: its series (the paper's or the later one) and its index in that series.
    BudgetStep {
        later: bool,
        index: usize,
    },
    /// A policy event on the timeline or the deployed chart, by its index in the dataset's events. A marker of the
    /// deployed chart holding several events of one month is the first of them
    /// ([`crate::model::contributions::DeployedSeries::marker_of`] gives them all).
    Event(usize),
    /// A month's column of the deployed chart.
    Month(YearMonth),
    /// A country's bar of the top-contributors chart.
    Country(CountryCode),
}

/// A rectangle in device pixels: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PixelRect {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl PixelRect {
    pub fn contains(&self, x: i32, y: i32) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }

    pub fn overlaps(&self, other: &PixelRect) -> bool {
        self.left < other.right && other.left < self.right && self.top < other.bottom && other.top < self.bottom
    }
}

/// A clickable mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub rect: PixelRect,
    pub target: Target,
}

/// What a chart drew that the caller needs: its clickable marks and the boxes of its text labels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawn {
    pub hits: Vec<Hit>,
    pub labels: Vec<PixelRect>,
}

impl Drawn {
    /// The topmost mark under a point, if any (later marks are drawn over earlier ones).
    pub fn hit_at(&self, x: i32, y: i32) -> Option<&Hit> {
        self.hits.iter().rev().find(|hit| hit.rect.contains(x, y))
    }

    /// The rectangle of a target's mark, to draw a focus ring or place a tooltip.
    pub fn rect_of(&self, target: &Target) -> Option<PixelRect> {
        self.hits.iter().find(|hit| &hit.target == target).map(|hit| hit.rect)
    }
}

/// Drawing failed in the backend (a canvas that vanished, a full buffer). The message is for a bug report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

/// The backend's own words for its failure; plotters' wrappers around them, and a font's error, which the charts'
/// own text metrics never raise, are said in a few words here rather than by plotters' formatting code, which the
/// app would carry for what does not happen.
impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(error: DrawingAreaErrorKind<E>) -> ChartError {
        ChartError(match error {
            DrawingAreaErrorKind::BackendError(DrawingErrorKind::DrawingError(error)) => error.to_string(),
            DrawingAreaErrorKind::BackendError(DrawingErrorKind::FontError(_)) => "a font failed".to_string(),
            DrawingAreaErrorKind::SharingError | DrawingAreaErrorKind::LayoutError => {
                "a drawing area failed".to_string()
            }
        })
    }
}

impl ChartError {
    /// A chart handed to the drawing code of the other kind ([`ChartData::draw_short`], [`ChartData::draw_long`]).
    fn other_code() -> ChartError {
        ChartError("its drawing code is the other kind's".to_string())
    }
}

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the chart could not be drawn: {}", self.0)
    }
}

/// A chart: what it draws from, the height it needs, and its one drawing function, generic over the backend, so
/// that the canvas, the SVG and PNG downloads and the tests all call the same drawing code.
///
/// Two kinds implement it: [`ChartData`], the four charts of the paper's tables, and the charts of the UN's
/// monthly figures, which are drawn only once their data has loaded. Each kind dispatches over its own charts, so
/// that the code of the monthly charts is reached only from the part of the app loaded with their data, not from
/// the start-up code.
pub trait Chart: Clone + PartialEq + Send + Sync + 'static {
    /// The CSS height the chart needs for its rows.
    fn height(&self) -> f64;

    /// The CSS height the chart needs at `css_width`: [`Chart::height`], plus the room that a narrow chart's legend
    /// and axis title take when they wrap onto more lines, so that its rows keep room for their labels.
    fn height_at(&self, css_width: f64, texts: &crate::words::Texts) -> f64;

    /// What each colour of the chart means, as its legend says (a chart whose marks are told apart by their
    /// labels alone has none).
    fn legend(&self, theme: &Theme, texts: &crate::words::Texts) -> Vec<LegendEntry>;

    /// Draws the chart into `area`, with a focus ring around `ring`'s mark, and returns its marks and labels.
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        ring: Option<&Target>,
        style: Style,
        texts: &crate::words::Texts,
    ) -> Result<Drawn, ChartError>;

    /// What the chart draws on a layer of its own over the rest, because it changes far more often: the deployed
    /// chart's chosen month, which every step of the month control moves. The canvas redraws only that layer when
    /// only it changes ([`Chart::LAYERED`]); [`Chart::draw`] draws both, for downloads and tests.
    type Overlay: Clone + PartialEq + Send + Sync + 'static;

    /// Whether charts of this kind may have an overlay: a kind that may not carries none of the layer's code.
    const LAYERED: bool = false;

    /// Whether this chart has an overlay; the canvas gives a layer only to a chart that has.
    fn has_overlay(&self) -> bool {
        false
    }

    /// The chart without its overlay: what the canvas draws under the layer.
    fn base(&self) -> Self {
        self.clone()
    }

    /// The value the overlay is drawn from.
    fn overlay(&self) -> Self::Overlay;

    /// Draws the overlay over what `area` shows (it fills nothing).
    fn draw_overlay<DB: DrawingBackend>(
        &self,
        _area: &DrawingArea<DB, Shift>,
        _overlay: &Self::Overlay,
        _style: Style,
        _texts: &crate::words::Texts,
    ) -> Result<(), ChartError> {
        Ok(())
    }
}

/// Everything one of the four charts of the paper's tables draws from.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartData {
    /// `own_data`: the bars count a reader's own file, not the paper's personnel to 30 November 2008, and the
    /// axis says so.
    /// `bars` are the rows shown (a page of them, see [`crate::model::Page`]); `largest` is the largest total of all
    /// the view's rows, which the axis runs to on every page.
    Personnel {
        bars: Vec<crate::model::MissionBar>,
        largest: u32,
        scale: crate::model::Scale,
        own_data: bool,
    },
    Regions(Vec<crate::model::RegionBar>),
    Budget(crate::model::BudgetSeries),
    /// `bars` are the rows shown; `span` the first start and last end of all the view's rows, which the axis covers
    /// on every page.
    Timeline {
        bars: Vec<crate::model::TimelineBar>,
        span: Option<(f64, f64)>,
        events: Vec<pko_data::PolicyEvent>,
        /// The paper's period of initial participation, shaded ([`crate::model::initial_period`]).
        initial: Option<(f64, f64)>,
    },
}

impl ChartData {
    /// The personnel chart of a view: bars for the rows `shown` (a page of `order`, the view's rows in its order),
    /// on an axis that runs to the largest of all of `order`.
    pub fn personnel(
        data: &pko_data::Dataset,
        filters: &crate::model::Filters,
        order: &[usize],
        shown: &[usize],
        scale: crate::model::Scale,
    ) -> ChartData {
        ChartData::Personnel {
            bars: crate::model::mission_bars_of(data, filters, shown),
            largest: crate::model::largest_personnel(data, filters, order),
            scale,
            own_data: data.missions_known_to().is_none(),
        }
    }

    /// The timeline of a view: bars for the rows `shown` (a page of `order`), on an axis that spans all of `order`.
    pub fn timeline(data: &pko_data::Dataset, order: &[usize], shown: &[usize]) -> ChartData {
        ChartData::Timeline {
            bars: crate::model::timeline_bars_of(data, shown),
            span: crate::model::timeline_span(data, order),
            events: data.events().to_vec(),
            initial: crate::model::initial_period(data),
        }
    }
}

impl Chart for ChartData {
    type Overlay = ();

    fn overlay(&self) {}

    fn legend(&self, theme: &Theme, texts: &crate::words::Texts) -> Vec<LegendEntry> {
        match self {
            ChartData::Personnel { bars, scale, .. } => personnel::legend(bars, *scale, theme, texts),
            ChartData::Regions(_) => Vec::new(),
            ChartData::Budget(series) => budget::legend(series, theme, texts),
            ChartData::Timeline { bars, initial, .. } => timeline::legend(bars, initial.is_some(), theme, texts),
        }
    }

    fn height(&self) -> f64 {
        match self {
            ChartData::Personnel { bars, .. } => personnel::height(bars.len()),
            ChartData::Regions(_) => regions::height(),
            ChartData::Budget(series) => budget::height(series),
            ChartData::Timeline { bars, .. } => timeline::height(bars.len()),
        }
    }

    fn height_at(&self, css_width: f64, texts: &crate::words::Texts) -> f64 {
        match self {
            ChartData::Personnel { bars, scale, own_data, .. } => {
                personnel::height_at(bars, *scale, *own_data, css_width, texts)
            }
            ChartData::Timeline { bars, initial, .. } => timeline::height_at(bars, initial.is_some(), css_width, texts),
            ChartData::Regions(_) | ChartData::Budget(_) => self.height(),
        }
    }

    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        ring: Option<&Target>,
        style: Style,
        texts: &crate::words::Texts,
    ) -> Result<Drawn, ChartError> {
        if self.is_long() {
            self.draw_long(area, ring, style, texts)
        } else {
            self.draw_short(area, ring, style, texts)
        }
    }
}

impl ChartData {
    /// Whether this is one of the two long charts, a row per mission: the personnel chart and the timeline. Their
    /// drawing code ([`ChartData::draw_long`]) is apart from the other two's ([`ChartData::draw_short`]), so that a
    /// program can hold it apart: the app loads it when a long chart first comes near the screen.
    pub fn is_long(&self) -> bool {
        matches!(self, ChartData::Personnel { .. } | ChartData::Timeline { .. })
    }

    /// [`Chart::draw`] for the regional chart and the budget chart, the code of which does not reach the long
    /// charts'. A long chart is an error here: it is drawn by [`ChartData::draw_long`].
    pub fn draw_short<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        ring: Option<&Target>,
        style: Style,
        texts: &crate::words::Texts,
    ) -> Result<Drawn, ChartError> {
        match self {
            ChartData::Regions(bars) => regions::draw(area, bars, ring, style, texts),
            ChartData::Budget(series) => budget::draw(area, series, ring, style, texts),
            ChartData::Personnel { .. } | ChartData::Timeline { .. } => Err(ChartError::other_code()),
        }
    }

    /// [`Chart::draw`] for the personnel chart and the timeline. Another chart is an error here: it is drawn by
    /// [`ChartData::draw_short`].
    pub fn draw_long<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        ring: Option<&Target>,
        style: Style,
        texts: &crate::words::Texts,
    ) -> Result<Drawn, ChartError> {
        match self {
            ChartData::Personnel { bars, largest, scale, own_data } => {
                personnel::draw(area, bars, *largest, *scale, *own_data, ring, style, texts)
            }
            ChartData::Timeline { bars, span, events, initial } => {
                timeline::draw(area, bars, *span, events, *initial, ring, style, texts)
            }
            ChartData::Regions(_) | ChartData::Budget(_) => Err(ChartError::other_code()),
        }
    }
}

/// Everything one of the two charts of the UN's monthly figures draws from. Apart from [`ChartData`], so that their
/// drawing code is reached only from the part of the app that loads their data (see [`Chart`]).
#[derive(Debug, Clone, PartialEq)]
pub enum MonthlyChart {
    /// Both boxed: a month's series and a top list with its names in every language are large and of different
    /// sizes, and a memo holds the enum, which would otherwise take the larger size for both.
    Deployed(Box<crate::model::contributions::DeployedSeries>),
    Contributors(Box<crate::model::contributions::TopContributors>),
}

impl Chart for MonthlyChart {
    /// The deployed chart's chosen month.
    type Overlay = Option<YearMonth>;

    const LAYERED: bool = true;

    fn base(&self) -> Self {
        match self {
            MonthlyChart::Deployed(series) => {
                MonthlyChart::Deployed(Box::new(crate::model::contributions::DeployedSeries {
                    selected: None,
                    ..(**series).clone()
                }))
            }
            MonthlyChart::Contributors(_) => self.clone(),
        }
    }

    fn has_overlay(&self) -> bool {
        matches!(self, MonthlyChart::Deployed(_))
    }

    fn overlay(&self) -> Option<YearMonth> {
        match self {
            MonthlyChart::Deployed(series) => series.selected,
            MonthlyChart::Contributors(_) => None,
        }
    }

    fn draw_overlay<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        month: &Option<YearMonth>,
        style: Style,
        texts: &crate::words::Texts,
    ) -> Result<(), ChartError> {
        match self {
            MonthlyChart::Deployed(series) => deployed::draw_month(area, series, *month, style, texts),
            MonthlyChart::Contributors(_) => Ok(()),
        }
    }

    fn legend(&self, theme: &Theme, texts: &crate::words::Texts) -> Vec<LegendEntry> {
        match self {
            MonthlyChart::Deployed(series) => deployed::legend(series, theme, texts),
            MonthlyChart::Contributors(top) => contributors::legend(top, theme, texts),
        }
    }

    fn height(&self) -> f64 {
        match self {
            MonthlyChart::Deployed(_) => deployed::height(),
            MonthlyChart::Contributors(_) => contributors::height(),
        }
    }

    fn height_at(&self, css_width: f64, texts: &crate::words::Texts) -> f64 {
        match self {
            MonthlyChart::Deployed(series) => deployed::height_at(series, css_width, texts),
            MonthlyChart::Contributors(top) => contributors::height_at(top, css_width, texts),
        }
    }

    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        ring: Option<&Target>,
        style: Style,
        texts: &crate::words::Texts,
    ) -> Result<Drawn, ChartError> {
        match self {
            MonthlyChart::Deployed(series) => deployed::draw(area, series, ring, style, texts),
            MonthlyChart::Contributors(top) => contributors::draw(area, top, ring, style, texts),
        }
    }
}

/// The CSS height of a chart drawn for download, with its title above and its source line below.
pub fn export_height(data: &impl Chart) -> f64 {
    data.height() + EXPORT_TITLE_HEIGHT + EXPORT_VIEW_HEIGHT + EXPORT_SOURCE_HEIGHT
}

const EXPORT_TITLE_HEIGHT: f64 = 30.0;
const EXPORT_VIEW_HEIGHT: f64 = 20.0;
const EXPORT_SOURCE_HEIGHT: f64 = 28.0;

/// Draws a chart for download: its title, the view it shows (`view`, in words: the filters' missions, or the
/// month) and its source (`source`, in the language shown, as [`crate::export::credit`] gives it) are drawn in, so the
/// picture carries what it shows and where it comes from wherever it is pasted.
pub fn draw_for_export<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &impl Chart,
    title: &str,
    view: &str,
    source: &str,
    style: Style,
    texts: &crate::words::Texts,
) -> Result<(), ChartError> {
    area.fill(&style.theme.background)?;
    let (_, height) = area.dim_in_pixel();
    let (title_area, rest) = area.split_vertically(style.px(EXPORT_TITLE_HEIGHT));
    let (view_area, rest) = rest.split_vertically(style.px(EXPORT_VIEW_HEIGHT));
    let (chart_area, source_area) = rest
        .split_vertically(height as i32 - style.px(EXPORT_TITLE_HEIGHT + EXPORT_VIEW_HEIGHT + EXPORT_SOURCE_HEIGHT));
    band_label(&title_area, title, EXPORT_TITLE_HEIGHT, 16.0, style.theme.text, style)?;
    band_label(&view_area, view, EXPORT_VIEW_HEIGHT, 12.0, style.theme.muted_text, style)?;
    band_label(
        &source_area,
        &crate::export::credit(source),
        EXPORT_SOURCE_HEIGHT,
        11.0,
        style.theme.muted_text,
        style,
    )?;
    data.draw(&chart_area, None, style, texts)?;
    Ok(())
}

/// One line of text at the left of a band `css_height` tall: the title above an exported chart, the view under it, or
/// its source below.
fn band_label<DB: DrawingBackend>(
    band: &DrawingArea<DB, Shift>,
    text: &str,
    css_height: f64,
    css_size: f64,
    color: plotters::style::RGBColor,
    style: Style,
) -> Result<(), ChartError> {
    let mut frame = frame::Frame::new(band, style)?;
    let font = frame.font(css_size, color);
    frame.label(text, (style.px(8.0), style.px(css_height / 2.0)), frame::Anchor::LeftMiddle, &font)?;
    Ok(())
}
