//! The release builds: `dist/` for hosting, and one self-contained HTML file to open from disk.
//!
//! Trunk serves the app in development. The release is assembled here because it needs a step Trunk does not have:
//! between cargo and wasm-bindgen, wasm-split moves the parts of the interface that are loaded on first use
//! (`src/ui/lazy.rs`) into wasm files of their own.

use super::{function_order, import_names, root, run, step, tools, unused_exports};
use std::path::{Path, PathBuf};
use tools::Toolchain;

/// The name of the app's JavaScript glue (`pko-explorer.js`) and wasm (`pko-explorer_bg.wasm`).
const APP: &str = "pko-explorer";
/// The script that fetches the parts loaded on first use. wasm-split writes it and the glue imports it.
const SPLIT_LOADER: &str = "__wasm_split.js";
/// The whole app as one classic script with its wasm inside, which `public/boot.js` loads where the page's origin
/// is opaque: a classic script is the one kind of file such a page can load from a host that sends no CORS header.
const CLASSIC: &str = "pko-explorer-classic.js";
const WASM_OPT_ARGS: [&str; 12] = [
    "-Oz",
    // A function with one caller is inlined only when small: a large function inlined into its only caller makes a
    // body unlike any other, in which gzip finds less to repeat. With this limit the start-up wasm was 1.3 KiB
    // smaller at gzip -9 (and 1 KB smaller raw); any limit from 20 to 50 did about as well, and 0 (no function with
    // one caller inlined) 0.3 KiB less well.
    "--one-caller-inline-max-function-size=40",
    "--strip-producers",
    "--strip-target-features",
    "--converge",
    "--low-memory-unused",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// How the app's code is packaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Packaging {
    /// The start-up wasm, and one wasm per part loaded on first use: for `dist/`.
    Split,
    /// Everything in one wasm, with a glue that is a classic script (wasm-bindgen's `no-modules`): for `dist/`'s
    /// fallback where modules and fetches cannot load (an opaque origin on a host without CORS), and for the single
    /// file, which must work without a server to fetch parts from.
    Classic,
}

impl Packaging {
    /// The directory under `target/` of the cargo build.
    fn target_dir(self) -> &'static str {
        match self {
            Packaging::Split => "release-split",
            Packaging::Classic => "release-whole",
        }
    }
}

/// How to build: the options of `cargo xtask dist`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Build {
    pub toolchain: Toolchain,
    /// Whether to rewrite the wasm and its `web` glue ([`unused_exports`], [`import_names`]). They know the form
    /// of wasm-bindgen's output, so a new wasm-bindgen may break them; `--no-glue-rewrites` builds without them.
    pub glue_rewrites: bool,
}

impl Build {
    /// The default build: the pinned nightly, with the rewrites.
    pub const DEFAULT: Build = Build { toolchain: Toolchain::PinnedNightly, glue_rewrites: true };

    /// Reads `--stable` and `--no-glue-rewrites`; anything else is an error naming it.
    pub fn from_args(args: &[String]) -> Result<Build, String> {
        let mut build = Build::DEFAULT;
        for arg in args {
            match arg.as_str() {
                "--stable" => build.toolchain = Toolchain::Stable,
                "--no-glue-rewrites" => build.glue_rewrites = false,
                other => return Err(format!("unknown option `{other}` (dist takes --stable and --no-glue-rewrites)")),
            }
        }
        Ok(build)
    }
}

