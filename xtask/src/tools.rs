//! Installing the tools the tasks need, each only when missing or at the wrong version.
//!
//! Everything comes from a package registry (crates.io, npm, Debian): these machines reach nothing else, so no
//! step may download a prebuilt binary from elsewhere. That is why wasm-opt comes from npm's `binaryen` (Debian's
//! is too old and its output fails in Chromium) and why the wasm-bindgen CLI is built from crates.io at exactly
//! the version in Cargo.lock (otherwise Trunk would try to download one).

use super::{root, run, step};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const TRUNK_VERSION: &str = "0.21.14";
const GECKODRIVER_VERSION: &str = "0.37.1";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The nightly toolchain that builds the release wasm, pinned by date so every machine builds the same bytes.
/// Only the release build uses it (see [`release_build_env`]); everything else builds with stable Rust, and so can
/// the release build, bigger ([`Toolchain::Stable`]).
pub const RELEASE_TOOLCHAIN: &str = "nightly-2026-05-20";

/// The Rust that builds the release wasm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toolchain {
    /// [`RELEASE_TOOLCHAIN`], with the flags below: the default.
    PinnedNightly,
    /// The machine's stable Rust, without them (`cargo xtask dist --stable`): the same app, bigger, for when the
    /// pinned nightly cannot be installed or its flags change.
    Stable,
}

/// The environment of the release build. With the pinned nightly it rebuilds the standard library with the app
/// (`build-std`) so that a panic aborts at once, without the panic-message machinery, and drops source locations and
/// `Debug` output: 21 KB (gzip) less wasm. None of these flags is stable yet, hence the pinned nightly. The cost: a
/// panic in the release build shows a trap, not its message (`public/crash.js` shows the crash notice); development
/// builds keep the message. The standard library is built with its `optimize_for_size` feature, which picks its
/// smaller algorithms (sorting, mostly): 2.5 KB less. With `split`, the build also loads parts of the interface on
/// first use (`--cfg pko_split`, see `src/ui/lazy.rs`) and keeps the relocations that wasm-split needs to move them
/// out; both are stable. Cargo joins these rustflags to the wasm target's in `.cargo/config.toml`, which still apply.
pub fn release_build_env(split: bool, toolchain: Toolchain) -> Vec<(&'static str, String)> {
    let mut rustflags = Vec::new();
    let mut env = Vec::new();
    if toolchain == Toolchain::PinnedNightly {
        rustflags.extend([
            "-Zunstable-options",
            "-Cpanic=immediate-abort",
            "-Zlocation-detail=none",
            "-Zfmt-debug=none",
        ]);
        env.extend([
            ("RUSTUP_TOOLCHAIN", RELEASE_TOOLCHAIN.to_string()),
            ("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort".to_string()),
            ("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size".to_string()),
        ]);
    } else {
        env.push(("RUSTUP_TOOLCHAIN", "stable".to_string()));
    }
    if split {
        rustflags.extend(["--cfg", "pko_split", "-Clink-args=--emit-relocs"]);
    }
    env.push(("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", rustflags.join(" ")));
    env
}

/// Where the browser tests and end-to-end tests find Chromium and its driver.
pub struct Browser {
    pub chromium: String,
    pub chromedriver: String,
}

/// PATH with cargo's bin directory and the npm tool directory first, so freshly installed tools are found.
pub fn search_path() -> String {
    let mut paths = vec![cargo_bin(), root().join("xtask").join("node").join("node_modules").join(".bin")];
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(paths).map(|joined| joined.to_string_lossy().into_owned()).unwrap_or_default()
}

fn cargo_bin() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_default();
    home.join("bin")
}

/// The first line a command prints for `--version`, or `None` when it is not installed.
fn version_of(program: &str) -> Option<String> {
    let output = Command::new(program).arg("--version").env("PATH", search_path()).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).lines().next().unwrap_or_default().trim().to_string())
}

/// Trunk, which only `serve` uses: the tests and the release build assemble the page themselves (`release.rs`),
/// so a test run on a new machine does not spend the twenty minutes that compiling Trunk takes on two cores.
pub fn ensure_trunk() -> Result<(), String> {
    // Trunk's lock file keeps its build reproducible.
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, &["--locked"])
}

