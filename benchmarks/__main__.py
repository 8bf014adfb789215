"""Run every benchmarks/bench_*.py (or those named on the command line) and print their figures.

    python -m benchmarks            # all
    python -m benchmarks storage    # only bench_storage
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if argv:
        names = [n for n in names if n.removeprefix("bench_") in argv or n in argv]
    results: dict[str, object] = {}
    failed = False
    for name in names:
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        started = time.perf_counter()
        try:
            results[name] = module.main()
        except Exception as exc:  # keep going: one broken benchmark must not hide the others
            failed = True
            results[name] = {"error": repr(exc)}
            print(f"   failed: {exc!r}", flush=True)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    out = HERE.parent / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2, default=str))
    print(f"figures written to {out / 'latest.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