/// Builds the release into `dist/`: the page, its stylesheet, icon and boot script, and the app's files in a folder
/// named after their content, so that a new release is never mixed with cached files of an old one.
pub fn dist(build: Build) -> Result<PathBuf, String> {
    let app = build_app(Packaging::Split, build)?;
    let classic = classic_script(&build_app(Packaging::Classic, build)?)?;
    write(&app.join(CLASSIC), classic.as_bytes())?;
    // The single file is the same classic script inlined: made here, it costs no build of its own.
    write_single_file(&classic)?;
    let dist = root().join("dist");
    recreate_dir(&dist)?;
    let app_dir = format!("app-{}", hash_files(&app)?);
    copy_files(&app, &dist.join(&app_dir))?;
    let stylesheet = write_with_hash(&dist, "main", "css", minify_css(&stylesheet()?)?.as_bytes())?;
    let icon = write_with_hash(&dist, "favicon", "svg", &read(&root().join("public").join("favicon.svg"))?)?;
    let (glue, wasm) = (format!("{app_dir}/{APP}.js"), format!("{app_dir}/{APP}_bg.wasm"));
    let boot = read_public("crash.js")?
        + &first_view_script()?
        + &read_public("boot.js")?
            .replace("__GLUE__", &glue)
            .replace("__WASM__", &wasm)
            .replace("__SPLIT_LOADER__", &format!("{app_dir}/{SPLIT_LOADER}"))
            .replace("__CLASSIC__", &format!("{app_dir}/{CLASSIC}"));
    let boot_name = format!("boot-{}.js", content_hash(boot.as_bytes()));
    write(&dist.join(&boot_name), boot.as_bytes())?;
    minify_js(&dist.join(&boot_name), Script::Classic)?;
    // The boot script is the page's only script, so it runs under `script-src 'self'`. It is a classic script
    // (see public/boot.js) that runs in the head, before the body is parsed: it decides whether the first view is
    // the view asked for before the first paint, and it requests the wasm at once, the glue and the loader of the
    // parts after the first paint.
    let start = format!("<script src=\"./{boot_name}\"></script>");
    let page = page(
        &format!("<link rel=\"icon\" href=\"./{icon}\">"),
        &format!("<link rel=\"stylesheet\" href=\"./{stylesheet}\">"),
        &start,
    )?;
    write(&dist.join("index.html"), page.as_bytes())?;
    print_sizes(&dist)?;
    Ok(dist)
}

