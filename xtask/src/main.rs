//! `cargo xtask <task>`: every project task, needing nothing but cargo to start.
//!
//! Each task first installs what it is missing, idempotently (a tool at the right version is left alone), and
//! says plainly what it cannot install on this machine and how to get it.

mod contributions;
mod country_names;
mod function_order;
mod import_names;
mod layers;
mod release;
mod tools;
mod unused_exports;
mod wasm_format;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  serve         install what is missing, then serve the app on http://127.0.0.1:8080 with live reload
  test          install what is missing, then run every check: fmt, clippy, native unit tests,
                browser tests (wasm-bindgen-test in headless Chromium) and end-to-end tests
                (in Chromium, and their core in Firefox and WebKit where installed)
  dist          the optimised release build into dist/, with each file's raw and gzip size, and the
                single file into dist-single/;
                --stable builds it with stable Rust instead of the pinned nightly (the same app, bigger),
                --no-glue-rewrites without the rewrites of wasm-bindgen's output (if they fail after an update)
  screenshots   build, then write the README's screenshots to docs/screenshots/
  single-file   only the single file: one self-contained HTML file (wasm inlined) in dist-single/, to open
                from disk offline
  bench         build dist/, then measure it beside Chart.js and Vega-Lite pages of the same charts
  check-stable  the release build on stable Rust, checked to load the same parts as the build in dist/
                (the last step of test)
  contributions <PPP_Loader git dir or checkout>
                data/contributions.csv from IPI's per-country CSVs at the pinned commit (data/contributions.md)
  country-names data/country_names.csv and crates/core/src/words/hosts.rs: the names of contributions.csv's
                countries and of the missions' hosts from CLDR (ICU4X)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let task = args.get(1).cloned().unwrap_or_default();
    let result = match task.as_str() {
        "serve" => serve(),
        "test" => test(),
        "dist" => release::Build::from_args(&args[2..]).and_then(release::dist).map(|_| ()),
        "screenshots" => screenshots(),
        "single-file" => release::single_file().map(|_| ()),
        "bench" => bench(),
        "check-stable" => release::check_stable_build(&root().join("dist")),
        "contributions" => contributions::run(std::env::args().nth(2)),
        "country-names" => country_names::run(),
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
    finished(program, args, command(dir, program, args, envs).status())
}

/// A command in `dir` with the tool directories first on PATH.
fn command(dir: &Path, program: &str, args: &[&str], envs: &[(&str, &str)]) -> Command {
    let mut command = Command::new(program);
    command.args(args).current_dir(dir).env("PATH", tools::search_path()).envs(envs.iter().copied());
    command
}

/// The outcome of a command that has run: an error names the command and how it failed.
fn finished(program: &str, args: &[&str], status: std::io::Result<std::process::ExitStatus>) -> Result<(), String> {
    let status = status.map_err(|error| format!("could not start `{program}`: {error}"))?;
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
    tools::ensure_trunk()?;
    tools::ensure_build_tools()?;
    println!("\nServing on http://127.0.0.1:8080 (Ctrl-C stops)");
    run(&root(), "trunk", &["serve"], &[])
}

/// What `cargo xtask test` writes to `target/` from a clean checkout, rounded up: `du -sh target` after a run on a
/// fresh clone gave 5.0 GiB, and 4.1 GiB without incremental caches, as `.ci/run` builds.
const CLEAN_RUN_GIB: u64 = 5;

