//! Runs the project's command-line programs as a user does, for the suites
//! that test them (checker, render, share files).

use std::process::Command;

/// Runs `program` with `args` in the package's folder; returns its exit
/// status, standard output and standard error.
pub fn run(program: &str, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(program)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the command runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