/// Builds the start-up wasm and its parts with stable Rust (the packaging `cargo xtask dist --stable` puts in
/// `dist/`) and checks that it loads the same parts on first use as the default build in `dist`: the fallback keeps
/// building the same app. It stops after wasm-split: wasm-bindgen and wasm-opt are the default build's own steps,
/// tested with it, and on this build they took 50 s of every test run. An error names the difference.
pub fn check_stable_build(dist: &Path) -> Result<(), String> {
    let default_app = std::fs::read_dir(dist)
        .map_err(|error| format!("cannot read {} (build it first: cargo xtask dist): {error}", dist.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| path.is_dir())
        .ok_or(format!("{} has no app folder (build it first: cargo xtask dist)", dist.display()))?;
    let stable = compile(Packaging::Split, Build { toolchain: Toolchain::Stable, ..Build::DEFAULT })?;
    let parts = |app: &Path| -> Result<Vec<String>, String> {
        let mut names: Vec<String> = files_in(app)?
            .iter()
            .filter_map(|file| file.file_name().map(|name| name.to_string_lossy().into_owned()))
            .filter(|name| name.starts_with("split_"))
            .collect();
        names.sort();
        Ok(names)
    };
    let (default_parts, stable_parts) = (parts(&default_app)?, parts(&stable.out)?);
    if default_parts.is_empty() || default_parts != stable_parts {
        return Err(format!(
            "the default build has the parts {default_parts:?}, the build on stable Rust {stable_parts:?}"
        ));
    }
    println!("both builds load the same parts on first use ({})", default_parts.join(", "));
    Ok(())
}

/// Builds the classic packaging and folds it into one HTML file (see [`write_single_file`]), which it returns.
/// `cargo xtask dist` writes the same file.
pub fn single_file() -> Result<PathBuf, String> {
    write_single_file(&classic_script(&build_app(Packaging::Classic, Build::DEFAULT)?)?)
}

/// The single file's path, in `dist-single/`.
pub fn single_file_path() -> PathBuf {
    root().join("dist-single").join(format!("{APP}.html"))
}

/// Folds the app into one HTML file: the stylesheet and icon inlined, the crash notice, and the app as the classic
/// script of `dist/`'s fallback (its glue with the wasm inside), started once the page is parsed. It opens from
/// disk (file://) with no request to anywhere, for learning platforms that take a single file and for offline
/// classrooms. It has no rewrites of the glue (they know the module glue only): a few KB more than a module would
/// be, in a file that is read from disk.
fn write_single_file(classic: &str) -> Result<PathBuf, String> {
    let stylesheet = minify_css(&stylesheet()?)?;
    if classic.contains("</script") || stylesheet.contains("</style") {
        return Err("the app's script or the stylesheet holds a closing tag; it cannot be inlined".to_string());
    }
    let icon = read(&root().join("public").join("favicon.svg"))?;
    // Where the app cannot start (no WebAssembly, a browser that refuses it), the page keeps its first view, with
    // the tables and the note for a page without the app (`no-app`, as public/boot.js sets it), and says why.
    let start = format!(
        "<script>\n{}{}</script>\n<script>\n{classic}\ndocument.addEventListener('DOMContentLoaded', function () {{\n  \
         pkoExplorerClassic.start().catch(function (error) {{\n    document.documentElement.classList.add('no-app');\n    \
         var status = document.querySelector('#app .status');\n    if (status) status.textContent = 'The explorer could \
         not start in this browser (' + error + '). It needs a browser with WebAssembly: any current Chrome, Edge, \
         Firefox or Safari.';\n    throw error;\n  }});\n}});\n</script>",
        first_view_script()?,
        read_public("crash.js")?,
    );
    let page = page(
        &format!("<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\">", base64(&icon)),
        &format!("<style>\n{stylesheet}\n</style>"),
        &start,
    )?;
    let out = single_file_path();
    std::fs::create_dir_all(out.parent().unwrap_or(&out))
        .map_err(|error| format!("cannot create dist-single/: {error}"))?;
    write(&out, page.as_bytes())?;
    println!("\nwrote {} ({} bytes, {} gzip)", out.display(), page.len(), gzip_size(page.as_bytes()));
    Ok(out)
}

/// Builds the app's wasm and its JavaScript glue, optimised and minified, into a directory of its own, which it
/// returns.
fn build_app(packaging: Packaging, build: Build) -> Result<PathBuf, String> {
    tools::ensure_build_tools()?;
    let Compiled { out, bindgen_input } = compile(packaging, build)?;
    let root = root();
    let split = packaging == Packaging::Split;
    step("JavaScript glue (wasm-bindgen)", || {
        let (input, out) = (bindgen_input.to_string_lossy(), out.to_string_lossy());
        let target = if packaging == Packaging::Classic { "no-modules" } else { "web" };
        let mut args = vec!["--target", target, "--no-typescript", "--out-name", APP, "--out-dir", &out, &input];
        if split {
            // The parts call into the start-up wasm through the exports the linker made.
            args.push("--keep-lld-exports");
        }
        run(&root, "wasm-bindgen", &args, &[])
    })?;
    // The two rewrites know the form of the `web` glue only; the classic fallback, which only pages with an
    // opaque origin load, goes without them.
    if build.glue_rewrites && packaging != Packaging::Classic {
        step("drop wasm-streams' unused classes and table slots; short import names", || {
            rewrite_glue(&out).map_err(|error| {
                format!(
                    "{error}.\nThe glue rewrites (xtask/src/unused_exports.rs, import_names.rs) know the form of \
                     wasm-bindgen's output, and it has changed: a new wasm-bindgen (the version pinned in Cargo.toml) or \
                     a dependency that no longer exports wasm-streams' classes. Build without them with \
                     `cargo xtask dist --no-glue-rewrites` (a bigger start-up), then update or remove the rewrite."
                )
            })
        })?;
    }
    step("optimise every wasm (wasm-opt -Oz), order its functions for gzip, and minify the scripts (terser)", || {
        for file in files_in(&out)? {
            if file.extension().is_some_and(|extension| extension == "wasm") {
                let path = file.to_string_lossy();
                let mut args = WASM_OPT_ARGS.to_vec();
                args.extend([&*path, "-o", &*path]);
                run(&root, "wasm-opt", &args, &[])?;
                // The order is taken from the optimised bodies, and wasm-opt runs again to move them: its
                // optimisations of the stack form only happen when it optimises, and a run that only moved the
                // functions would write a bigger code section (0.3 KiB gzip on the start-up wasm).
                write(&file, &function_order::name_by_rank(&read(&file)?)?)?;
                let mut args = WASM_OPT_ARGS.to_vec();
                args.extend(["--reorder-functions-by-name", &*path, "-o", &*path]);
                run(&root, "wasm-opt", &args, &[])?;
            } else if file.extension().is_some_and(|extension| extension == "js") {
                minify_js(&file, if packaging == Packaging::Classic { Script::Classic } else { Script::Module })?;
            }
        }
        Ok(())
    })?;
    Ok(out)
}

/// The app as cargo and (for [`Packaging::Split`]) wasm-split leave it, before wasm-bindgen.
struct Compiled {
    /// The packaging's output directory: empty, or holding the parts wasm-split moved out.
    out: PathBuf,
    /// The wasm for wasm-bindgen: the start-up wasm, or the whole app.
    bindgen_input: PathBuf,
}

/// Compiles the app with cargo and, for [`Packaging::Split`], moves the parts loaded on first use out of it.
fn compile(packaging: Packaging, build: Build) -> Result<Compiled, String> {
    tools::ensure_wasm_target()?;
    let rust = match build.toolchain {
        Toolchain::PinnedNightly => {
            tools::ensure_release_toolchain()?;
            tools::RELEASE_TOOLCHAIN
        }
        Toolchain::Stable => "stable",
    };
    let root = root();
    let split = packaging == Packaging::Split;
    // One target directory per packaging and toolchain: their flags differ, and a shared one would rebuild
    // everything each time.
    let stable_suffix = if build.toolchain == Toolchain::Stable { "-stable" } else { "" };
    let target_dir = root.join("target").join(format!("{}{stable_suffix}", packaging.target_dir()));
    let target = target_dir.to_string_lossy().into_owned();
    let env = tools::release_build_env(split, build.toolchain);
    let env: Vec<(&str, &str)> = env.iter().map(|(key, value)| (*key, value.as_str())).collect();
    step(&format!("release build ({packaging:?}; cargo build --release, Rust {rust})"), || {
        let args = ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", APP, "--target-dir", &target];
        run(&root, "cargo", &args, &env)
    })?;
    let built = target_dir.join("wasm32-unknown-unknown").join("release").join(format!("{APP}.wasm"));
    let out = target_dir.join(format!("{packaging:?}").to_lowercase());
    recreate_dir(&out)?;
    let bindgen_input = if split {
        let main = target_dir.join(format!("{APP}_start.wasm"));
        step("split off the parts loaded on first use (wasm-split)", || split_wasm(&built, &out, &main))?;
        main
    } else {
        built
    };
    Ok(Compiled { out, bindgen_input })
}

/// Drops wasm-streams' unused classes from the wasm and its glue in `out` (and their closures from its function
/// table), and gives the wasm's imports short names
/// in both.
fn rewrite_glue(out: &Path) -> Result<(), String> {
    let (wasm_path, glue_path) = (out.join(format!("{APP}_bg.wasm")), out.join(format!("{APP}.js")));
    let (wasm, glue) = unused_exports::drop_classes(
        &read(&wasm_path)?,
        &read_text(&glue_path)?,
        &unused_exports::WASM_STREAMS_CLASSES,
    )?;
    let (wasm, emptied) = unused_exports::empty_table_slots(&wasm, &unused_exports::WASM_STREAMS_MODULES)?;
    println!("emptied {emptied} slots of the function table");
    let (wasm, glue) = import_names::shorten(&wasm, &glue, &format!("./{APP}_bg.js"))?;
    write(&wasm_path, &wasm)?;
    write(&glue_path, glue.as_bytes())
}

/// Moves each part loaded on first use into `split_<part>.wasm` in `out` (code that several parts share into
/// `chunk_<n>.wasm`), writes the loader script there, and the start-up wasm to `main`.
fn split_wasm(input: &Path, out: &Path, main: &Path) -> Result<(), String> {
    let wasm = read(input)?;
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = out;
    options.main_out_path = main;
    let loader = format!("./{SPLIT_LOADER}");
    options.link_name = &loader;
    let glue = format!("./{APP}.js");
    options.main_module = &glue;
    let split = wasm_split_cli_support::transform(options).map_err(|error| format!("wasm-split: {error:#}"))?;
    println!("{} parts loaded on first use", split.split_modules.len());
    Ok(())
}

/// `index.html` with Trunk's three directives replaced: the icon, the stylesheet, and the app's start.
fn page(icon: &str, stylesheet: &str, start: &str) -> Result<String, String> {
    let template = read_text(&root().join("index.html"))?;
    let page = replace_tag(&template, "<link data-trunk rel=\"icon\"", icon)?;
    let page = replace_tag(&page, "<link data-trunk rel=\"css\"", stylesheet)?;
    let page = replace_tag(&page, "<link data-trunk rel=\"rust\"", start)?;
    // The loading line of a development page becomes the first view.
    let loading = page.find(LOADING).ok_or(format!("index.html has no `{LOADING}`"))?;
    let end = loading + page[loading..].find("</main>").ok_or("index.html: the loading `<main>` is not closed")?;
    Ok(format!("{}{}{}", &page[..loading], first_view()?, &page[end + "</main>".len()..]))
}

/// What `index.html` shows while a development build loads, and a release build replaces with the first view.
const LOADING: &str = "<main class=\"loading\">";

/// The default view drawn from the paper's data, as HTML (`pko_core::first_view`).
fn first_view() -> Result<String, String> {
    // The build script has checked these files; a problem here is reported as it would be there.
    let data = pko_data::Dataset::parse(&pko_data::DataFiles::PAPER)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    pko_core::first_view::html(&data, &pko_core::words::ENGLISH).map_err(|error| error.to_string())
}

/// `style/main.css` with the first view's dark palette (`pko_core::first_view::dark_stylesheet`).
fn stylesheet() -> Result<String, String> {
    let dark = pko_core::first_view::dark_stylesheet().map_err(|error| error.to_string())?;
    Ok(read_text(&root().join("style").join("main.css"))? + &dark)
}

/// `public/first-view.js` with the app's languages, the first view's first, and the URL's version.
fn first_view_script() -> Result<String, String> {
    use pko_data::Vocabulary;
    let first = pko_core::words::ENGLISH.lang;
    let others = pko_core::lang::Lang::ALL.iter().filter(|lang| **lang != first).map(|lang| lang.slug());
    let languages: Vec<&str> = std::iter::once(first.slug()).chain(others).collect();
    Ok(read_public("first-view.js")?
        .replace("__LANGUAGES__", &languages.join(" "))
        .replace("__URL_VERSION__", pko_core::state::URL_VERSION))
}

/// Replaces the tag that starts with `start`, up to its closing `>`, with `with`.
fn replace_tag(html: &str, start: &str, with: &str) -> Result<String, String> {
    let from = html.find(start).ok_or(format!("index.html has no `{start} …>` tag"))?;
    let to = from + html[from..].find('>').ok_or(format!("index.html: `{start}` is not closed"))? + 1;
    Ok(format!("{}{with}{}", &html[..from], &html[to..]))
}

/// The two kinds of script terser minifies.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Module,
    Classic,
}

