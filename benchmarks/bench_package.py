"""Packages at scale: 10,000 employees and one full round (benchmarks/generate_large.py).

Targets (issue 15): export ≤ 3 s, import as a new workspace ≤ 5 s, merge of an identical
package ≤ 5 s, peak memory ≤ 300 MiB above the app's own (the process with the workspace
open). Each step runs in its own process so that its peak memory is its own: the peak
resident set (VmHWM, reset through /proc/self/clear_refs after opening the workspace)
minus the resident set at that moment. Export is timed with a passphrase (scrypt, about a
second of it by design) and to an X25519 recipient; import and merge read the passphrase
package. The new workspace of the import uses cheap key derivation (Argon2id is the
workspace's cost, not the package's; bench_storage measures it).

    python -m benchmarks package
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EMPLOYEES = 10_000
PACKAGE_PASSPHRASE = "benchmark package passphrase"
TARGETS = {"export_s": 3.0, "import_s": 5.0, "merge_s": 5.0, "peak_mib": 300.0}


def _rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> int:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _rss_kib("VmRSS")


def _step(step: str, folder: str, package: str, extra: str) -> dict[str, float]:
    """One measured step, in this (child) process."""
    from benchmarks.generate_large import PASSPHRASE
    from musdesk.interchange import package_crypto as crypto
    from musdesk.storage import KdfParams, Workspace

    if step == "import":
        from musdesk.interchange.package_import import import_as_new
        from musdesk.interchange.package_reader import open_package

        before = _reset_peak()
        started, cpu = time.perf_counter(), time.process_time()
        opened = open_package(Path(package), crypto.Unlock(passphrase=PACKAGE_PASSPHRASE))
        workspace, result = import_as_new(opened, Path(extra), "a new passphrase here",
                                          kdf=KdfParams.cheap())
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        workspace.lock()
        return {"seconds": seconds, "cpu_s": cpu, "records": result.records,
                "peak_mib": (_rss_kib("VmHWM") - before) / 1024}
    workspace = Workspace.open(Path(folder), passphrase=PASSPHRASE)
    try:
        before = _reset_peak()
        started, cpu = time.perf_counter(), time.process_time()
        if step.startswith("export"):
            from musdesk.interchange.package_export import export_package

            if step == "export-recipient":
                protection = crypto.Protection(recipients=(extra,))
            else:
                protection = crypto.Protection(passphrase=PACKAGE_PASSPHRASE)
            result = export_package(Path(package), workspace.workspace_id, protection)
            figures = {"records": result.records, "bytes": result.size}
        else:
            from musdesk.interchange.package_merge import merge_package
            from musdesk.interchange.package_reader import open_package

            opened = open_package(Path(package), crypto.Unlock(passphrase=PACKAGE_PASSPHRASE))
            merged = merge_package(opened, workspace)
            figures = {"unchanged": merged.unchanged, "changed": int(merged.changed)}
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        return {"seconds": seconds, "cpu_s": cpu, "peak_mib": (_rss_kib("VmHWM") - before) / 1024,
                **figures}
    finally:
        workspace.lock()


def _run(step: str, folder: Path, package: Path, extra: str = "") -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_package", step, str(folder), str(package),
         extra], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> dict[str, object]:
    from benchmarks.generate_large import generate_large
    from musdesk.interchange import package_crypto as crypto

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "large"
        generated = generate_large(folder, EMPLOYEES, years=1)
        print(f"   generated {generated['employees']} employees, "
              f"{generated['conversations']} conversations", flush=True)
        package = Path(tmp) / "large.musdesk"
        pair = crypto.generate_key_pair()
        export_key = _run("export-recipient", folder, Path(tmp) / "keyed.musdesk",
                          pair.recipient)
        export = _run("export-passphrase", folder, package)
        imported = _run("import", folder, package, str(Path(tmp) / "imported"))
        merged = _run("merge", folder, package)
    figures: dict[str, object] = {
        "employees": EMPLOYEES,
        "records": export["records"],
        "package_mib": round(export["bytes"] / 2**20, 1),
        "export_recipient_s": round(export_key["seconds"], 2),
        "export_passphrase_s": round(export["seconds"], 2),
        "import_s": round(imported["seconds"], 2),
        "merge_identical_s": round(merged["seconds"], 2),
        # CPU seconds of the step's process: what it costs when the machine is not shared.
        "cpu_s": {"export_recipient": round(export_key["cpu_s"], 2),
                  "export_passphrase": round(export["cpu_s"], 2),
                  "import": round(imported["cpu_s"], 2), "merge": round(merged["cpu_s"], 2)},
        "load_average": round(__import__("os").getloadavg()[0], 1),
        "peak_mib": {"export": round(export["peak_mib"]), "import": round(imported["peak_mib"]),
                     "merge": round(merged["peak_mib"])},
        "targets": TARGETS,
    }
    worst_peak = max(figures["peak_mib"].values())  # type: ignore[union-attr]
    figures["within_targets"] = (
        export["seconds"] <= TARGETS["export_s"] and imported["seconds"] <= TARGETS["import_s"]
        and merged["seconds"] <= TARGETS["merge_s"] and worst_peak <= TARGETS["peak_mib"])
    for key, value in figures.items():
        print(f"   {key}: {value}", flush=True)
    return figures


if __name__ == "__main__":
    if len(sys.argv) >= 4:
        print(json.dumps(_step(sys.argv[1], sys.argv[2], sys.argv[3],
                               sys.argv[4] if len(sys.argv) > 4 else "")))
    else:
        print(json.dumps(main(), indent=2))
