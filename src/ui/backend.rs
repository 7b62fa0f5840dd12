//! One drawing backend type for the whole app, canvas or SVG, chosen at run time.
//!
//! The chart code is generic over `DrawingBackend`, so each backend type it is used with gets its own compiled
//! copy of every chart. The app draws on canvases and exports SVG; handing the charts this one type instead of
//! two compiles them once, which makes the wasm smaller. Each call is passed on to the backend inside.

use plotters::prelude::SVGBackend;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use plotters_canvas::CanvasBackend;

pub enum AppBackend<'a> {
    Canvas(CanvasBackend),
    Svg(SVGBackend<'a>),
}

/// What either backend reports: the canvas's error, or an I/O error from writing the SVG.
#[derive(Debug)]
pub enum AppBackendError {
    Canvas(<CanvasBackend as DrawingBackend>::ErrorType),
    Svg(std::io::Error),
}

impl std::fmt::Display for AppBackendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppBackendError::Canvas(error) => error.fmt(f),
            AppBackendError::Svg(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for AppBackendError {}

/// Wraps a backend's error into the app backend's, keeping font errors as they are.
fn wrap<E: std::error::Error + Send + Sync>(
    into: impl FnOnce(E) -> AppBackendError,
) -> impl FnOnce(DrawingErrorKind<E>) -> DrawingErrorKind<AppBackendError> {
    move |kind| match kind {
        DrawingErrorKind::DrawingError(error) => DrawingErrorKind::DrawingError(into(error)),
        DrawingErrorKind::FontError(error) => DrawingErrorKind::FontError(error),
    }
}

/// Calls the same method on whichever backend is inside, and wraps its error.
macro_rules! pass_on {
    ($self:ident, $backend:ident => $call:expr) => {
        match $self {
            AppBackend::Canvas($backend) => $call.map_err(wrap(AppBackendError::Canvas)),
            AppBackend::Svg($backend) => $call.map_err(wrap(AppBackendError::Svg)),
        }
    };
}

type Drawn = Result<(), DrawingErrorKind<AppBackendError>>;

impl DrawingBackend for AppBackend<'_> {
    type ErrorType = AppBackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            AppBackend::Canvas(backend) => backend.get_size(),
            AppBackend::Svg(backend) => backend.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Drawn {
        pass_on!(self, backend => backend.ensure_prepared())
    }

    fn present(&mut self) -> Drawn {
        pass_on!(self, backend => backend.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        pass_on!(self, backend => backend.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        pass_on!(self, backend => backend.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        pass_on!(self, backend => backend.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        pass_on!(self, backend => backend.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        pass_on!(self, backend => backend.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Drawn {
        pass_on!(self, backend => backend.fill_polygon(vert, style))
    }

    fn draw_text<TStyle: BackendTextStyle>(&mut self, text: &str, style: &TStyle, pos: BackendCoord) -> Drawn {
        pass_on!(self, backend => backend.draw_text(text, style, pos))
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<AppBackendError>> {
        pass_on!(self, backend => backend.estimate_text_size(text, style))
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Drawn {
        pass_on!(self, backend => backend.blit_bitmap(pos, size, src))
    }
}