/// Minifies a script in place: for wasm-bindgen's glue 1.9 KB less gzip. `__wbg_init` keeps its name because the
/// single file calls it from the inlined glue; a classic script's top-level names (`wasm_bindgen`) are global,
/// and terser leaves them alone.
fn minify_js(path: &Path, script: Script) -> Result<(), String> {
    let path = path.to_string_lossy();
    let mut args = vec![&*path, "--compress", "--mangle", "reserved=['__wbg_init']", "--output", &*path];
    if script == Script::Module {
        args.insert(1, "--module");
    }
    run(&root(), "terser", &args, &[])
}

/// The classic script of the whole app: wasm-bindgen's `no-modules` glue, which defines `wasm_bindgen`, and the
/// wasm as base64, published as `window.pkoExplorerClassic` for `public/boot.js` to start.
fn classic_script(app: &Path) -> Result<String, String> {
    let glue = read_text(&app.join(format!("{APP}.js")))?;
    if !glue.contains("wasm_bindgen") {
        return Err(format!("the no-modules glue in {} defines no `wasm_bindgen`", app.display()));
    }
    let wasm = base64(&read(&app.join(format!("{APP}_bg.wasm")))?);
    Ok(format!(
        "{glue}\nwindow.pkoExplorerClassic = {{ glue: wasm_bindgen, start: function () {{ \
         return wasm_bindgen({{ module_or_path: Uint8Array.from(atob(\"{wasm}\"), function (c) {{ return c.charCodeAt(0); }}) }}); }} }};\n"
    ))
}