/// The wasm target, the wasm-bindgen CLI matching Cargo.lock, wasm-opt, and the crates, fetched.
pub fn ensure_build_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    // Without its default TLS feature (rustls and ring): its test runner talks to a local WebDriver over plain http,
    // and it builds in 92 s instead of 101 s on two cores. Not --locked: 0.2.130's lock file names a crate version
    // the registry no longer has.
    ensure_cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &locked_version("wasm-bindgen")?,
        &["--no-default-features"],
    )?;
    ensure_npm_packages(&root().join("xtask").join("node"), "wasm-opt and the glue minifier (npm: binaryen, terser)")?;
    // Trunk runs offline (Trunk.toml), so the crates must be here before it starts.
    run(&root(), "cargo", &["fetch", "--quiet"], &[])
}

/// The pinned nightly toolchain with the standard library's source, which the release build compiles.
pub fn ensure_release_toolchain() -> Result<(), String> {
    let has_source = Command::new("rustup")
        .args(["component", "list", "--installed", "--toolchain", RELEASE_TOOLCHAIN])
        .output()
        .map(|output| {
            output.status.success()
                && String::from_utf8_lossy(&output.stdout).lines().any(|line| line.starts_with("rust-src"))
        });
    match has_source {
        Ok(true) => {
            println!("ok: Rust {RELEASE_TOOLCHAIN} with rust-src");
            Ok(())
        }
        Ok(false) => step(&format!("install Rust {RELEASE_TOOLCHAIN} with rust-src, for the release build (once)"), || {
            run(
                &root(),
                "rustup",
                &["toolchain", "install", RELEASE_TOOLCHAIN, "--profile", "minimal", "--component", "rust-src"],
                &[],
            )
        }),
        Err(_) => Err(format!(
            "rustup was not found, so Rust {RELEASE_TOOLCHAIN} (which builds the release wasm) cannot be installed here. \
             Install Rust with rustup (https://rustup.rs), then run this again."
        )),
    }
}

pub fn ensure_wasm_target() -> Result<(), String> {
    let installed = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match installed {
        Ok(output) if String::from_utf8_lossy(&output.stdout).lines().any(|line| line.trim() == WASM_TARGET) => {
            println!("ok: Rust target {WASM_TARGET}");
            Ok(())
        }
        Ok(_) => step(&format!("install the Rust target {WASM_TARGET}"), || run(&root(), "rustup", &["target", "add", WASM_TARGET], &[])),
        Err(_) => Err(format!(
            "rustup was not found, so the {WASM_TARGET} target cannot be added here. Install Rust with rustup \
             (https://rustup.rs), or add the {WASM_TARGET} target to your toolchain by its own means, then run this again."
        )),
    }
}

