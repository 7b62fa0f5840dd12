//! `cargo xtask <task>`: every project task, needing nothing but cargo to start.
//!
//! Each task first installs what it is missing, idempotently (a tool at the right version is left alone), and
//! says plainly what it cannot install on this machine and how to get it.

mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  serve         install what is missing, then serve the app on http://127.0.0.1:8080 with live reload
  test          install what is missing, then run every check: fmt, clippy, native unit tests,
                browser tests (wasm-bindgen-test in headless Chromium) and end-to-end tests
  dist          the optimised release build into dist/, with each file's raw and gzip size
  screenshots   build, then write the README's screenshots to docs/screenshots/
  single-file   one self-contained HTML file (wasm inlined) in dist-single/, to open from disk offline
  bench         build dist/, then measure it beside Chart.js and Vega-Lite pages of the same charts";

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "serve" => serve(),
        "test" => test(),
        "dist" => dist().map(|_| ()),
        "screenshots" => screenshots(),
        "single-file" => single_file().map(|_| ()),
        "bench" => bench(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask {task}: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, where Cargo.toml, Trunk.toml and index.html are.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Runs a command in `dir` with the tool directories first on PATH; an error names the command.
fn run(dir: &Path, program: &str, args: &[&str], envs: &[(&str, &str)]) -> Result<(), String> {
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("PATH", tools::search_path())
        .envs(envs.iter().copied())
        .status()
        .map_err(|error| format!("could not start `{program}`: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// Runs one titled step and reports how long it took.
fn step(title: &str, action: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    println!("\n==> {title}");
    let started = Instant::now();
    action()?;
    println!("<== {title}: ok in {:.0?}", started.elapsed());
    Ok(())
}

fn serve() -> Result<(), String> {
    tools::ensure_build_tools()?;
    println!("\nServing on http://127.0.0.1:8080 (Ctrl-C stops)");
    run(&root(), "trunk", &["serve"], &[])
}

fn dist() -> Result<PathBuf, String> {
    tools::ensure_build_tools()?;
    tools::ensure_release_toolchain()?;
    let root = root();
    // Relative links let dist/ be hosted under any path.
    step(&format!("release build (trunk build --release, Rust {}, wasm-opt -Oz)", tools::RELEASE_TOOLCHAIN), || {
        run(&root, "trunk", &["build", "--release", "--public-url", "./"], &tools::RELEASE_BUILD_ENV)
    })?;
    let dist = root.join("dist");
    minify_js(&dist.join(app_files(&dist)?.1))?;
    move_loader_out_of_html(&dist)?;
    print_sizes(&dist)?;
    Ok(dist)
}

/// Minifies a JavaScript module in place: for wasm-bindgen's glue 1.9 KB less gzip. (Trunk's `--minify` fails on
/// the glue, and it would minify index.html into a form the steps below do not read.) `__wbg_init` keeps its
/// name because the single-file build calls it from the inlined glue.
fn minify_js(path: &Path) -> Result<(), String> {
    let path = path.to_string_lossy();
    run(
        &root(),
        "terser",
        &[&path, "--module", "--compress", "--mangle", "reserved=['__wbg_init']", "--output", &path],
        &[],
    )
}

/// Replaces the inline loader Trunk writes into index.html with `public/boot.js` (given the glue's and the
/// wasm's file names, and a name that changes with its content), so the page needs no inline script and runs
/// under `script-src 'self'`.
fn move_loader_out_of_html(dist: &Path) -> Result<(), String> {
    let index_path = dist.join("index.html");
    let index =
        std::fs::read_to_string(&index_path).map_err(|error| format!("cannot read dist/index.html: {error}"))?;
    let (wasm, glue) = app_files(dist)?;
    let template = read_public("boot.js")?;
    let boot = read_public("crash.js")? + &template.replace("__GLUE__", &glue).replace("__WASM__", &wasm);
    let boot_name = format!("boot-{:016x}.js", fnv1a(boot.as_bytes()));
    std::fs::write(dist.join(&boot_name), &boot).map_err(|error| format!("cannot write {boot_name}: {error}"))?;
    minify_js(&dist.join(&boot_name))?;
    let (Some(start), Some(end)) = (index.find("<script type=\"module\">"), index.find("</script>")) else {
        return Err("dist/index.html has no inline loader to move (has Trunk's output changed?)".to_string());
    };
    let html = format!(
        "{}<script type=\"module\" src=\"./{boot_name}\"></script>{}",
        &index[..start],
        &index[end + "</script>".len()..]
    );
    std::fs::write(&index_path, html).map_err(|error| format!("cannot write dist/index.html: {error}"))
}

/// A file of `public/` as text.
fn read_public(name: &str) -> Result<String, String> {
    std::fs::read_to_string(root().join("public").join(name))
        .map_err(|error| format!("cannot read public/{name}: {error}"))
}

/// The name of the file in `dist/` whose name ends with `suffix`: Trunk adds a content hash to each name.
fn dist_file(dist: &Path, suffix: &str) -> Result<String, String> {
    std::fs::read_dir(dist)
        .map_err(|error| format!("cannot read dist/: {error}"))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| name.ends_with(suffix))
        .ok_or(format!("dist/ has no *{suffix}"))
}

/// The names of the app's wasm in `dist/` and of its JavaScript glue, which wasm-bindgen names after it.
fn app_files(dist: &Path) -> Result<(String, String), String> {
    let wasm = dist_file(dist, "_bg.wasm")?;
    let glue = wasm.replace("_bg.wasm", ".js");
    Ok((wasm, glue))
}

/// A 64-bit FNV-1a hash, for content-addressed file names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// Prints every file of `dist/` with its raw and gzip size, and the totals.
fn print_sizes(dist: &Path) -> Result<(), String> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dist)
        .map_err(|error| format!("cannot read {}: {error}", dist.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_file())
        .collect();
    entries.sort();
    println!("\n{:<48} {:>10} {:>10}", "file", "raw bytes", "gzip -9");
    let (mut raw_total, mut gzip_total) = (0, 0);
    for path in entries {
        let bytes = std::fs::read(&path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        let gzip = gzip_size(&bytes);
        raw_total += bytes.len();
        gzip_total += gzip;
        let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        println!("{name:<48} {:>10} {gzip:>10}", bytes.len());
    }
    println!("{:<48} {raw_total:>10} {gzip_total:>10}", "total");
    Ok(())
}

fn gzip_size(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(0, |compressed| compressed.len())
}

fn test() -> Result<(), String> {
    tools::ensure_build_tools()?;
    let browser = tools::ensure_browser()?;
    let root = root();
    let started = Instant::now();
    step("format (cargo fmt --check)", || run(&root, "cargo", &["fmt", "--all", "--check"], &[]))?;
    step("lint, native (cargo clippy -D warnings)", || {
        run(&root, "cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"], &[])
    })?;
    step("lint, wasm (cargo clippy --target wasm32-unknown-unknown -D warnings)", || {
        run(
            &root,
            "cargo",
            &["clippy", "--target", "wasm32-unknown-unknown", "--lib", "--bins", "--tests", "--", "-D", "warnings"],
            &[],
        )
    })?;
    step("native unit tests: data, model, charts, URL state (cargo test)", || {
        run(&root, "cargo", &["test", "--workspace"], &[])
    })?;
    step("browser tests: wasm-bindgen-test in headless Chromium", || {
        run(
            &root,
            "cargo",
            &["test", "--target", "wasm32-unknown-unknown", "--test", "web"],
            &[("CHROMEDRIVER", &browser.chromedriver), ("WASM_BINDGEN_TEST_TIMEOUT", "120")],
        )
    })?;
    // The single file is built from dist/, so this makes both.
    let single = single_file()?;
    let dist = root.join("dist");
    step("end-to-end tests: the release build in headless Chromium (Playwright)", || {
        let (dist, single) = (dist.to_string_lossy(), single.to_string_lossy());
        run(
            &root.join("e2e"),
            "node",
            &["--test", "--test-concurrency=1"],
            &[("DIST", &dist), ("SINGLE_FILE", &single), ("CHROMIUM", &browser.chromium)],
        )
    })?;
    println!("\nAll test levels passed in {:.0?}: format, lint (native and wasm), native unit tests, browser tests, end-to-end tests.", started.elapsed());
    Ok(())
}

fn screenshots() -> Result<(), String> {
    let browser = tools::ensure_browser()?;
    let dist = dist()?;
    let root = root();
    let out = root.join("docs").join("screenshots");
    step("screenshots into docs/screenshots", || {
        let (dist, out) = (dist.to_string_lossy(), out.to_string_lossy());
        run(
            &root.join("e2e"),
            "node",
            &["--test", "--test-name-pattern=screenshots", "--test-concurrency=1"],
            &[("DIST", &dist), ("CHROMIUM", &browser.chromium), ("SCREENSHOTS_DIR", &out)],
        )
    })
}

/// The benchmark (not a test: it prints figures and asserts nothing): weights, time to first chart, redraw
/// times at normal speed and under 4x CPU throttling, and memory before and after 1,000 clicks, for the app and
/// for the same charts built with Chart.js and Vega-Lite.
fn bench() -> Result<(), String> {
    let browser = tools::ensure_browser()?;
    let dist = dist()?;
    let root = root();
    tools::ensure_npm_packages(&root.join("bench"), "the benchmark's peers (Chart.js, Vega-Lite)")?;
    let out = root.join("target").join("bench");
    step("benchmark", || {
        let (dist, out) = (dist.to_string_lossy(), out.to_string_lossy());
        run(&root, "node", &["bench/run.mjs"], &[("DIST", &dist), ("OUT", &out), ("CHROMIUM", &browser.chromium)])
    })
}

/// Builds `dist/`, then folds it into one HTML file: the stylesheet and icon inlined, the crash notice and the
/// JavaScript glue in an inline module, and the wasm as base64 handed to the glue's `init`. It opens from disk
/// (file://) with no request to anywhere, for learning platforms that take a single file and for offline
/// classrooms.
fn single_file() -> Result<PathBuf, String> {
    let dist = dist()?;
    let read = |name: &str| std::fs::read(dist.join(name)).map_err(|error| format!("cannot read dist/{name}: {error}"));
    let index = String::from_utf8(read("index.html")?).map_err(|_| "dist/index.html is not UTF-8".to_string())?;
    let (css, icon) = (dist_file(&dist, ".css")?, dist_file(&dist, ".svg")?);
    let (wasm, glue_name) = app_files(&dist)?;
    let glue = String::from_utf8(read(&glue_name)?).map_err(|_| "the JavaScript glue is not UTF-8".to_string())?;
    let stylesheet = String::from_utf8(read(&css)?).map_err(|_| "the stylesheet is not UTF-8".to_string())?;
    if glue.contains("</script") || stylesheet.contains("</style") {
        return Err("the glue or the stylesheet holds a closing tag; it cannot be inlined".to_string());
    }
    let boot = format!(
        "<script type=\"module\">\n{}{glue}\nconst bytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: bytes }});\n</script>",
        read_public("crash.js")?,
        base64(&read(&wasm)?)
    );
    let mut html = String::new();
    for line in index.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("<script type=\"module\" src=") {
            html.push_str(&boot);
            html.push('\n');
        } else if trimmed.starts_with("<link rel=\"modulepreload\"") {
            // Preloads of the files now inlined; the head's closing tag shares their line.
            html.push_str("</head>\n");
        } else if trimmed.starts_with("<link rel=\"stylesheet\"") {
            html.push_str(&format!("<style>\n{stylesheet}\n</style>\n"));
        } else if trimmed.starts_with("<link rel=\"icon\"") {
            html.push_str(&format!(
                "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\">\n",
                base64(&read(&icon)?)
            ));
        } else {
            html.push_str(line);
            html.push('\n');
        }
    }
    let out_dir = root().join("dist-single");
    std::fs::create_dir_all(&out_dir).map_err(|error| format!("cannot create dist-single/: {error}"))?;
    let out = out_dir.join("pko-explorer.html");
    std::fs::write(&out, &html).map_err(|error| format!("cannot write {}: {error}", out.display()))?;
    println!("\nwrote {} ({} bytes, {} gzip)", out.display(), html.len(), gzip_size(html.as_bytes()));
    Ok(out)
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_the_standard_examples() {
        let encoded: Vec<String> =
            ["", "f", "fo", "foo", "foob", "fooba", "foobar"].iter().map(|s| super::base64(s.as_bytes())).collect();
        assert_eq!(encoded, ["", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"]);
    }
}