/// Writes `bytes` into `dir` as `<stem>-<content hash>.<extension>`, and returns that name.
fn write_with_hash(dir: &Path, stem: &str, extension: &str, bytes: &[u8]) -> Result<String, String> {
    let name = format!("{stem}-{}.{extension}", content_hash(bytes));
    write(&dir.join(&name), bytes)?;
    Ok(name)
}

/// The stylesheet without comments and the spaces that mean nothing (minifier, the crate rustdoc uses for its own
/// stylesheets). 0.5 KB less gzip.
fn minify_css(css: &str) -> Result<String, String> {
    minifier::css::minify(css).map(|minified| minified.to_string()).map_err(|error| format!("style/main.css: {error}"))
}

/// One hash of the names and contents of the files in `dir`.
fn hash_files(dir: &Path) -> Result<String, String> {
    let mut all = Vec::new();
    for file in files_in(dir)? {
        all.extend(file.file_name().unwrap_or_default().to_string_lossy().bytes());
        all.extend(read(&file)?);
    }
    Ok(content_hash(&all))
}

fn copy_files(from: &Path, to: &Path) -> Result<(), String> {
    recreate_dir(to)?;
    for file in files_in(from)? {
        write(&to.join(file.file_name().unwrap_or_default()), &read(&file)?)?;
    }
    Ok(())
}