/// Installs `krate` at exactly `version`, with the `cargo install` options given, unless `program --version` already
/// reports it.
fn ensure_cargo_tool(program: &str, krate: &str, version: &str, options: &[&str]) -> Result<(), String> {
    if let Some(found) = version_of(program) {
        if found.split_whitespace().any(|word| word == version) {
            println!("ok: {program} {version}");
            return Ok(());
        }
        println!("{program}: found `{found}`, need {version}");
    }
    let mut args = vec!["install", krate, "--version", version];
    args.extend(options);
    // The tools' own release profiles ask for fat LTO in one codegen unit, which triples their build time on two
    // cores for a speed-up nobody would notice in a build tool.
    let quick_profile = [("CARGO_PROFILE_RELEASE_LTO", "off"), ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")];
    step(&format!("install {krate} {version} from crates.io (several minutes, once)"), || {
        run(&root(), "cargo", &args, &quick_profile)
    })
}

/// The version of a package in Cargo.lock.
fn locked_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|error| format!("cannot read Cargo.lock: {error}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{package}\"") {
            if let Some(version) = lines.next().and_then(|next| next.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err(format!("Cargo.lock has no {package}"))
}

/// `npm ci` in `dir` unless its packages are already installed from the same lock file.
pub fn ensure_npm_packages(dir: &Path, what: &str) -> Result<(), String> {
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules").join(".package-lock.json");
    let up_to_date = match (
        std::fs::metadata(&lock).and_then(|m| m.modified()),
        std::fs::metadata(&installed).and_then(|m| m.modified()),
    ) {
        (Ok(lock_time), Ok(installed_time)) => installed_time >= lock_time,
        _ => false,
    };
    if up_to_date {
        println!("ok: {what}");
        return Ok(());
    }
    if version_of("npm").is_none() {
        return Err(format!(
            "npm was not found, so {what} cannot be installed. Install Node.js 18 or later with npm \
             (Debian/Ubuntu: `apt-get install nodejs npm`; others: https://nodejs.org), then run this again."
        ));
    }
    step(&format!("install {what} with npm ci"), || run(dir, "npm", &["ci", "--no-audit", "--no-fund"], &[]))
}

/// Chromium, ChromeDriver and CJK fonts (installed on Debian as root), and the end-to-end test packages.
pub fn ensure_browser() -> Result<Browser, String> {
    let browser = find_browser();
    let fonts_missing = is_debian() && !debian_package_installed("fonts-noto-cjk");
    if browser.is_none() || fonts_missing {
        if !(is_debian() && is_root()) {
            if let Some(browser) = browser {
                println!("note: no CJK fonts found; Chinese and Japanese text may show as boxes in screenshots");
                ensure_npm_packages(&root().join("e2e"), "the end-to-end test packages (playwright-core)")?;
                return Ok(browser);
            }
            return Err("Chromium and ChromeDriver were not found, and this is not Debian as root, so they cannot be \
                        installed here. Install Chromium and a matching ChromeDriver (Debian/Ubuntu: `apt-get install \
                        chromium chromium-driver`; macOS: `brew install --cask chromium chromedriver`), put both on \
                        PATH or set CHROMIUM and CHROMEDRIVER to their paths, then run this again."
                .to_string());
        }
        step("install chromium, chromium-driver and fonts-noto-cjk with apt-get", || {
            run(&root(), "apt-get", &["update", "-qq"], &[])?;
            run(
                &root(),
                "apt-get",
                &["install", "-y", "-qq", "chromium", "chromium-driver", "fonts-noto-cjk"],
                &[("DEBIAN_FRONTEND", "noninteractive")],
            )
        })?;
    }
    let browser = find_browser().ok_or("Chromium was installed but is not on PATH")?;
    println!("ok: chromium at {}, chromedriver at {}", browser.chromium, browser.chromedriver);
    ensure_npm_packages(&root().join("e2e"), "the end-to-end test packages (playwright-core)")?;
    Ok(browser)
}

fn find_browser() -> Option<Browser> {
    Some(Browser {
        chromium: find_program("CHROMIUM", &["chromium", "chromium-browser", "google-chrome"])?,
        chromedriver: find_program("CHROMEDRIVER", &["chromedriver"])?,
    })
}

/// The path in the environment variable `variable`, or else the first of `names` on the search path.
fn find_program(variable: &str, names: &[&str]) -> Option<String> {
    match std::env::var_os(variable).filter(|path| Path::new(path).exists()) {
        Some(path) => Some(path.to_string_lossy().into_owned()),
        None => find_on_path(names),
    }
}

/// The first of `names` on the search path.
fn find_on_path(names: &[&str]) -> Option<String> {
    std::env::split_paths(&search_path())
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
        .map(|found| found.to_string_lossy().into_owned())
}

/// An engine beside Chromium that the end-to-end core (`e2e/engines/`) runs in, found on this machine.
pub struct Engine {
    /// Its name in the suite's `ENGINES` list.
    pub key: &'static str,
    /// Its name for people.
    pub name: &'static str,
    /// Where the suite finds its browser and driver.
    pub env: Vec<(&'static str, String)>,
}

/// The engines found, and for each one missing, what is missing and how to install it.
pub struct Engines {
    pub found: Vec<Engine>,
    pub missing: Vec<String>,
}

/// Installing what the tests in Firefox and WebKit need, in the background while everything else runs: Debian's
/// packages (a download) and geckodriver (a build of minutes), each with its output in a log file under `target/`.
pub struct EngineInstall {
    packages: Option<Install>,
    geckodriver: Option<Install>,
}

struct Install {
    what: String,
    log: PathBuf,
    thread: std::thread::JoinHandle<Result<(), String>>,
}

impl Install {
    /// Runs `program` with `args` in a thread of its own, its output into `target/<log>`.
    fn start(
        what: String,
        log: &str,
        program: &'static str,
        args: Vec<&'static str>,
        envs: Vec<(&'static str, &'static str)>,
    ) -> Install {
        let log = root().join("target").join(log);
        println!("\n==> {what}, in the background while the other steps run (log: {})", log.display());
        let path = log.clone();
        let thread = std::thread::spawn(move || {
            let open = || {
                std::fs::create_dir_all(path.parent().unwrap_or(&path))?;
                let file = std::fs::File::create(&path)?;
                Ok::<_, std::io::Error>((file.try_clone()?, file))
            };
            let (out, errors) = open().map_err(|error| format!("cannot write {}: {error}", path.display()))?;
            let status = crate::command(&root(), program, &args, &envs).stdout(out).stderr(errors).status();
            crate::finished(program, &args, status)
        });
        Install { what, log, thread }
    }

    fn wait(self) {
        let started = Instant::now();
        match self.thread.join().unwrap_or_else(|_| Err("its thread panicked".to_string())) {
            Ok(()) => println!("<== {}: ok (waited {:.0?} for it)", self.what, started.elapsed()),
            Err(error) => println!("note: {}: {error}, see {}", self.what, self.log.display()),
        }
    }
}

const ENGINE_PACKAGES: [&str; 3] = ["firefox-esr", "webkit2gtk-driver", "xvfb"];

/// Starts installing Firefox ESR with geckodriver, and WebKitGTK's WebKitWebDriver with MiniBrowser and Xvfb,
/// where they are missing: Debian's packages as root, geckodriver from crates.io, unoptimised and without debug
/// info (60% of a release build's CPU time; a driver spends its time waiting for the browser). Nothing here fails
/// the tests: an engine that cannot be installed is reported by [`EngineInstall::finish`] and skipped.
pub fn start_engine_install() -> EngineInstall {
    let debian_root = is_debian() && is_root();
    let missing: Vec<&'static str> =
        ENGINE_PACKAGES.into_iter().filter(|package| is_debian() && !debian_package_installed(package)).collect();
    let packages = (debian_root && !missing.is_empty()).then(|| {
        let mut args = vec!["-c", "apt-get update -qq && apt-get install -y -qq \"$@\"", "apt-get"];
        args.extend(&missing);
        let what = format!("install {} with apt-get, for the tests in Firefox and WebKit", missing.join(", "));
        Install::start(what, "engine-packages-install.log", "sh", args, vec![("DEBIAN_FRONTEND", "noninteractive")])
    });
    let has_geckodriver = std::env::var_os("GECKODRIVER").is_some()
        || version_of("geckodriver")
            .is_some_and(|found| found.split_whitespace().any(|word| word == GECKODRIVER_VERSION));
    let geckodriver = if has_geckodriver {
        println!("ok: geckodriver {GECKODRIVER_VERSION}");
        None
    } else if find_firefox().is_none() && !debian_root {
        None // no Firefox to drive: finish() says what to install
    } else {
        let args = vec!["install", "geckodriver", "--version", GECKODRIVER_VERSION, "--locked", "--debug"];
        let what = format!("install geckodriver {GECKODRIVER_VERSION} from crates.io (about 3 CPU minutes, once)");
        Some(Install::start(what, "geckodriver-install.log", "cargo", args, vec![("CARGO_PROFILE_DEV_DEBUG", "0")]))
    };
    EngineInstall { packages, geckodriver }
}

impl EngineInstall {
    /// Waits until Debian's packages are installed: apt-get runs one at a time.
    pub fn wait_for_packages(&mut self) {
        if let Some(install) = self.packages.take() {
            install.wait();
        }
    }

    /// Waits for the installs, then finds each engine's browser and driver, and says what is missing.
    pub fn finish(mut self) -> Engines {
        self.wait_for_packages();
        if let Some(install) = self.geckodriver.take() {
            install.wait();
        }
        let mut engines = Engines { found: Vec::new(), missing: Vec::new() };
        match (find_firefox(), find_program("GECKODRIVER", &["geckodriver"])) {
            (Some(firefox), Some(geckodriver)) => engines.found.push(Engine {
                key: "firefox",
                name: "Firefox",
                env: vec![("FIREFOX", firefox), ("GECKODRIVER", geckodriver)],
            }),
            (None, _) => engines.missing.push(
                "Firefox: no firefox-esr or firefox executable found (a launcher script will not do). Install \
                 Firefox (Debian: `apt-get install firefox-esr`; elsewhere your system's package) and geckodriver \
                 (`cargo install geckodriver --locked`), on PATH or named by FIREFOX and GECKODRIVER."
                    .to_string(),
            ),
            (Some(_), None) => engines.missing.push(
                "Firefox: geckodriver not found. Install it with `cargo install geckodriver --locked`, on PATH or \
                 named by GECKODRIVER."
                    .to_string(),
            ),
        }
        let display = std::env::var_os("DISPLAY").is_some() || find_on_path(&["xvfb-run"]).is_some();
        match (find_program("WEBKIT_WEBDRIVER", &["WebKitWebDriver"]), find_minibrowser(), display) {
            (Some(driver), Some(minibrowser), true) => engines.found.push(Engine {
                key: "webkit",
                name: "WebKit",
                env: vec![("WEBKIT_WEBDRIVER", driver), ("MINIBROWSER", minibrowser)],
            }),
            (driver, minibrowser, display) => engines.missing.push(format!(
                "WebKit: {} not found. Install WebKitGTK's WebDriver and MiniBrowser and, without a display, Xvfb \
                 (Debian/Ubuntu: `apt-get install webkit2gtk-driver xvfb`), or set WEBKIT_WEBDRIVER and MINIBROWSER \
                 to their paths.",
                [(driver.is_none(), "WebKitWebDriver"), (minibrowser.is_none(), "MiniBrowser"), (!display, "xvfb-run")]
                    .into_iter()
                    .filter_map(|(missing, name)| missing.then_some(name))
                    .collect::<Vec<_>>()
                    .join(", "),
            )),
        }
        for missing in &engines.missing {
            println!("skipped: {missing}");
        }
        engines
    }
}

/// Firefox's executable itself: geckodriver refuses a launcher script, such as Debian's `/usr/bin/firefox` (which
/// runs firefox-esr) or Ubuntu's snap launcher.
fn find_firefox() -> Option<String> {
    let is_script = |path: &str| {
        let mut start = [0u8; 2];
        std::fs::File::open(path).and_then(|mut file| std::io::Read::read_exact(&mut file, &mut start)).is_ok()
            && &start == b"#!"
    };
    std::env::var_os("FIREFOX")
        .filter(|path| Path::new(path).exists())
        .map(|path| path.to_string_lossy().into_owned())
        .or_else(|| find_on_path(&["firefox-esr"]))
        .or_else(|| find_on_path(&["firefox"]).filter(|path| !is_script(path)))
}

/// WebKitGTK's MiniBrowser, which is not on PATH: Debian and Ubuntu put it under the multiarch library folder.
fn find_minibrowser() -> Option<String> {
    if let Some(path) = std::env::var_os("MINIBROWSER").filter(|path| Path::new(path).exists()) {
        return Some(path.to_string_lossy().into_owned());
    }
    let lib_dirs = std::fs::read_dir("/usr/lib").into_iter().flatten().flatten().map(|entry| entry.path());
    lib_dirs
        .chain([PathBuf::from("/usr/libexec"), PathBuf::from("/usr/lib")])
        .flat_map(|dir| {
            ["webkit2gtk-4.1", "webkit2gtk-4.0", "webkitgtk-6.0"].map(|api| dir.join(api).join("MiniBrowser"))
        })
        .find(|candidate| candidate.is_file())
        .map(|found| found.to_string_lossy().into_owned())
}

fn is_debian() -> bool {
    Path::new("/etc/debian_version").exists()
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
}

fn debian_package_installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).contains("install ok installed"))
}