fn test() -> Result<(), String> {
    let mut engine_install = tools::start_engine_install();
    tools::ensure_build_tools()?;
    engine_install.wait_for_packages();
    let browser = tools::ensure_browser()?;
    let root = root();
    tools::report_disk_space(&root, CLEAN_RUN_GIB);
    let started = Instant::now();
    step("format (cargo fmt --check)", || run(&root, "cargo", &["fmt", "--all", "--check"], &[]))?;
    step("crate layers: no browser dependency below the app (cargo tree)", layers::check)?;
    step("lint, native (cargo clippy -D warnings)", || {
        run(&root, "cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"], &[])
    })?;
    step("lint, wasm (cargo clippy --target wasm32-unknown-unknown -D warnings)", || {
        run(
            &root,
            "cargo",
            &[
                "clippy",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "pko-explorer",
                "-p",
                "pko-core",
                "-p",
                "pko-data",
                "--lib",
                "--bins",
                "--tests",
                "--",
                "-D",
                "warnings",
            ],
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
    let dist = release::dist(release::Build::DEFAULT)?;
    let single = release::single_file_path();
    let (names, missing) = browser_tests(&root, &browser, &dist, &single, engine_install)?;
    // The documented fallback must keep building: a build on stable Rust, with the same parts as the default build.
    // It ran beside the browsers' tests for a while, at the lowest priority: that saved 30 s of a fresh machine's
    // run, and made a test that waits on a part loaded on first use fail once. One after the other, then.
    step("the release build on stable Rust (the fallback, cargo xtask check-stable)", || {
        release::check_stable_build(&dist)
    })?;
    println!(
        "\nAll test levels passed in {:.0?}: format, lint (native and wasm), native unit tests, browser tests, end-to-end tests in Chromium{}, the release on stable Rust.",
        started.elapsed(),
        if names.is_empty() { String::new() } else { format!(", their core in {names}") },
    );
    for missing in &missing {
        println!("Not tested, not installed here: {missing}");
    }
    Ok(())
}

/// The end-to-end tests in Chromium, then their core in Firefox and WebKit where installed; returns the names of
/// the other engines tested.
fn browser_tests(
    root: &Path,
    browser: &tools::Browser,
    dist: &Path,
    single: &Path,
    engine_install: tools::EngineInstall,
) -> Result<(String, Vec<String>), String> {
    step("end-to-end tests: the release build in headless Chromium (Playwright)", || {
        let (dist, single) = (dist.to_string_lossy(), single.to_string_lossy());
        run(
            &root.join("e2e"),
            "node",
            &["--test", "--test-concurrency=1"],
            &[("DIST", &dist), ("SINGLE_FILE", &single), ("CHROMIUM", &browser.chromium)],
        )
    })?;
    // The core of the end-to-end tests (load, filters, details, menus, a download, languages, embed, the single
    // file, one fetch per file) in the other engines, all at once: Firefox and WebKit where installed.
    let engines = engine_install.finish();
    let names = engines.found.iter().map(|engine| engine.name).collect::<Vec<_>>().join(" and ");
    if !engines.found.is_empty() {
        step(&format!("end-to-end core in {names}, in parallel (WebDriver)"), || {
            let keys = engines.found.iter().map(|engine| engine.key).collect::<Vec<_>>().join(",");
            let (dist, single) = (dist.to_string_lossy(), single.to_string_lossy());
            let mut envs = vec![("DIST", &*dist), ("SINGLE_FILE", &*single), ("ENGINES", keys.as_str())];
            envs.extend(
                engines.found.iter().flat_map(|engine| engine.env.iter().map(|(name, value)| (*name, value.as_str()))),
            );
            run(&root.join("e2e"), "node", &["--test", "--test-reporter=spec", "engines/core.mjs"], &envs)
        })?;
    }
    Ok((names, engines.missing))
}

fn screenshots() -> Result<(), String> {
    let browser = tools::ensure_browser()?;
    let dist = release::dist(release::Build::DEFAULT)?;
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
    let dist = release::dist(release::Build::DEFAULT)?;
    let root = root();
    tools::ensure_npm_packages(&root.join("bench"), "the benchmark's peers (Chart.js, Vega-Lite)")?;
    let out = root.join("target").join("bench");
    step("benchmark", || {
        let (dist, out) = (dist.to_string_lossy(), out.to_string_lossy());
        run(&root, "node", &["bench/run.mjs"], &[("DIST", &dist), ("OUT", &out), ("CHROMIUM", &browser.chromium)])
    })
}