/// The files (not directories) in `dir`, sorted by name.
fn files_in(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot read {}: {error}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    Ok(files)
}

fn recreate_dir(dir: &Path) -> Result<(), String> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|error| format!("cannot empty {}: {error}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|error| format!("cannot create {}: {error}", dir.display()))
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", path.display()))
}

fn read_text(path: &Path) -> Result<String, String> {
    String::from_utf8(read(path)?).map_err(|_| format!("{} is not UTF-8", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// A file of `public/` as text.
fn read_public(name: &str) -> Result<String, String> {
    read_text(&root().join("public").join(name))
}

/// The first 16 hex digits of the SHA-256 of `bytes`, for content-addressed file names.
fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().take(8).map(|byte| format!("{byte:02x}")).collect()
}

/// Prints every file of `dist/` (and of its app folder) with its raw and gzip size, and the totals.
fn print_sizes(dist: &Path) -> Result<(), String> {
    let mut files = files_in(dist)?;
    for entry in std::fs::read_dir(dist).map_err(|error| format!("cannot read {}: {error}", dist.display()))? {
        let path = entry.map_err(|error| format!("cannot read {}: {error}", dist.display()))?.path();
        if path.is_dir() {
            files.extend(files_in(&path)?);
        }
    }
    println!("\n{:<56} {:>10} {:>10}", "file", "raw bytes", "gzip -9");
    let (mut raw_total, mut gzip_total) = (0, 0);
    for path in files {
        let bytes = read(&path)?;
        let gzip = gzip_size(&bytes);
        raw_total += bytes.len();
        gzip_total += gzip;
        let name = path.strip_prefix(dist).unwrap_or(&path).to_string_lossy().into_owned();
        println!("{name:<56} {:>10} {gzip:>10}", bytes.len());
    }
    println!("{:<56} {raw_total:>10} {gzip_total:>10}", "total (parts loaded on first use included)");
    Ok(())
}

fn gzip_size(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(0, |compressed| compressed.len())
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    /// What a minifier can break in this stylesheet: a space that is a descendant combinator (`.menu :focus` is
    /// not `.menu:focus`), quoted font names with spaces, and media queries in a syntax older engines read.
    #[test]
    fn minify_css_drops_comments_and_spaces_but_keeps_what_they_mean() {
        let css = "/* theme */\n.menu :focus,\n.x > .y {\n  font: 15px \"Segoe  UI\", sans-serif;\n}\n@media (min-width: 600px) { a { color: red } }\n";
        let minified = super::minify_css(css).expect("valid CSS");
        assert!(!minified.contains("theme") && !minified.contains('\n'), "{minified}");
        for kept in [".menu :focus", "\"Segoe  UI\"", "@media (min-width:600px)", ".x>.y"] {
            assert!(minified.contains(kept), "{kept} in {minified}");
        }
    }

    #[test]
    fn replace_tag_replaces_the_whole_tag_and_nothing_else() {
        let html = "<head>\n  <link data-trunk rel=\"rust\"\n        data-bin=\"app\">\n</head>";
        let replaced = super::replace_tag(html, "<link data-trunk rel=\"rust\"", "<script></script>");
        assert_eq!(replaced.as_deref(), Ok("<head>\n  <script></script>\n</head>"));
        assert!(super::replace_tag(html, "<link data-trunk rel=\"css\"", "").is_err());
    }
}