/// Says how much room the build has. A run from a clean checkout writes several GiB to `target/`, and a full disk
/// stops the build midway with `No space left on device`, which does not say that the run needed more than it had.
pub fn report_disk_space(dir: &Path, needed_gib: u64) {
    let Some(free_gib) = free_gib(dir) else {
        println!(
            "Could not read the free space under {} (df); a clean run needs about {needed_gib} GiB.",
            dir.display()
        );
        return;
    };
    println!(
        "{free_gib} GiB free under {}; a run from a clean checkout writes about {needed_gib} GiB there.",
        dir.display()
    );
    if free_gib < needed_gib {
        println!("warning: that may not be enough: the build would stop with `No space left on device`.");
    }
}

/// The space left on the disk that holds `dir`, in whole GiB, from POSIX `df`: the field before the capacity
/// ("93%"), counted from there since a file system's name may hold spaces.
fn free_gib(dir: &Path) -> Option<u64> {
    let output = Command::new("df").arg("-Pk").arg(dir).output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    let fields: Vec<&str> = text.lines().nth(1)?.split_whitespace().collect();
    let capacity = fields.iter().position(|field| field.ends_with('%'))?;
    let available_kib: u64 = fields.get(capacity.checked_sub(1)?)?.parse().ok()?;
    Some(available_kib / (1024 * 1024))
}
