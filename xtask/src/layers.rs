//! The crate graph as the architecture states it: the layers below the app never reach the browser.
//!
//! `pko-data` may use only serde and csv; `pko-core` may use `pko-data` and plotters (with plotters-backend, the
//! crate of plotters' backend trait, whose types a backend of its own needs). Neither may have leptos,
//! web-sys, js-sys, wasm-bindgen or gloo in its dependency tree, on the host or on the wasm target. One path is
//! allowed on the wasm target and no other: plotters itself measures text through the browser's canvas there (its
//! `style::font::web`), so web-sys and wasm-bindgen appear below plotters; they never appear beside it.

use super::{command, root};

/// What only the app may depend on.
const BROWSER_CRATES: [&str; 6] = ["leptos", "web-sys", "js-sys", "wasm-bindgen", "wasm-bindgen-futures", "gloo"];

/// The one dependency allowed to bring browser crates along, on the wasm target only.
const ALLOWED_CARRIER: &str = "plotters";

/// The targets checked: the machine's own (`cargo tree`'s default) and the app's.
const TARGETS: [&str; 2] = ["the host", WASM];
const WASM: &str = "wasm32-unknown-unknown";

/// Each lower crate and the direct dependencies it may have.
const LAYERS: [(&str, &[&str]); 2] =
    [("pko-data", &["csv", "serde"]), ("pko-core", &["pko-data", "plotters", "plotters-backend"])];

/// Checks both lower crates on the host and on the wasm target; an error names each crossing.
pub fn check() -> Result<(), String> {
    let mut problems = Vec::new();
    for (krate, allowed) in LAYERS {
        for target in TARGETS {
            let tree = dependency_tree(krate, target)?;
            problems.extend(crossings(krate, allowed, &tree, target));
        }
    }
    if problems.is_empty() {
        println!("pko-data and pko-core have no browser dependency; their direct dependencies are as stated");
        Ok(())
    } else {
        Err(format!("the crate layers are crossed (see ARCHITECTURE.md, Invariants):\n  {}", problems.join("\n  ")))
    }
}

/// `cargo tree`'s normal dependencies of `krate`, one `<depth><name> v<version>` per line.
fn dependency_tree(krate: &str, target: &str) -> Result<String, String> {
    let mut args = vec!["tree", "--quiet", "-p", krate, "-e", "normal", "--prefix", "depth", "--format", "{p}"];
    if target == WASM {
        args.extend(["--target", WASM]);
    }
    let output =
        command(&root(), "cargo", &args, &[]).output().map_err(|error| format!("cannot run cargo tree: {error}"))?;
    if !output.status.success() {
        return Err(format!("cargo tree -p {krate} failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The problems in one tree: a direct dependency not in `allowed`, and a browser crate anywhere except below
/// [`ALLOWED_CARRIER`] on the wasm target (leptos is never allowed, not even there).
fn crossings(krate: &str, allowed: &[&str], tree: &str, target: &str) -> Vec<String> {
    let mut problems = Vec::new();
    // The depth of the carrier whose subtree is being walked, while inside it.
    let mut inside_carrier: Option<usize> = None;
    for line in tree.lines() {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(depth) = line[..digits].parse::<usize>() else {
            continue;
        };
        let name = line[digits..].split(' ').next().unwrap_or_default();
        if inside_carrier.is_some_and(|carrier| depth <= carrier) {
            inside_carrier = None;
        }
        if depth == 1 && !allowed.contains(&name) {
            problems.push(format!("{krate} depends on {name}, which its layer does not allow (target {target})"));
        }
        if name == ALLOWED_CARRIER && inside_carrier.is_none() {
            inside_carrier = Some(depth);
        }
        let carried = inside_carrier.is_some() && target == WASM && name != "leptos";
        if BROWSER_CRATES.contains(&name) && !carried {
            problems.push(format!("{krate} has the browser crate {name} in its dependency tree (target {target})"));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::crossings;

    const CORE: &[&str] = &["pko-data", "plotters"];

    #[test]
    fn browser_crates_below_plotters_on_the_wasm_target_are_the_only_ones_allowed() {
        let tree =
            "0pko-core v0.1.0\n1pko-data v0.1.0\n2csv v1.4.0\n1plotters v0.3.7\n2web-sys v0.3.107\n3js-sys v0.3.107\n";
        assert!(crossings("pko-core", CORE, tree, super::WASM).is_empty());
        assert_eq!(crossings("pko-core", CORE, tree, "the host").len(), 2, "on the host plotters needs no browser");
    }

    #[test]
    fn a_browser_crate_beside_plotters_or_a_new_direct_dependency_is_a_crossing() {
        let tree = "0pko-core v0.1.0\n1plotters v0.3.7\n2web-sys v0.3.107\n1leptos v0.8.0\n2web-sys v0.3.107\n";
        let problems = crossings("pko-core", CORE, tree, super::WASM);
        assert_eq!(
            problems,
            [
                "pko-core depends on leptos, which its layer does not allow (target wasm32-unknown-unknown)",
                "pko-core has the browser crate leptos in its dependency tree (target wasm32-unknown-unknown)",
                "pko-core has the browser crate web-sys in its dependency tree (target wasm32-unknown-unknown)",
            ]
        );
    }
}
