//! Builds an example with the cargo running the tests, into the target
//! directory they run from, and returns the path of its executable.

use std::path::PathBuf;
use std::process::Command;

/// Builds example `name` (with `features`, in the release profile when
/// `release`) and returns its executable.
pub fn example(name: &str, features: &[&str], release: bool) -> PathBuf {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args([
        "build",
        "--quiet",
        "--message-format=json",
        "--example",
        name,
    ]);
    if !features.is_empty() {
        cmd.args(["--features", &features.join(",")]);
    }
    if release {
        cmd.arg("--release");
    }
    // Build into the target directory this test runs from
    // (`<target>/<profile>/deps/<test>-…`), however it was chosen.
    let target = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()))
        .filter(|dir| dir.join("CACHEDIR.TAG").is_file());
    if let Some(dir) = target {
        cmd.arg("--target-dir").arg(dir);
    }
    let out = cmd.output().expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo build --example {name} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == name)
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .unwrap_or_else(|| panic!("cargo reported no executable for example {name}"))
}
